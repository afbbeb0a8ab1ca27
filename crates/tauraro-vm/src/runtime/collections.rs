//! Operations on dicts, sets and lists that need the interpreter: hashing keys and comparing
//! them (which may run Python code for instances), building containers from values.
//!
//! Key lookups first compare under a borrow of the table with `pure_equal`, which never runs
//! Python code; only when a stored or looked-up key could run `__eq__` do they gather the
//! candidates, release the borrow, compare, and then operate on the exact stored key.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::interpreter::generator_drain::DrainPolicy;
use crate::object::{DictTable, PyDict, PySet, SetTable};
use crate::runtime::arith::BinOp;
use crate::runtime::compare::pure_equal;
use crate::runtime::dict_scalar_keys::{Probe, probe_with_hash};
use crate::runtime::set_algorithms;
use crate::value::Value;

impl Vm {
    /// The position of `key` in a dict table.
    fn dict_position(&mut self, dict: &PyDict, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        match probe_with_hash(dict, key, hash) {
            Probe::Found(position) => return Ok(Some(position)),
            Probe::Absent => return Ok(None),
            // A key of the probe sequence needs `__eq__`: CPython compares them in order.
            Probe::Unsure => {}
        }
        let positions = dict.table.borrow().candidates(hash);
        for position in positions {
            let Some(stored) = dict.table.borrow().entry(position).map(|e| e.key.clone()) else {
                continue;
            };
            if stored.is(key) || self.values_equal(&stored, key)? {
                let still_there = dict
                    .table
                    .borrow()
                    .entry(position)
                    .is_some_and(|entry| entry.key.is(&stored));
                if still_there {
                    return Ok(Some(position));
                }
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
        }
        Ok(None)
    }

    /// `dict.get(key)`.
    pub fn dict_get(&mut self, dict: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        Ok(self
            .dict_position(dict, key, hash)?
            .and_then(|position| dict.table.borrow().entry(position).map(|e| e.value.clone())))
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash_value(&key)?;
        match self.dict_position(dict, &key, hash)? {
            Some(position) => {
                let old = std::mem::replace(dict.table.borrow_mut().value_mut(position), value);
                drop(old);
            }
            None => dict.table.borrow_mut().push(hash, key, value),
        }
        Ok(())
    }

    /// `del dict[key]`; returns the removed value, or `None` if absent.
    pub fn dict_remove(&mut self, dict: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        match self.dict_position(dict, key, hash)? {
            Some(position) => {
                let mut table = dict.table.borrow_mut();
                let (_, value) = table.remove_at(position);
                table.maybe_compact();
                Ok(Some(value))
            }
            None => Ok(None),
        }
    }

    /// A new dict from key/value pairs, later duplicates overwriting earlier values.
    pub fn build_dict(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let dict = Rc::new(PyDict::new(DictTable::with_capacity(pairs.len())));
        for (key, value) in pairs {
            self.dict_set(&dict, key, value)?;
        }
        Ok(Value::Dict(dict))
    }

    /// `target.update(source)` for a dict target; with `merging_into` (the called function),
    /// a repeated key is an error, as for `f(**a, **b)`.
    pub fn dict_update(
        &mut self,
        target: &Value,
        source: &Value,
        merging_into: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(dict) = target else {
            return Err(PyErr::type_error("dict update target is not a dict"));
        };
        // A dict subclass is copied from its table unless it iterates differently
        // (CPython's `dict_merge`); other objects with `keys()` are mappings.
        let source = match source {
            Value::Instance(instance)
                if matches!(instance.payload.builtin(), Some(Value::Dict(_)))
                    && crate::runtime::dunder::user_method(&instance.class, "__iter__")
                        .is_none() =>
            {
                crate::object::as_builtin(source)
            }
            other => other,
        };
        let is_mapping =
            matches!(source, Value::Instance(_)) && self.get_attr_opt(source, "keys")?.is_some();
        let pairs: Vec<(Value, Value)> = match source {
            Value::Dict(other) => other
                .table
                .borrow()
                .iter()
                .map(|entry| (entry.key.clone(), entry.value.clone()))
                .collect(),
            other if merging_into.is_some() || is_mapping => {
                let keys_method = self.get_attr_opt(other, "keys")?;
                let Some(keys_method) = keys_method else {
                    return Err(PyErr::type_error(format!(
                        "{}() argument after ** must be a mapping, not {}",
                        self.callable_name(merging_into.expect("checked")),
                        self.type_name(other)
                    )));
                };
                let keys = self.call(&keys_method, &[])?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::with_capacity(keys.len());
                for key in keys {
                    let value = self.get_item(other, &key)?;
                    pairs.push((key, value));
                }
                pairs
            }
            other => {
                let mut pairs = Vec::new();
                for (index, item) in self.collect(other)?.into_iter().enumerate() {
                    let parts = match &item {
                        Value::Tuple(_) | Value::List(_) | Value::Str(_) => self.collect(&item)?,
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "cannot convert dictionary update sequence element #{index} to a sequence"
                            )));
                        }
                    };
                    if parts.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{index} has length {}; 2 is required",
                            parts.len()
                        )));
                    }
                    let mut parts = parts.into_iter();
                    let key = parts.next().expect("two parts");
                    let value = parts.next().expect("two parts");
                    pairs.push((key, value));
                }
                pairs
            }
        };
        for (key, value) in pairs {
            if let Some(function) = merging_into {
                let Value::Str(name) = &key else {
                    return Err(PyErr::type_error("keywords must be strings"));
                };
                if self.dict_get(dict, &key)?.is_some() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for keyword argument '{}'",
                        self.function_str(function),
                        name.as_str()
                    )));
                }
            }
            self.dict_set(dict, key, value)?;
        }
        Ok(())
    }

    /// How CPython's `_PyObject_FunctionStr` names a callable in call errors: Python
    /// functions with their module (`__main__.C.m`), builtins and classes by name.
    fn function_str(&self, callable: &Value) -> String {
        match callable {
            Value::Function(function) => {
                let assigned = function.module.borrow();
                let module = match &*assigned {
                    Some(Value::Str(module)) => module.as_str(),
                    _ => function.globals.name.as_str(),
                };
                let qualname = function.qualname.borrow();
                if module == "builtins" {
                    qualname.as_str().to_owned()
                } else {
                    format!("{module}.{}", qualname.as_str())
                }
            }
            Value::BoundMethod(method) => self.function_str(&method.function),
            other => self.callable_name(other),
        }
    }

    /// Resolves `key` to the equal key stored in `set`, if any.
    fn set_stored_key(&mut self, set: &PySet, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut needs_slow_path = false;
        let found = set
            .table
            .borrow()
            .contains::<()>(hash, |candidate| match pure_equal(candidate, key) {
                Some(equal) => Ok(equal),
                None => {
                    needs_slow_path = true;
                    Ok(false)
                }
            })
            .unwrap_or(false);
        if found {
            return Ok(Some(key.clone()));
        }
        if !needs_slow_path {
            return Ok(None);
        }
        let candidates = set.table.borrow().candidates(hash);
        for candidate in candidates {
            if candidate.is(key) || self.values_equal(&candidate, key)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }

    /// `key in set`.
    pub fn set_contains(&mut self, set: &PySet, key: &Value) -> PyResult<bool> {
        let hash = match self.hash_value(key) {
            Ok(hash) => hash,
            // `{1} in set_of_frozensets` works in CPython by converting a set key.
            Err(err) => match key {
                Value::Set(inner) => {
                    let frozen =
                        Value::FrozenSet(Rc::new(PySet::new(inner.table.borrow().clone())));
                    return self.set_contains(set, &frozen);
                }
                _ => return Err(err),
            },
        };
        Ok(self.set_stored_key(set, key, hash)?.is_some())
    }

    /// Adds `key` to a set.
    pub fn set_insert(&mut self, set: &PySet, key: Value) -> PyResult<()> {
        if let Value::Int(n) = key
            && set.insert_int(n)
        {
            return Ok(());
        }
        let hash = self.hash_value(&key)?;
        // One probe when every key met compares without Python code (ints, strs, tuples of
        // them...): the insertion itself. A key that needs `__eq__` abandons the probe
        // before anything changed, and the general path below runs.
        let probe = set.table.borrow_mut().add(key.clone(), hash, |candidate| {
            pure_equal(candidate, &key).ok_or(())
        });
        if probe.is_ok() {
            return Ok(());
        }
        match self.set_stored_key(set, &key, hash)? {
            Some(_) => Ok(()),
            None => {
                set.table
                    .borrow_mut()
                    .add::<()>(key, hash, |_| Ok(false))
                    .unwrap_or(false);
                Ok(())
            }
        }
    }

    /// Removes `key` from a set; returns whether it was present.
    pub fn set_discard(&mut self, set: &PySet, key: &Value) -> PyResult<bool> {
        let hash = self.hash_value(key)?;
        // One probe when every key met compares without Python code (as in `set_insert`):
        // the removal itself. A key that needs `__eq__` abandons the probe before anything
        // changed, and the general path below runs.
        let probe = set
            .table
            .borrow_mut()
            .discard(hash, |candidate| pure_equal(candidate, key).ok_or(()));
        if let Ok(removed) = probe {
            // Released after the table's borrow ended.
            return Ok(removed.is_some());
        }
        match self.set_stored_key(set, key, hash)? {
            Some(stored) => {
                let removed = set
                    .table
                    .borrow_mut()
                    .discard::<()>(hash, |candidate| {
                        Ok(candidate.is(&stored) || pure_equal(candidate, &stored) == Some(true))
                    })
                    .unwrap_or(None);
                Ok(removed.is_some())
            }
            None => Ok(false),
        }
    }

    /// A new set (or frozenset) table from the items of an iterable, in CPython's order.
    pub fn set_table_from(&mut self, source: &Value) -> PyResult<SetTable> {
        let mut table = SetTable::new();
        match source {
            Value::Set(other) | Value::FrozenSet(other) => {
                let other = other.table.borrow().clone();
                table.merge::<()>(&other, |_, _| Ok(false)).unwrap_or(());
            }
            Value::Dict(dict) => {
                let entries: Vec<(Value, i64)> = dict
                    .table
                    .borrow()
                    .iter()
                    .map(|entry| (entry.key.clone(), entry.hash))
                    .collect();
                table.reserve_for(entries.len());
                let set = PySet::new(table);
                for (key, _) in entries {
                    self.set_insert(&set, key)?;
                }
                return Ok(set.table.into_inner());
            }
            Value::Generator(_) => {
                // Each value is inserted as the generator produces it (a failing hash stops
                // it there); plainly hashable values are taken in batches.
                let set = PySet::new(table);
                self.for_each_item(source, DrainPolicy::Hashable, |vm, item| {
                    vm.set_insert(&set, item)
                })?;
                return Ok(set.table.into_inner());
            }
            other => {
                let set = PySet::new(table);
                for item in self.collect(other)? {
                    self.set_insert(&set, item)?;
                }
                return Ok(set.table.into_inner());
            }
        }
        Ok(table)
    }

    /// `{a, b, c}`.
    pub fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = Rc::new(PySet::new(SetTable::new()));
        for item in items {
            self.set_insert(&set, item)?;
        }
        Ok(Value::Set(set))
    }

    /// `set.add(item)` for the `SetAdd` instruction.
    pub fn set_add(&mut self, target: &Value, item: Value) -> PyResult<()> {
        match target {
            Value::Set(set) => self.set_insert(set, item),
            _ => Err(PyErr::type_error("set add target is not a set")),
        }
    }

    /// `set.update(source)`.
    pub fn set_update(&mut self, target: &Value, source: &Value) -> PyResult<()> {
        let Value::Set(set) = target else {
            return Err(PyErr::type_error("set update target is not a set"));
        };
        match source {
            Value::Set(other) | Value::FrozenSet(other) if !Rc::ptr_eq(set, other) => {
                let other_table = other.table.borrow().clone();
                let needs_general = other_table
                    .entries()
                    .any(|(k, _)| matches!(k, Value::Instance(_)));
                if !needs_general {
                    set.table
                        .borrow_mut()
                        .merge::<()>(&other_table, |a, b| Ok(pure_equal(a, b) == Some(true)))
                        .unwrap_or(());
                    return Ok(());
                }
                for (key, _) in other_table.entries() {
                    self.set_insert(set, key.clone())?;
                }
                Ok(())
            }
            Value::Set(_) | Value::FrozenSet(_) => Ok(()),
            other => {
                for item in self.collect(other)? {
                    self.set_insert(set, item)?;
                }
                Ok(())
            }
        }
    }

    /// Whether every element of `a` is in `b`.
    pub fn set_is_subset(&mut self, a: &PySet, b: &PySet) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        let keys: Vec<Value> = a.table.borrow().entries().map(|(k, _)| k.clone()).collect();
        for key in keys {
            if !self.set_contains(b, &key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, with CPython's algorithms (a union copies
    /// the left set into a fresh table first, ...) so the result iterates in the same order.
    pub fn set_binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x), Value::Set(_) | Value::FrozenSet(_)) = (a, b)
        else {
            return Err(self.unsupported(op, a, b));
        };
        let result = match op {
            BinOp::BitOr => set_algorithms::union_of(self, x, b)?,
            BinOp::BitAnd => set_algorithms::intersection_of(self, x, b)?,
            BinOp::Sub => set_algorithms::difference_of(self, x, b)?,
            BinOp::BitXor => set_algorithms::symmetric_difference_of(self, x, b)?,
            _ => return Err(self.unsupported(op, a, b)),
        };
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(result),
            _ => Value::Set(result),
        })
    }

    /// `a |= b` and friends on a set, in place.
    pub fn set_inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        let Value::Set(set) = &a else {
            return self.binary_op(op, &a, b);
        };
        match op {
            BinOp::BitOr => set_algorithms::update_internal(self, set, b)?,
            BinOp::Sub => set_algorithms::difference_update_internal(self, set, b)?,
            BinOp::BitAnd => {
                let result = set_algorithms::intersection_of(self, set, b)?;
                if !Rc::ptr_eq(&result, set) {
                    set_algorithms::replace_contents(set, result);
                }
            }
            BinOp::BitXor => set_algorithms::symmetric_difference_update_internal(self, set, b)?,
            _ => return self.binary_op(op, &a, b),
        }
        Ok(a)
    }

    /// `list.extend(source)` for the `ListExtend` instruction.
    pub fn list_extend(&mut self, target: &Value, source: &Value) -> PyResult<()> {
        let Value::List(list) = target else {
            return Err(PyErr::type_error("list extend target is not a list"));
        };
        let items = match source {
            Value::List(other) => other.snapshot(),
            Value::Tuple(other) => other.items.to_vec(),
            other => match self.collect(other) {
                Ok(items) => items,
                Err(err) if self.is_instance_of_kind(&err, ExcKind::TypeError) => {
                    return Err(PyErr::type_error(format!(
                        "Value after * must be an iterable, not {}",
                        self.type_name(other)
                    )));
                }
                Err(err) => return Err(err),
            },
        };
        list.items_mut().extend(items);
        Ok(())
    }
}
