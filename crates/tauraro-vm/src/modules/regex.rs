//! `_regex`: the matching engine under the Python-level `re` module. `compile` rewrites
//! Python's syntax (see [`super::regex_syntax`]) for `fancy-regex`, a backtracking engine
//! with lookaround and backreferences; `search` runs a compiled pattern from a position and
//! returns the groups' spans in characters. `re` builds `Pattern` and `Match` objects, `sub`,
//! `split` and the rest on these two functions.

use std::cell::OnceCell;
use std::rc::Rc;

use fancy_regex::{Regex, RegexBuilder};

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, DictTable, Instance, Payload, PyDict, PyStr};
use crate::value::Value;

use super::NativeModule;
use super::regex_syntax::{SyntaxError, translate};

pub(super) static MODULE: NativeModule = NativeModule {
    name: "_regex",
    built_in: false,
    attributes,
};

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("compile", compile),
    BuiltinFunction::new("search", search),
    BuiltinFunction::new("substring", substring),
];

/// The byte offset of every character of the last non-ASCII string searched (and one past
/// the end), so that repeated searches and group extractions over one string cost no
/// scan from its start: `finditer`, `sub` and `findall` search the same string many times.
pub struct CharIndex {
    text: Rc<PyStr>,
    offsets: Rc<[usize]>,
}

/// The offsets of `text`'s characters; None for ASCII text, whose offsets are its indices.
fn char_offsets(vm: &mut Vm, text: &Rc<PyStr>) -> Option<Rc<[usize]>> {
    if text.is_ascii() {
        return None;
    }
    if let Some(index) = &vm.import.native.regex_char_index
        && Rc::ptr_eq(&index.text, text)
    {
        return Some(index.offsets.clone());
    }
    let mut offsets: Vec<usize> = text.as_str().char_indices().map(|(o, _)| o).collect();
    offsets.push(text.as_str().len());
    let offsets: Rc<[usize]> = offsets.into();
    vm.import.native.regex_char_index = Some(CharIndex {
        text: text.clone(),
        offsets: offsets.clone(),
    });
    Some(offsets)
}

fn byte_at(text: &PyStr, offsets: Option<&[usize]>, index: usize) -> usize {
    match offsets {
        Some(offsets) => offsets[index.min(offsets.len() - 1)],
        None => index.min(text.as_str().len()),
    }
}

/// `substring(string, start, end)`: `string[start:end]` for `0 <= start <= end <= len`,
/// through the character index.
fn substring(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text, start, end] = bind("substring", args, ["string", "start", "end"], 3, 3)?;
    let Some(Value::Str(text)) = text else {
        return Err(PyErr::type_error("substring() needs a str"));
    };
    let length = text.char_len() as i64;
    let start = start
        .and_then(Value::as_small_int)
        .unwrap_or(0)
        .clamp(0, length) as usize;
    let end = end
        .and_then(Value::as_small_int)
        .unwrap_or(length)
        .clamp(0, length) as usize;
    let offsets = char_offsets(vm, text);
    let start_byte = byte_at(text, offsets.as_deref(), start);
    let end_byte = byte_at(text, offsets.as_deref(), end).max(start_byte);
    Ok(Value::str(&text.as_str()[start_byte..end_byte]))
}

/// How far the engine may backtrack before giving up on one search.
const BACKTRACK_LIMIT: usize = 50_000_000;

/// A compiled pattern: the engine's regex for searching, and the anchored variants made
/// on first use.
struct Compiled {
    /// The rewritten pattern.
    source: String,
    search: Regex,
    /// `\A(?:pattern)`: `match` at position 0.
    anchored: OnceCell<Regex>,
    /// `(?:pattern)\z`: `fullmatch`.
    whole: OnceCell<Regex>,
    /// `\A(?:pattern)\z`: `fullmatch` at position 0.
    anchored_whole: OnceCell<Regex>,
    /// `(?:pattern)(?!\G)`: a search whose match may not be empty at its start position,
    /// the one after an empty match in `findall`, `sub` and `split` (CPython 3.7's rule).
    /// `\G` holds only where the search started, so a match ending there is empty.
    not_empty_at_start: OnceCell<Regex>,
}

fn attributes(_vm: &mut Vm) -> PyResult<super::Attributes> {
    Ok(FUNCTIONS
        .iter()
        .map(|function| (function.name, Value::Builtin(function)))
        .collect())
}

fn build(pattern: &str) -> Result<Regex, Box<fancy_regex::Error>> {
    RegexBuilder::new(pattern)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
        .map_err(Box::new)
}

/// `compile(pattern, flags, error_class)`: a compiled pattern whose attributes are
/// `groups`, `groupindex` (name to number) and `flags` (with inline flags added). Errors
/// are instances of `error_class(message, pattern, position)`.
fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [pattern, flags, error_class] = bind("compile", args, ["pattern", "flags", "error"], 3, 3)?;
    let pattern_value = pattern.unwrap_or(&Value::None);
    let Value::Str(pattern) = pattern_value else {
        return Err(PyErr::not_supported("regular expressions on bytes"));
    };
    let flags = flags.and_then(Value::as_small_int).unwrap_or(0);
    let error_class = error_class.unwrap_or(&Value::None).clone();
    let translation = match translate(pattern.as_str(), flags) {
        Ok(translation) => translation,
        Err(SyntaxError::Unsupported(feature)) => return Err(PyErr::not_supported(feature)),
        Err(SyntaxError::Invalid(message, position)) => {
            let position = position.map_or(Value::None, |p| Value::Int(p as i64));
            return Err(raise_error(
                vm,
                &error_class,
                message,
                pattern_value,
                position,
            ));
        }
    };
    let regex = match build(&translation.pattern) {
        Ok(regex) => regex,
        Err(err) => {
            let message = engine_error_message(&err);
            // CPython reports the engine's own complaints without the pattern.
            return Err(raise_error(
                vm,
                &error_class,
                message,
                &Value::None,
                Value::None,
            ));
        }
    };
    let class = regex_class(vm);
    let compiled = Compiled {
        source: translation.pattern,
        search: regex,
        anchored: OnceCell::new(),
        whole: OnceCell::new(),
        anchored_whole: OnceCell::new(),
        not_empty_at_start: OnceCell::new(),
    };
    let instance = Instance::new(class, Payload::Native(Box::new(compiled)));
    let groupindex = PyDict::new(DictTable::new());
    for (name, number) in translation.names {
        vm.dict_set(&groupindex, Value::string(name), Value::Int(number as i64))?;
    }
    vm.dict_set(
        &instance.dict(),
        Value::str("groups"),
        Value::Int(translation.groups as i64),
    )?;
    vm.dict_set(
        &instance.dict(),
        Value::str("groupindex"),
        Value::Dict(Rc::new(groupindex)),
    )?;
    vm.dict_set(
        &instance.dict(),
        Value::str("flags"),
        Value::Int(translation.flags),
    )?;
    Ok(Value::Instance(Rc::new(instance)))
}

/// The engine's complaint about a pattern the rewrite accepted, in CPython's words where
/// the case is one CPython also rejects.
fn engine_error_message(err: &fancy_regex::Error) -> String {
    let text = err.to_string();
    if text.contains("Look-behind") && text.contains("constant size") {
        "look-behind requires fixed-width pattern".to_owned()
    } else {
        text
    }
}

fn raise_error(
    vm: &mut Vm,
    class: &Value,
    message: String,
    pattern: &Value,
    position: Value,
) -> PyErr {
    match vm.call(class, &[Value::string(message), pattern.clone(), position]) {
        Ok(Value::Instance(instance)) if instance.exception.is_some() => {
            PyErr::from_instance(instance)
        }
        Ok(_) => PyErr::type_error("the regular-expression error class made no exception"),
        Err(err) => err,
    }
}

fn regex_class(vm: &mut Vm) -> Rc<crate::object::Class> {
    if let Some(class) = &vm.import.native.regex_class {
        return class.clone();
    }
    let class = super::native_class::native_class(vm, "Regex", "_regex", &[], Vec::new());
    vm.import.native.regex_class = Some(class.clone());
    class
}

/// `search(compiled, string, pos, endpos, mode)`: mode 0 searches, 1 matches at `pos`, 2
/// matches all of `string[pos:endpos]`, 3 searches for a match that is not empty at `pos`. None, or a tuple `(start0, end0, start1, end1, ...)`
/// of character positions, -1 for groups that did not take part.
fn search(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [compiled, text, pos, endpos, mode] = bind(
        "search",
        args,
        ["compiled", "string", "pos", "endpos", "mode"],
        5,
        5,
    )?;
    let Some(Value::Instance(instance)) = compiled else {
        return Err(PyErr::type_error("search() needs a compiled pattern"));
    };
    let Payload::Native(state) = &instance.payload else {
        return Err(PyErr::type_error("search() needs a compiled pattern"));
    };
    let Some(compiled) = state.downcast_ref::<Compiled>() else {
        return Err(PyErr::type_error("search() needs a compiled pattern"));
    };
    let Some(Value::Str(text)) = text else {
        let given = text.unwrap_or(&Value::None);
        return Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(given)
        )));
    };
    let length = text.char_len() as i64;
    let clamp = |value: Option<&Value>, default: i64| {
        let value = value.and_then(Value::as_small_int).unwrap_or(default);
        value.clamp(0, length) as usize
    };
    let pos = clamp(pos, 0);
    let endpos = clamp(endpos, length);
    let mode = mode.and_then(Value::as_small_int).unwrap_or(0);
    if pos > endpos {
        return Ok(Value::None);
    }
    let offsets = char_offsets(vm, text);
    let start_byte = byte_at(text, offsets.as_deref(), pos);
    let end_byte = byte_at(text, offsets.as_deref(), endpos);
    let haystack = &text.as_str()[..end_byte];
    let regex = match (mode, pos) {
        (0, _) | (1, 1..) => &compiled.search,
        (3, _) => anchored_variant(
            &compiled.not_empty_at_start,
            &compiled.source,
            "(?:",
            ")(?!\\G)",
        )?,
        (1, 0) => anchored_variant(&compiled.anchored, &compiled.source, "\\A(?:", ")")?,
        (_, 0) => anchored_variant(&compiled.anchored_whole, &compiled.source, "\\A(?:", ")\\z")?,
        _ => anchored_variant(&compiled.whole, &compiled.source, "(?:", ")\\z")?,
    };
    let captures = match regex.captures_from_pos(haystack, start_byte) {
        Ok(Some(captures)) => captures,
        Ok(None) => return Ok(Value::None),
        Err(err) => {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("regular expression could not be matched: {err}"),
            ));
        }
    };
    let whole = captures.get(0).map_or(start_byte, |m| m.start());
    if (mode == 1 || mode == 2) && whole != start_byte {
        return Ok(Value::None);
    }
    let to_char = |byte: usize| -> i64 {
        match &offsets {
            Some(offsets) => offsets.partition_point(|&offset| offset < byte) as i64,
            None => byte as i64,
        }
    };
    let mut spans = Vec::with_capacity(captures.len() * 2);
    for group in 0..captures.len() {
        match captures.get(group) {
            Some(found) => {
                spans.push(Value::Int(to_char(found.start())));
                spans.push(Value::Int(to_char(found.end())));
            }
            None => {
                spans.push(Value::Int(-1));
                spans.push(Value::Int(-1));
            }
        }
    }
    Ok(Value::tuple(spans))
}

/// The variant of `source` wrapped in `before`/`after`, compiled on first use.
fn anchored_variant<'a>(
    slot: &'a OnceCell<Regex>,
    source: &str,
    before: &str,
    after: &str,
) -> PyResult<&'a Regex> {
    if slot.get().is_none() {
        // Flags set at the start of `source` stay global: `(?i)` inside `(?:...)` applies
        // to the rest of that group, which is all of the pattern.
        let regex = build(&format!("{before}{source}{after}"))
            .map_err(|err| PyErr::new(ExcKind::RuntimeError, err.to_string()))?;
        let _ = slot.set(regex);
    }
    slot.get()
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "regular expression not compiled"))
}
