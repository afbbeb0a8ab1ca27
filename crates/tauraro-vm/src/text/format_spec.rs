//! Parsing of the format-spec mini-language used by `format()`,
//! `str.format` and f-strings:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Transcribed from `parse_internal_render_format_spec` in CPython 3.11's
//! `Python/formatter_unicode.c`. The parse is type-agnostic; the defaults
//! that differ between strings and numbers (alignment, what a leading `0`
//! means) are resolved by the formatters.

use crate::text::error::{PyErr, PyResult};
use crate::text::unicode_props::char_decimal_value;

/// Alignment of the formatted value inside `width`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOption {
    /// `+`: sign for positive and negative numbers.
    Plus,
    /// `-`: sign only for negative numbers (the default behaviour, but an
    /// explicit `-` is still "a sign" for the string error checks).
    Minus,
    /// ` `: a space for positive numbers, `-` for negative ones.
    Space,
}

/// The thousands separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: every three digits (decimal types only).
    Comma,
    /// `_`: every three digits, or every four for `b`, `o`, `x`, `X`.
    Underscore,
}

/// A parsed format specification.
///
/// `type_name` is the Python type name of the object being formatted; it
/// only appears in error messages ("Unknown format code 'd' for object of
/// type 'float'"), but CPython includes it, so the spec carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec<'a> {
    /// Explicit fill character (only ever present together with `align`).
    pub fill: Option<char>,
    /// Explicit alignment; `None` means the type's default.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<SignOption>,
    /// The `z` option: coerce negative zero to positive zero.
    pub no_negative_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// A `0` before the width with no explicit fill: fill with zeros (and,
    /// for numbers without an explicit alignment, align with `=`).
    pub zero_padding: bool,
    /// Minimum field width in code points.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Digits after the point (`f`, `e`, `%`), significant digits (`g`,
    /// none) or maximum length (strings).
    pub precision: Option<usize>,
    /// The presentation type character, if any (may be any character; the
    /// formatters reject unknown ones).
    pub presentation: Option<char>,
    /// Python type name of the formatted object, for error messages.
    pub type_name: &'a str,
}

impl FormatSpec<'_> {
    /// The fill character after defaults: explicit fill, else `0` when zero
    /// padding was requested, else a space.
    pub fn effective_fill(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_padding => '0',
            None => ' ',
        }
    }

    /// The alignment after defaults for numbers: right-aligned, or `=` when
    /// zero padding was requested without an explicit alignment.
    pub fn numeric_align(&self) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_padding => Align::AfterSign,
            None => Align::Right,
        }
    }
}

/// Reads a run of decimal digits (any Unicode decimal digit counts, as in
/// CPython's `get_integer`). Returns `None` when there are no digits.
fn parse_count(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: u64 = 0;
    let mut consumed = 0;
    while let Some(digit) = chars.get(*pos).and_then(|&c| char_decimal_value(c)) {
        // CPython accumulates into a Py_ssize_t.
        if value > (i64::MAX as u64 - u64::from(digit)) / 10 {
            return Err(PyErr::value_error(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + u64::from(digit);
        *pos += 1;
        consumed += 1;
    }
    Ok((consumed > 0).then_some(value as usize))
}

/// The error for a thousands separator combined with a type that does not
/// allow it.
fn invalid_separator_error(grouping: Grouping, presentation: char) -> PyErr {
    let sep = match grouping {
        Grouping::Comma => ',',
        Grouping::Underscore => '_',
    };
    let code = presentation as u32;
    if code > 32 && code < 128 {
        PyErr::value_error(format!("Cannot specify '{sep}' with '{presentation}'."))
    } else {
        PyErr::value_error(format!("Cannot specify '{sep}' with '\\x{code:x}'."))
    }
}

/// Parses a format spec such as `"*^+#012,.3f"`.
///
/// Errors are CPython's `ValueError`s: "Invalid format specifier '…' for
/// object of type '…'", "Format specifier missing precision", "Cannot
/// specify ',' with 's'.", "Cannot specify both ',' and '_'.", "Too many
/// decimal digits in format string".
///
/// ```
/// let spec = tauraro_vm::text::parse_format_spec("*^10.3f", "float").unwrap();
/// assert_eq!(spec.fill, Some('*'));
/// assert_eq!(spec.width, Some(10));
/// assert_eq!(spec.precision, Some(3));
/// assert_eq!(spec.presentation, Some('f'));
/// ```
pub fn parse_format_spec<'a>(spec: &str, type_name: &'a str) -> PyResult<FormatSpec<'a>> {
    // Specs are short: decode them on the stack (a byte count bounds the
    // char count).
    let mut inline = ['\0'; 24];
    let decoded: Vec<char>;
    let chars: &[char] = if spec.len() <= inline.len() {
        let mut count = 0;
        for c in spec.chars() {
            inline[count] = c;
            count += 1;
        }
        &inline[..count]
    } else {
        decoded = spec.chars().collect();
        &decoded
    };
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_negative_zero: false,
        alternate: false,
        zero_padding: false,
        width: None,
        grouping: None,
        precision: None,
        presentation: None,
        type_name,
    };

    // A fill character is recognised only when followed by an alignment.
    if let Some(align) = chars.get(1).and_then(|&c| Align::from_char(c)) {
        out.fill = Some(chars[0]);
        out.align = Some(align);
        pos = 2;
    } else if let Some(align) = chars.first().and_then(|&c| Align::from_char(c)) {
        out.align = Some(align);
        pos = 1;
    }
    if let Some(&c) = chars.get(pos) {
        let sign = match c {
            '+' => Some(SignOption::Plus),
            '-' => Some(SignOption::Minus),
            ' ' => Some(SignOption::Space),
            _ => None,
        };
        if sign.is_some() {
            out.sign = sign;
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&'z') {
        out.no_negative_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // With an explicit fill, a leading 0 is simply part of the width.
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_padding = true;
        pos += 1;
    }
    out.width = parse_count(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(Grouping::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some(Grouping::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some(Grouping::Underscore) {
        return Err(PyErr::value_error("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match parse_count(chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(PyErr::value_error("Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        out.presentation = Some(chars[pos]);
    }
    if let Some(grouping) = out.grouping {
        match out.presentation {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => {}
            Some(other) => return Err(invalid_separator_error(grouping, other)),
        }
    }
    Ok(out)
}

/// The `ValueError` for a presentation type the object does not support.
pub(crate) fn unknown_format_code_error(presentation: char, type_name: &str) -> PyErr {
    let code = presentation as u32;
    if code > 32 && code < 128 {
        PyErr::value_error(format!(
            "Unknown format code '{presentation}' for object of type '{type_name}'"
        ))
    } else {
        PyErr::value_error(format!(
            "Unknown format code '\\x{code:x}' for object of type '{type_name}'"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let s = parse_format_spec("x<+z#012_.7e", "float").unwrap();
        assert_eq!(s.fill, Some('x'));
        assert_eq!(s.align, Some(Align::Left));
        assert_eq!(s.sign, Some(SignOption::Plus));
        assert!(s.no_negative_zero && s.alternate);
        // An explicit fill makes the 0 part of the width.
        assert!(!s.zero_padding);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(Grouping::Underscore));
        assert_eq!(s.precision, Some(7));
        assert_eq!(s.presentation, Some('e'));
    }

    #[test]
    fn zero_flag_and_unicode_digits() {
        let s = parse_format_spec("<05", "int").unwrap();
        assert!(s.zero_padding);
        assert_eq!(s.width, Some(5));
        // CPython accepts any Unicode decimal digit in width and precision.
        let s = parse_format_spec("\u{661}\u{660}.\u{663}", "float").unwrap();
        assert_eq!((s.width, s.precision), (Some(10), Some(3)));
    }

    #[test]
    fn errors_match_cpython() {
        let msg = |spec: &str| parse_format_spec(spec, "int").unwrap_err().message;
        assert_eq!(
            msg("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(msg(".f"), "Format specifier missing precision");
        assert_eq!(msg(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(msg("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(msg(",s"), "Cannot specify ',' with 's'.");
        assert_eq!(msg(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(msg("_c"), "Cannot specify '_' with 'c'.");
        assert_eq!(msg(",\u{e9}"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(
            msg("99999999999999999999"),
            "Too many decimal digits in format string"
        );
    }
}
