//! Metaclasses: classes deriving from `type`, whose instances are classes. A class records its
//! metaclass only when it is not `type` (`Class::metaclass`), so that plain classes take none
//! of these paths. Here: choosing the most derived metaclass of a class statement,
//! `type.__new__` with a metaclass, and attribute access on classes that falls back to their
//! metaclass (methods bound to the class, properties of the metaclass) as `type.__getattribute__`
//! does.
//!
//! Attribute caches are unaffected: they only serve instances (keyed on the instance's class)
//! and builtin receivers; reads and calls through a class object always take the generic path.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, Class, Payload, PyStr};
use crate::runtime::attribute::class_lookup;
use crate::runtime::dunder::user_method;
use crate::value::Value;

/// CPython's message when the bases of a class have unrelated metaclasses.
const METACLASS_CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be \
                                  a (non-strict) subclass of the metaclasses of all its bases";

/// The special method `name` a metaclass defines for its classes (`__iter__`, `__len__`,
/// ... of `class Color(metaclass=EnumMeta)`), when `value` is such a class.
fn metaclass_dunder(value: &Value, name: &str) -> Option<Value> {
    match value {
        Value::Class(class) => user_method(class.metaclass.as_ref()?, name),
        _ => None,
    }
}

impl Vm {
    /// The class of the class `class`: its metaclass, or `type`.
    pub(crate) fn metaclass_of(&self, class: &Class) -> Rc<Class> {
        class
            .metaclass
            .clone()
            .unwrap_or_else(|| self.types.type_.clone())
    }

    /// The most derived of `explicit` and the metaclasses of `bases`
    /// (`_PyType_CalculateMetaclass`): each must be a subclass of the winner or the winner of
    /// it.
    pub(crate) fn calculate_metaclass(
        &self,
        explicit: &Rc<Class>,
        bases: &[Rc<Class>],
    ) -> PyResult<Rc<Class>> {
        let mut winner = explicit.clone();
        for base in bases {
            let candidate = self.metaclass_of(base);
            if winner.is_subclass_of(&candidate) {
                continue;
            }
            if candidate.is_subclass_of(&winner) {
                winner = candidate;
                continue;
            }
            return Err(PyErr::type_error(METACLASS_CONFLICT));
        }
        Ok(winner)
    }

    /// `type.__new__(metatype, name, bases, namespace, **kwargs)`: a new class whose class is
    /// the most derived metaclass of `metatype` and the bases. When that is another metaclass
    /// with its own `__new__`, that `__new__` makes the class, as in CPython.
    pub(crate) fn type_new_with_metaclass(
        &mut self,
        metatype: &Rc<Class>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let [name, bases, namespace] = args.positional else {
            return Err(PyErr::type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                args.positional.len()
            )));
        };
        let Value::Str(name) = name else {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.type_name(name)
            )));
        };
        let Value::Tuple(bases) = bases else {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(bases)
            )));
        };
        let namespace = match crate::object::as_builtin(namespace) {
            Value::Dict(namespace) => namespace.clone(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    self.type_name(namespace)
                )));
            }
        };
        let mut base_classes = Vec::with_capacity(bases.items.len());
        for base in bases.items.iter() {
            match base {
                Value::Class(class) => base_classes.push(class.clone()),
                _ => return Err(PyErr::type_error(METACLASS_CONFLICT)),
            }
        }
        let winner = self.calculate_metaclass(metatype, &base_classes)?;
        if !Rc::ptr_eq(&winner, metatype)
            && let Some(new) = user_method(&winner, "__new__")
        {
            let new = self.bind_descriptor(new, &Value::None, &winner)?;
            let mut positional = Vec::with_capacity(4);
            positional.push(Value::Class(winner.clone()));
            positional.extend_from_slice(args.positional);
            return self.call_value(
                &new,
                Args {
                    positional: &positional,
                    keywords: args.keywords,
                },
            );
        }
        if user_method(&winner, "mro").is_some() {
            return Err(PyErr::not_supported(
                "a metaclass overriding mro() (the MRO is always the C3 linearisation)",
            ));
        }
        let class = self.create_class(name, base_classes, &namespace, args.keywords, &winner)?;
        Ok(Value::Class(class))
    }

    /// `cls.name` for a class whose metaclass is not `type`: the metaclass's
    /// `__getattribute__` or the default lookup, then on AttributeError its `__getattr__`.
    pub(crate) fn class_get_attr_through_metaclass(
        &mut self,
        class: &Rc<Class>,
        metaclass: &Rc<Class>,
        name: &PyStr,
    ) -> PyResult<Value> {
        let result = match user_method(metaclass, "__getattribute__") {
            Some(getattribute) => self.call(
                &getattribute,
                &[Value::Class(class.clone()), Value::str(name.as_str())],
            ),
            None => self.type_getattribute(class, metaclass, name),
        };
        match result {
            Err(err) if self.is_instance_of_kind(&err, ExcKind::AttributeError) => {
                match user_method(metaclass, "__getattr__") {
                    Some(getattr) => self.call(
                        &getattr,
                        &[Value::Class(class.clone()), Value::str(name.as_str())],
                    ),
                    None => Err(err),
                }
            }
            other => other,
        }
    }

    /// `type.__getattribute__(cls, name)`: a data descriptor of the metaclass first, then the
    /// class's own MRO, then the metaclass's other attributes bound to the class.
    pub(crate) fn type_getattribute(
        &mut self,
        class: &Rc<Class>,
        metaclass: &Rc<Class>,
        name: &PyStr,
    ) -> PyResult<Value> {
        let name_str = name.as_str();
        if name_str == "__abstractmethods__" {
            return crate::runtime::attribute::own_abstract_methods(class);
        }
        let receiver = Value::Class(class.clone());
        let meta_attribute = class_lookup(metaclass, name_str);
        if let Some(value) = &meta_attribute
            && self.is_data_descriptor(value)
        {
            return self.bind_descriptor(value.clone(), &receiver, metaclass);
        }
        if let Some(value) = class_lookup(class, name_str) {
            return self.bind_descriptor(value, &Value::None, class);
        }
        if let Some(value) = self.class_special_attribute(class, name_str) {
            return Ok(value);
        }
        if let Some(value) = meta_attribute {
            return self.bind_descriptor(value, &receiver, metaclass);
        }
        Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "type object '{}' has no attribute '{name_str}'",
                class.name.as_str()
            ),
        ))
    }

    /// `cls.name = value` for a class whose metaclass is not `type`: the metaclass's
    /// `__setattr__`, or a data descriptor of the metaclass, or the class namespace.
    pub(crate) fn class_set_attr_through_metaclass(
        &mut self,
        class: &Rc<Class>,
        metaclass: &Rc<Class>,
        name: &PyStr,
        value: Value,
    ) -> PyResult<()> {
        let receiver = Value::Class(class.clone());
        if let Some(setattr) = user_method(metaclass, "__setattr__") {
            self.call(&setattr, &[receiver, Value::str(name.as_str()), value])?;
            return Ok(());
        }
        if self.set_through_meta_descriptor(class, metaclass, name, Some(value.clone()))? {
            return Ok(());
        }
        self.type_set_attr(class, name, value)
    }

    /// `type.__setattr__` of a user class: stores into its namespace, except the attributes
    /// the class keeps outside it.
    pub(crate) fn type_set_attr(
        &mut self,
        class: &Rc<Class>,
        name: &PyStr,
        value: Value,
    ) -> PyResult<()> {
        match name.as_str() {
            "__mro__" => Err(PyErr::new(ExcKind::AttributeError, "readonly attribute")),
            "__dict__" => Err(PyErr::new(
                ExcKind::AttributeError,
                "attribute '__dict__' of 'type' objects is not writable",
            )),
            "__name__" | "__qualname__" if !matches!(value, Value::Str(_)) => {
                Err(PyErr::type_error(format!(
                    "can only assign string to {}.{}, not '{}'",
                    class.name.as_str(),
                    name.as_str(),
                    self.type_name(&value)
                )))
            }
            "__class__" | "__bases__" => Err(PyErr::not_supported(format!(
                "assigning {} of a class",
                name.as_str()
            ))),
            _ => {
                self.class_set_attr(class, name, value);
                Ok(())
            }
        }
    }

    /// `del cls.name` for a class whose metaclass is not `type`.
    pub(crate) fn class_del_attr_through_metaclass(
        &mut self,
        class: &Rc<Class>,
        metaclass: &Rc<Class>,
        name: &PyStr,
    ) -> PyResult<()> {
        if let Some(delattr) = user_method(metaclass, "__delattr__") {
            self.call(
                &delattr,
                &[Value::Class(class.clone()), Value::str(name.as_str())],
            )?;
            return Ok(());
        }
        if self.set_through_meta_descriptor(class, metaclass, name, None)? {
            return Ok(());
        }
        self.class_del_attr(class, name)
    }

    /// Sets (or with `None` deletes) `name` through a property or data descriptor defined on
    /// the metaclass; `false` when the metaclass has none.
    fn set_through_meta_descriptor(
        &mut self,
        class: &Rc<Class>,
        metaclass: &Rc<Class>,
        name: &PyStr,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let Some(descriptor @ Value::Instance(_)) = class_lookup(metaclass, name.as_str()) else {
            return Ok(false);
        };
        let Value::Instance(instance) = &descriptor else {
            return Ok(false);
        };
        let receiver = Value::Class(class.clone());
        if let Payload::Property(parts) = &instance.payload {
            let (function, what) = match &value {
                Some(_) => (parts.setter.clone(), "setter"),
                None => (parts.deleter.clone(), "deleter"),
            };
            if function.is_none() {
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!(
                        "property '{}' of '{}' object has no {what}",
                        name.as_str(),
                        metaclass.name.as_str()
                    ),
                ));
            }
            let mut positional = vec![receiver];
            positional.extend(value);
            self.call(&function, &positional)?;
            return Ok(true);
        }
        if instance.class.is_builtin {
            return Ok(false);
        }
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        let Some(function) = class_lookup(&instance.class, hook) else {
            return Ok(false);
        };
        let mut positional = vec![descriptor.clone(), receiver];
        positional.extend(value);
        self.call(&function, &positional)?;
        Ok(true)
    }

    /// Calls the metaclass's `name(cls, *args)` when `value` is a class whose metaclass
    /// defines it.
    pub(crate) fn call_metaclass_dunder(
        &mut self,
        value: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(method) = metaclass_dunder(value, name) else {
            return Ok(None);
        };
        let mut positional = Vec::with_capacity(args.len() + 1);
        positional.push(value.clone());
        positional.extend_from_slice(args);
        self.call(&method, &positional).map(Some)
    }
}
