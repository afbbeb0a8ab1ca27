//! Dict subscripts, stores, membership tests and `get` with a `str` or small `int` key,
//! answered from the table without the general paths when no Python code can be involved;
//! also `key in set` for such keys and `int in list` over a list of ints.
//!
//! Such a key's hash needs no call (a string caches it) and comparing it with the stored
//! keys of the same hash is pure unless one of those is an instance (a key class with its own
//! `__eq__`, a str or int subclass) or another object whose equality may run code: then the
//! probe answers [`Probe::Unsure`] and the caller takes the general path, which calls
//! `__eq__` exactly as CPython does. Exact dicts only (`Value::Dict`): a dict subclass is an
//! instance and may override `__getitem__`, `__setitem__`, `__contains__` or `__missing__`.

use crate::object::{DictTable, PyDict};
use crate::runtime::compare::pure_equal;
use crate::text;
use crate::value::Value;

/// What a table says about a key without running Python code.
pub(crate) enum Probe {
    Found(usize),
    Absent,
    /// A stored key of the same hash needs a general comparison, or the key is not a
    /// `str` or `int`.
    Unsure,
}

/// The hash of a `str` or `int` key, computed without a call.
#[inline(always)]
fn scalar_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Str(text) => Some(text.hash()),
        Value::Int(value) => Some(text::hash_int_i64(*value)),
        _ => None,
    }
}

/// Where `key` (of hash `hash`, any type) is in `dict`, if that can be told without running
/// code; shared with the general lookup, which finishes the `Unsure` case.
#[inline(always)]
pub(crate) fn probe_with_hash(dict: &PyDict, key: &Value, hash: i64) -> Probe {
    probe_table(&dict.table.borrow(), key, hash)
}

/// [`probe_with_hash`] on a borrowed table.
#[inline(always)]
fn probe_table(table: &DictTable, key: &Value, hash: i64) -> Probe {
    let mut unsure = false;
    let found = table
        .find::<()>(hash, |candidate| match pure_equal(candidate, key) {
            Some(equal) => Ok(equal),
            None => {
                // Stop at the first key that needs `__eq__`: the general path must call it
                // even when a later key matches (CPython compares in probe order).
                unsure = true;
                Ok(true)
            }
        })
        .unwrap_or(None);
    match found {
        _ if unsure => Probe::Unsure,
        Some(position) => Probe::Found(position),
        None => Probe::Absent,
    }
}

/// Where `key` is in `dict`, if `key` is a `str` or `int` and no code needs to run.
#[inline(always)]
pub(crate) fn probe(dict: &PyDict, key: &Value) -> Probe {
    match scalar_hash(key) {
        Some(hash) => probe_with_hash(dict, key, hash),
        None => Probe::Unsure,
    }
}

/// What a table holds for a key, as [`Probe`] but with the value itself.
pub(crate) enum ValueProbe {
    Found(Value),
    Absent,
    Unsure,
}

/// `dict[key]` for a `str` or `int` key when no code needs to run, read under one borrow of
/// the table (the lookup and the read of the value; cloning a value runs no code).
#[inline(always)]
pub(crate) fn probe_value(dict: &PyDict, key: &Value) -> ValueProbe {
    let Some(hash) = scalar_hash(key) else {
        return ValueProbe::Unsure;
    };
    let table = dict.table.borrow();
    match probe_table(&table, key, hash) {
        Probe::Found(position) => match table.entry(position) {
            Some(entry) => ValueProbe::Found(entry.value.clone()),
            None => ValueProbe::Absent,
        },
        Probe::Absent => ValueProbe::Absent,
        Probe::Unsure => ValueProbe::Unsure,
    }
}

/// `dict.get(key)` when no code needs to run: `Some(Some(value))` for a present key,
/// `Some(None)` for an absent one, `None` when the general path must decide.
#[inline(always)]
pub(crate) fn get_without_code(dict: &PyDict, key: &Value) -> Option<Option<Value>> {
    match probe_value(dict, key) {
        ValueProbe::Found(value) => Some(Some(value)),
        ValueProbe::Absent => Some(None),
        ValueProbe::Unsure => None,
    }
}

/// `dict[key]` when the key is present and found without running code.
#[inline]
pub(crate) fn get(dict: &PyDict, key: &Value) -> Option<Value> {
    match probe_value(dict, key) {
        ValueProbe::Found(value) => Some(value),
        ValueProbe::Absent | ValueProbe::Unsure => None,
    }
}

/// `dict[key] = value` when no code needs to run; gives `value` back otherwise.
#[inline]
pub(crate) fn set(dict: &PyDict, key: &Value, value: Value) -> Result<(), Value> {
    let Some(hash) = scalar_hash(key) else {
        return Err(value);
    };
    match probe_with_hash(dict, key, hash) {
        Probe::Found(position) => {
            let old = std::mem::replace(dict.table.borrow_mut().value_mut(position), value);
            // Released after the table's borrow ends: dropping it may run `__del__`.
            crate::value::discard(old);
            Ok(())
        }
        Probe::Absent => {
            dict.table.borrow_mut().push(hash, key.clone(), value);
            Ok(())
        }
        Probe::Unsure => Err(value),
    }
}

/// `key in container` when the container is a dict and no code needs to run.
#[inline]
pub(crate) fn contains(container: &Value, key: &Value) -> Option<bool> {
    match container {
        Value::Dict(dict) => match probe(dict, key) {
            Probe::Found(_) => Some(true),
            Probe::Absent => Some(false),
            Probe::Unsure => None,
        },
        Value::Set(set) | Value::FrozenSet(set) => {
            let hash = scalar_hash(key)?;
            set.table
                .try_borrow()
                .ok()?
                .contains(hash, |candidate| pure_equal(candidate, key).ok_or(()))
                .ok()
        }
        Value::List(list) => match key {
            Value::Int(wanted) => int_in_list(&list.items(), *wanted),
            _ => None,
        },
        _ => None,
    }
}

/// `wanted in items` when every item looked at is an int;
/// `None` at the first item of another type, before anything could run Python code.
fn int_in_list(items: &[Value], wanted: i64) -> Option<bool> {
    for item in items {
        match item {
            Value::Int(value) => {
                if *value == wanted {
                    return Some(true);
                }
            }
            _ => return None,
        }
    }
    Some(false)
}
