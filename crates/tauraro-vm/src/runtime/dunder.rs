//! The special-method protocols for instances of classes: operators, comparison, hashing,
//! truth, iteration, subscription and attribute access through `__dunder__` methods.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Class, PyStr};
use crate::runtime::arith::BinOp;
use crate::runtime::attribute::class_lookup;
use crate::runtime::compare::CompareOp;
use crate::value::Value;

impl Vm {
    /// Calls `type(obj).name(obj, *args)` if the class defines `name`.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Some(method) = class_lookup(&class, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        self.call(&method, &full).map(Some)
    }

    fn defines(&self, value: &Value, name: &str) -> bool {
        matches!(value, Value::Instance(_)) && class_lookup(&self.type_of(value), name).is_some()
    }

    /// Tries `a.__op__(b)` then `b.__rop__(a)` (the reflected one first when `b`'s class is a
    /// subclass of `a`'s that overrides it).
    pub(crate) fn user_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (name, reflected, _) = op.dunders();
        self.user_binary_dunder(a, b, name, reflected)
    }

    pub(crate) fn user_binary_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        reflected: &str,
    ) -> PyResult<Option<Value>> {
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let b_first = !Rc::ptr_eq(&class_a, &class_b)
            && class_b.is_subclass_of(&class_a)
            && self.defines(b, reflected);
        if b_first
            && let Some(result) = self.call_dunder(b, reflected, std::slice::from_ref(a))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        if self.defines(a, name)
            && let Some(result) = self.call_dunder(a, name, std::slice::from_ref(b))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        if !b_first
            && !Rc::ptr_eq(&class_a, &class_b)
            && self.defines(b, reflected)
            && let Some(result) = self.call_dunder(b, reflected, std::slice::from_ref(a))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        Ok(None)
    }

    /// `a OP= b` for an instance: `__iop__`, then the plain operator.
    pub(crate) fn user_inplace_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (_, _, inplace) = op.dunders();
        if self.defines(a, inplace)
            && let Some(result) = self.call_dunder(a, inplace, std::slice::from_ref(b))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        Ok(None)
    }

    /// Rich comparison involving an instance.
    pub(crate) fn user_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        let swapped = op.swapped();
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let b_first = !Rc::ptr_eq(&class_a, &class_b)
            && class_b.is_subclass_of(&class_a)
            && self.defines(b, swapped.dunder());
        let mut attempts: Vec<(&Value, &Value, CompareOp)> = Vec::with_capacity(2);
        if b_first {
            attempts.push((b, a, swapped));
            attempts.push((a, b, op));
        } else {
            attempts.push((a, b, op));
            attempts.push((b, a, swapped));
        }
        for (left, right, op) in attempts {
            if !matches!(left, Value::Instance(_)) {
                continue;
            }
            let result = if self.defines(left, op.dunder()) {
                self.call_dunder(left, op.dunder(), std::slice::from_ref(right))?
            } else if op == CompareOp::Ne && self.defines(left, "__eq__") {
                // object.__ne__ inverts __eq__.
                match self.call_dunder(left, "__eq__", std::slice::from_ref(right))? {
                    Some(Value::NotImplemented) => None,
                    Some(result) => Some(Value::bool(!self.is_true(&result)?)),
                    None => None,
                }
            } else {
                None
            };
            if let Some(result) = result
                && !matches!(result, Value::NotImplemented)
            {
                return Ok(result);
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.not_orderable(a, b, op)),
        }
    }

    /// `hash(instance)`.
    pub(crate) fn user_hash(&mut self, value: &Value) -> PyResult<i64> {
        let class = self.type_of(value);
        match class_lookup(&class, "__hash__") {
            Some(Value::None) => Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                class.name.as_str()
            ))),
            Some(method) => {
                let result = self.call(&method, std::slice::from_ref(value))?;
                match result.as_bigint() {
                    Some(int) => Ok(crate::text::hash_bigint(&int)),
                    None => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                }
            }
            None => Ok(crate::text::hash_pointer(value.id() as usize)),
        }
    }

    /// `bool(instance)`.
    pub(crate) fn user_truth(&mut self, value: &Value) -> PyResult<bool> {
        if let Some(result) = self.call_dunder(value, "__bool__", &[])? {
            return match result {
                Value::True => Ok(true),
                Value::False => Ok(false),
                other => Err(PyErr::type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&other)
                ))),
            };
        }
        if let Some(result) = self.call_dunder(value, "__len__", &[])? {
            let len = self.to_index(&result)?;
            return Ok(len != num_bigint::BigInt::from(0));
        }
        Ok(true)
    }

    /// `iter(instance)`.
    pub(crate) fn user_iter(&mut self, value: &Value) -> PyResult<Value> {
        if let Some(iterator) = self.call_dunder(value, "__iter__", &[])? {
            let class = self.type_of(&iterator);
            if class_lookup(&class, "__next__").is_none()
                && !matches!(iterator, Value::Iterator(_) | Value::Generator(_))
            {
                return Err(PyErr::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&iterator)
                )));
            }
            return Ok(iterator);
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            self.type_name(value)
        )))
    }

    /// `next(instance)`, with StopIteration as `None`.
    pub(crate) fn user_next(&mut self, value: &Value) -> PyResult<Option<Value>> {
        match self.call_dunder(value, "__next__", &[]) {
            Ok(Some(item)) => Ok(Some(item)),
            Ok(None) => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(value)
            ))),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::StopIteration) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// `item in instance`.
    pub(crate) fn user_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(result) =
            self.call_dunder(container, "__contains__", std::slice::from_ref(item))?
        {
            return self.is_true(&result);
        }
        let iterator = self.get_iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(element) = self.next_value(&iterator)? {
            if element.is(item) || self.values_equal(&element, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub(crate) fn user_get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
            Some(value) => Ok(value),
            None => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub(crate) fn user_set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match self.call_dunder(obj, "__setitem__", &[key, value])? {
            Some(_) => Ok(()),
            None => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub(crate) fn user_del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.call_dunder(obj, "__delitem__", std::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    pub(crate) fn class_set_attr(&mut self, class: &Rc<Class>, name: &PyStr, value: Value) {
        let key = Value::Str(self.intern(name.as_str()));
        let hash = name.hash();
        let mut dict = class.dict.borrow_mut();
        let position = dict
            .find::<()>(hash, |k| {
                Ok(matches!(k, Value::Str(k) if k.as_str() == name.as_str()))
            })
            .unwrap_or(None);
        match position {
            Some(position) => *dict.value_mut(position) = value,
            None => dict.push(hash, key, value),
        }
        class.version.set(class.version.get().wrapping_add(1));
    }

    pub(crate) fn class_del_attr(&mut self, class: &Rc<Class>, name: &PyStr) -> PyResult<()> {
        let mut dict = class.dict.borrow_mut();
        let position = dict
            .find::<()>(name.hash(), |k| {
                Ok(matches!(k, Value::Str(k) if k.as_str() == name.as_str()))
            })
            .unwrap_or(None);
        match position {
            Some(position) => {
                dict.remove_at(position);
                class.version.set(class.version.get().wrapping_add(1));
                Ok(())
            }
            None => Err(PyErr::new(
                ExcKind::AttributeError,
                format!(
                    "type object '{}' has no attribute '{}'",
                    class.name.as_str(),
                    name.as_str()
                ),
            )),
        }
    }
}
