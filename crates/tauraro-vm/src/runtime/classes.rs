//! Classes: the `class` statement (`__build_class__`), `type(name, bases, namespace)`, the C3
//! method resolution order, instantiation through `__new__` and `__init__`, and `super()`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinKind, Class, DictTable, Instance, Payload, PyDict, PyStr};
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

/// The C3 linearisation of `bases` (the MRO of a new class, without the class itself).
fn c3_merge(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut sequences: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|base| base.mro().cloned().collect())
        .collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Some(result);
        }
        let candidate = sequences.iter().map(|sequence| &sequence[0]).find(|head| {
            !sequences
                .iter()
                .any(|sequence| sequence[1..].iter().any(|c| Rc::ptr_eq(c, head)))
        })?;
        let candidate = candidate.clone();
        for sequence in &mut sequences {
            if Rc::ptr_eq(&sequence[0], &candidate) {
                sequence.remove(0);
            }
        }
        result.push(candidate);
    }
}

impl Vm {
    /// `__build_class__(body, name, *bases, metaclass=None, **kwargs)`: runs the class body
    /// with a fresh namespace and creates the class; fills the `__class__` cell the body
    /// returns, for `super()`.
    pub(crate) fn build_class(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [body, name, bases @ ..] = args.positional else {
            return Err(PyErr::type_error("__build_class__: not enough arguments"));
        };
        let Value::Str(name) = name else {
            return Err(PyErr::type_error("__build_class__: name is not a string"));
        };
        let mut base_classes = Vec::with_capacity(bases.len());
        for base in bases {
            match base {
                Value::Class(class) => base_classes.push(class.clone()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )));
                }
            }
        }
        let mut class_kwargs = Vec::new();
        for (key, value) in args.keywords {
            if key.as_str() == "metaclass" {
                let is_type = matches!(value, Value::Class(c) if Rc::ptr_eq(c, &self.types.type_));
                if !is_type {
                    return Err(PyErr::not_supported("metaclasses other than 'type'"));
                }
            } else {
                class_kwargs.push((key.clone(), value.clone()));
            }
        }
        let namespace = Rc::new(PyDict::new(DictTable::new()));
        let cell = self.call(body, &[Value::Dict(namespace.clone())])?;
        let class = self.create_class(name, base_classes, &namespace, &class_kwargs)?;
        if let Value::Cell(cell) = cell {
            cell.set(Value::Class(class.clone()));
        }
        Ok(Value::Class(class))
    }

    /// Creates a class as `type(name, bases, namespace)` does.
    pub fn create_class(
        &mut self,
        name: &Rc<PyStr>,
        mut bases: Vec<Rc<Class>>,
        namespace: &PyDict,
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Rc<Class>> {
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        for base in &bases {
            if base.is_builtin
                && !matches!(base.kind, BuiltinKind::Object | BuiltinKind::Exception(_))
            {
                return Err(PyErr::not_supported(format!(
                    "subclassing the builtin type '{}'",
                    base.name.as_str()
                )));
            }
        }
        let Some(mro_tail) = c3_merge(&bases) else {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        let mut kind = BuiltinKind::Object;
        for class in &mro_tail {
            if let BuiltinKind::Exception(_) = class.kind {
                if !matches!(kind, BuiltinKind::Object) && kind != class.kind {
                    // Deeper exception classes come first in the MRO; keep the most derived.
                    continue;
                }
                if matches!(kind, BuiltinKind::Object) {
                    kind = class.kind;
                }
            }
        }
        let mut table = DictTable::new();
        let mut qualname = name.clone();
        let mut module = self.intern("__main__");
        for entry in namespace.table.borrow().iter() {
            if let Value::Str(key) = &entry.key {
                match key.as_str() {
                    "__qualname__" => {
                        if let Value::Str(text) = &entry.value {
                            qualname = text.clone();
                        }
                        continue;
                    }
                    "__module__" => {
                        if let Value::Str(text) = &entry.value {
                            module = text.clone();
                        }
                    }
                    _ => {}
                }
            }
            let value = match (&entry.key, &entry.value) {
                // `__new__` is implicitly static, `__init_subclass__` and
                // `__class_getitem__` implicitly class methods.
                (Value::Str(key), Value::Function(_)) if key.as_str() == "__new__" => {
                    self.wrap_descriptor(&entry.value, true)
                }
                (Value::Str(key), Value::Function(_))
                    if matches!(key.as_str(), "__init_subclass__" | "__class_getitem__") =>
                {
                    self.wrap_descriptor(&entry.value, false)
                }
                _ => entry.value.clone(),
            };
            table.push(entry.hash, entry.key.clone(), value);
        }
        let defines = |table: &DictTable, name: &str| {
            table
                .iter()
                .any(|entry| matches!(&entry.key, Value::Str(key) if key.as_str() == name))
        };
        if defines(&table, "__eq__") && !defines(&table, "__hash__") {
            let key = PyStr::new("__hash__");
            table.push(key.hash(), Value::Str(Rc::new(key)), Value::None);
        }
        let class = Rc::new(Class {
            name: name.clone(),
            qualname,
            module,
            bases: bases.into_boxed_slice(),
            mro_tail: mro_tail.into_boxed_slice(),
            dict: RefCell::new(table),
            kind,
            is_builtin: false,
            constructor: None,
            version: Cell::new(0),
        });
        // `__set_name__` on descriptors, then the parent's `__init_subclass__`.
        let entries: Vec<(Value, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|entry| (entry.key.clone(), entry.value.clone()))
            .collect();
        for (key, value) in entries {
            if let Value::Instance(_) = value
                && let Some(set_name) = self.get_attr_opt(&value, "__set_name__")?
            {
                self.call(&set_name, &[Value::Class(class.clone()), key])?;
            }
        }
        let hook = class.mro_tail.iter().find_map(|parent| {
            let dict = parent.dict.borrow();
            dict.iter()
                    .find(|entry| {
                        matches!(&entry.key, Value::Str(k) if k.as_str() == "__init_subclass__")
                    })
                    .map(|entry| entry.value.clone())
        });
        match hook {
            Some(Value::Instance(hook)) if matches!(hook.payload, Payload::ClassMethod(_)) => {
                let Payload::ClassMethod(function) = &hook.payload else {
                    unreachable!()
                };
                self.call_value(
                    function,
                    Args {
                        positional: &[Value::Class(class.clone())],
                        keywords: kwargs,
                    },
                )?;
            }
            _ if !kwargs.is_empty() => {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    class.name.as_str()
                )));
            }
            _ => {}
        }
        Ok(class)
    }

    /// Wraps a function as a `staticmethod` or `classmethod` object.
    pub(crate) fn wrap_descriptor(&self, function: &Value, is_static: bool) -> Value {
        let (class, payload) = if is_static {
            (
                self.types.staticmethod.clone(),
                Payload::StaticMethod(function.clone()),
            )
        } else {
            (
                self.types.classmethod.clone(),
                Payload::ClassMethod(function.clone()),
            )
        };
        Value::Instance(Rc::new(Instance::new(class, payload)))
    }

    /// A new, uninitialised instance of a user class (`object.__new__(class)`).
    pub(crate) fn allocate_instance(&mut self, class: &Rc<Class>, args: &[Value]) -> Value {
        match class.kind {
            BuiltinKind::Exception(_) => {
                Value::Instance(self.new_exception(class.clone(), args.to_vec()))
            }
            _ => Value::Instance(Rc::new(Instance::new(class.clone(), Payload::None))),
        }
    }

    /// Calling a user class: `__new__`, then `__init__` when `__new__` returned an instance.
    pub(crate) fn instantiate(&mut self, class: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        let user_new = match class_lookup(class, "__new__") {
            Some(Value::Instance(new)) => match &new.payload {
                Payload::StaticMethod(function) => Some(function.clone()),
                _ => None,
            },
            Some(new @ Value::Function(_)) => Some(new),
            _ => None,
        };
        let object = match &user_new {
            Some(new) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(Value::Class(class.clone()));
                positional.extend_from_slice(args.positional);
                self.call_value(
                    new,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )?
            }
            None => self.allocate_instance(class, args.positional),
        };
        if !self.is_instance(&object, class) {
            return Ok(object);
        }
        match class_lookup(class, "__init__") {
            Some(init @ (Value::Function(_) | Value::BoundMethod(_))) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(object.clone());
                positional.extend_from_slice(args.positional);
                let result = self.call_value(
                    &init,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )?;
                if !result.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&result)
                    )));
                }
            }
            Some(Value::Builtin(_)) | None => {
                let takes_arguments =
                    user_new.is_some() || matches!(class.kind, BuiltinKind::Exception(_));
                if !takes_arguments && !args.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        class.name.as_str()
                    )));
                }
            }
            Some(other) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(object.clone());
                positional.extend_from_slice(args.positional);
                self.call_value(
                    &other,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )?;
            }
        }
        Ok(object)
    }

    /// Attribute lookup through `super(class, object)`.
    pub(crate) fn super_get_attr(
        &mut self,
        start_after: &Rc<Class>,
        object: &Value,
        name: &PyStr,
    ) -> PyResult<Value> {
        let object_class = match object {
            Value::Class(class) if class.is_subclass_of(start_after) => class.clone(),
            other => self.type_of(other),
        };
        let mro: Vec<Rc<Class>> = object_class.mro().cloned().collect();
        let position = mro.iter().position(|class| Rc::ptr_eq(class, start_after));
        if let Some(position) = position {
            for class in &mro[position + 1..] {
                let found = {
                    let dict = class.dict.borrow();
                    dict.iter()
                        .find(|entry| {
                            matches!(&entry.key, Value::Str(k) if k.as_str() == name.as_str())
                        })
                        .map(|entry| entry.value.clone())
                };
                if let Some(value) = found {
                    let instance = match object {
                        Value::Class(_) => Value::None,
                        other => other.clone(),
                    };
                    return self.bind_descriptor(value, &instance, &object_class);
                }
            }
        }
        Err(PyErr::new(
            crate::error::ExcKind::AttributeError,
            format!("'super' object has no attribute '{}'", name.as_str()),
        ))
    }

    /// `super(class, object)`.
    pub(crate) fn new_super(&mut self, class: &Value, object: &Value) -> PyResult<Value> {
        let Value::Class(class) = class else {
            return Err(PyErr::type_error(format!(
                "super() argument 1 must be a type, not {}",
                self.type_name(class)
            )));
        };
        let valid = match object {
            Value::Class(other) => other.is_subclass_of(class),
            other => self.is_instance(other, class),
        };
        if !valid {
            return Err(PyErr::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        Ok(Value::Instance(Rc::new(Instance::new(
            self.types.super_.clone(),
            Payload::Super {
                class: class.clone(),
                object: object.clone(),
            },
        ))))
    }
}
