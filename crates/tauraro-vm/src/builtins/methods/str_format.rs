//! `str.format` and `str.format_map`: a port of CPython 3.11's format-string parser
//! (`Objects/stringlib/unicode_format.h`), with its error messages. Each replacement field's
//! value is formatted through the runtime's `format()`.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::PyStr;
use crate::text;
use crate::value::Value;

/// Where field values come from.
enum Source<'a> {
    /// `str.format(*args, **kwargs)`.
    Arguments {
        args: &'a [Value],
        kwargs: &'a [(Rc<PyStr>, Value)],
    },
    /// `str.format_map(mapping)`: no positional fields.
    Mapping(&'a Value),
}

/// Whether fields are numbered automatically (`{}`) or manually (`{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Automatic,
    Manual,
}

struct AutoNumber {
    state: Numbering,
    next: usize,
}

/// `template.format(*args, **kwargs)`.
pub(super) fn format(
    vm: &mut Vm,
    template: &PyStr,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> PyResult<Value> {
    render(vm, template, &Source::Arguments { args, kwargs })
}

/// `template.format_map(mapping)`.
pub(super) fn format_map(vm: &mut Vm, template: &PyStr, mapping: &Value) -> PyResult<Value> {
    render(vm, template, &Source::Mapping(mapping))
}

fn render(vm: &mut Vm, template: &PyStr, source: &Source<'_>) -> PyResult<Value> {
    let chars: Vec<char> = template.as_str().chars().collect();
    let mut auto = AutoNumber {
        state: Numbering::Unknown,
        next: 0,
    };
    let mut out = String::with_capacity(template.as_str().len());
    build_string(vm, &chars, source, 2, &mut auto, &mut out)?;
    Ok(Value::string(out))
}

/// A parsed replacement field.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_needs_expanding: bool,
}

fn value_error(message: &str) -> PyErr {
    PyErr::value_error(message)
}

fn build_string(
    vm: &mut Vm,
    input: &[char],
    source: &Source<'_>,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut pos = 0;
    while pos < input.len() {
        // Literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = '\0';
        let mut markup_follows = false;
        while pos < input.len() {
            c = input[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= input.len();
        let mut len = pos - start;
        if c == '}' && markup_follows && (at_end || input[pos] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup_follows {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if input[pos] == c {
                // An escaped brace: literal text only.
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        out.extend(&input[start..start + len]);
        if !markup_follows {
            continue;
        }
        let field = parse_field(input, &mut pos)?;
        output_markup(vm, &field, source, depth, auto, out)?;
    }
    Ok(())
}

/// Parses a field after its '{', leaving `pos` after its '}'.
fn parse_field<'c>(input: &'c [char], pos: &mut usize) -> PyResult<Field<'c>> {
    let name_start = *pos;
    let mut c = '\0';
    while *pos < input.len() {
        c = input[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < input.len() && input[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = &input[name_start..(*pos).saturating_sub(1).max(name_start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= input.len() {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(input[*pos]);
            *pos += 1;
            if *pos < input.len() {
                let next = input[*pos];
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < input.len() {
            let c = input[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = &input[spec_start..*pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

fn output_markup(
    vm: &mut Vm,
    field: &Field<'_>,
    source: &Source<'_>,
    depth: i32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let value = get_field_object(vm, field.name, source, auto)?;
    let value = match field.conversion {
        None => value,
        Some('r') => Value::Str(vm.repr(&value)?),
        Some('s') => Value::Str(vm.to_str(&value)?),
        Some('a') => Value::Str(vm.ascii(&value)?),
        Some(other) => {
            let code = u32::from(other);
            return Err(PyErr::value_error(if code > 32 && code < 127 {
                format!("Unknown conversion specifier {other}")
            } else {
                format!("Unknown conversion specifier \\x{code:x}")
            }));
        }
    };
    let spec: String = if field.spec_needs_expanding {
        let mut expanded = String::new();
        build_string(vm, field.spec, source, depth - 1, auto, &mut expanded)?;
        expanded
    } else {
        field.spec.iter().collect()
    };
    let formatted = match (&value, spec.is_empty()) {
        (Value::Str(text), true) => text.clone(),
        _ => vm.format(&value, &spec)?,
    };
    out.push_str(formatted.as_str());
    Ok(())
}

/// A run of Unicode decimal digits as an index; `None` if it is not one.
fn get_integer(chars: &[char]) -> PyResult<Option<usize>> {
    if chars.is_empty() {
        return Ok(None);
    }
    let mut accumulator: usize = 0;
    for c in chars {
        let Some(digit) = text::char_decimal_value(*c) else {
            return Ok(None);
        };
        accumulator = accumulator
            .checked_mul(10)
            .and_then(|a| a.checked_add(digit as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(accumulator))
}

fn get_field_object(
    vm: &mut Vm,
    name: &[char],
    source: &Source<'_>,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    // The first part runs up to the first '.' or '['.
    let split = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let mut index = get_integer(first)?;
    let is_empty = first.is_empty();
    if is_empty || index.is_some() {
        if auto.state == Numbering::Unknown {
            auto.state = if is_empty {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        if auto.state == Numbering::Manual && is_empty {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == Numbering::Automatic && !is_empty {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if is_empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut value = match (index, source) {
        (None, Source::Arguments { kwargs, .. }) => {
            let key: String = first.iter().collect();
            match kwargs.iter().rev().find(|(k, _)| k.as_str() == key) {
                Some((_, value)) => value.clone(),
                None => {
                    return Err(PyErr::with_args(
                        ExcKind::KeyError,
                        vec![Value::string(key)],
                    ));
                }
            }
        }
        (None, Source::Mapping(mapping)) => {
            let key: String = first.iter().collect();
            vm.get_item(mapping, &Value::string(key))?
        }
        (Some(_), Source::Mapping(_)) => {
            return Err(value_error("Format string contains positional fields"));
        }
        (Some(index), Source::Arguments { args, .. }) => match args.get(index) {
            Some(value) => value.clone(),
            None => {
                return Err(PyErr::new(
                    ExcKind::IndexError,
                    format!("Replacement index {index} out of range for positional args tuple"),
                ));
            }
        },
    };
    // Then `.attribute` and `[key]` parts.
    while let Some((&c, after)) = rest.split_first() {
        match c {
            '.' => {
                let end = after
                    .iter()
                    .position(|c| *c == '.' || *c == '[')
                    .unwrap_or(after.len());
                let attribute: String = after[..end].iter().collect();
                rest = &after[end..];
                if attribute.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                value = vm.get_attr(&value, &PyStr::from_string(attribute))?;
            }
            '[' => {
                let Some(end) = after.iter().position(|c| *c == ']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key = &after[..end];
                rest = &after[end + 1..];
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = match get_integer(key)? {
                    Some(index) => Value::Int(index as i64),
                    None => Value::string(key.iter().collect()),
                };
                value = vm.get_item(&value, &key)?;
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn format_fields() {
        check(&[
            (r#"'{} {}'.format('a', 'b')"#, r#"'a b'"#),
            (r#"'{1} {0} {1}'.format('a', 'b')"#, r#"'b a b'"#),
            (r#"'{name}!'.format(name='x')"#, r#"'x!'"#),
            (r#"'{0}{name}'.format(1, name=2)"#, r#"'12'"#),
            (r#"'{{}} {{{}}}'.format(7)"#, r#"'{} {7}'"#),
            (r#"'}}{{'.format()"#, r#"'}{'"#),
            (r#"'plain'.format(1, 2, x=3)"#, r#"'plain'"#),
            (r#"''.format()"#, r#"''"#),
            (r#"'{0.real} {0.imag}'.format(5)"#, r#"'5 0'"#),
            (r#"'{0[1]}'.format([10, 20])"#, r#"'20'"#),
            (r#"'{0[-1]}'.format({'-1': 'x'})"#, r#"'x'"#),
            (
                r#"'{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'})"#,
                r#"'v one'"#,
            ),
            (r#"'{0[0][1]}'.format([[1, 2]])"#, r#"'2'"#),
            (r#"'{0[1].real}'.format([1, 2])"#, r#"'2'"#),
            (
                r#"'{0.foo}'.format(1)"#,
                r#"AttributeError: 'int' object has no attribute 'foo'"#,
            ),
            (
                r#"'{0[5]}'.format([1])"#,
                r#"IndexError: list index out of range"#,
            ),
            (r#"'{0[x]}'.format({})"#, r#"KeyError: 'x'"#),
            (
                r#"'{0[]}'.format([1])"#,
                r#"ValueError: Empty attribute in format string"#,
            ),
            (
                r#"'{0.}'.format(1)"#,
                r#"ValueError: Empty attribute in format string"#,
            ),
            (
                r#"'{0[0}'.format([1])"#,
                r#"ValueError: expected '}' before end of string"#,
            ),
            (
                r#"'{0[0]x}'.format([1])"#,
                r#"ValueError: Only '.' or '[' may follow ']' in format field specifier"#,
            ),
            (r#"'{0!r} {0!s} {0!a}'.format('é')"#, r#""'é' é '\\xe9'""#),
            (r#"'{!r:>8}'.format('a')"#, r#""     'a'""#),
            (
                r#"'{0!x}'.format(1)"#,
                r#"ValueError: Unknown conversion specifier x"#,
            ),
            (
                r#"'{0!}'.format(1)"#,
                r#"ValueError: unmatched '{' in format spec"#,
            ),
            (
                r#"'{0!'.format(1)"#,
                r#"ValueError: end of string while looking for conversion specifier"#,
            ),
            (
                r#"'{0!rr}'.format(1)"#,
                r#"ValueError: expected ':' after conversion specifier"#,
            ),
            (
                r#"'{0!r'.format(1)"#,
                r#"ValueError: unmatched '{' in format spec"#,
            ),
            (
                r#"'{:>6}|{:<6}|{:^6}'.format('a', 'b', 'c')"#,
                r#"'     a|b     |  c   '"#,
            ),
            (r#"'{:05.2f}'.format(3.14159)"#, r#"'03.14'"#),
            (r#"'{:,}'.format(1234567)"#, r#"'1,234,567'"#),
            (r#"'{:x} {:#o} {:b}'.format(255, 8, 5)"#, r#"'ff 0o10 101'"#),
            (r#"'{:.3}'.format('abcdef')"#, r#"'abc'"#),
            (r#"'{:{}}'.format('a', 4)"#, r#"'a   '"#),
            (r#"'{:{}.{}f}'.format(3.14159, 8, 3)"#, r#"'   3.142'"#),
            (r#"'{0:{1}}'.format('a', '>3')"#, r#"'  a'"#),
            (r#"'{:{width}}|'.format('a', width=3)"#, r#"'a  |'"#),
            (
                r#"'{:{:{}}}'.format(1, 2, 3)"#,
                r#"ValueError: Max string recursion exceeded"#,
            ),
            (
                r#"'{:d}'.format('a')"#,
                r#"ValueError: Unknown format code 'd' for object of type 'str'"#,
            ),
            (
                r#"'{:z}'.format(1)"#,
                r#"ValueError: Negative zero coercion (z) not allowed in integer format specifier"#,
            ),
            (
                r#"'{:>5}'.format([1])"#,
                r#"TypeError: unsupported format string passed to list.__format__"#,
            ),
            (r#"'{}'.format([1, 'a'])"#, r#""[1, 'a']""#),
            (
                r#"'{} {}'.format(1)"#,
                r#"IndexError: Replacement index 1 out of range for positional args tuple"#,
            ),
            (
                r#"'{1}'.format(1)"#,
                r#"IndexError: Replacement index 1 out of range for positional args tuple"#,
            ),
            (
                r#"'{0} {}'.format(1, 2)"#,
                r#"ValueError: cannot switch from manual field specification to automatic field numbering"#,
            ),
            (
                r#"'{} {0}'.format(1, 2)"#,
                r#"ValueError: cannot switch from automatic field numbering to manual field specification"#,
            ),
            (r#"'{x}'.format()"#, r#"KeyError: 'x'"#),
            (r#"'{x}'.format(y=1)"#, r#"KeyError: 'x'"#),
            (
                r#"'a } b'.format()"#,
                r#"ValueError: Single '}' encountered in format string"#,
            ),
            (
                r#"'a { b'.format()"#,
                r#"ValueError: expected '}' before end of string"#,
            ),
            (
                r#"'a {'.format()"#,
                r#"ValueError: Single '{' encountered in format string"#,
            ),
            (
                r#"'a }'.format()"#,
                r#"ValueError: Single '}' encountered in format string"#,
            ),
            (
                r#"'{0'.format(1)"#,
                r#"ValueError: expected '}' before end of string"#,
            ),
            (
                r#"'{0:'.format(1)"#,
                r#"ValueError: unmatched '{' in format spec"#,
            ),
            (
                r#"'{0:{'.format(1)"#,
                r#"ValueError: unmatched '{' in format spec"#,
            ),
            (
                r#"'{a{b}'.format()"#,
                r#"ValueError: unexpected '{' in field name"#,
            ),
            (
                r#"'{0:}}'.format(1)"#,
                r#"ValueError: Single '}' encountered in format string"#,
            ),
            (
                r#"'{99999999999999999999}'.format(1)"#,
                r#"ValueError: Too many decimal digits in format string"#,
            ),
            (r#"'{٣}'.format(0, 1, 2, 3)"#, r#"'3'"#),
            (r#"'{:%}'.format(0.25)"#, r#"'25.000000%'"#),
            (r#"'{!s:>{}}'.format(1, 3)"#, r#"'  1'"#),
            (
                r#"'{0[a]}'.format('abc')"#,
                r#"TypeError: string indices must be integers, not 'str'"#,
            ),
            (r#"'é{}ü'.format('ö')"#, r#"'éöü'"#),
        ]);
    }

    #[test]
    fn format_map_fields() {
        check(&[
            (r#"'{a}-{b}'.format_map({'a': 1, 'b': 2})"#, r#"'1-2'"#),
            (r#"'{a[0]}'.format_map({'a': [5]})"#, r#"'5'"#),
            (r#"'{a:>4}'.format_map({'a': 'x'})"#, r#"'   x'"#),
            (r#"'{c}'.format_map({'a': 1})"#, r#"KeyError: 'c'"#),
            (
                r#"'{}'.format_map({})"#,
                r#"ValueError: Format string contains positional fields"#,
            ),
            (
                r#"'{0}'.format_map({})"#,
                r#"ValueError: Format string contains positional fields"#,
            ),
            (
                r#"'{a}'.format_map([])"#,
                r#"TypeError: list indices must be integers or slices, not str"#,
            ),
            (r#"'x'.format_map(1)"#, r#"'x'"#),
            (
                r#"'{a}'.format_map(1)"#,
                r#"TypeError: 'int' object is not subscriptable"#,
            ),
            (
                r#"'{a}'.format_map()"#,
                r#"TypeError: str.format_map() takes exactly one argument (0 given)"#,
            ),
            (
                r#"'{a}'.format_map({}, {})"#,
                r#"TypeError: str.format_map() takes exactly one argument (2 given)"#,
            ),
        ]);
    }
}
