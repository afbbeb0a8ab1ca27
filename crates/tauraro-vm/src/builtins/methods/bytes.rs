//! Methods of `bytes` (the common subset). Searching, padding and replacing reuse the `str`
//! algorithms of `crate::text` on a Latin-1 view of the bytes (one code point per byte, so
//! indices agree); whitespace and case are ASCII-only, as for CPython's bytes.

use std::rc::Rc;

use crate::builtins::methods::str::{
    Codec, ErrorHandler, check_result_size, codec, error_handler, sequence_repeat,
};
use crate::builtins::methods::{
    arg_type_name, bad_argument, c_int_arg, keywords, no_args, one_arg, positional, receiver,
    slice_arg, ssize_arg, varargs, wrapper,
};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PyBytes};
use crate::text;
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<PyBytes>, Args<'a>)> {
    receiver(vm, args, "bytes", method, |value| match value {
        Value::Bytes(bytes) => Some(bytes),
        _ => None,
    })
}

fn this_value<'a>(vm: &mut Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let (bytes, rest) = this(vm, args, method)?;
    Ok((Value::Bytes(bytes.clone()), rest))
}

fn new_bytes(bytes: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(bytes)))
}

/// The bytes as a string of code points U+0000..U+00FF.
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The inverse of [`latin1`].
fn unlatin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| u32::from(c) as u8).collect()
}

/// `Py_ISSPACE` for bytes.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

macro_rules! bytes_methods {
    ($($name:literal => $function:ident),* $(,)?) => {
        /// The methods of `bytes`.
        pub static METHODS: &[BuiltinFunction] = &[
            $(BuiltinFunction::new($name, $function)),*
        ];
    };
}

bytes_methods! {
    "capitalize" => capitalize,
    "center" => center,
    "count" => count,
    "decode" => decode,
    "endswith" => endswith,
    "expandtabs" => expandtabs,
    "find" => find,
    "hex" => hex,
    "index" => index,
    "isalnum" => isalnum,
    "isalpha" => isalpha,
    "isascii" => isascii,
    "isdigit" => isdigit,
    "islower" => islower,
    "isspace" => isspace,
    "istitle" => istitle,
    "isupper" => isupper,
    "join" => join,
    "ljust" => ljust,
    "lower" => lower,
    "lstrip" => lstrip,
    "partition" => partition,
    "removeprefix" => removeprefix,
    "removesuffix" => removesuffix,
    "replace" => replace,
    "rfind" => rfind,
    "rindex" => rindex,
    "rjust" => rjust,
    "rpartition" => rpartition,
    "rsplit" => rsplit,
    "rstrip" => rstrip,
    "split" => split,
    "splitlines" => splitlines,
    "startswith" => startswith,
    "strip" => strip,
    "swapcase" => swapcase,
    "title" => title,
    "upper" => upper,
    "zfill" => zfill,
    "__len__" => dunder_len,
    "__getitem__" => dunder_getitem,
    "__contains__" => dunder_contains,
    "__iter__" => dunder_iter,
    "__add__" => dunder_add,
    "__mul__" => dunder_mul,
    "__rmul__" => dunder_mul,
    "__eq__" => dunder_eq,
    "__ne__" => dunder_ne,
    "__lt__" => dunder_lt,
    "__le__" => dunder_le,
    "__gt__" => dunder_gt,
    "__ge__" => dunder_ge,
    "__hash__" => dunder_hash,
    "__repr__" => dunder_repr,
}

/// `bytes.fromhex`, a class method.
pub static FROMHEX: BuiltinFunction = BuiltinFunction::new("fromhex", fromhex);

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn bytes_arg(vm: &Vm, value: &Value) -> PyResult<Rc<PyBytes>> {
    match value {
        Value::Bytes(bytes) => Ok(bytes.clone()),
        other => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Case conversion and predicates (ASCII only).

fn title_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    bytes
        .iter()
        .map(|&b| {
            let out = if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize_bytes(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .map(|b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

macro_rules! transforms {
    ($($name:ident => $function:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (bytes, rest) = this(vm, args, stringify!($name))?;
            no_args(rest, concat!("bytes.", stringify!($name)))?;
            let function: fn(&[u8]) -> Vec<u8> = $function;
            Ok(new_bytes(function(&bytes.bytes)))
        })*
    };
}

transforms! {
    upper => |b| b.to_ascii_uppercase(),
    lower => |b| b.to_ascii_lowercase(),
    title => title_bytes,
    capitalize => capitalize_bytes,
    swapcase => swapcase_bytes,
}

fn is_title_bytes(bytes: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for &b in bytes {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

macro_rules! predicates {
    ($($name:ident => $function:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (bytes, rest) = this(vm, args, stringify!($name))?;
            no_args(rest, concat!("bytes.", stringify!($name)))?;
            let function: fn(&[u8]) -> bool = $function;
            Ok(Value::bool(function(&bytes.bytes)))
        })*
    };
}

predicates! {
    isalnum => |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric),
    isalpha => |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic),
    isascii => |b| b.is_ascii(),
    isdigit => |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit),
    isspace => |b| !b.is_empty() && b.iter().all(|b| is_space(*b)),
    islower => |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    isupper => |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    istitle => is_title_bytes,
}

// ---------------------------------------------------------------------------------------------
// Searching.

/// The arguments of `find`, `count`, ...: the needle (bytes or an int byte) and the window.
fn search_args(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
) -> PyResult<(String, String, Option<i64>, Option<i64>)> {
    let (bytes, rest) = this(vm, args, name)?;
    let [sub, start, end] = varargs(rest, name, &format!("bytes.{name}"), 1)?;
    let sub = match sub {
        Some(Value::Bytes(sub)) => latin1(&sub.bytes),
        Some(other) if other.is_int() => {
            let byte = other
                .as_bigint()
                .and_then(|v| num_traits::ToPrimitive::to_u8(&v))
                .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?;
            char::from(byte).to_string()
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(other)
            )));
        }
        None => String::new(),
    };
    let start = slice_arg(vm, start)?;
    let end = slice_arg(vm, end)?;
    Ok((latin1(&bytes.bytes), sub, start, end))
}

fn subsection_not_found() -> PyErr {
    PyErr::value_error("subsection not found")
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "find")?;
    Ok(Value::Int(text::find(&text, &sub, start, end)))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "rfind")?;
    Ok(Value::Int(text::rfind(&text, &sub, start, end)))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "index")?;
    match text::find(&text, &sub, start, end) {
        -1 => Err(subsection_not_found()),
        position => Ok(Value::Int(position)),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "rindex")?;
    match text::rfind(&text, &sub, start, end) {
        -1 => Err(subsection_not_found()),
        position => Ok(Value::Int(position)),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "count")?;
    Ok(Value::Int(text::count(&text, &sub, start, end)))
}

fn tail_match(vm: &mut Vm, args: Args<'_>, name: &str, at_start: bool) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, name)?;
    let [prefix, start, end] = varargs(rest, name, &format!("bytes.{name}"), 1)?;
    let start = slice_arg(vm, start)?;
    let end = slice_arg(vm, end)?;
    let text = latin1(&bytes.bytes);
    let matches = |candidate: &[u8]| {
        let candidate = latin1(candidate);
        if at_start {
            text::startswith(&text, &candidate, start, end)
        } else {
            text::endswith(&text, &candidate, start, end)
        }
    };
    match prefix {
        Some(Value::Bytes(prefix)) => Ok(Value::bool(matches(&prefix.bytes))),
        Some(Value::Tuple(prefixes)) => {
            for item in prefixes.items.iter() {
                let item = bytes_arg(vm, item)?;
                if matches(&item.bytes) {
                    return Ok(Value::True);
                }
            }
            Ok(Value::False)
        }
        Some(other) => Err(PyErr::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(other)
        ))),
        None => Err(PyErr::type_error(format!("{name}() missing argument"))),
    }
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    tail_match(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    tail_match(vm, args, "endswith", false)
}

// ---------------------------------------------------------------------------------------------
// Padding.

fn pad_args(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<(String, i64, char)> {
    let (bytes, rest) = this(vm, args, name)?;
    let qualname = format!("bytes.{name}");
    let [width, fill] = positional(rest, name, &qualname, 1)?;
    let width = ssize_arg(vm, width.unwrap_or(&Value::Int(0)))?;
    let fill = match fill {
        None => ' ',
        Some(Value::Bytes(fill)) if fill.bytes.len() == 1 => char::from(fill.bytes[0]),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {}",
                arg_type_name(vm, other)
            )));
        }
    };
    check_result_size(width.max(0) as u128)?;
    Ok((latin1(&bytes.bytes), width, fill))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "center")?;
    Ok(new_bytes(unlatin1(&text::center(&text, width, fill)?)))
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "ljust")?;
    Ok(new_bytes(unlatin1(&text::ljust(&text, width, fill)?)))
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "rjust")?;
    Ok(new_bytes(unlatin1(&text::rjust(&text, width, fill)?)))
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "zfill")?;
    let width = one_arg(rest, "bytes.zfill")?;
    let width = ssize_arg(vm, width)?;
    check_result_size(width.max(0) as u128)?;
    Ok(new_bytes(unlatin1(&text::zfill(
        &latin1(&bytes.bytes),
        width,
    )?)))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "expandtabs")?;
    let [tabsize] = keywords(rest, "expandtabs", ["tabsize"], 0, 1)?;
    let tabsize = match tabsize {
        Some(value) => c_int_arg(vm, value)?,
        None => 8,
    };
    let tabs = bytes.bytes.iter().filter(|b| **b == b'\t').count() as u128;
    check_result_size(bytes.bytes.len() as u128 + tabs * tabsize.max(0) as u128)?;
    Ok(new_bytes(unlatin1(&text::expandtabs(
        &latin1(&bytes.bytes),
        tabsize,
    )?)))
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, joining, replacing.

fn split_args(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
) -> PyResult<(Rc<PyBytes>, Option<Rc<PyBytes>>, i64)> {
    let (bytes, rest) = this(vm, args, name)?;
    let [sep, maxsplit] = keywords(rest, name, ["sep", "maxsplit"], 0, 2)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(sep) => Some(bytes_arg(vm, sep)?),
    };
    let maxsplit = match maxsplit {
        Some(value) => ssize_arg(vm, value)?,
        None => -1,
    };
    Ok((bytes.clone(), sep, maxsplit))
}

fn bytes_list(parts: Vec<Vec<u8>>) -> Value {
    Value::list(parts.into_iter().map(new_bytes).collect())
}

/// Splits at runs of ASCII whitespace, from the left or the right.
fn split_whitespace(bytes: &[u8], maxsplit: i64, from_right: bool) -> Vec<Vec<u8>> {
    let mut limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut rest: &[u8] = bytes;
    loop {
        rest = if from_right {
            let end = rest
                .iter()
                .rposition(|b| !is_space(*b))
                .map_or(0, |i| i + 1);
            &rest[..end]
        } else {
            let start = rest
                .iter()
                .position(|b| !is_space(*b))
                .unwrap_or(rest.len());
            &rest[start..]
        };
        if rest.is_empty() {
            break;
        }
        if limit == 0 {
            parts.push(rest.to_vec());
            break;
        }
        if from_right {
            let start = rest.iter().rposition(|b| is_space(*b)).map_or(0, |i| i + 1);
            parts.push(rest[start..].to_vec());
            rest = &rest[..start];
        } else {
            let end = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
            parts.push(rest[..end].to_vec());
            rest = &rest[end..];
        }
        limit -= 1;
    }
    if from_right {
        parts.reverse();
    }
    parts
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, sep, maxsplit) = split_args(vm, args, "split")?;
    let parts = match sep {
        None => split_whitespace(&bytes.bytes, maxsplit, false),
        Some(sep) => text::split(&latin1(&bytes.bytes), Some(&latin1(&sep.bytes)), maxsplit)?
            .into_iter()
            .map(unlatin1)
            .collect(),
    };
    Ok(bytes_list(parts))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let parts = match sep {
        None => split_whitespace(&bytes.bytes, maxsplit, true),
        Some(sep) => text::rsplit(&latin1(&bytes.bytes), Some(&latin1(&sep.bytes)), maxsplit)?
            .into_iter()
            .map(unlatin1)
            .collect(),
    };
    Ok(bytes_list(parts))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "splitlines")?;
    let [keepends] = keywords(rest, "splitlines", ["keepends"], 0, 1)?;
    let keepends = match keepends {
        Some(value) => c_int_arg(vm, value)? != 0,
        None => false,
    };
    let data = &bytes.bytes;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\n' || data[i] == b'\r' {
            let mut end = i + 1;
            if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(data[start..if keepends { end } else { i }].to_vec());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    Ok(bytes_list(parts))
}

fn strip_with(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, name)?;
    let qualname = format!("bytes.{name}");
    let [chars] = positional(rest, name, &qualname, 0)?;
    let chars = match chars {
        None | Some(Value::None) => None,
        Some(chars) => Some(bytes_arg(vm, chars)?),
    };
    let strip = |b: &u8| match &chars {
        None => is_space(*b),
        Some(chars) => chars.bytes.contains(b),
    };
    let data: &[u8] = &bytes.bytes;
    let start = if left {
        data.iter().position(|b| !strip(b)).unwrap_or(data.len())
    } else {
        0
    };
    let end = if right {
        data.iter()
            .rposition(|b| !strip(b))
            .map_or(start, |i| i + 1)
    } else {
        data.len()
    };
    if start == 0 && end == data.len() {
        return Ok(Value::Bytes(bytes.clone()));
    }
    Ok(new_bytes(data[start..end.max(start)].to_vec()))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "rstrip", false, true)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (separator, rest) = this(vm, args, "join")?;
    let iterable = one_arg(rest, "bytes.join")?;
    let items = crate::builtins::methods::str::join_items(vm, iterable)?;
    let mut length: u128 = 0;
    for (index, item) in items.iter().enumerate() {
        match item {
            Value::Bytes(part) => length += part.bytes.len() as u128,
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {index}: expected a bytes-like object, {} found",
                    vm.type_name(other)
                )));
            }
        }
    }
    length += separator.bytes.len() as u128 * items.len().saturating_sub(1) as u128;
    check_result_size(length)?;
    let mut out = Vec::with_capacity(length as usize);
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(&separator.bytes);
        }
        if let Value::Bytes(part) = item {
            out.extend_from_slice(&part.bytes);
        }
    }
    Ok(new_bytes(out))
}

fn partition_with(vm: &mut Vm, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, name)?;
    let sep = bytes_arg(vm, one_arg(rest, &format!("bytes.{name}"))?)?;
    let text = latin1(&bytes.bytes);
    let sep = latin1(&sep.bytes);
    let (head, middle, tail) = if right {
        text::rpartition(&text, &sep)?
    } else {
        text::partition(&text, &sep)?
    };
    Ok(Value::tuple(vec![
        new_bytes(unlatin1(head)),
        new_bytes(unlatin1(middle)),
        new_bytes(unlatin1(tail)),
    ]))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "rpartition", true)
}

fn remove_affix(vm: &mut Vm, args: Args<'_>, name: &str, prefix: bool) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, name)?;
    let affix = bytes_arg(vm, one_arg(rest, &format!("bytes.{name}"))?)?;
    let data: &[u8] = &bytes.bytes;
    let stripped = if prefix {
        data.strip_prefix(&affix.bytes[..])
    } else {
        data.strip_suffix(&affix.bytes[..])
    };
    match stripped {
        Some(stripped) if !affix.bytes.is_empty() => Ok(new_bytes(stripped.to_vec())),
        _ => Ok(Value::Bytes(bytes.clone())),
    }
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "replace")?;
    let [old, new, count] = positional(rest, "replace", "bytes.replace", 2)?;
    let old = bytes_arg(vm, old.unwrap_or(&Value::None))?;
    let new = bytes_arg(vm, new.unwrap_or(&Value::None))?;
    let count = match count {
        Some(value) => ssize_arg(vm, value)?,
        None => -1,
    };
    let text = latin1(&bytes.bytes);
    let (old, new) = (latin1(&old.bytes), latin1(&new.bytes));
    let old_len = old.chars().count();
    let new_len = new.chars().count();
    if new_len > old_len {
        let occurrences = text::count(&text, &old, None, None);
        let occurrences = if count < 0 {
            occurrences
        } else {
            occurrences.min(count)
        };
        check_result_size(
            bytes.bytes.len() as u128 + (new_len - old_len) as u128 * occurrences as u128,
        )?;
    }
    Ok(new_bytes(unlatin1(&text::replace(
        &text, &old, &new, count,
    )?)))
}

// ---------------------------------------------------------------------------------------------
// Hex and decoding.

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "hex")?;
    let [sep, bytes_per_sep] = keywords(rest, "hex", ["sep", "bytes_per_sep"], 0, 2)?;
    let sep = match sep {
        None => None,
        Some(Value::Str(sep)) => {
            if sep.char_len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            let c = sep.char_at(0);
            if !c.is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(c)
        }
        Some(Value::Bytes(sep)) => {
            if sep.bytes.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !sep.bytes[0].is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(char::from(sep.bytes[0]))
        }
        Some(other) => {
            let message = if matches!(
                other,
                Value::List(_)
                    | Value::Tuple(_)
                    | Value::Dict(_)
                    | Value::Set(_)
                    | Value::FrozenSet(_)
                    | Value::Range(_)
            ) {
                "sep must be str or bytes.".to_owned()
            } else {
                format!("object of type '{}' has no len()", vm.type_name(other))
            };
            return Err(PyErr::type_error(message));
        }
    };
    let group = match bytes_per_sep {
        Some(value) => c_int_arg(vm, value)?,
        None => 1,
    };
    check_result_size(bytes.bytes.len() as u128 * 3)?;
    let data: &[u8] = &bytes.bytes;
    let mut out = String::with_capacity(data.len() * 3);
    let group_size = group.unsigned_abs() as usize;
    for (index, byte) in data.iter().enumerate() {
        if let Some(sep) = sep
            && index > 0
            && group_size > 0
        {
            let boundary = if group > 0 {
                (data.len() - index).is_multiple_of(group_size)
            } else {
                index.is_multiple_of(group_size)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{byte:02x}"));
    }
    Ok(Value::string(out))
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = receiver(vm, args, "bytes", "fromhex", Some)?;
    let text = match one_arg(rest, "bytes.fromhex")? {
        Value::Str(text) => text.clone(),
        other => return Err(bad_argument(vm, "fromhex", "argument", "str", other)),
    };
    let chars: Vec<char> = text.as_str().chars().collect();
    let invalid = |position: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {position}"
        ))
    };
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_space(chars[i]) {
            while i < chars.len() && is_space(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let top = chars[i].to_digit(16).ok_or_else(|| invalid(i))?;
        i += 1;
        let bottom = chars
            .get(i)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| invalid(i))?;
        i += 1;
        out.push((top * 16 + bottom) as u8);
    }
    let value = new_bytes(out);
    match class {
        Value::Class(class) if Rc::ptr_eq(class, &vm.types.bytes) => Ok(value),
        other => vm.call(other, &[value]),
    }
}

/// `bytes.decode` for the implemented codecs.
fn decode_bytes(data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(latin1(data)),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (position, &byte) in data.iter().enumerate() {
                if byte.is_ascii() {
                    out.push(char::from(byte));
                    continue;
                }
                match error_handler(errors)? {
                    ErrorHandler::Strict | ErrorHandler::XmlCharRefReplace => {
                        return Err(decode_error(
                            codec,
                            data,
                            position,
                            position + 1,
                            "ordinal not in range(128)",
                            errors,
                        ));
                    }
                    ErrorHandler::Ignore => {}
                    ErrorHandler::Replace => out.push('\u{fffd}'),
                    ErrorHandler::BackslashReplace => out.push_str(&format!("\\x{byte:02x}")),
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut position = 0;
            while position < data.len() {
                match std::str::from_utf8(&data[position..]) {
                    Ok(valid) => {
                        out.push_str(valid);
                        break;
                    }
                    Err(err) => {
                        let valid_end = position + err.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(&data[position..valid_end]).unwrap_or_default(),
                        );
                        let (end, reason) = match err.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(len) => {
                                let lead = data[valid_end];
                                if (0x80..0xc2).contains(&lead) || lead >= 0xf5 {
                                    (valid_end + len, "invalid start byte")
                                } else {
                                    (valid_end + len, "invalid continuation byte")
                                }
                            }
                        };
                        match error_handler(errors)? {
                            ErrorHandler::Strict | ErrorHandler::XmlCharRefReplace => {
                                return Err(decode_error(
                                    codec, data, valid_end, end, reason, errors,
                                ));
                            }
                            ErrorHandler::Ignore => {}
                            ErrorHandler::Replace => out.push('\u{fffd}'),
                            ErrorHandler::BackslashReplace => {
                                for byte in &data[valid_end..end] {
                                    out.push_str(&format!("\\x{byte:02x}"));
                                }
                            }
                        }
                        position = end;
                    }
                }
            }
            Ok(out)
        }
    }
}

fn decode_error(
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyErr {
    if errors == "xmlcharrefreplace" {
        return PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback");
    }
    let message = if end == start + 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            codec.name(),
            data[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    PyErr::new(ExcKind::UnicodeDecodeError, message)
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "decode")?;
    let [encoding, errors] = keywords(rest, "decode", ["encoding", "errors"], 0, 2)?;
    let codec = match encoding {
        None => Codec::Utf8,
        Some(Value::Str(name)) => codec(name.as_str())?,
        Some(other) => {
            return Err(bad_argument(
                vm,
                "decode",
                "argument 'encoding'",
                "str",
                other,
            ));
        }
    };
    let errors = match errors {
        None => "strict".to_owned(),
        Some(Value::Str(name)) => name.as_str().to_owned(),
        Some(other) => {
            return Err(bad_argument(
                vm,
                "decode",
                "argument 'errors'",
                "str",
                other,
            ));
        }
    };
    Ok(Value::string(decode_bytes(&bytes.bytes, codec, &errors)?))
}

// ---------------------------------------------------------------------------------------------
// Special methods.

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(bytes.bytes.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this_value(vm, args, "__getitem__")?;
    let [key] = wrapper(rest, "__getitem__")?;
    vm.get_item(&bytes, key)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "__contains__")?;
    let [item] = wrapper(rest, "__contains__")?;
    let needle = match item {
        Value::Bytes(needle) => needle.bytes.to_vec(),
        other if other.is_int() || matches!(other, Value::Instance(_)) => {
            let int = vm.to_index(other)?;
            vec![
                num_traits::ToPrimitive::to_u8(&int)
                    .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))?,
            ]
        }
        other => {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    let found = needle.is_empty() || bytes.bytes.windows(needle.len()).any(|w| w == needle);
    Ok(Value::bool(found))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this_value(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&bytes)
}

fn dunder_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "__add__")?;
    let [other] = wrapper(rest, "__add__")?;
    let Value::Bytes(other) = other else {
        return Err(PyErr::type_error(format!(
            "can't concat {} to bytes",
            vm.type_name(other)
        )));
    };
    check_result_size(bytes.bytes.len() as u128 + other.bytes.len() as u128)?;
    let mut joined = bytes.bytes.to_vec();
    joined.extend_from_slice(&other.bytes);
    Ok(new_bytes(joined))
}

fn dunder_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this_value(vm, args, "__mul__")?;
    let [count] = wrapper(rest, "__mul__")?;
    sequence_repeat(vm, bytes, count)
}

comparison_dunders!(this_value, |other| matches!(other, Value::Bytes(_)));

fn dunder_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this_value(vm, args, "__hash__")?;
    wrapper::<0>(rest, "__hash__")?;
    Ok(Value::Int(vm.hash_value(&bytes)?))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (bytes, rest) = this(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::string(text::bytes_repr(&bytes.bytes)))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn case_and_predicates() {
        check(&[
            (r#"b'hello World \xe9'.upper()"#, r#"b'HELLO WORLD \xe9'"#),
            (r#"b'HELLO \xc9'.lower()"#, r#"b'hello \xc9'"#),
            (r#"b'hello world'.title()"#, r#"b'Hello World'"#),
            (r#"b"they're 2nd".title()"#, r#"b"They'Re 2Nd""#),
            (r#"b'hELLO'.capitalize()"#, r#"b'Hello'"#),
            (r#"b'Hello'.swapcase()"#, r#"b'hELLO'"#),
            (r#"b'abc'.isalpha()"#, r#"True"#),
            (r#"b'\xe9'.isalpha()"#, r#"False"#),
            (r#"b''.isalpha()"#, r#"False"#),
            (r#"b'abc1'.isalnum()"#, r#"True"#),
            (r#"b'123'.isdigit()"#, r#"True"#),
            (r#"b' \t\x0b'.isspace()"#, r#"True"#),
            (r#"b'\x1c'.isspace()"#, r#"False"#),
            (r#"b'abc1'.islower()"#, r#"True"#),
            (r#"b'ABC'.isupper()"#, r#"True"#),
            (r#"b'123'.isupper()"#, r#"False"#),
            (r#"b'Hello World'.istitle()"#, r#"True"#),
            (r#"b'Hello world'.istitle()"#, r#"False"#),
            (r#"b'\x80'.isascii()"#, r#"False"#),
            (r#"b''.isascii()"#, r#"True"#),
            (
                r#"b'a'.upper(1)"#,
                r#"TypeError: bytes.upper() takes no arguments (1 given)"#,
            ),
            (
                r#"bytes.upper('a')"#,
                r#"TypeError: descriptor 'upper' for 'bytes' objects doesn't apply to a 'str' object"#,
            ),
        ]);
    }

    #[test]
    fn searching_and_padding() {
        check(&[
            (r#"b'hello'.find(b'l')"#, r#"2"#),
            (r#"b'hello'.find(108)"#, r#"2"#),
            (r#"b'hello'.find(b'l', 3)"#, r#"3"#),
            (r#"b'hello'.find(b'z')"#, r#"-1"#),
            (r#"b'h\xffllo'.find(b'\xff')"#, r#"1"#),
            (r#"b'hello'.rfind(b'l')"#, r#"3"#),
            (r#"b'hello'.index(b'e')"#, r#"1"#),
            (
                r#"b'hello'.index(b'z')"#,
                r#"ValueError: subsection not found"#,
            ),
            (
                r#"b'hello'.rindex(b'z')"#,
                r#"ValueError: subsection not found"#,
            ),
            (r#"b'hello'.count(b'l')"#, r#"2"#),
            (r#"b'hello'.count(b'')"#, r#"6"#),
            (
                r#"b'hello'.find('l')"#,
                r#"TypeError: argument should be integer or bytes-like object, not 'str'"#,
            ),
            (
                r#"b'hello'.find(256)"#,
                r#"ValueError: byte must be in range(0, 256)"#,
            ),
            (
                r#"b'hello'.find(-1)"#,
                r#"ValueError: byte must be in range(0, 256)"#,
            ),
            (
                r#"b'hello'.find()"#,
                r#"TypeError: find() takes at least 1 argument (0 given)"#,
            ),
            (
                r#"b'hello'.find(b'l', x=1)"#,
                r#"TypeError: bytes.find() takes no keyword arguments"#,
            ),
            (r#"b'hello'.startswith(b'he')"#, r#"True"#),
            (r#"b'hello'.startswith((b'x', b'hel'))"#, r#"True"#),
            (r#"b'hello'.endswith(b'lo', 0, 5)"#, r#"True"#),
            (
                r#"b'hello'.startswith('he')"#,
                r#"TypeError: startswith first arg must be bytes or a tuple of bytes, not str"#,
            ),
            (
                r#"b'hello'.startswith((b'x', 'he'))"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (r#"b'hello'.__contains__(b'ell')"#, r#"True"#),
            (r#"b'hello'.__contains__(104)"#, r#"True"#),
            (
                r#"b'hello'.__contains__(300)"#,
                r#"ValueError: byte must be in range(0, 256)"#,
            ),
            (
                r#"b'hello'.__contains__('h')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"b'hello'.__contains__(None)"#,
                r#"TypeError: a bytes-like object is required, not 'NoneType'"#,
            ),
            (r#"b'abc'.center(9, b'*')"#, r#"b'***abc***'"#),
            (r#"b'abc'.ljust(5)"#, r#"b'abc  '"#),
            (r#"b'abc'.rjust(5, b'\xff')"#, r#"b'\xff\xffabc'"#),
            (
                r#"b'abc'.center(5, b'ab')"#,
                r#"TypeError: center() argument 2 must be a byte string of length 1, not bytes"#,
            ),
            (
                r#"b'abc'.center(5, '*')"#,
                r#"TypeError: center() argument 2 must be a byte string of length 1, not str"#,
            ),
            (r#"b'-42'.zfill(6)"#, r#"b'-00042'"#),
            (r#"b'a\tb'.expandtabs()"#, r#"b'a       b'"#),
            (r#"b'a\tb'.expandtabs(tabsize=3)"#, r#"b'a  b'"#),
        ]);
    }

    #[test]
    fn splitting_joining_replacing() {
        check(&[
            (r#"b'a b  c'.split()"#, r#"[b'a', b'b', b'c']"#),
            (r#"b' a\x1cb '.split()"#, r#"[b'a\x1cb']"#),
            (r#"b'a,b,,c'.split(b',')"#, r#"[b'a', b'b', b'', b'c']"#),
            (r#"b'a,b,c'.split(b',', 1)"#, r#"[b'a', b'b,c']"#),
            (r#"b'a b c'.split(maxsplit=1)"#, r#"[b'a', b'b c']"#),
            (r#"b'a b c'.rsplit(None, 1)"#, r#"[b'a b', b'c']"#),
            (r#"b'a,b,c'.rsplit(b',', maxsplit=1)"#, r#"[b'a,b', b'c']"#),
            (r#"b'  '.rsplit()"#, r#"[]"#),
            (r#"b'abc'.split(b'')"#, r#"ValueError: empty separator"#),
            (
                r#"b'abc'.split(',')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (
                r#"b'a\nb\r\nc\rd\x0be'.splitlines()"#,
                r#"[b'a', b'b', b'c', b'd\x0be']"#,
            ),
            (r#"b'a\nb\r\n'.splitlines(True)"#, r#"[b'a\n', b'b\r\n']"#),
            (r#"b'  ab  '.strip()"#, r#"b'ab'"#),
            (r#"b'xxabxx'.strip(b'x')"#, r#"b'ab'"#),
            (r#"b'  ab  '.lstrip()"#, r#"b'ab  '"#),
            (r#"b'  ab  '.rstrip()"#, r#"b'  ab'"#),
            (
                r#"b'ab'.strip('a')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (r#"b', '.join([b'a', b'b'])"#, r#"b'a, b'"#),
            (r#"b''.join([])"#, r#"b''"#),
            (
                r#"b'-'.join([b'a', 'b'])"#,
                r#"TypeError: sequence item 1: expected a bytes-like object, str found"#,
            ),
            (r#"b'-'.join(1)"#, r#"TypeError: can only join an iterable"#),
            (r#"b'a=b'.partition(b'=')"#, r#"(b'a', b'=', b'b')"#),
            (r#"b'a=b=c'.rpartition(b'=')"#, r#"(b'a=b', b'=', b'c')"#),
            (r#"b'ab'.partition(b'x')"#, r#"(b'ab', b'', b'')"#),
            (
                r#"b'ab'.partition('=')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (r#"b'prefix-x'.removeprefix(b'prefix-')"#, r#"b'x'"#),
            (r#"b'x.py'.removesuffix(b'.py')"#, r#"b'x'"#),
            (r#"b'x'.removesuffix(b'')"#, r#"b'x'"#),
            (
                r#"b'x'.removeprefix('x')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
            (r#"b'aaa'.replace(b'a', b'bb')"#, r#"b'bbbbbb'"#),
            (r#"b'aaa'.replace(b'a', b'b', 1)"#, r#"b'baa'"#),
            (r#"b'abc'.replace(b'', b'-')"#, r#"b'-a-b-c-'"#),
            (
                r#"b'abc'.replace('a', b'b')"#,
                r#"TypeError: a bytes-like object is required, not 'str'"#,
            ),
        ]);
    }

    #[test]
    fn hex_and_codecs() {
        check(&[
            (r#"b'\x01\xab\xff'.hex()"#, r#"'01abff'"#),
            (r#"b''.hex()"#, r#"''"#),
            (r#"b'\x01\x02\x03\x04\x05'.hex(':')"#, r#"'01:02:03:04:05'"#),
            (
                r#"b'\x01\x02\x03\x04\x05'.hex(':', 2)"#,
                r#"'01:0203:0405'"#,
            ),
            (
                r#"b'\x01\x02\x03\x04\x05'.hex(b'-', -2)"#,
                r#"'0102-0304-05'"#,
            ),
            (r#"b'\x01\x02\x03'.hex(' ', 5)"#, r#"'010203'"#),
            (r#"b'\x01\x02'.hex(sep='_', bytes_per_sep=1)"#, r#"'01_02'"#),
            (
                r#"b'\x01'.hex('ab')"#,
                r#"ValueError: sep must be length 1."#,
            ),
            (r#"b'\x01'.hex('é')"#, r#"ValueError: sep must be ASCII."#),
            (
                r#"b'ab'.hex([1])"#,
                r#"TypeError: sep must be str or bytes."#,
            ),
            (r#"b'ab'.hex(b'')"#, r#"ValueError: sep must be length 1."#),
            (r#"b'ab'.hex(':', 0)"#, r#"'6162'"#),
            (
                r#"b'\x01'.hex(1)"#,
                r#"TypeError: object of type 'int' has no len()"#,
            ),
            (r#"bytes.fromhex('01 ab ff')"#, r#"b'\x01\xab\xff'"#),
            (r#"bytes.fromhex('')"#, r#"b''"#),
            (r#"bytes.fromhex('  0a\n0B  ')"#, r#"b'\n\x0b'"#),
            (
                r#"bytes.fromhex('0g')"#,
                r#"ValueError: non-hexadecimal number found in fromhex() arg at position 1"#,
            ),
            (
                r#"bytes.fromhex('abc')"#,
                r#"ValueError: non-hexadecimal number found in fromhex() arg at position 3"#,
            ),
            (
                r#"bytes.fromhex('a bc')"#,
                r#"ValueError: non-hexadecimal number found in fromhex() arg at position 1"#,
            ),
            (
                r#"bytes.fromhex(b'ab')"#,
                r#"TypeError: fromhex() argument must be str, not bytes"#,
            ),
            (r#"b'x'.fromhex('41')"#, r#"b'A'"#),
            (r#"b'h\xc3\xa9llo'.decode()"#, r#"'héllo'"#),
            (r#"b'h\xc3\xa9llo'.decode('utf-8')"#, r#"'héllo'"#),
            (r#"b'hello'.decode('ascii')"#, r#"'hello'"#),
            (r#"b'h\xe9llo'.decode('latin-1')"#, r#"'héllo'"#),
            (
                r#"b'\xff'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"#,
            ),
            (
                r#"b'a\x80b'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte"#,
            ),
            (
                r#"b'\xe2\x82x'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"#,
            ),
            (
                r#"b'ab\xe2\x82'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"#,
            ),
            (
                r#"b'ab\xf0'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 2: unexpected end of data"#,
            ),
            (
                r#"b'\xed\xa0\x80'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"#,
            ),
            (
                r#"b'\xc0\xaf'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"#,
            ),
            (
                r#"b'\xf4\x90\x80\x80'.decode()"#,
                r#"UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"#,
            ),
            (
                r#"b'a\xffb\xe2\x82'.decode('utf-8', 'replace')"#,
                r#"'a�b�'"#,
            ),
            (r#"b'a\xffb\xe2\x82'.decode('utf-8', 'ignore')"#, r#"'ab'"#),
            (
                r#"b'a\xffb\xe2\x82'.decode('utf-8', 'backslashreplace')"#,
                r#"'a\\xffb\\xe2\\x82'"#,
            ),
            (
                r#"b'h\xe9llo'.decode('ascii')"#,
                r#"UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"#,
            ),
            (
                r#"b'h\xe9\xe9llo'.decode('ascii', 'replace')"#,
                r#"'h��llo'"#,
            ),
            (
                r#"b'\xff'.decode('utf-8', 'bogus')"#,
                r#"LookupError: unknown error handler name 'bogus'"#,
            ),
            (r#"b'a'.decode('utf-8', 'bogus')"#, r#"'a'"#),
            (
                r#"b'a'.decode(1)"#,
                r#"TypeError: decode() argument 'encoding' must be str, not int"#,
            ),
            (r#"b'a'.decode(encoding='ascii')"#, r#"'a'"#),
            (
                r#"b'a'.decode(x=1)"#,
                r#"TypeError: 'x' is an invalid keyword argument for decode()"#,
            ),
        ]);
    }

    #[test]
    fn dunders() {
        check(&[
            (r#"b'abc'.__len__()"#, r#"3"#),
            (r#"b'abc'.__getitem__(0)"#, r#"97"#),
            (r#"b'abc'.__getitem__(-1)"#, r#"99"#),
            (r#"b'abc'.__getitem__(slice(1, None))"#, r#"b'bc'"#),
            (
                r#"b'abc'.__getitem__(5)"#,
                r#"IndexError: index out of range"#,
            ),
            (r#"list(b'ab'.__iter__())"#, r#"[97, 98]"#),
            (r#"b'ab'.__add__(b'cd')"#, r#"b'abcd'"#),
            (
                r#"b'ab'.__add__('cd')"#,
                r#"TypeError: can't concat str to bytes"#,
            ),
            (r#"b'ab'.__mul__(3)"#, r#"b'ababab'"#),
            (r#"b'ab'.__rmul__(0)"#, r#"b''"#),
            (r#"b'ab'.__eq__(b'ab')"#, r#"True"#),
            (r#"b'ab'.__eq__('ab')"#, r#"NotImplemented"#),
            (r#"b'ab'.__lt__(b'b')"#, r#"True"#),
            (r#"b'ab'.__ge__(b'ab\x00')"#, r#"False"#),
            (r#"b'ab'.__hash__() == hash(b'ab')"#, r#"True"#),
            (r#"b'a\'b"\n\xff'.__repr__()"#, r#"'b\'a\\\'b"\\n\\xff\''"#),
            (
                r#"bytes.__len__('a')"#,
                r#"TypeError: descriptor '__len__' requires a 'bytes' object but received a 'str'"#,
            ),
        ]);
    }
}
