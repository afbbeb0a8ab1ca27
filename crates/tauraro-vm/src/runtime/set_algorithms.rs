//! CPython 3.11's set algorithms (`setobject.c`), in the same order of operations, so that
//! results iterate in CPython's order: shared by the methods of `set` and `frozenset`, the
//! set operators and the set-like dict views. Tables are never borrowed while a key's
//! `__eq__` or `__hash__` runs: keys are snapshotted first.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interpreter::Vm;
use crate::object::{PySet, SetTable};
use crate::value::Value;

/// The set behind a `set` or `frozenset` value.
pub(crate) fn as_set(value: &Value) -> Option<&Rc<PySet>> {
    match value {
        Value::Set(set) | Value::FrozenSet(set) => Some(set),
        _ => None,
    }
}

pub(crate) fn new_set() -> Rc<PySet> {
    Rc::new(PySet::new(SetTable::new()))
}

/// The keys of a set, in table order.
pub(crate) fn keys(set: &PySet) -> Vec<Value> {
    set.table
        .borrow()
        .entries()
        .map(|(key, _)| key.clone())
        .collect()
}

/// `set_copy`: a fresh table built by merging (not a clone of the layout, which may hold
/// dummies).
pub(crate) fn copy_set(vm: &mut Vm, set: &Rc<PySet>) -> PyResult<Rc<PySet>> {
    let table = vm.set_table_from(&Value::Set(set.clone()))?;
    Ok(Rc::new(PySet::new(table)))
}

/// `make_new_set`: a set of the items of an iterable.
pub(crate) fn set_from(vm: &mut Vm, iterable: &Value) -> PyResult<Rc<PySet>> {
    let result = new_set();
    update_internal(vm, &result, iterable)?;
    Ok(result)
}

/// `set_update_internal`.
pub(crate) fn update_internal(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(_) | Value::FrozenSet(_) => vm.set_update(&Value::Set(set.clone()), other),
        Value::Dict(dict) => {
            let dict_keys: Vec<Value> = dict
                .table
                .borrow()
                .iter()
                .map(|entry| entry.key.clone())
                .collect();
            set.table.borrow_mut().reserve_for(dict_keys.len());
            for key in dict_keys {
                vm.set_insert(set, key)?;
            }
            Ok(())
        }
        _ => {
            let iterator = vm.get_iter(other)?;
            while let Some(key) = vm.next_value(&iterator)? {
                vm.set_insert(set, key)?;
            }
            Ok(())
        }
    }
}

/// `set_intersection`.
pub(crate) fn intersection_of(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(other_set) = as_set(other) {
        if Rc::ptr_eq(set, other_set) {
            return copy_set(vm, set);
        }
        let result = new_set();
        let (large, small) = if other_set.len() > set.len() {
            (other_set, set)
        } else {
            (set, other_set)
        };
        for key in keys(small) {
            if vm.set_contains(large, &key)? {
                vm.set_insert(&result, key)?;
            }
        }
        return Ok(result);
    }
    let result = new_set();
    let iterator = vm.get_iter(other)?;
    while let Some(key) = vm.next_value(&iterator)? {
        if vm.set_contains(set, &key)? {
            vm.set_insert(&result, key)?;
        }
    }
    Ok(result)
}

/// `set_intersection_multi`.
pub(crate) fn intersection_multi(
    vm: &mut Vm,
    set: &Rc<PySet>,
    others: &[Value],
) -> PyResult<Rc<PySet>> {
    if others.is_empty() {
        return copy_set(vm, set);
    }
    let mut result = set.clone();
    for other in others {
        result = intersection_of(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_discard_key` with CPython's retry for a set key (looked up as a frozenset).
pub(crate) fn discard_key(vm: &mut Vm, set: &PySet, key: &Value) -> PyResult<bool> {
    match vm.set_discard(set, key) {
        Err(err)
            if matches!(key, Value::Set(_)) && vm.is_instance_of_kind(&err, ExcKind::TypeError) =>
        {
            let frozen = match key {
                Value::Set(inner) => {
                    Value::FrozenSet(Rc::new(PySet::new(inner.table.borrow().clone())))
                }
                _ => key.clone(),
            };
            vm.set_discard(set, &frozen)
        }
        other => other,
    }
}

/// `set_difference_update_internal`.
pub(crate) fn difference_update_internal(
    vm: &mut Vm,
    set: &Rc<PySet>,
    other: &Value,
) -> PyResult<()> {
    if let Some(other_set) = as_set(other) {
        if Rc::ptr_eq(set, other_set) {
            set.table.borrow_mut().clear();
            return Ok(());
        }
        for key in keys(other_set) {
            vm.set_discard(set, &key)?;
        }
    } else {
        let iterator = vm.get_iter(other)?;
        while let Some(key) = vm.next_value(&iterator)? {
            vm.set_discard(set, &key)?;
        }
    }
    set.table.borrow_mut().compact_after_removals();
    Ok(())
}

/// `set_copy_and_difference`.
pub(crate) fn copy_and_difference(
    vm: &mut Vm,
    set: &Rc<PySet>,
    other: &Value,
) -> PyResult<Rc<PySet>> {
    let result = copy_set(vm, set)?;
    difference_update_internal(vm, &result, other)?;
    Ok(result)
}

/// `set_difference`.
pub(crate) fn difference_of(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_size = match other {
        Value::Set(other) | Value::FrozenSet(other) => other.len(),
        Value::Dict(dict) => dict.len(),
        _ => return copy_and_difference(vm, set, other),
    };
    if (set.len() >> 2) > other_size {
        return copy_and_difference(vm, set, other);
    }
    let result = new_set();
    for key in keys(set) {
        let present = match other {
            Value::Dict(dict) => vm.dict_get(dict, &key)?.is_some(),
            Value::Set(other) | Value::FrozenSet(other) => vm.set_contains(other, &key)?,
            _ => false,
        };
        if !present {
            vm.set_insert(&result, key)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
pub(crate) fn symmetric_difference_update_internal(
    vm: &mut Vm,
    set: &Rc<PySet>,
    other: &Value,
) -> PyResult<()> {
    if as_set(other).is_some_and(|other| Rc::ptr_eq(set, other)) {
        set.table.borrow_mut().clear();
        return Ok(());
    }
    let other_keys = match other {
        Value::Dict(dict) => dict
            .table
            .borrow()
            .iter()
            .map(|entry| entry.key.clone())
            .collect(),
        Value::Set(other) | Value::FrozenSet(other) => keys(other),
        _ => keys(&*set_from(vm, other)?),
    };
    for key in other_keys {
        if !vm.set_discard(set, &key)? {
            vm.set_insert(set, key)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
pub(crate) fn symmetric_difference_of(
    vm: &mut Vm,
    set: &Rc<PySet>,
    other: &Value,
) -> PyResult<Rc<PySet>> {
    let result = set_from(vm, other)?;
    symmetric_difference_update_internal(vm, &result, &Value::Set(set.clone()))?;
    Ok(result)
}

/// `set_issubset`.
pub(crate) fn is_subset(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let other = match as_set(other) {
        Some(other) => other.clone(),
        None => set_from(vm, other)?,
    };
    vm.set_is_subset(set, &other)
}

/// `set_issuperset`.
pub(crate) fn is_superset(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some(other) = as_set(other) {
        return vm.set_is_subset(other, set);
    }
    let iterator = vm.get_iter(other)?;
    while let Some(key) = vm.next_value(&iterator)? {
        if !vm.set_contains(set, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub(crate) fn union_of(vm: &mut Vm, set: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = copy_set(vm, set)?;
    if as_set(other).is_some_and(|other| Rc::ptr_eq(other, set)) {
        return Ok(result);
    }
    update_internal(vm, &result, other)?;
    Ok(result)
}

/// Replaces the contents of `set` with those of `other` (`set_swap_bodies`).
pub(crate) fn replace_contents(set: &PySet, other: Rc<PySet>) {
    let table = match Rc::try_unwrap(other) {
        Ok(other) => other.table.into_inner(),
        Err(shared) => shared.table.borrow().clone(),
    };
    let old = std::mem::replace(&mut *set.table.borrow_mut(), table);
    drop(old);
}
