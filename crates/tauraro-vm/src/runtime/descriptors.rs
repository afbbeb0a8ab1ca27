//! Attribute access on instances and classes through the descriptor protocol: functions bind
//! to instances, `staticmethod`/`classmethod`/`property` and user descriptors (`__get__`,
//! `__set__`, `__delete__`) take part, `__getattr__`/`__getattribute__`/`__setattr__`/
//! `__delattr__` overrides are honoured, and `__slots__` limits instance attributes.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{BoundMethod, Class, Instance, Payload, PyStr};
use crate::runtime::attribute::class_lookup;
use crate::runtime::dunder::user_method;
use crate::value::Value;

fn no_attribute(class: &Class, name: &str) -> PyErr {
    PyErr::new(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", class.type_name()),
    )
}

/// A `__slots__` entry as the attribute it declares: private names are mangled with the
/// declaring class's name, as CPython does when it creates the class.
fn mangled_slot(class: &Class, name: Rc<PyStr>) -> Rc<PyStr> {
    let text = name.as_str();
    if !text.starts_with("__") || text.ends_with("__") || text.contains('.') {
        return name;
    }
    let stripped = class.name.as_str().trim_start_matches('_');
    if stripped.is_empty() {
        return name;
    }
    Rc::new(PyStr::new(&format!("_{stripped}{text}")))
}

pub(crate) fn dict_lookup(instance: &Instance, name: &str) -> Option<Value> {
    instance.attribute(name)
}

impl Vm {
    /// How a class attribute `value` is seen through `instance` (`Value::None` when looked up
    /// on the class itself) of class `owner`.
    pub(crate) fn bind_descriptor(
        &mut self,
        value: Value,
        instance: &Value,
        owner: &Rc<Class>,
    ) -> PyResult<Value> {
        match &value {
            Value::Function(_) | Value::Builtin(_) => {
                if instance.is_none() {
                    Ok(value)
                } else {
                    Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        receiver: instance.clone(),
                        function: value,
                    })))
                }
            }
            Value::Instance(descriptor) => match &descriptor.payload {
                Payload::StaticMethod(function) => Ok(function.clone()),
                Payload::ClassMethod(function) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: Value::Class(owner.clone()),
                    function: function.clone(),
                }))),
                Payload::Property(_) if instance.is_none() => Ok(value),
                Payload::Property(parts) => {
                    let getter = &parts.getter;
                    if getter.is_none() {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            "property has no getter".to_owned(),
                        ));
                    }
                    self.call(getter, std::slice::from_ref(instance))
                }
                _ => {
                    if !descriptor.class.is_builtin
                        && let Some(get) = class_lookup(&descriptor.class, "__get__")
                    {
                        return self.call(
                            &get,
                            &[value.clone(), instance.clone(), Value::Class(owner.clone())],
                        );
                    }
                    Ok(value)
                }
            },
            _ => Ok(value),
        }
    }

    /// Whether a class attribute is a data descriptor (it wins over the instance dict).
    pub(crate) fn is_data_descriptor(&self, value: &Value) -> bool {
        match value {
            Value::Instance(descriptor) => match descriptor.payload {
                Payload::Property(_) => true,
                _ => {
                    !descriptor.class.is_builtin
                        && (class_lookup(&descriptor.class, "__set__").is_some()
                            || class_lookup(&descriptor.class, "__delete__").is_some())
                }
            },
            _ => false,
        }
    }

    /// `instance.name`.
    pub(crate) fn instance_get_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let Value::Instance(instance) = obj else {
            return Err(PyErr::type_error("not an instance"));
        };
        let class = instance.class.clone();
        if let Some(getattribute) = user_method(&class, "__getattribute__") {
            let result = self.call(
                &getattribute,
                &[obj.clone(), Value::Str(Rc::new(PyStr::new(name.as_str())))],
            );
            return match result {
                Err(err) if self.is_instance_of_kind(&err, ExcKind::AttributeError) => {
                    match user_method(&class, "__getattr__") {
                        Some(getattr) => {
                            self.call(&getattr, &[obj.clone(), Value::str(name.as_str())])
                        }
                        None => Err(err),
                    }
                }
                other => other,
            };
        }
        match self.generic_get_attr(instance, obj, name) {
            Err(err) if self.is_instance_of_kind(&err, ExcKind::AttributeError) => {
                match user_method(&class, "__getattr__") {
                    Some(getattr) => self.call(&getattr, &[obj.clone(), Value::str(name.as_str())]),
                    None => Err(err),
                }
            }
            other => other,
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, other class attributes.
    pub(crate) fn generic_get_attr(
        &mut self,
        instance: &Rc<Instance>,
        obj: &Value,
        name: &PyStr,
    ) -> PyResult<Value> {
        let name_str = name.as_str();
        if let Payload::Super { class, object } = &instance.payload {
            let (class, object) = (class.clone(), object.clone());
            return self.super_get_attr(&class, &object, name);
        }
        if matches!(
            instance.payload,
            Payload::GenericAlias { .. } | Payload::Union { .. }
        ) && let Some(value) = self.alias_get_attr(instance, name_str)?
        {
            return Ok(value);
        }
        let class = instance.class.clone();
        let class_attribute = class_lookup(&class, name_str);
        if let Some(value) = &class_attribute
            && self.is_data_descriptor(value)
        {
            if let Value::Instance(descriptor) = value
                && let Payload::Property(parts) = &descriptor.payload
                && parts.getter.is_none()
            {
                return Err(PyErr::new(
                    ExcKind::AttributeError,
                    format!(
                        "property '{name_str}' of '{}' object has no getter",
                        class.name.as_str()
                    ),
                ));
            }
            return self.bind_descriptor(value.clone(), obj, &class);
        }
        if let Some(value) = dict_lookup(instance, name_str) {
            return Ok(value);
        }
        if let Some(value) = class_attribute {
            return self.bind_descriptor(value, obj, &class);
        }
        if name_str == "__dict__" && instance.exception.is_some() {
            // Every exception has a `__dict__` (BaseException's), whatever its class.
            instance.class.instances_may_shadow.set(true);
            return Ok(Value::Dict(instance.dict()));
        }
        if name_str == "__dict__" && !class.is_builtin {
            return self.instance_dict(instance);
        }
        if let Some(value) = self.native_attribute(instance, name_str) {
            return Ok(value);
        }
        Err(no_attribute(&class, name_str))
    }

    /// `instance.__dict__`: refused when `__slots__` leave instances without one. Slot
    /// values share the dict's storage here, so a class with both slots and a `__dict__`
    /// cannot show the dict CPython would (without the slots).
    fn instance_dict(&mut self, instance: &Rc<Instance>) -> PyResult<Value> {
        let class = instance.class.clone();
        let mut declares_slots = false;
        let mut has_dict = false;
        for ancestor in class.mro() {
            if ancestor.is_builtin {
                continue;
            }
            let slots = ancestor.dict.borrow().iter().find_map(|entry| {
                matches!(&entry.key, Value::Str(k) if k.as_str() == "__slots__")
                    .then(|| entry.value.clone())
            });
            match slots {
                None => has_dict = true,
                Some(slots) => {
                    let names = match &slots {
                        Value::Str(one) => vec![Value::Str(one.clone())],
                        other => self.collect(other)?,
                    };
                    for name in names {
                        match &name {
                            Value::Str(name) if name.as_str() == "__dict__" => has_dict = true,
                            Value::Str(name) if name.as_str() == "__weakref__" => {}
                            _ => declares_slots = true,
                        }
                    }
                }
            }
        }
        if !has_dict {
            return Err(no_attribute(&class, "__dict__"));
        }
        if declares_slots {
            return Err(PyErr::not_supported(
                "__dict__ of an instance whose class also has __slots__",
            ));
        }
        // Writes through the dict bypass the attribute caches' bookkeeping.
        instance.class.instances_may_shadow.set(true);
        Ok(Value::Dict(instance.dict()))
    }

    /// Attributes that builtin instances carry natively (`__dict__`, exception fields,
    /// descriptor internals).
    fn native_attribute(&mut self, instance: &Rc<Instance>, name: &str) -> Option<Value> {
        if let Some(data) = &instance.exception {
            if name == "value"
                && instance
                    .class
                    .is_subclass_of(self.types.exception(crate::error::ExcKind::StopIteration))
            {
                let exception = Value::Instance(instance.clone());
                return Some(self.stop_iteration_value(&exception));
            }
            if let Some(value) = self.exception_field(instance, name) {
                return Some(value);
            }
            let data = data.borrow();
            return match name {
                "args" => Some(data.args.clone()),
                "__cause__" => Some(data.cause.clone()),
                "__context__" => Some(data.context.clone()),
                "__suppress_context__" => Some(Value::bool(data.suppress_context)),
                "__traceback__" => Some(Value::None),
                _ => None,
            };
        }
        match (&instance.payload, name) {
            (Payload::Builtin(value), _) => {
                let value = value.clone();
                self.special_attribute(&value, name).ok().flatten()
            }
            (Payload::Property(parts), "fget") => Some(parts.getter.clone()),
            (Payload::Property(parts), "fset") => Some(parts.setter.clone()),
            (Payload::Property(parts), "fdel") => Some(parts.deleter.clone()),
            (Payload::Property(parts), "__doc__") => {
                if parts.doc.is_none() && !parts.getter.is_none() {
                    let getter = parts.getter.clone();
                    self.get_attr_opt(&getter, "__doc__").ok().flatten()
                } else {
                    Some(parts.doc.clone())
                }
            }
            (Payload::StaticMethod(function) | Payload::ClassMethod(function), "__func__") => {
                Some(function.clone())
            }
            // What `abc` reads to find abstract methods behind descriptors.
            (
                Payload::StaticMethod(function) | Payload::ClassMethod(function),
                "__isabstractmethod__",
            ) => {
                let function = function.clone();
                Some(self.is_abstract_method(&[function]))
            }
            (Payload::Property(parts), "__isabstractmethod__") => {
                let accessors = [
                    parts.getter.clone(),
                    parts.setter.clone(),
                    parts.deleter.clone(),
                ];
                Some(self.is_abstract_method(&accessors))
            }
            _ => None,
        }
    }

    /// Whether one of `functions` has a true `__isabstractmethod__` (errors count as false,
    /// as a missing attribute does).
    fn is_abstract_method(&mut self, functions: &[Value]) -> Value {
        for function in functions {
            if let Ok(Some(flag)) = self.get_attr_opt(function, "__isabstractmethod__")
                && self.is_true(&flag).unwrap_or(false)
            {
                return Value::True;
            }
        }
        Value::False
    }

    /// `instance.name = value`.
    pub(crate) fn instance_set_attr(
        &mut self,
        obj: &Value,
        name: &PyStr,
        value: Value,
    ) -> PyResult<()> {
        let Value::Instance(instance) = obj else {
            return Err(PyErr::type_error("not an instance"));
        };
        if let Some(setattr) = user_method(&instance.class, "__setattr__") {
            self.call(&setattr, &[obj.clone(), Value::str(name.as_str()), value])?;
            return Ok(());
        }
        self.generic_set_attr(instance, obj, name, value)
    }

    /// `object.__setattr__`.
    pub(crate) fn generic_set_attr(
        &mut self,
        instance: &Rc<Instance>,
        obj: &Value,
        name: &PyStr,
        value: Value,
    ) -> PyResult<()> {
        if matches!(name.as_str(), "__class__" | "__dict__") {
            // An instance's class and dict are fixed at creation here.
            return Err(PyErr::not_supported(format!(
                "assigning {} of an instance",
                name.as_str()
            )));
        }
        let class = instance.class.clone();
        let class_attribute = class_lookup(&class, name.as_str());
        if class_attribute.is_some() {
            class.instances_may_shadow.set(true);
        }
        if let Some(descriptor) = class_attribute
            && let Value::Instance(d) = &descriptor
        {
            {
                if let Payload::Property(parts) = &d.payload {
                    let setter = &parts.setter;
                    if setter.is_none() {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                class.name.as_str()
                            ),
                        ));
                    }
                    let setter = setter.clone();
                    self.call(&setter, &[obj.clone(), value])?;
                    return Ok(());
                }
                if !d.class.is_builtin
                    && let Some(set) = class_lookup(&d.class, "__set__")
                {
                    self.call(&set, &[descriptor.clone(), obj.clone(), value])?;
                    return Ok(());
                }
            }
        }
        if let Some(data) = &instance.exception {
            match name.as_str() {
                "args" => {
                    let args = self.collect(&value)?;
                    data.borrow_mut().args = Value::tuple(args);
                    return Ok(());
                }
                "__cause__" => {
                    let mut data = data.borrow_mut();
                    data.cause = value;
                    data.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    data.borrow_mut().context = value;
                    return Ok(());
                }
                "__suppress_context__" => {
                    let flag = self.is_true(&value)?;
                    data.borrow_mut().suppress_context = flag;
                    return Ok(());
                }
                _ => {}
            }
        }
        if instance.class.is_builtin && !matches!(instance.payload, Payload::None) {
            return Err(no_attribute(&class, name.as_str()));
        }
        // Exceptions always have a `__dict__` (BaseException's), `__slots__` or not.
        if instance.exception.is_none()
            && let Some(slots) = self.slot_names(&class)
            && !slots.iter().any(|slot| slot.as_str() == name.as_str())
        {
            return Err(no_attribute(&class, name.as_str()));
        }
        let key = self.intern(name.as_str());
        match instance.set_shaped(&key, value) {
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err(value) => self.dict_set(&instance.dict(), Value::Str(key), value),
        }
    }

    /// The attribute names allowed by `__slots__` along the MRO, or `None` when instances
    /// have a `__dict__`.
    fn slot_names(&mut self, class: &Rc<Class>) -> Option<Vec<Rc<PyStr>>> {
        let mut names = Vec::new();
        for class in class.mro() {
            if class.is_builtin {
                continue;
            }
            let slots = {
                let dict = class.dict.borrow();
                dict.iter()
                    .find(|entry| matches!(&entry.key, Value::Str(k) if k.as_str() == "__slots__"))
                    .map(|entry| entry.value.clone())
            };
            match slots {
                None => return None,
                Some(Value::Str(one)) => names.push(mangled_slot(class, one)),
                Some(other) => {
                    for item in self.collect(&other).ok()? {
                        if let Value::Str(name) = item {
                            if name.as_str() == "__dict__" {
                                return None;
                            }
                            names.push(mangled_slot(class, name));
                        }
                    }
                }
            }
        }
        Some(names)
    }

    /// `del instance.name`.
    pub(crate) fn instance_del_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        let Value::Instance(instance) = obj else {
            return Err(PyErr::type_error("not an instance"));
        };
        let class = instance.class.clone();
        if let Some(delattr) = user_method(&class, "__delattr__") {
            self.call(&delattr, &[obj.clone(), Value::str(name.as_str())])?;
            return Ok(());
        }
        if let Some(Value::Instance(d)) = class_lookup(&class, name.as_str()) {
            if let Payload::Property(parts) = &d.payload {
                let deleter = &parts.deleter;
                if deleter.is_none() {
                    return Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "property '{}' of '{}' object has no deleter",
                            name.as_str(),
                            class.name.as_str()
                        ),
                    ));
                }
                let deleter = deleter.clone();
                self.call(&deleter, std::slice::from_ref(obj))?;
                return Ok(());
            }
            if !d.class.is_builtin
                && let Some(delete) = class_lookup(&d.class, "__delete__")
            {
                self.call(&delete, &[Value::Instance(d.clone()), obj.clone()])?;
                return Ok(());
            }
        }
        if instance.existing_dict().is_none() && !instance.has_attribute(name) {
            return Err(no_attribute(&class, name.as_str()));
        }
        let key = Value::str(name.as_str());
        match self.dict_remove(&instance.dict(), &key)? {
            Some(_) => Ok(()),
            None => Err(no_attribute(&class, name.as_str())),
        }
    }
}
