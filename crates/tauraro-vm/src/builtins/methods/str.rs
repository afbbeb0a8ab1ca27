//! Methods of `str`. The text algorithms live in `crate::text`; this file parses arguments
//! the way CPython 3.11 does and converts between values and Rust strings.

use std::rc::Rc;

use hashbrown::HashTable;

use crate::builtins::methods::{
    arg_type_name, bad_argument, c_int_arg, keywords, no_args, not_implemented, one_arg,
    positional, receiver, slice_arg, ssize_arg, str_format, varargs, wrapper,
};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PyBytes, PyStr, as_builtin};
use crate::runtime::arith::BinOp;
use crate::text;
use crate::value::Value;

/// The largest string (in bytes) a method may build before raising MemoryError, so that
/// absurd widths fail like CPython instead of aborting the process.
pub(super) const MAX_RESULT_BYTES: u64 = 1 << 32;

pub(super) fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, "")
}

/// Fails with MemoryError when a result would exceed [`MAX_RESULT_BYTES`].
pub(super) fn check_result_size(bytes: u128) -> PyResult<()> {
    if bytes > u128::from(MAX_RESULT_BYTES) {
        return Err(memory_error());
    }
    Ok(())
}

#[inline]
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<PyStr>, Args<'a>)> {
    receiver(vm, args, "str", method, |value| match value {
        Value::Str(text) => Some(text),
        _ => None,
    })
}

macro_rules! str_methods {
    ($($name:literal => $function:ident),* $(,)?) => {
        /// The methods of `str`.
        pub static METHODS: &[BuiltinFunction] = &[
            $(BuiltinFunction::new($name, $function)),*
        ];
    };
}

str_methods! {
    "capitalize" => capitalize,
    "casefold" => casefold,
    "center" => center,
    "count" => count,
    "encode" => encode,
    "endswith" => endswith,
    "expandtabs" => expandtabs,
    "find" => find,
    "format" => format,
    "format_map" => format_map,
    "index" => index,
    "isalnum" => isalnum,
    "isalpha" => isalpha,
    "isascii" => isascii,
    "isdecimal" => isdecimal,
    "isdigit" => isdigit,
    "isidentifier" => isidentifier,
    "islower" => islower,
    "isnumeric" => isnumeric,
    "isprintable" => isprintable,
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
    "translate" => translate,
    "upper" => upper,
    "zfill" => zfill,
    "__len__" => dunder_len,
    "__contains__" => dunder_contains,
    "__getitem__" => dunder_getitem,
    "__iter__" => dunder_iter,
    "__add__" => dunder_add,
    "__mul__" => dunder_mul,
    "__rmul__" => dunder_mul,
    "__mod__" => dunder_mod,
    "__eq__" => dunder_eq,
    "__ne__" => dunder_ne,
    "__lt__" => dunder_lt,
    "__le__" => dunder_le,
    "__gt__" => dunder_gt,
    "__ge__" => dunder_ge,
    "__hash__" => dunder_hash,
    "__repr__" => dunder_repr,
    "__str__" => dunder_str,
    "__format__" => dunder_format,
}

/// `str.maketrans`, a static method (registered bound to the class, whose first argument it
/// ignores, so it works through the class and through instances alike).
pub static MAKETRANS: BuiltinFunction = BuiltinFunction::new("maketrans", maketrans);

// ---------------------------------------------------------------------------------------------
// Case conversion and predicates.

macro_rules! transforms {
    ($($name:ident => $function:path),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (text, rest) = this(vm, args, stringify!($name))?;
            no_args(rest, concat!("str.", stringify!($name)))?;
            Ok(Value::string($function(text.as_str())))
        })*
    };
}

transforms! {
    capitalize => text::capitalize,
    swapcase => text::swapcase,
    title => text::title,
}

/// Case conversions whose ASCII form maps each byte alone: ASCII text (nearly all a program
/// converts) is mapped without decoding and, when short, without an intermediate `String`.
macro_rules! ascii_mappable_transforms {
    ($($name:ident => $function:path, $ascii:path),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (text, rest) = this(vm, args, stringify!($name))?;
            no_args(rest, concat!("str.", stringify!($name)))?;
            if text.is_ascii() {
                return Ok(Value::Str(Rc::new(text.map_ascii($ascii))));
            }
            Ok(Value::string($function(text.as_str())))
        })*
    };
}

ascii_mappable_transforms! {
    casefold => text::casefold, str::make_ascii_lowercase,
    lower => text::lower, str::make_ascii_lowercase,
    upper => text::upper, str::make_ascii_uppercase,
}

macro_rules! predicates {
    ($($name:ident => $function:path),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (text, rest) = this(vm, args, stringify!($name))?;
            no_args(rest, concat!("str.", stringify!($name)))?;
            Ok(Value::bool($function(text.as_str())))
        })*
    };
}

predicates! {
    isalnum => text::is_alnum,
    isalpha => text::is_alpha,
    isascii => text::is_ascii,
    isdecimal => text::is_decimal,
    isdigit => text::is_digit,
    isidentifier => text::is_identifier,
    islower => text::is_lower,
    isnumeric => text::is_numeric,
    isprintable => text::is_printable,
    isspace => text::is_space,
    istitle => text::is_title,
    isupper => text::is_upper,
}

// ---------------------------------------------------------------------------------------------
// Searching.

/// A receiver, a needle and the `start`/`end` bounds.
type SearchArgs<'a> = (&'a Rc<PyStr>, Rc<PyStr>, Option<i64>, Option<i64>);

/// The arguments of `find`, `count`, `index`, ...: `(sub[, start[, end]])`.
fn search_args<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<SearchArgs<'a>> {
    let (text, rest) = this(vm, args, name)?;
    let [sub, start, end] = varargs(rest, name, &format!("str.{name}"), 1)?;
    let sub = match sub.map(as_builtin) {
        Some(Value::Str(sub)) => sub.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => return Err(PyErr::type_error(format!("{name}() missing argument"))),
    };
    let start = slice_arg(vm, start)?;
    let end = slice_arg(vm, end)?;
    Ok((text, sub, start, end))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "find")?;
    Ok(Value::Int(text::find(
        text.as_str(),
        sub.as_str(),
        start,
        end,
    )))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "rfind")?;
    Ok(Value::Int(text::rfind(
        text.as_str(),
        sub.as_str(),
        start,
        end,
    )))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "index")?;
    Ok(Value::Int(text::index(
        text.as_str(),
        sub.as_str(),
        start,
        end,
    )?))
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "rindex")?;
    Ok(Value::Int(text::rindex(
        text.as_str(),
        sub.as_str(),
        start,
        end,
    )?))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, sub, start, end) = search_args(vm, args, "count")?;
    Ok(Value::Int(text::count(
        text.as_str(),
        sub.as_str(),
        start,
        end,
    )))
}

/// `startswith` and `endswith`: one string or a tuple of strings.
fn tail_match(vm: &mut Vm, args: Args<'_>, name: &str, at_start: bool) -> PyResult<Value> {
    let (text, rest) = this(vm, args, name)?;
    let [prefix, start, end] = varargs(rest, name, &format!("str.{name}"), 1)?;
    let start = slice_arg(vm, start)?;
    let end = slice_arg(vm, end)?;
    let matches = |candidate: &PyStr| {
        if at_start {
            text::startswith(text.as_str(), candidate.as_str(), start, end)
        } else {
            text::endswith(text.as_str(), candidate.as_str(), start, end)
        }
    };
    match prefix.map(as_builtin) {
        Some(Value::Str(prefix)) => Ok(Value::bool(matches(prefix))),
        Some(Value::Tuple(prefixes)) => {
            for item in prefixes.items.iter() {
                match as_builtin(item) {
                    Value::Str(prefix) => {
                        if matches(prefix) {
                            return Ok(Value::True);
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::False)
        }
        Some(other) => Err(PyErr::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
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

/// The `(width[, fillchar])` arguments of `center`, `ljust` and `rjust`.
fn pad_args(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<(Rc<PyStr>, i64, char)> {
    let (text, rest) = this(vm, args, name)?;
    let qualname = format!("str.{name}");
    let [width, fill] = positional(rest, name, &qualname, 1)?;
    let width = ssize_arg(vm, width.unwrap_or(&Value::Int(0)))?;
    let fill = match fill {
        None => ' ',
        Some(Value::Str(fill)) if fill.char_len() == 1 => fill.char_at(0),
        Some(Value::Str(_)) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ));
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(other)
            )));
        }
    };
    check_result_size(width.max(0) as u128 * fill.len_utf8() as u128)?;
    Ok((text.clone(), width, fill))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "center")?;
    Ok(Value::string(text::center(text.as_str(), width, fill)?))
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "ljust")?;
    Ok(Value::string(text::ljust(text.as_str(), width, fill)?))
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, width, fill) = pad_args(vm, args, "rjust")?;
    Ok(Value::string(text::rjust(text.as_str(), width, fill)?))
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "zfill")?;
    let width = one_arg(rest, "str.zfill")?;
    let width = ssize_arg(vm, width)?;
    check_result_size(width.max(0) as u128)?;
    Ok(Value::string(text::zfill(text.as_str(), width)?))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "expandtabs")?;
    let [tabsize] = keywords(rest, "expandtabs", ["tabsize"], 0, 1)?;
    let tabsize = match tabsize {
        Some(value) => c_int_arg(vm, value)?,
        None => 8,
    };
    // The result's length, computed first so huge tab sizes fail cleanly.
    let mut length: u128 = 0;
    let mut column: u128 = 0;
    for c in text.as_str().chars() {
        if c == '\t' {
            if tabsize > 0 {
                let spaces = tabsize as u128 - column % tabsize as u128;
                column += spaces;
                length += spaces;
            }
        } else {
            length += c.len_utf8() as u128;
            column += 1;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    check_result_size(length)?;
    Ok(Value::string(text::expandtabs(text.as_str(), tabsize)?))
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, joining.

/// `None` or a str, for `split`'s separator.
fn optional_separator(vm: &Vm, value: Option<&Value>) -> PyResult<Option<Rc<PyStr>>> {
    match value.map(as_builtin) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(sep)) => Ok(Some(sep.clone())),
        Some(other) => Err(PyErr::type_error(format!(
            "must be str or None, not {}",
            vm.type_name(other)
        ))),
    }
}

/// The list of pieces split from one text. Pieces repeat (the words of a text, the fields of
/// a table), so equal short pieces share one string object: one allocation per distinct piece
/// instead of per piece, and later dict lookups of them match by identity. Like CPython's
/// sharing of one-character strings, this shows only through `is`. Sharing stops early when
/// the pieces turn out to be mostly distinct.
fn string_list(parts: Vec<&str>) -> Value {
    /// Pieces up to this many bytes are shared (they are stored inline in their `PyStr`).
    const SHARED_MAX_LEN: usize = 24;
    /// After this many pieces, sharing continues only if pieces did repeat.
    const PROBATION: usize = 256;
    let mut distinct: HashTable<Rc<PyStr>> = HashTable::new();
    let mut sharing = true;
    let mut index = 0;
    // Mapped in place (a `&str` and a `Value` have the same size), then trimmed: the list
    // holds exactly its items, as CPython's does.
    let mut items: Vec<Value> = parts
        .into_iter()
        .map(|part| {
            index += 1;
            if index == PROBATION && distinct.len() * 4 > PROBATION * 3 {
                sharing = false;
                distinct = HashTable::new();
            }
            if part.len() == 1 {
                return Value::char(char::from(part.as_bytes()[0]));
            }
            if !sharing || part.len() > SHARED_MAX_LEN {
                return Value::str(part);
            }
            let hash = crate::object::str_hash(part);
            let entry = distinct.entry(
                hash as u64,
                |shared| shared.as_str() == part,
                |shared| shared.hash() as u64,
            );
            match entry {
                hashbrown::hash_table::Entry::Occupied(shared) => Value::Str(shared.get().clone()),
                hashbrown::hash_table::Entry::Vacant(slot) => {
                    let shared = Rc::new(PyStr::with_hash(part, hash));
                    slot.insert(shared.clone());
                    Value::Str(shared)
                }
            }
        })
        .collect();
    items.shrink_to_fit();
    Value::list(items)
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "split")?;
    let [sep, maxsplit] = keywords(rest, "split", ["sep", "maxsplit"], 0, 2)?;
    let sep = optional_separator(vm, sep)?;
    let maxsplit = match maxsplit {
        Some(value) => ssize_arg(vm, value)?,
        None => -1,
    };
    let parts = text::split(text.as_str(), sep.as_ref().map(|s| s.as_str()), maxsplit)?;
    Ok(string_list(parts))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "rsplit")?;
    let [sep, maxsplit] = keywords(rest, "rsplit", ["sep", "maxsplit"], 0, 2)?;
    let sep = optional_separator(vm, sep)?;
    let maxsplit = match maxsplit {
        Some(value) => ssize_arg(vm, value)?,
        None => -1,
    };
    let parts = text::rsplit(text.as_str(), sep.as_ref().map(|s| s.as_str()), maxsplit)?;
    Ok(string_list(parts))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "splitlines")?;
    let [keepends] = keywords(rest, "splitlines", ["keepends"], 0, 1)?;
    let keepends = match keepends {
        Some(value) => c_int_arg(vm, value)? != 0,
        None => false,
    };
    Ok(string_list(text::splitlines(text.as_str(), keepends)))
}

/// `strip`, `lstrip` and `rstrip`.
fn strip_with(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    function: for<'s> fn(&'s str, Option<&str>) -> &'s str,
) -> PyResult<Value> {
    let (text, rest) = this(vm, args, name)?;
    let qualname = format!("str.{name}");
    let [chars] = positional(rest, name, &qualname, 0)?;
    let chars = match chars.map(as_builtin) {
        None | Some(Value::None) => None,
        Some(Value::Str(chars)) => Some(chars.clone()),
        Some(_) => {
            return Err(PyErr::type_error(format!("{name} arg must be None or str")));
        }
    };
    let stripped = function(text.as_str(), chars.as_ref().map(|c| c.as_str()));
    if stripped.len() == text.as_str().len() {
        return Ok(Value::Str(text.clone()));
    }
    Ok(Value::str(stripped))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "strip", text::strip)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "lstrip", text::lstrip)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_with(vm, args, "rstrip", text::rstrip)
}

/// The items of an iterable for `join` (`can only join an iterable` when it is not one).
pub(super) fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    match iterable {
        Value::List(list) => Ok(list.snapshot()),
        Value::Tuple(tuple) => Ok(tuple.items.to_vec()),
        _ => {
            let iterator = match vm.get_iter(iterable) {
                Ok(iterator) => iterator,
                Err(err) if vm.is_instance_of_kind(&err, ExcKind::TypeError) => {
                    return Err(PyErr::type_error("can only join an iterable"));
                }
                Err(err) => return Err(err),
            };
            let mut items = Vec::new();
            while let Some(item) = vm.next_value(&iterator)? {
                items.push(item);
            }
            Ok(items)
        }
    }
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (separator, rest) = this(vm, args, "join")?;
    let iterable = one_arg(rest, "str.join")?;
    // Lists and tuples are read in place: joining runs no Python code, so the list cannot
    // change under the borrow.
    match iterable {
        Value::List(list) => join_strs(vm, separator, &list.items()),
        Value::Tuple(tuple) => join_strs(vm, separator, &tuple.items),
        _ => {
            let items = join_items(vm, iterable)?;
            join_strs(vm, separator, &items)
        }
    }
}

/// `separator.join(items)` once the items are collected. One pass: each part is read once
/// (the strings of a long list lie scattered in memory, and sizing the result in a first pass
/// cost a second round of cache misses), and the result's length in code points and
/// ASCII-ness come from the parts instead of a rescan.
fn join_strs(vm: &Vm, separator: &PyStr, items: &[Value]) -> PyResult<Value> {
    if let [only] = items
        && let Value::Str(only) = as_builtin(only)
    {
        return Ok(Value::Str(only.clone()));
    }
    if items.len() <= FEW_PARTS {
        return join_few(vm, separator, items);
    }
    join_many(vm, separator, items)
}

/// [`join_strs`] in one pass over the parts. Room is checked once per part and the bytes
/// copied by [`append_with_room`]: a `push_str` per piece (a capacity check and a `memcpy`
/// call each) cost more than the copying for the short parts joins usually have.
fn join_many(vm: &Vm, separator: &PyStr, items: &[Value]) -> PyResult<Value> {
    let sep = separator.as_str().as_bytes();
    let mut out: Vec<u8> =
        Vec::with_capacity(items.len().saturating_mul(sep.len() + 8).min(1 << 20));
    let (mut char_len, mut ascii) = (0usize, true);
    for (index, item) in items.iter().enumerate() {
        let Value::Str(part) = as_builtin(item) else {
            return Err(join_item_error(vm, index, item));
        };
        let text = part.as_str().as_bytes();
        // One separator more than needed before the first part: harmless over-reservation.
        let more = text.len() + sep.len();
        if out.capacity() - out.len() < more {
            make_room(&mut out, more)?;
        }
        if index > 0 {
            append_with_room(&mut out, sep);
        }
        append_with_room(&mut out, text);
        char_len += part.char_len();
        ascii &= part.is_ascii();
    }
    let separators = items.len().saturating_sub(1);
    if separators > 0 {
        char_len += separator.char_len() * separators;
        ascii &= separator.is_ascii();
    }
    // SAFETY: `out` is whole strings (the parts and separators, each valid UTF-8) laid end
    // to end, which is valid UTF-8.
    let out = unsafe { String::from_utf8_unchecked(out) };
    Ok(Value::Str(std::rc::Rc::new(PyStr::from_measured(
        out, char_len, ascii,
    ))))
}

/// Grows `out` so that `more` bytes fit, doubling but never past [`MAX_RESULT_BYTES`]
/// (so the capacity check in [`join_many`] also bounds the result): MemoryError when the
/// result would be larger or the memory cannot be had.
#[cold]
#[inline(never)]
fn make_room(out: &mut Vec<u8>, more: usize) -> PyResult<()> {
    let needed = out.len() as u128 + more as u128;
    check_result_size(needed)?;
    let target = (out.capacity() as u128 * 2).clamp(needed, u128::from(MAX_RESULT_BYTES));
    out.try_reserve_exact(target as usize - out.len())
        .map_err(|_| memory_error())
}

/// Appends `bytes` to `out`, which has room for them. Parts of up to 16 bytes are copied as
/// two overlapping words (or bytes) instead of through a `memcpy` call.
#[inline(always)]
fn append_with_room(out: &mut Vec<u8>, bytes: &[u8]) {
    let len = bytes.len();
    assert!(out.capacity() - out.len() >= len);
    let source = bytes.as_ptr();
    // SAFETY: `out` has room for `len` more bytes (asserted above), so `end..end + len` is
    // inside its buffer and does not overlap `bytes`, a separate, live string; every read
    // below lies in `source..source + len` (the word reads start at `source` and end at
    // `source + len`), and the bytes written are initialised before `set_len` counts them.
    unsafe {
        let end = out.as_mut_ptr().add(out.len());
        if (8..=16).contains(&len) {
            let head = source.cast::<u64>().read_unaligned();
            let tail = source.add(len - 8).cast::<u64>().read_unaligned();
            end.cast::<u64>().write_unaligned(head);
            end.add(len - 8).cast::<u64>().write_unaligned(tail);
        } else if (4..8).contains(&len) {
            let head = source.cast::<u32>().read_unaligned();
            let tail = source.add(len - 4).cast::<u32>().read_unaligned();
            end.cast::<u32>().write_unaligned(head);
            end.add(len - 4).cast::<u32>().write_unaligned(tail);
        } else if len < 4 {
            for offset in 0..len {
                end.add(offset).write(*source.add(offset));
            }
        } else {
            std::ptr::copy_nonoverlapping(source, end, len);
        }
        out.set_len(out.len() + len);
    }
}

/// Joins of at most this many parts (a row's fields) are sized before they are assembled.
const FEW_PARTS: usize = 16;

/// Results of [`join_few`] up to this many bytes are assembled in one exactly sized step.
const FEW_PARTS_BYTES: usize = 1 << 16;

/// [`join_strs`] of at most [`FEW_PARTS`] parts: the parts are checked and measured first
/// (reading a handful twice costs less than a growing buffer), so that a short result is
/// assembled inline in the string with no intermediate `String`, and a longer one in a buffer
/// sized once.
fn join_few(vm: &Vm, separator: &PyStr, items: &[Value]) -> PyResult<Value> {
    let separators = items.len().saturating_sub(1);
    let mut bytes = separator.as_str().len() * separators;
    let mut char_len = separator.char_len() * separators;
    let mut ascii = separators == 0 || separator.is_ascii();
    for (index, item) in items.iter().enumerate() {
        let Value::Str(part) = as_builtin(item) else {
            return Err(join_item_error(vm, index, item));
        };
        bytes += part.as_str().len();
        char_len += part.char_len();
        ascii &= part.is_ascii();
    }
    if bytes > FEW_PARTS_BYTES {
        return join_many(vm, separator, items);
    }
    // Every item was just seen to be a str.
    let parts = items.iter().filter_map(|item| match as_builtin(item) {
        Value::Str(part) => Some(&**part),
        _ => None,
    });
    Ok(Value::Str(Rc::new(PyStr::join_few(
        separator, parts, bytes, char_len, ascii,
    ))))
}

fn join_item_error(vm: &Vm, index: usize, item: &Value) -> PyErr {
    PyErr::type_error(format!(
        "sequence item {index}: expected str instance, {} found",
        vm.type_name(item)
    ))
}

fn partition_with(vm: &mut Vm, args: Args<'_>, name: &str, right: bool) -> PyResult<Value> {
    let (text, rest) = this(vm, args, name)?;
    let qualname = format!("str.{name}");
    let sep = match as_builtin(one_arg(rest, &qualname)?) {
        Value::Str(sep) => sep.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    let (head, middle, tail) = if right {
        text::rpartition(text.as_str(), sep.as_str())?
    } else {
        text::partition(text.as_str(), sep.as_str())?
    };
    Ok(Value::tuple(vec![
        Value::str(head),
        Value::str(middle),
        Value::str(tail),
    ]))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_with(vm, args, "rpartition", true)
}

fn remove_affix(vm: &mut Vm, args: Args<'_>, name: &str, prefix: bool) -> PyResult<Value> {
    let (text, rest) = this(vm, args, name)?;
    let qualname = format!("str.{name}");
    let affix = match as_builtin(one_arg(rest, &qualname)?) {
        Value::Str(affix) => affix.clone(),
        other => return Err(bad_argument(vm, name, "argument", "str", other)),
    };
    let result = if prefix {
        text::removeprefix(text.as_str(), affix.as_str())
    } else {
        text::removesuffix(text.as_str(), affix.as_str())
    };
    if result.len() == text.as_str().len() {
        return Ok(Value::Str(text.clone()));
    }
    Ok(Value::str(result))
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "replace")?;
    let [old, new, count] = positional(rest, "replace", "str.replace", 2)?;
    let old = match old.map(as_builtin) {
        Some(Value::Str(old)) => old.clone(),
        other => {
            return Err(bad_argument(
                vm,
                "replace",
                "argument 1",
                "str",
                other.unwrap_or(&Value::None),
            ));
        }
    };
    let new = match new.map(as_builtin) {
        Some(Value::Str(new)) => new.clone(),
        other => {
            return Err(bad_argument(
                vm,
                "replace",
                "argument 2",
                "str",
                other.unwrap_or(&Value::None),
            ));
        }
    };
    let count = match count {
        Some(value) => ssize_arg(vm, value)?,
        None => -1,
    };
    if new.as_str().len() > old.as_str().len() {
        let occurrences = text::count(text.as_str(), old.as_str(), None, None);
        let occurrences = if count < 0 {
            occurrences
        } else {
            occurrences.min(count)
        };
        let growth = (new.as_str().len() - old.as_str().len()) as u128;
        check_result_size(text.as_str().len() as u128 + growth * occurrences as u128)?;
    }
    Ok(Value::string(text::replace(
        text.as_str(),
        old.as_str(),
        new.as_str(),
        count,
    )?))
}

// ---------------------------------------------------------------------------------------------
// Encoding and translation.

/// The codecs Tauraro implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    pub(super) fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Looks a codec up by name, normalised like `encodings.normalize_encoding`.
pub(super) fn codec(name: &str) -> PyResult<Codec> {
    let mut normalized = String::with_capacity(name.len());
    let mut pending_underscore = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending_underscore && !normalized.is_empty() {
                normalized.push('_');
            }
            pending_underscore = false;
            normalized.extend(c.to_lowercase());
        } else {
            pending_underscore = true;
        }
    }
    match normalized.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986"
        | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => {
            Ok(Codec::Ascii)
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Ok(Codec::Latin1),
        _ => Err(PyErr::not_supported(format!("the '{name}' codec"))),
    }
}

/// The error handlers Tauraro implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ErrorHandler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Looks an error handler up (only when an error actually happens, as CPython does).
pub(super) fn error_handler(name: &str) -> PyResult<ErrorHandler> {
    Ok(match name {
        "strict" => ErrorHandler::Strict,
        "ignore" => ErrorHandler::Ignore,
        "replace" => ErrorHandler::Replace,
        "backslashreplace" => ErrorHandler::BackslashReplace,
        "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" => {
            return Err(PyErr::not_supported(format!("the '{name}' error handler")));
        }
        other => {
            return Err(PyErr::new(
                ExcKind::LookupError,
                format!("unknown error handler name '{other}'"),
            ));
        }
    })
}

fn escape_char(c: char) -> String {
    let code = c as u32;
    if code <= 0xff {
        format!("\\x{code:02x}")
    } else if code <= 0xffff {
        format!("\\u{code:04x}")
    } else {
        format!("\\U{code:08x}")
    }
}

/// `s.encode(encoding, errors)` for the implemented codecs.
pub(super) fn encode_text(text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut position = 0;
    while position < chars.len() {
        let c = chars[position];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            position += 1;
            continue;
        }
        let end = position
            + chars[position..]
                .iter()
                .take_while(|c| (**c as u32) >= limit)
                .count();
        match error_handler(errors)? {
            ErrorHandler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                let message = if end == position + 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {position}: {reason}",
                        codec.name(),
                        escape_char(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {position}-{}: {reason}",
                        codec.name(),
                        end - 1
                    )
                };
                return Err(PyErr::new(ExcKind::UnicodeEncodeError, message));
            }
            ErrorHandler::Ignore => {}
            ErrorHandler::Replace => out.extend(std::iter::repeat_n(b'?', end - position)),
            ErrorHandler::BackslashReplace => {
                for c in &chars[position..end] {
                    out.extend_from_slice(escape_char(*c).as_bytes());
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                for c in &chars[position..end] {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
        }
        position = end;
    }
    Ok(out)
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "encode")?;
    let [encoding, errors] = keywords(rest, "encode", ["encoding", "errors"], 0, 2)?;
    let encoding = match encoding {
        None => None,
        Some(Value::Str(name)) => Some(name.clone()),
        Some(other) => {
            return Err(bad_argument(
                vm,
                "encode",
                "argument 'encoding'",
                "str",
                other,
            ));
        }
    };
    let errors = match errors {
        None => None,
        Some(Value::Str(name)) => Some(name.clone()),
        Some(other) => {
            return Err(bad_argument(
                vm,
                "encode",
                "argument 'errors'",
                "str",
                other,
            ));
        }
    };
    let codec = match &encoding {
        None => Codec::Utf8,
        Some(name) => codec(name.as_str())?,
    };
    let errors = errors.as_ref().map_or("strict", |e| e.as_str());
    let bytes = encode_text(text.as_str(), codec, errors)?;
    Ok(Value::Bytes(Rc::new(PyBytes::new(bytes))))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "translate")?;
    let table = one_arg(rest, "str.translate")?.clone();
    let mut out = String::with_capacity(text.as_str().len());
    for c in text.as_str().chars() {
        let mapped = match vm.get_item(&table, &Value::Int(i64::from(u32::from(c)))) {
            Ok(mapped) => mapped,
            Err(err) if vm.is_instance_of_kind(&err, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(err) => return Err(err),
        };
        match &mapped {
            Value::None => {}
            Value::Str(replacement) => {
                out.push_str(replacement.as_str());
                check_result_size(out.len() as u128)?;
            }
            other if other.is_int() => {
                let code = other
                    .as_bigint()
                    .and_then(|v| num_traits::ToPrimitive::to_u32(&v));
                match code.and_then(char::from_u32) {
                    Some(c) => out.push(c),
                    None if code.is_some_and(|code| code < 0x110000) => {
                        return Err(PyErr::not_supported("lone surrogates in strings"));
                    }
                    None => {
                        return Err(PyErr::value_error(
                            "character mapping must be in range(0x110000)",
                        ));
                    }
                }
            }
            _ => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ));
            }
        }
    }
    Ok(Value::string(out))
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Skip the class the static method is bound to.
    let (_, rest) = receiver(vm, args, "str", "maketrans", Some)?;
    let [x, y, z] = positional(rest, "maketrans", "str.maketrans", 1)?;
    let x = x.unwrap_or(&Value::None);
    let y = match y {
        None => None,
        Some(Value::Str(y)) => Some(y.clone()),
        Some(other) => return Err(bad_argument(vm, "maketrans", "argument 2", "str", other)),
    };
    let z = match z {
        None => None,
        Some(Value::Str(z)) => Some(z.clone()),
        Some(other) => return Err(bad_argument(vm, "maketrans", "argument 3", "str", other)),
    };
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    match y {
        Some(y) => {
            let Value::Str(x) = x else {
                return Err(PyErr::type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            };
            if x.char_len() != y.char_len() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (from, to) in x.as_str().chars().zip(y.as_str().chars()) {
                pairs.push((
                    Value::Int(i64::from(u32::from(from))),
                    Value::Int(i64::from(u32::from(to))),
                ));
            }
            if let Some(z) = z {
                for c in z.as_str().chars() {
                    pairs.push((Value::Int(i64::from(u32::from(c))), Value::None));
                }
            }
        }
        None => {
            let Value::Dict(dict) = x else {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let entries: Vec<(Value, Value)> = dict
                .table
                .borrow()
                .iter()
                .map(|entry| (entry.key.clone(), entry.value.clone()))
                .collect();
            for (key, value) in entries {
                let key = match &key {
                    Value::Str(key) if key.char_len() == 1 => {
                        Value::Int(i64::from(u32::from(key.char_at(0))))
                    }
                    Value::Str(_) => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                    key if key.is_int() => Value::from_bigint(key.as_bigint().unwrap_or_default()),
                    _ => {
                        return Err(PyErr::type_error(
                            "keys in translate table must be strings or integers",
                        ));
                    }
                };
                pairs.push((key, value));
            }
        }
    }
    vm.build_dict(pairs)
}

// ---------------------------------------------------------------------------------------------
// Formatting.

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "format")?;
    let text = text.clone();
    str_format::format(vm, &text, rest.positional, rest.keywords)
}

fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "format_map")?;
    let mapping = one_arg(rest, "str.format_map")?.clone();
    let text = text.clone();
    str_format::format_map(vm, &text, &mapping)
}

// ---------------------------------------------------------------------------------------------
// Special methods, delegating to the runtime.

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(text.char_len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__contains__")?;
    let [item] = wrapper(rest, "__contains__")?;
    let text = Value::Str(text.clone());
    Ok(Value::bool(vm.contains(&text, item)?))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__getitem__")?;
    let [key] = wrapper(rest, "__getitem__")?;
    let text = Value::Str(text.clone());
    vm.get_item(&text, key)
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    let text = Value::Str(text.clone());
    vm.get_iter(&text)
}

fn dunder_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__add__")?;
    let [other] = wrapper(rest, "__add__")?;
    match as_builtin(other) {
        Value::Str(other) => {
            check_result_size(text.as_str().len() as u128 + other.as_str().len() as u128)?;
            let mut joined = String::with_capacity(text.as_str().len() + other.as_str().len());
            joined.push_str(text.as_str());
            joined.push_str(other.as_str());
            Ok(Value::string(joined))
        }
        other => Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(other)
        ))),
    }
}

/// `seq.__mul__(n)` for the immutable sequences: `n` must be an index.
pub(super) fn sequence_repeat(vm: &mut Vm, sequence: Value, count: &Value) -> PyResult<Value> {
    let count = if count.is_int() {
        count.clone()
    } else {
        Value::from_bigint(vm.to_index(count)?)
    };
    vm.binary_op(BinOp::Mul, &sequence, &count)
}

fn dunder_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__mul__")?;
    let [count] = wrapper(rest, "__mul__")?;
    sequence_repeat(vm, Value::Str(text.clone()), count)
}

fn dunder_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__mod__")?;
    let [values] = wrapper(rest, "__mod__")?;
    vm.binary_op(BinOp::Mod, &Value::Str(text.clone()), values)
}

fn compare(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let (text, rest) = this(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    match as_builtin(other) {
        Value::Str(other) => Ok(Value::bool(test(text.as_str().cmp(other.as_str())))),
        _ => not_implemented(),
    }
}

fn dunder_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__eq__", std::cmp::Ordering::is_eq)
}

fn dunder_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ne__", std::cmp::Ordering::is_ne)
}

fn dunder_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__lt__", std::cmp::Ordering::is_lt)
}

fn dunder_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__le__", std::cmp::Ordering::is_le)
}

fn dunder_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__gt__", std::cmp::Ordering::is_gt)
}

fn dunder_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ge__", std::cmp::Ordering::is_ge)
}

fn dunder_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__hash__")?;
    wrapper::<0>(rest, "__hash__")?;
    Ok(Value::Int(text.hash()))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::string(text::str_repr(text.as_str())))
}

fn dunder_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__str__")?;
    wrapper::<0>(rest, "__str__")?;
    Ok(Value::Str(text.clone()))
}

/// `x.__format__(spec)` for any builtin value: the spec must be a str.
pub(super) fn format_with_spec(vm: &mut Vm, value: &Value, spec: &Value) -> PyResult<Value> {
    match spec {
        Value::Str(spec) => Ok(Value::Str(vm.format(value, spec.as_str())?)),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            arg_type_name(vm, other)
        ))),
    }
}

fn dunder_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (text, rest) = this(vm, args, "__format__")?;
    let spec = one_arg(rest, "str.__format__")?;
    format_with_spec(vm, &Value::Str(text.clone()), spec)
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn case_and_predicates() {
        check(&[
            (r#"'hello World'.upper()"#, r#"'HELLO WORLD'"#),
            (r#"'Hello WORLD ß'.lower()"#, r#"'hello world ß'"#),
            (r#"'straße'.upper()"#, r#"'STRASSE'"#),
            (r#"'Straße'.casefold()"#, r#"'strasse'"#),
            (r#"'hello world'.capitalize()"#, r#"'Hello world'"#),
            (r#"'ǆemal'.capitalize()"#, r#"'ǅemal'"#),
            (r#"'hello wORLD'.title()"#, r#"'Hello World'"#),
            (
                r#""they're bill's friends".title()"#,
                r#""They'Re Bill'S Friends""#,
            ),
            (r#"'Hello World'.swapcase()"#, r#"'hELLO wORLD'"#),
            (r#"''.upper()"#, r#"''"#),
            (r#"'abc'.isalpha()"#, r#"True"#),
            (r#"'abc1'.isalpha()"#, r#"False"#),
            (r#"''.isalpha()"#, r#"False"#),
            (r#"'abc1'.isalnum()"#, r#"True"#),
            (r#"'héllo'.isascii()"#, r#"False"#),
            (r#"''.isascii()"#, r#"True"#),
            (r#"'123'.isdecimal()"#, r#"True"#),
            (r#"'²'.isdecimal()"#, r#"False"#),
            (r#"'²'.isdigit()"#, r#"True"#),
            (r#"'½'.isnumeric()"#, r#"True"#),
            (r#"'½'.isdigit()"#, r#"False"#),
            (r#"'٣'.isdecimal()"#, r#"True"#),
            (r#"'abc_1'.isidentifier()"#, r#"True"#),
            (r#"'1abc'.isidentifier()"#, r#"False"#),
            (r#"'class'.isidentifier()"#, r#"True"#),
            (r#"'abc'.islower()"#, r#"True"#),
            (r#"'abc1'.islower()"#, r#"True"#),
            (r#"'1'.islower()"#, r#"False"#),
            (r#"'ABC'.isupper()"#, r#"True"#),
            (r#"'Hello World'.istitle()"#, r#"True"#),
            (r#"'Hello world'.istitle()"#, r#"False"#),
            (r#"' \t\n'.isspace()"#, r#"True"#),
            (r#"''.isspace()"#, r#"False"#),
            (r#"'\x1f'.isspace()"#, r#"True"#),
            (r#"'abc\n'.isprintable()"#, r#"False"#),
            (r#"''.isprintable()"#, r#"True"#),
            (
                r#"'abc'.upper(1)"#,
                r#"TypeError: str.upper() takes no arguments (1 given)"#,
            ),
            (
                r#"'abc'.upper(x=1)"#,
                r#"TypeError: str.upper() takes no keyword arguments"#,
            ),
            (
                r#"'abc'.isdigit(1, 2)"#,
                r#"TypeError: str.isdigit() takes no arguments (2 given)"#,
            ),
            (r#"str.upper('abc')"#, r#"'ABC'"#),
            (
                r#"str.upper(5)"#,
                r#"TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"#,
            ),
            (
                r#"str.upper()"#,
                r#"TypeError: unbound method str.upper() needs an argument"#,
            ),
            (
                r#"str.__len__(5)"#,
                r#"TypeError: descriptor '__len__' requires a 'str' object but received a 'int'"#,
            ),
            (
                r#"str.__len__()"#,
                r#"TypeError: descriptor '__len__' of 'str' object needs an argument"#,
            ),
        ]);
    }

    #[test]
    fn searching() {
        check(&[
            (r#"'hello'.find('l')"#, r#"2"#),
            (r#"'hello'.find('l', 3)"#, r#"3"#),
            (r#"'hello'.find('l', -2)"#, r#"3"#),
            (r#"'hello'.find('l', 0, 2)"#, r#"-1"#),
            (r#"'hello'.find('')"#, r#"0"#),
            (r#"'hello'.find('', 5)"#, r#"5"#),
            (r#"'hello'.find('', 6)"#, r#"-1"#),
            (r#"'hello'.find('z')"#, r#"-1"#),
            (r#"'hello'.find('l', None, None)"#, r#"2"#),
            (r#"'hello'.find('l', 10000000000000000000000)"#, r#"-1"#),
            (r#"'hello'.find('l', -10000000000000000000000)"#, r#"2"#),
            (r#"'héllo wörld'.find('ö')"#, r#"7"#),
            (r#"'hello'.rfind('l')"#, r#"3"#),
            (r#"'hello'.rfind('l', 0, 3)"#, r#"2"#),
            (r#"'hello'.index('e')"#, r#"1"#),
            (
                r#"'hello'.index('z')"#,
                r#"ValueError: substring not found"#,
            ),
            (r#"'hello'.rindex('l')"#, r#"3"#),
            (
                r#"'hello'.rindex('z')"#,
                r#"ValueError: substring not found"#,
            ),
            (r#"'hello'.count('l')"#, r#"2"#),
            (r#"'hello'.count('')"#, r#"6"#),
            (r#"'aaaa'.count('aa')"#, r#"2"#),
            (r#"'hello'.count('l', 3)"#, r#"1"#),
            (r#"'hello'.find(1)"#, r#"TypeError: must be str, not int"#),
            (
                r#"'hello'.find()"#,
                r#"TypeError: find() takes at least 1 argument (0 given)"#,
            ),
            (
                r#"'hello'.find('l', 1, 2, 3)"#,
                r#"TypeError: find() takes at most 3 arguments (4 given)"#,
            ),
            (
                r#"'hello'.find('l', 'a')"#,
                r#"TypeError: slice indices must be integers or None or have an __index__ method"#,
            ),
            (
                r#"'hello'.find('l', 1.5)"#,
                r#"TypeError: slice indices must be integers or None or have an __index__ method"#,
            ),
            (
                r#"'hello'.find(sub='l')"#,
                r#"TypeError: str.find() takes no keyword arguments"#,
            ),
            (
                r#"'hello'.count(None)"#,
                r#"TypeError: must be str, not NoneType"#,
            ),
            (r#"'hello'.startswith('he')"#, r#"True"#),
            (r#"'hello'.startswith('lo', 3)"#, r#"True"#),
            (r#"'hello'.startswith(('x', 'he'))"#, r#"True"#),
            (r#"'hello'.startswith(())"#, r#"False"#),
            (r#"'hello'.startswith('')"#, r#"True"#),
            (r#"'hello'.startswith('', 6)"#, r#"False"#),
            (r#"'hello'.endswith('lo')"#, r#"True"#),
            (r#"'hello'.endswith('l', 0, 4)"#, r#"True"#),
            (r#"'hello'.endswith(('a', 'o'))"#, r#"True"#),
            (
                r#"'hello'.endswith(1)"#,
                r#"TypeError: endswith first arg must be str or a tuple of str, not int"#,
            ),
            (
                r#"'hello'.startswith(['he'])"#,
                r#"TypeError: startswith first arg must be str or a tuple of str, not list"#,
            ),
            (r#"'hello'.startswith(('he', 1))"#, r#"True"#),
            (
                r#"'hello'.startswith(('x', 1))"#,
                r#"TypeError: tuple for startswith must only contain str, not int"#,
            ),
            (
                r#"'hello'.endswith()"#,
                r#"TypeError: endswith() takes at least 1 argument (0 given)"#,
            ),
            (r#"'hello'.__contains__('ell')"#, r#"True"#),
            (
                r#"'hello'.__contains__(1)"#,
                r#"TypeError: 'in <string>' requires string as left operand, not int"#,
            ),
        ]);
    }

    #[test]
    fn padding_and_tabs() {
        check(&[
            (r#"'abc'.center(9)"#, r#"'   abc   '"#),
            (r#"'abc'.center(8, '*')"#, r#"'**abc***'"#),
            (r#"'ab'.center(5, '*')"#, r#"'**ab*'"#),
            (r#"'abc'.center(2)"#, r#"'abc'"#),
            (r#"'abc'.center(-5)"#, r#"'abc'"#),
            (r#"'abc'.center(7, 'é')"#, r#"'ééabcéé'"#),
            (
                r#"'abc'.center(5, 'ab')"#,
                r#"TypeError: The fill character must be exactly one character long"#,
            ),
            (
                r#"'abc'.center(5, 1)"#,
                r#"TypeError: The fill character must be a unicode character, not int"#,
            ),
            (
                r#"'abc'.center()"#,
                r#"TypeError: center expected at least 1 argument, got 0"#,
            ),
            (
                r#"'abc'.center(1, 2, 3)"#,
                r#"TypeError: center expected at most 2 arguments, got 3"#,
            ),
            (
                r#"'abc'.center('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"'abc'.center(width=5)"#,
                r#"TypeError: str.center() takes no keyword arguments"#,
            ),
            (
                r#"'abc'.center(10000000000000000000000)"#,
                r#"OverflowError: Python int too large to convert to C ssize_t"#,
            ),
            (r#"'abc'.center(1000000000000000000)"#, r#"MemoryError"#),
            (r#"'abc'.ljust(6, '-')"#, r#"'abc---'"#),
            (r#"'abc'.rjust(6, '-')"#, r#"'---abc'"#),
            (r#"'abc'.rjust(True)"#, r#"'abc'"#),
            (r#"'42'.zfill(5)"#, r#"'00042'"#),
            (r#"'-42'.zfill(5)"#, r#"'-0042'"#),
            (r#"'+42'.zfill(2)"#, r#"'+42'"#),
            (r#"''.zfill(3)"#, r#"'000'"#),
            (
                r#"'42'.zfill()"#,
                r#"TypeError: str.zfill() takes exactly one argument (0 given)"#,
            ),
            (
                r#"'42'.zfill(2.5)"#,
                r#"TypeError: 'float' object cannot be interpreted as an integer"#,
            ),
            (r#"'a\tb\tc'.expandtabs()"#, r#"'a       b       c'"#),
            (r#"'a\tbc\td'.expandtabs(4)"#, r#"'a   bc  d'"#),
            (r#"'a\tb'.expandtabs(tabsize=2)"#, r#"'a b'"#),
            (r#"'a\n\tb'.expandtabs(4)"#, r#"'a\n    b'"#),
            (r#"'a\tb'.expandtabs(0)"#, r#"'ab'"#),
            (r#"'a\tb'.expandtabs(-1)"#, r#"'ab'"#),
            (
                r#"'a\tb'.expandtabs(x=1)"#,
                r#"TypeError: 'x' is an invalid keyword argument for expandtabs()"#,
            ),
            (
                r#"'a\tb'.expandtabs(1, 2)"#,
                r#"TypeError: expandtabs() takes at most 1 argument (2 given)"#,
            ),
            (
                r#"'a\tb'.expandtabs(10000000000)"#,
                r#"OverflowError: Python int too large to convert to C int"#,
            ),
        ]);
    }

    #[test]
    fn splitting_and_stripping() {
        check(&[
            (r#"'a b  c'.split()"#, r#"['a', 'b', 'c']"#),
            (r#"'  a b  c  '.split()"#, r#"['a', 'b', 'c']"#),
            (r#"'a,b,,c'.split(',')"#, r#"['a', 'b', '', 'c']"#),
            (r#"'a,b,c'.split(',', 1)"#, r#"['a', 'b,c']"#),
            (r#"'a,b,c'.split(',', maxsplit=0)"#, r#"['a,b,c']"#),
            (
                r#"'a,b,c'.split(sep=',', maxsplit=-1)"#,
                r#"['a', 'b', 'c']"#,
            ),
            (r#"'a b c'.split(None, 1)"#, r#"['a', 'b c']"#),
            (r#"''.split()"#, r#"[]"#),
            (r#"''.split(',')"#, r#"['']"#),
            (r#"'a\u2003b\x1cc'.split()"#, r#"['a', 'b', 'c']"#),
            (r#"'abc'.split('')"#, r#"ValueError: empty separator"#),
            (
                r#"'abc'.split(1)"#,
                r#"TypeError: must be str or None, not int"#,
            ),
            (
                r#"'abc'.split(',', 'x')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"'abc'.split(',', 1, 2)"#,
                r#"TypeError: split() takes at most 2 arguments (3 given)"#,
            ),
            (
                r#"'abc'.split(x=1)"#,
                r#"TypeError: 'x' is an invalid keyword argument for split()"#,
            ),
            (
                r#"'abc'.split(',', sep=',')"#,
                r#"TypeError: argument for split() given by name ('sep') and position (1)"#,
            ),
            (
                r#"'abc'.split(sep=1, maxsplit=2, x=3)"#,
                r#"TypeError: split() takes at most 2 keyword arguments (3 given)"#,
            ),
            (r#"'a b c'.rsplit(None, 1)"#, r#"['a b', 'c']"#),
            (r#"'a,b,c'.rsplit(',', 1)"#, r#"['a,b', 'c']"#),
            (r#"'  a b  '.rsplit()"#, r#"['a', 'b']"#),
            (r#"'a\nb\r\nc\rd'.splitlines()"#, r#"['a', 'b', 'c', 'd']"#),
            (
                r#"'a\nb\r\nc'.splitlines(True)"#,
                r#"['a\n', 'b\r\n', 'c']"#,
            ),
            (r#"'a\nb\n'.splitlines(keepends=1)"#, r#"['a\n', 'b\n']"#),
            (
                r#"'a\x0bb\x0cc\x1cd\u2028e'.splitlines()"#,
                r#"['a', 'b', 'c', 'd', 'e']"#,
            ),
            (r#"''.splitlines()"#, r#"[]"#),
            (
                r#"'a'.splitlines(1.5)"#,
                r#"TypeError: 'float' object cannot be interpreted as an integer"#,
            ),
            (r#"'  abc  '.strip()"#, r#"'abc'"#),
            (r#"'xxabcxx'.strip('x')"#, r#"'abc'"#),
            (r#"'abc'.strip('cab')"#, r#"''"#),
            (r#"'  abc  '.lstrip()"#, r#"'abc  '"#),
            (r#"'  abc  '.rstrip()"#, r#"'  abc'"#),
            (r#"'xyabcyx'.rstrip('xy')"#, r#"'xyabc'"#),
            (r#"'abc'.strip(None)"#, r#"'abc'"#),
            (r#"'\u3000abc\x85'.strip()"#, r#"'abc'"#),
            (
                r#"'abc'.strip(1)"#,
                r#"TypeError: strip arg must be None or str"#,
            ),
            (
                r#"'abc'.lstrip(1)"#,
                r#"TypeError: lstrip arg must be None or str"#,
            ),
            (
                r#"'abc'.strip('a', 'b')"#,
                r#"TypeError: strip expected at most 1 argument, got 2"#,
            ),
            (
                r#"'abc'.strip(chars='a')"#,
                r#"TypeError: str.strip() takes no keyword arguments"#,
            ),
            (r#"'a=b=c'.partition('=')"#, r#"('a', '=', 'b=c')"#),
            (r#"'abc'.partition('=')"#, r#"('abc', '', '')"#),
            (r#"'a=b=c'.rpartition('=')"#, r#"('a=b', '=', 'c')"#),
            (r#"'abc'.rpartition('=')"#, r#"('', '', 'abc')"#),
            (r#"'abc'.partition('')"#, r#"ValueError: empty separator"#),
            (
                r#"'abc'.partition(1)"#,
                r#"TypeError: must be str, not int"#,
            ),
            (
                r#"'abc'.partition()"#,
                r#"TypeError: str.partition() takes exactly one argument (0 given)"#,
            ),
            (r#"'TestHook'.removeprefix('Test')"#, r#"'Hook'"#),
            (r#"'TestHook'.removeprefix('Hook')"#, r#"'TestHook'"#),
            (r#"'TestHook'.removesuffix('Hook')"#, r#"'Test'"#),
            (r#"'abc'.removesuffix('')"#, r#"'abc'"#),
            (
                r#"'abc'.removeprefix(1)"#,
                r#"TypeError: removeprefix() argument must be str, not int"#,
            ),
            (
                r#"'abc'.removeprefix(None)"#,
                r#"TypeError: removeprefix() argument must be str, not None"#,
            ),
        ]);
    }

    #[test]
    fn joining_and_replacing() {
        check(&[
            (r#"', '.join(['a', 'b', 'c'])"#, r#"'a, b, c'"#),
            (r#"''.join(('x', 'y'))"#, r#"'xy'"#),
            (r#"'-'.join('abc')"#, r#"'a-b-c'"#),
            (r#"'-'.join([])"#, r#"''"#),
            (r#"'-'.join(['only'])"#, r#"'only'"#),
            (r#"'-'.join({'a': 1, 'b': 2})"#, r#"'a-b'"#),
            (r#"'-'.join(iter(['a', 'b']))"#, r#"'a-b'"#),
            (r#"'-'.join(map(str, [1, 2, 3]))"#, r#"'1-2-3'"#),
            (
                r#"', '.join(['a', 1])"#,
                r#"TypeError: sequence item 1: expected str instance, int found"#,
            ),
            (
                r#"', '.join([None])"#,
                r#"TypeError: sequence item 0: expected str instance, NoneType found"#,
            ),
            (r#"', '.join(5)"#, r#"TypeError: can only join an iterable"#),
            (
                r#"', '.join()"#,
                r#"TypeError: str.join() takes exactly one argument (0 given)"#,
            ),
            (r#"'aaa'.replace('a', 'b')"#, r#"'bbb'"#),
            (r#"'aaa'.replace('a', 'b', 2)"#, r#"'bba'"#),
            (r#"'aaa'.replace('a', 'b', 0)"#, r#"'aaa'"#),
            (r#"'aaa'.replace('a', 'b', -1)"#, r#"'bbb'"#),
            (r#"'abc'.replace('', '-')"#, r#"'-a-b-c-'"#),
            (r#"'abc'.replace('', '-', 2)"#, r#"'-a-bc'"#),
            (r#"'héllo'.replace('é', 'e')"#, r#"'hello'"#),
            (r#"'abc'.replace('x', 'y')"#, r#"'abc'"#),
            (
                r#"'abc'.replace(1, 'y')"#,
                r#"TypeError: replace() argument 1 must be str, not int"#,
            ),
            (
                r#"'abc'.replace('a', None)"#,
                r#"TypeError: replace() argument 2 must be str, not None"#,
            ),
            (
                r#"'abc'.replace('a')"#,
                r#"TypeError: replace expected at least 2 arguments, got 1"#,
            ),
            (
                r#"'abc'.replace('a', 'b', 'c')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"'abc'.replace('a', 'b', 1, 2)"#,
                r#"TypeError: replace expected at most 3 arguments, got 4"#,
            ),
            (
                r#"'abc'.replace(old='a', new='b')"#,
                r#"TypeError: str.replace() takes no keyword arguments"#,
            ),
        ]);
    }

    #[test]
    fn encoding_and_translation() {
        check(&[
            (r#"'héllo'.encode()"#, r#"b'h\xc3\xa9llo'"#),
            (r#"'héllo'.encode('utf-8')"#, r#"b'h\xc3\xa9llo'"#),
            (r#"'héllo'.encode('UTF8')"#, r#"b'h\xc3\xa9llo'"#),
            (r#"'hello'.encode('ascii')"#, r#"b'hello'"#),
            (
                r#"'héllo'.encode('ascii')"#,
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)"#,
            ),
            (
                r#"'hé€llo'.encode('ascii')"#,
                r#"UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"#,
            ),
            (
                r#"'éé'.encode('ascii')"#,
                r#"UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"#,
            ),
            (
                r#"'a€b'.encode('ascii')"#,
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\u20ac' in position 1: ordinal not in range(128)"#,
            ),
            (
                r#"'a😀b'.encode('ascii')"#,
                r#"UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)"#,
            ),
            (r#"'héllo'.encode('ascii', 'ignore')"#, r#"b'hllo'"#),
            (r#"'héllo'.encode('ascii', 'replace')"#, r#"b'h?llo'"#),
            (
                r#"'aé€😀'.encode('ascii', 'backslashreplace')"#,
                r#"b'a\\xe9\\u20ac\\U0001f600'"#,
            ),
            (
                r#"'aé€'.encode('ascii', 'xmlcharrefreplace')"#,
                r#"b'a&#233;&#8364;'"#,
            ),
            (
                r#"'é'.encode('ascii', 'bogus')"#,
                r#"LookupError: unknown error handler name 'bogus'"#,
            ),
            (r#"'e'.encode('ascii', 'bogus')"#, r#"b'e'"#),
            (r#"'héllo'.encode('latin-1')"#, r#"b'h\xe9llo'"#),
            (
                r#"'a€'.encode('latin-1')"#,
                r#"UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 1: ordinal not in range(256)"#,
            ),
            (
                r#"'a'.encode(encoding='ascii', errors='strict')"#,
                r#"b'a'"#,
            ),
            (
                r#"'a'.encode(1)"#,
                r#"TypeError: encode() argument 'encoding' must be str, not int"#,
            ),
            (
                r#"'a'.encode('ascii', 1)"#,
                r#"TypeError: encode() argument 'errors' must be str, not int"#,
            ),
            (
                r#"'a'.encode(x=1)"#,
                r#"TypeError: 'x' is an invalid keyword argument for encode()"#,
            ),
            (
                r#"'abc'.translate({97: 'x', 98: None, 99: 100})"#,
                r#"'xd'"#,
            ),
            (r#"'abc'.translate({})"#, r#"'abc'"#),
            (r#"'abc'.translate(str.maketrans('ab', 'xy'))"#, r#"'xyc'"#),
            (
                r#"'abc'.translate(str.maketrans('ab', 'xy', 'c'))"#,
                r#"'xy'"#,
            ),
            (
                r#"'abc'.translate(str.maketrans({'a': 'AA', 98: None}))"#,
                r#"'AAc'"#,
            ),
            (r#"'abc'.translate(['x', 'y', 'z'])"#, r#"'abc'"#),
            (
                r#"'abc'.translate({97: 1.5})"#,
                r#"TypeError: character mapping must return integer, None or str"#,
            ),
            (
                r#"'abc'.translate({97: 1114112})"#,
                r#"ValueError: character mapping must be in range(0x110000)"#,
            ),
            (
                r#"'abc'.translate(None)"#,
                r#"TypeError: 'NoneType' object is not subscriptable"#,
            ),
            (
                r#"str.maketrans('abc', 'xyz')"#,
                r#"{97: 120, 98: 121, 99: 122}"#,
            ),
            (
                r#"str.maketrans('ab', 'xy', 'z')"#,
                r#"{97: 120, 98: 121, 122: None}"#,
            ),
            (r#"str.maketrans({'a': 1, 2: 'b'})"#, r#"{97: 1, 2: 'b'}"#),
            (r#"'x'.maketrans('a', 'b')"#, r#"{97: 98}"#),
            (
                r#"str.maketrans('ab', 'x')"#,
                r#"ValueError: the first two maketrans arguments must have equal length"#,
            ),
            (
                r#"str.maketrans('a')"#,
                r#"TypeError: if you give only one argument to maketrans it must be a dict"#,
            ),
            (
                r#"str.maketrans(1, 'a')"#,
                r#"TypeError: first maketrans argument must be a string if there is a second argument"#,
            ),
            (
                r#"str.maketrans({'ab': 1})"#,
                r#"ValueError: string keys in translate table must be of length 1"#,
            ),
            (
                r#"str.maketrans({1.5: 1})"#,
                r#"TypeError: keys in translate table must be strings or integers"#,
            ),
            (
                r#"str.maketrans()"#,
                r#"TypeError: maketrans expected at least 1 argument, got 0"#,
            ),
            (
                r#"str.maketrans('a', 1)"#,
                r#"TypeError: maketrans() argument 2 must be str, not int"#,
            ),
            (
                r#"str.maketrans('a', 'b', 'c', 'd')"#,
                r#"TypeError: maketrans expected at most 3 arguments, got 4"#,
            ),
        ]);
    }

    #[test]
    fn unicode() {
        check(&[
            (r#"'ñañaña'.find('ña', 1)"#, r#"2"#),
            (r#"'ñañaña'.rfind('ña', 0, 5)"#, r#"2"#),
            (r#"'ñañaña'.count('ña', -4)"#, r#"2"#),
            (r#"'日本語テキスト'.index('テ')"#, r#"3"#),
            (r#"'日本語テキスト'.startswith('キ', 4)"#, r#"True"#),
            (r#"'日本語テキスト'.endswith('語', 0, 3)"#, r#"True"#),
            (r#"'日本語'.split('本')"#, r#"['日', '語']"#),
            (r#"'a　b c'.split()"#, r#"['a', 'b', 'c']"#),
            (r#"'ǅungla ǆ'.title()"#, r#"'ǅungla ǅ'"#),
            (r#"'ß'.swapcase()"#, r#"'SS'"#),
            (r#"'İ'.lower()"#, r#"'i̇'"#),
            (r#"len('İ'.lower())"#, r#"2"#),
            (r#"'ﬁ'.upper()"#, r#"'FI'"#),
            (r#"'ΣΑΣ'.lower()"#, r#"'σας'"#),
            (r#"'x'.center(4, '日')"#, r#"'日x日日'"#),
            (r#"'  日本  '.strip()"#, r#"'日本'"#),
            (r#"'日本'.zfill(4)"#, r#"'00日本'"#),
            (r#"'日\t本'.expandtabs(4)"#, r#"'日   本'"#),
            (r#"'é'.__repr__()"#, r#""'é'""#),
            (r#"'\x00\u200b'.__repr__()"#, r#""'\\x00\\u200b'""#),
            (r#"'日本'.encode()"#, r#"b'\xe6\x97\xa5\xe6\x9c\xac'"#),
            (
                r#"'日本'.encode('ascii', 'xmlcharrefreplace')"#,
                r#"b'&#26085;&#26412;'"#,
            ),
            (r#"'日本'.__getitem__(1)"#, r#"'本'"#),
            (r#"'日本語'.partition('本')"#, r#"('日', '本', '語')"#),
            (r#"'日本語'.replace('本', 'x')"#, r#"'日x語'"#),
            (r#"'Ⅻ'.isnumeric()"#, r#"True"#),
            (r#"'ǅ'.istitle()"#, r#"True"#),
            (r#"'ab'.translate({ord('a'): '日'})"#, r#"'日b'"#),
        ]);
    }

    #[test]
    fn dunders() {
        check(&[
            (r#"'héllo'.__len__()"#, r#"5"#),
            (
                r#"'abc'.__len__(1)"#,
                r#"TypeError: expected 0 arguments, got 1"#,
            ),
            (r#"'abc'.__getitem__(1)"#, r#"'b'"#),
            (r#"'abc'.__getitem__(-1)"#, r#"'c'"#),
            (r#"'abc'.__getitem__(slice(None, None, -1))"#, r#"'cba'"#),
            (
                r#"'abc'.__getitem__(5)"#,
                r#"IndexError: string index out of range"#,
            ),
            (
                r#"'abc'.__getitem__('a')"#,
                r#"TypeError: string indices must be integers, not 'str'"#,
            ),
            (r#"list('ab'.__iter__())"#, r#"['a', 'b']"#),
            (r#"'ab'.__add__('cd')"#, r#"'abcd'"#),
            (
                r#"'ab'.__add__(1)"#,
                r#"TypeError: can only concatenate str (not "int") to str"#,
            ),
            (
                r#"'ab'.__add__()"#,
                r#"TypeError: expected 1 argument, got 0"#,
            ),
            (
                r#"'ab'.__add__(x=1)"#,
                r#"TypeError: wrapper __add__() takes no keyword arguments"#,
            ),
            (r#"'ab'.__mul__(3)"#, r#"'ababab'"#),
            (r#"'ab'.__mul__(-1)"#, r#"''"#),
            (r#"'ab'.__rmul__(2)"#, r#"'abab'"#),
            (
                r#"'ab'.__mul__(2.0)"#,
                r#"TypeError: 'float' object cannot be interpreted as an integer"#,
            ),
            (r#"'%s-%d'.__mod__(('a', 1))"#, r#"'a-1'"#),
            (r#"'ab'.__eq__('ab')"#, r#"True"#),
            (r#"'ab'.__eq__(1)"#, r#"NotImplemented"#),
            (r#"'ab'.__ne__('ab')"#, r#"False"#),
            (r#"'ab'.__lt__('b')"#, r#"True"#),
            (r#"'ab'.__lt__(1)"#, r#"NotImplemented"#),
            (r#"'b'.__ge__('ab')"#, r#"True"#),
            (r#"'ab'.__hash__() == hash('ab')"#, r#"True"#),
            (r#"'it\'s'.__repr__()"#, r#"'"it\'s"'"#),
            (r#"'a\nb'.__repr__()"#, r#""'a\\nb'""#),
            (r#"'ab'.__str__()"#, r#"'ab'"#),
            (r#"'ab'.__format__('>5')"#, r#"'   ab'"#),
            (r#"'ab'.__format__('')"#, r#"'ab'"#),
            (
                r#"'ab'.__format__(1)"#,
                r#"TypeError: __format__() argument must be str, not int"#,
            ),
            (
                r#"'ab'.__format__(None)"#,
                r#"TypeError: __format__() argument must be str, not None"#,
            ),
            (
                r#"'ab'.__format__('d')"#,
                r#"ValueError: Unknown format code 'd' for object of type 'str'"#,
            ),
            (
                r#"str.__add__(1, 'a')"#,
                r#"TypeError: descriptor '__add__' requires a 'str' object but received a 'int'"#,
            ),
        ]);
    }
}
