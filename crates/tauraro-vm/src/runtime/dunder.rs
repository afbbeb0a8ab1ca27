//! The special-method protocols for instances of classes: operators, comparison, hashing,
//! truth, iteration, subscription and attribute access through `__dunder__` methods.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{
    Args, Class, Instance, Payload, PyStr, SequenceIteration, as_builtin, builtin_payload,
};
use crate::runtime::arith::{BinOp, slot_accepts};
use crate::runtime::attribute::class_lookup;
use crate::runtime::compare::{CompareOp, natively_equatable, natively_ordered};
use crate::value::Value;

/// Computes a binary operation with the builtin slots of its operands (`None` when they
/// decline it).
pub(crate) type NativeBinary<'a> = dyn Fn(&mut Vm, &Value, &Value) -> PyResult<Option<Value>> + 'a;

/// How one operand of an operator implements the dunder the operator needs.
enum Slot {
    /// A method defined by a user class in the operand's MRO (it overrides any builtin one).
    User(Value),
    /// The builtin implementation: for an exact builtin value, or for an instance of a
    /// builtin subclass that does not override the dunder, applied to its builtin value.
    Native,
    /// `object.__ne__` of a class that defines `__eq__`: the inverse of that `__eq__`.
    InvertedEq(Value),
    /// Nothing to try.
    Missing,
}

/// Where `name` is first found along the MRO of `class`: the value and whether the class
/// defining it is a user class.
pub(crate) fn class_lookup_owner(class: &Rc<Class>, name: &str) -> Option<(Value, bool)> {
    let hash = crate::object::str_hash(name);
    for class in class.mro() {
        let dict = class.dict.borrow();
        if let Ok(Some(position)) = dict.find::<()>(hash, |key| {
            Ok(matches!(key, Value::Str(key) if key.as_str() == name))
        }) {
            return dict
                .entry(position)
                .map(|entry| (entry.value.clone(), !class.is_builtin));
        }
    }
    None
}

/// The method `name` when a user class in the MRO of `class` defines it before any builtin
/// class does (builtin defaults such as `object.__repr__` or `list.__len__` do not count).
pub(crate) fn user_method(class: &Rc<Class>, name: &str) -> Option<Value> {
    match class_lookup_owner(class, name) {
        Some((value, true)) => Some(value),
        _ => None,
    }
}

/// Marks a sequence iterator as finished (it lets go of its target).
fn instance_exhausted(instance: &Instance) {
    if let Payload::SequenceIterator(iteration) = &instance.payload {
        iteration.target.borrow_mut().take();
    }
}

/// The slot of an operand for the dunder `name`.
fn operand_slot(value: &Value, name: &str) -> Slot {
    let instance = match value {
        Value::Instance(instance) => instance,
        // A class whose metaclass defines the operator.
        Value::Class(class) if let Some(metaclass) = &class.metaclass => {
            return match user_method(metaclass, name) {
                Some(method) => Slot::User(method),
                None => Slot::Native,
            };
        }
        _ => return Slot::Native,
    };
    match class_lookup_owner(&instance.class, name) {
        Some((method, true)) => Slot::User(method),
        _ if instance.payload.builtin().is_some() => Slot::Native,
        _ => Slot::Missing,
    }
}

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

    /// Calls `type(obj).name(obj, *args)` if a user class defines `name` (see
    /// [`user_method`]).
    pub(crate) fn call_user_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Value::Instance(instance) = obj else {
            return Ok(None);
        };
        let Some(method) = user_method(&instance.class, name) else {
            return Ok(None);
        };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        self.call(&method, &full).map(Some)
    }

    /// `a OP b` when an operand is an instance: `a.__op__(b)`, then `b.__rop__(a)` (the
    /// reflected one first when `b`'s class is a subclass of `a`'s that overrides it), as
    /// CPython's `binary_op1`. Builtin subclasses that do not override the operator compute
    /// it on their builtin values. `None` when every candidate returned NotImplemented.
    pub(crate) fn user_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (name, reflected, _) = op.dunders();
        self.binary_dunder(op, a, b, name, reflected, &|vm, x, y| {
            vm.native_binary_op(op, x, y)
        })
    }

    /// [`Vm::user_binary_op`] for the dunders `name`/`reflected` of `op`, with `native`
    /// computing the operation with the builtin slots (`None` when they decline).
    pub(crate) fn binary_dunder(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        name: &str,
        reflected: &str,
        native: &NativeBinary<'_>,
    ) -> PyResult<Option<Value>> {
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let same_class = Rc::ptr_eq(&class_a, &class_b);
        let slot_a = operand_slot(a, name);
        let slot_b = if same_class {
            Slot::Missing
        } else {
            operand_slot(b, reflected)
        };
        let b_first = !same_class
            && class_b.is_subclass_of(&class_a)
            && match &slot_b {
                Slot::User(method) => {
                    !matches!(class_lookup(&class_a, reflected), Some(other) if other.is(method))
                }
                _ => false,
            };
        let mut native_tried = false;
        let order: [(&Slot, &Value, &Value); 2] = if b_first {
            [(&slot_b, b, a), (&slot_a, a, b)]
        } else {
            [(&slot_a, a, b), (&slot_b, b, a)]
        };
        for (slot, this, other) in order {
            let result = match slot {
                Slot::User(method) => self.call(method, &[this.clone(), other.clone()])?,
                Slot::Native
                    if !native_tried && slot_accepts(op, as_builtin(this), as_builtin(other)) =>
                {
                    native_tried = true;
                    match native(self, a, b)? {
                        Some(result) => result,
                        None => continue,
                    }
                }
                _ => continue,
            };
            if !matches!(result, Value::NotImplemented) {
                return Ok(Some(result));
            }
        }
        Ok(None)
    }

    /// `a OP= b` for an instance `a`: a user `__iop__`; the in-place operation of a mutable
    /// builtin base (`list +=` extends the subclass instance's list and gives the instance
    /// back); `None` to fall back to `a OP b`.
    pub(crate) fn user_inplace_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let (_, _, inplace) = op.dunders();
        match operand_slot(a, inplace) {
            Slot::User(method) => {
                let result = self.call(&method, &[a.clone(), b.clone()])?;
                Ok((!matches!(result, Value::NotImplemented)).then_some(result))
            }
            Slot::Native => {
                let Some(payload) = builtin_payload(a) else {
                    return Ok(None);
                };
                // Only a base with an in-place form (`list +=`, `set |=`, `dict |=`) works in
                // place; otherwise `a = a OP b`.
                if class_lookup(&self.type_of(a), inplace).is_none() {
                    return Ok(None);
                }
                let result = self.inplace_op(op, payload.clone(), as_builtin(b))?;
                Ok(Some(if result.is(payload) {
                    a.clone()
                } else {
                    result
                }))
            }
            _ => Ok(None),
        }
    }

    /// The slot of `value` for the rich comparison `op`.
    fn compare_slot(&self, value: &Value, op: CompareOp) -> Slot {
        let instance = match value {
            Value::Instance(instance) => instance,
            Value::Class(class) if let Some(metaclass) = &class.metaclass => {
                return match user_method(metaclass, op.dunder()) {
                    Some(method) => Slot::User(method),
                    None if op == CompareOp::Ne => match user_method(metaclass, "__eq__") {
                        Some(eq) => Slot::InvertedEq(eq),
                        None => Slot::Native,
                    },
                    None => Slot::Native,
                };
            }
            _ => return Slot::Native,
        };
        match class_lookup_owner(&instance.class, op.dunder()) {
            Some((method, true)) => Slot::User(method),
            _ if instance.payload.builtin().is_some() => Slot::Native,
            _ if op == CompareOp::Ne => match user_method(&instance.class, "__eq__") {
                Some(eq) => Slot::InvertedEq(eq),
                None => Slot::Missing,
            },
            _ => Slot::Missing,
        }
    }

    /// Rich comparison involving an instance, as CPython's `do_richcompare`: the reflected
    /// operation of the right operand first when its class is a subclass of the left's, then
    /// the operation and its reflection; `==`/`!=` fall back to identity.
    pub(crate) fn user_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne)
            && let Some(equal) = self.alias_equal(a, b)?
        {
            return Ok(Value::bool(equal == (op == CompareOp::Eq)));
        }
        let swapped = op.swapped();
        let (class_a, class_b) = (self.type_of(a), self.type_of(b));
        let b_first = !Rc::ptr_eq(&class_a, &class_b) && class_b.is_subclass_of(&class_a);
        let attempts: [(&Value, &Value, CompareOp); 2] = if b_first {
            [(b, a, swapped), (a, b, op)]
        } else {
            [(a, b, op), (b, a, swapped)]
        };
        let mut native_tried = false;
        for (left, right, op_here) in attempts {
            let result = match self.compare_slot(left, op_here) {
                Slot::User(method) => self.call(&method, &[left.clone(), right.clone()])?,
                Slot::InvertedEq(eq) => match self.call(&eq, &[left.clone(), right.clone()])? {
                    Value::NotImplemented => continue,
                    result => Value::bool(!self.is_true(&result)?),
                },
                Slot::Native if !native_tried => {
                    native_tried = true;
                    match self.native_compare(as_builtin(a), as_builtin(b), op)? {
                        Some(result) => result,
                        None => continue,
                    }
                }
                _ => continue,
            };
            if !matches!(result, Value::NotImplemented) {
                return Ok(result);
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.not_orderable(a, b, op)),
        }
    }

    /// A comparison of builtin values, `None` where their types do not support it (so
    /// that the other operand's method, or the fallback, runs).
    fn native_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
        if matches!(a, Value::Instance(_) | Value::Class(_))
            || matches!(b, Value::Instance(_) | Value::Class(_))
        {
            return Ok(None);
        }
        let supported = match op {
            CompareOp::Eq | CompareOp::Ne => natively_equatable(a, b),
            _ => natively_ordered(a, b),
        };
        if supported {
            return self.compare(a, b, op).map(Some);
        }
        Ok(None)
    }

    /// `hash(instance)`.
    pub(crate) fn user_hash(&mut self, value: &Value) -> PyResult<i64> {
        if let Some(hash) = self.alias_hash(value)? {
            return Ok(hash);
        }
        let class = self.type_of(value);
        match class_lookup_owner(&class, "__hash__") {
            Some((Value::None, _)) => Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                class.type_name()
            ))),
            Some((method, true)) => {
                let result = self.call(&method, std::slice::from_ref(value))?;
                // `slot_tp_hash`: an int that fits is the hash itself (-1 becomes -2); a
                // larger one is hashed as an int.
                match result.as_bigint() {
                    Some(int) => Ok(match i64::try_from(&int) {
                        Ok(-1) => -2,
                        Ok(small) => small,
                        Err(_) => crate::text::hash_bigint(&int),
                    }),
                    None => Err(PyErr::type_error(
                        "__hash__ method should return an integer",
                    )),
                }
            }
            _ => match builtin_payload(value) {
                Some(payload) => {
                    let payload = payload.clone();
                    self.hash_value(&payload)
                }
                None => Ok(crate::text::hash_pointer(value.id() as usize)),
            },
        }
    }

    /// `bool(instance)`: `__bool__`, else `__len__`, else true.
    pub(crate) fn user_truth(&mut self, value: &Value) -> PyResult<bool> {
        let class = self.type_of(value);
        for name in ["__bool__", "__len__"] {
            match class_lookup_owner(&class, name) {
                Some((method, true)) => {
                    let result = self.call(&method, std::slice::from_ref(value))?;
                    return if name == "__bool__" {
                        match result {
                            Value::True => Ok(true),
                            Value::False => Ok(false),
                            other => Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&other)
                            ))),
                        }
                    } else {
                        Ok(self.checked_length(&result)? != 0)
                    };
                }
                Some(_) => {
                    if let Some(payload) = builtin_payload(value) {
                        let payload = payload.clone();
                        return self.is_true(&payload);
                    }
                }
                None => {}
            }
        }
        match builtin_payload(value) {
            Some(payload) => {
                let payload = payload.clone();
                self.is_true(&payload)
            }
            None => Ok(true),
        }
    }

    /// The result of a `__len__` method as a length, with CPython's errors.
    pub(crate) fn checked_length(&mut self, result: &Value) -> PyResult<usize> {
        let int = self.to_index(result)?;
        if int.sign() == num_bigint::Sign::Minus {
            return Err(PyErr::value_error("__len__() should return >= 0"));
        }
        int.to_usize().ok_or_else(|| {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })
    }

    /// `len(instance)`.
    pub(crate) fn user_len(&mut self, value: &Value) -> PyResult<usize> {
        let class = self.type_of(value);
        match class_lookup_owner(&class, "__len__") {
            Some((Value::None, _)) | None => Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(value)
            ))),
            Some((_, false)) if builtin_payload(value).is_some() => {
                let payload = builtin_payload(value).cloned().unwrap_or_default();
                crate::builtins::functions::length(self, &payload)
            }
            Some((method, _)) => {
                let result = self.call(&method, std::slice::from_ref(value))?;
                self.checked_length(&result)
            }
        }
    }

    /// `iter(instance)`: `__iter__`, or for a class with `__getitem__` but no `__iter__` an
    /// iterator calling `__getitem__(0)`, `__getitem__(1)`, ...
    pub(crate) fn user_iter(&mut self, value: &Value) -> PyResult<Value> {
        let class = self.type_of(value);
        match class_lookup_owner(&class, "__iter__") {
            Some((Value::None, _)) => {}
            Some((_, false)) if builtin_payload(value).is_some() => {
                let payload = builtin_payload(value).cloned().unwrap_or_default();
                return self.get_iter(&payload);
            }
            Some((method, _)) => {
                let iterator = self.call(&method, std::slice::from_ref(value))?;
                let iterator_class = self.type_of(&iterator);
                if class_lookup(&iterator_class, "__next__").is_none()
                    && !matches!(iterator, Value::Iterator(_) | Value::Generator(_))
                {
                    return Err(PyErr::type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&iterator)
                    )));
                }
                return Ok(iterator);
            }
            None if Rc::ptr_eq(&class, &self.types.generic_alias) => {
                return Err(PyErr::not_supported(
                    "iterating a generic alias (unpacking *tuple[...])",
                ));
            }
            // The `__getitem__` of a builtin type here (a union's) is a mapping's, which
            // does not make it iterable.
            None if class.is_builtin => {}
            None => {
                if !matches!(
                    class_lookup(&class, "__getitem__"),
                    None | Some(Value::None)
                ) {
                    let class = self.types.iterators["iterator"].clone();
                    return Ok(Value::Instance(Rc::new(Instance::new(
                        class,
                        Payload::SequenceIterator(Box::new(SequenceIteration {
                            target: RefCell::new(Some(value.clone())),
                            index: Cell::new(0),
                            reversed: false,
                        })),
                    ))));
                }
            }
        }
        Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            self.type_name(value)
        )))
    }

    /// `next(instance)`, with StopIteration as `None`.
    pub(crate) fn user_next(&mut self, value: &Value) -> PyResult<Option<Value>> {
        if let Value::Instance(instance) = value
            && let Payload::SequenceIterator(iteration) = &instance.payload
        {
            let SequenceIteration {
                target,
                index,
                reversed,
            } = &**iteration;
            let Some(target) = target.borrow().clone() else {
                return Ok(None);
            };
            let position = match (*reversed, index.get()) {
                (false, next) => next,
                (true, 0) => {
                    instance_exhausted(instance);
                    return Ok(None);
                }
                (true, one_past) => one_past - 1,
            };
            return match self.get_item(&target, &Value::Int(position as i64)) {
                Ok(item) => {
                    index.set(if *reversed { position } else { position + 1 });
                    Ok(Some(item))
                }
                Err(err)
                    if self.is_instance_of_kind(&err, ExcKind::IndexError)
                        || self.is_instance_of_kind(&err, ExcKind::StopIteration) =>
                {
                    instance_exhausted(instance);
                    Ok(None)
                }
                Err(err) => Err(err),
            };
        }
        let class = self.type_of(value);
        let method = match class_lookup(&class, "__next__") {
            Some(Value::None) | None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(value)
                )));
            }
            Some(method) => method,
        };
        match self.call(&method, std::slice::from_ref(value)) {
            Ok(item) => Ok(Some(item)),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::StopIteration) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// `instance(*args)`: `type(instance).__call__(instance, *args)`.
    pub(crate) fn call_instance(&mut self, callee: &Value, args: Args<'_>) -> PyResult<Value> {
        let class = self.type_of(callee);
        let method = match class_lookup(&class, "__call__") {
            Some(Value::None) | None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    self.type_name(callee)
                )));
            }
            Some(method) => method,
        };
        let method = self.bind_descriptor(method, callee, &class)?;
        self.call_value(&method, args)
    }

    /// `reversed(instance)`: `__reversed__`, or for a sequence (`__len__` and `__getitem__`)
    /// an iterator indexing it from the end.
    pub(crate) fn user_reversed(&mut self, value: &Value) -> PyResult<Value> {
        let class = self.type_of(value);
        let not_reversible = || {
            PyErr::type_error(format!(
                "'{}' object is not reversible",
                class.name.as_str()
            ))
        };
        match class_lookup(&class, "__reversed__") {
            Some(Value::None) => return Err(not_reversible()),
            Some(method) => return self.call(&method, std::slice::from_ref(value)),
            None => {}
        }
        let is_sequence = !matches!(class_lookup(&class, "__len__"), None | Some(Value::None))
            && !matches!(
                class_lookup(&class, "__getitem__"),
                None | Some(Value::None)
            );
        if !is_sequence || class.is_subclass_of(&self.types.dict) {
            return Err(not_reversible());
        }
        let len = self.user_len(value)?;
        let iterator_class = self.types.iterators["reversed"].clone();
        Ok(Value::Instance(Rc::new(Instance::new(
            iterator_class,
            Payload::SequenceIterator(Box::new(SequenceIteration {
                target: RefCell::new(Some(value.clone())),
                index: Cell::new(len),
                reversed: true,
            })),
        ))))
    }

    /// `item in instance`.
    pub(crate) fn user_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if matches!(
            class_lookup(&self.type_of(container), "__contains__"),
            Some(Value::None)
        ) {
            return Err(PyErr::type_error(format!(
                "'{}' object is not a container",
                self.type_name(container)
            )));
        }
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
            None => Err(self.no_item_deletion(obj, key)),
        }
    }

    /// CPython's error for `del obj[key]` on an object without `__delitem__`: worded by
    /// `PySequence_DelItem` for index keys on types with sequence methods and by
    /// `PyObject_DelItem` otherwise.
    pub(crate) fn no_item_deletion(&self, obj: &Value, key: &Value) -> PyErr {
        // Classes of heap types (user classes, metaclasses) always have them.
        let has_sequence_methods = match obj {
            Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::DictView(_)
            | Value::Instance(_) => true,
            Value::Class(class) => class.metaclass.is_some(),
            _ => false,
        };
        let index_like = has_sequence_methods
            && match key {
                Value::Int(_) | Value::BigInt(_) | Value::True | Value::False => true,
                Value::Instance(instance) => class_lookup(&instance.class, "__index__").is_some(),
                _ => false,
            };
        let does_not = if index_like { "doesn't" } else { "does not" };
        PyErr::type_error(format!(
            "'{}' object {does_not} support item deletion",
            self.type_name(obj)
        ))
    }

    pub(crate) fn class_set_attr(&mut self, class: &Rc<Class>, name: &PyStr, value: Value) {
        if name.as_str() == "__abstractmethods__" {
            // A raising `__bool__`/`__len__` counts as abstract, as a non-empty set would.
            let abstract_ = self.is_true(&value).unwrap_or(true);
            class.is_abstract.set(abstract_);
        }
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
            None => {
                dict.push(hash, key, value);
                drop(dict);
                class.attribute_added();
                return;
            }
        }
        class.namespace_changed();
    }

    pub(crate) fn class_del_attr(&mut self, class: &Rc<Class>, name: &PyStr) -> PyResult<()> {
        if name.as_str() == "__abstractmethods__" {
            class.is_abstract.set(false);
        }
        let mut dict = class.dict.borrow_mut();
        let position = dict
            .find::<()>(name.hash(), |k| {
                Ok(matches!(k, Value::Str(k) if k.as_str() == name.as_str()))
            })
            .unwrap_or(None);
        match position {
            Some(position) => {
                dict.remove_at(position);
                class.namespace_changed();
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
