//! Attribute access: `obj.name`, `obj.name = value`, `del obj.name`, and method lookup for
//! calls (`obj.method(args)` never allocates a bound method).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{BoundMethod, BuiltinFunction, Class, PyStr};
use crate::value::Value;

/// How to call a method found on a receiver.
pub(crate) enum MethodLookup {
    /// A method of a builtin type: call with the receiver as first argument.
    Builtin(&'static BuiltinFunction),
    /// A Python function found on the class: call with the receiver as `self`.
    Unbound(Value),
    /// A callable to call as it is, without the receiver.
    Plain(Value),
}

/// Looks `name` up in a class and its bases.
pub fn class_lookup(class: &Rc<Class>, name: &str) -> Option<Value> {
    let hash = crate::object::str_hash(name);
    for class in class.mro() {
        let dict = class.dict.borrow();
        if let Ok(Some(position)) = dict.find::<()>(hash, |key| {
            Ok(matches!(key, Value::Str(key) if key.as_str() == name))
        }) {
            return dict.entry(position).map(|entry| entry.value.clone());
        }
    }
    None
}

/// Looks `name` up in a class's own namespace only.
fn own_class_attribute(class: &Class, name: &str) -> Option<Value> {
    let hash = crate::object::str_hash(name);
    let dict = class.dict.borrow();
    match dict.find::<()>(hash, |key| {
        Ok(matches!(key, Value::Str(key) if key.as_str() == name))
    }) {
        Ok(Some(position)) => dict.entry(position).map(|entry| entry.value.clone()),
        _ => None,
    }
}

/// `cls.__abstractmethods__`, a data descriptor of `type` that reads the class's own
/// namespace only (a subclass does not inherit it).
pub(crate) fn own_abstract_methods(class: &Class) -> PyResult<Value> {
    let dict = class.dict.borrow();
    dict.iter()
        .find(
            |entry| matches!(&entry.key, Value::Str(key) if key.as_str() == "__abstractmethods__"),
        )
        .map(|entry| entry.value.clone())
        .ok_or_else(|| PyErr::new(ExcKind::AttributeError, "__abstractmethods__"))
}

/// The `__dict__` of a function, created on first use.
fn function_dict(function: &crate::object::Function) -> Rc<crate::object::PyDict> {
    function
        .attrs
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(crate::object::PyDict::new(crate::object::DictTable::new())))
        .clone()
}

impl Vm {
    fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let message = match obj {
            Value::Module(module) => {
                format!(
                    "module '{}' has no attribute '{name}'",
                    module.name.as_str()
                )
            }
            Value::Class(class) => {
                format!(
                    "type object '{}' has no attribute '{name}'",
                    class.name.as_str()
                )
            }
            other => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(other)
            ),
        };
        let suggestion = self.attribute_suggestion(obj, name);
        PyErr::new(ExcKind::AttributeError, message).with_suggestion(suggestion.as_deref())
    }

    /// Finds the method `name` for calling on `receiver`.
    pub(crate) fn lookup_method(
        &mut self,
        receiver: &Value,
        name: &PyStr,
    ) -> PyResult<MethodLookup> {
        match receiver {
            Value::Instance(_) | Value::Class(_) | Value::Module(_) => {
                Ok(MethodLookup::Plain(self.get_attr(receiver, name)?))
            }
            _ => {
                let class = self.type_of(receiver);
                match class_lookup(&class, name.as_str()) {
                    Some(Value::Builtin(function)) => Ok(MethodLookup::Builtin(function)),
                    Some(Value::Function(function)) => {
                        Ok(MethodLookup::Unbound(Value::Function(function)))
                    }
                    _ => Ok(MethodLookup::Plain(self.get_attr(receiver, name)?)),
                }
            }
        }
    }

    /// `getattr(obj, name)`, or `None` when the attribute does not exist.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let name = self.intern(name);
        match self.get_attr(obj, &name) {
            Ok(value) => Ok(Some(value)),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::AttributeError) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let name_str = name.as_str();
        if name_str == "__class__" {
            return Ok(Value::Class(self.type_of(obj)));
        }
        match obj {
            Value::Instance(_) => return self.instance_get_attr(obj, name),
            Value::Module(module) => return self.module_get_attr(module, name),
            Value::Class(class) => return self.class_get_attr(class, name),
            _ => {}
        }
        if let Some(value) = self.special_attribute(obj, name_str)? {
            return Ok(value);
        }
        if let Value::Function(function) = obj {
            if name_str == "__dict__" {
                return Ok(Value::Dict(function_dict(function)));
            }
            let attrs = function.attrs.borrow().clone();
            if let Some(attrs) = attrs
                && let Some(value) = self.dict_get(&attrs, &Value::str(name_str))?
            {
                return Ok(value);
            }
        }
        let class = self.type_of(obj);
        match class_lookup(&class, name_str) {
            Some(function @ (Value::Builtin(_) | Value::Function(_))) => {
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: obj.clone(),
                    function,
                })))
            }
            Some(other) => Ok(other),
            None => Err(self.no_attribute(obj, name_str)),
        }
    }

    /// Data attributes of builtin objects (`x.real`, `f.__name__`, `r.start`, ...).
    pub(crate) fn special_attribute(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, name) {
            (
                Value::Int(_) | Value::BigInt(_) | Value::True | Value::False,
                "real" | "numerator",
            ) => Some(self.positive(obj)?),
            (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False, "imag") => {
                Some(Value::Int(0))
            }
            (Value::Int(_) | Value::BigInt(_) | Value::True | Value::False, "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(range), "start") => Some(range.start()),
            (Value::Range(range), "stop") => Some(range.stop()),
            (Value::Range(range), "step") => Some(range.step()),
            (Value::Slice(slice), "start") => Some(slice.start.clone()),
            (Value::Slice(slice), "stop") => Some(slice.stop.clone()),
            (Value::Slice(slice), "step") => Some(slice.step.clone()),
            (Value::Function(function), "__name__") => {
                Some(Value::Str(function.name.borrow().clone()))
            }
            (Value::Function(function), "__qualname__") => {
                Some(Value::Str(function.qualname.borrow().clone()))
            }
            (Value::Function(function), "__doc__") => Some(function.doc.borrow().clone()),
            (Value::Function(function), "__module__") => Some(
                function
                    .module
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| Value::Str(function.globals.name.clone())),
            ),
            (Value::Function(function), "__defaults__") => Some(
                function
                    .defaults
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Tuple),
            ),
            (Value::Function(function), "__annotations__") => Some(Value::Dict(
                function
                    .annotations
                    .borrow_mut()
                    .get_or_insert_with(|| {
                        Rc::new(crate::object::PyDict::new(crate::object::DictTable::new()))
                    })
                    .clone(),
            )),
            (Value::Function(function), "__kwdefaults__") => Some(
                function
                    .kwdefaults
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Dict),
            ),
            (Value::Function(function), "__closure__") => {
                // The cells of the free variables the code reads (methods also carry the
                // class body's `__class__` cell, which CPython only gives those that use it).
                let count = function.code.free_count;
                if count == 0 {
                    Some(Value::None)
                } else {
                    let cells = function.closure.borrow();
                    Some(Value::tuple(
                        cells
                            .iter()
                            .take(count)
                            .map(|cell| Value::Cell(cell.clone()))
                            .collect(),
                    ))
                }
            }
            (Value::Function(function), "__globals__") => {
                Some(self.namespace_proxy(function.globals.clone()))
            }
            (Value::Function(_), "__code__" | "__builtins__") => {
                return Err(PyErr::not_supported(format!(
                    "the function attribute '{name}'"
                )));
            }
            (Value::Cell(cell), "cell_contents") => {
                let value = cell.get();
                if value.is_undefined() {
                    return Err(PyErr::new(ExcKind::ValueError, "Cell is empty"));
                }
                Some(value)
            }
            (Value::Builtin(function), "__name__" | "__qualname__") => {
                Some(Value::str(function.name))
            }
            (Value::Builtin(_), "__doc__") => Some(Value::None),
            (Value::BoundMethod(method), "__self__") => Some(method.receiver.clone()),
            (Value::BoundMethod(method), "__func__") => Some(method.function.clone()),
            (
                Value::BoundMethod(method),
                "__name__" | "__qualname__" | "__doc__" | "__annotations__",
            ) => Some(self.get_attr(&method.function, &PyStr::new(name))?),
            (Value::Generator(generator), "__name__") => Some(Value::Str(
                generator.state.borrow().function.name.borrow().clone(),
            )),
            (Value::Generator(generator), "__qualname__") => Some(Value::Str(
                generator.state.borrow().function.qualname.borrow().clone(),
            )),
            _ => None,
        })
    }

    fn class_get_attr(&mut self, class: &Rc<Class>, name: &PyStr) -> PyResult<Value> {
        if let Some(metaclass) = &class.metaclass {
            return self.class_get_attr_through_metaclass(class, metaclass, name);
        }
        let name_str = name.as_str();
        if name_str == "__annotations__" && !class.is_builtin {
            // `type.__annotations__` is a data descriptor reading the class's own namespace
            // (not its bases'), storing an empty dict there when the class has none.
            if let Some(value) = own_class_attribute(class, name_str) {
                return Ok(value);
            }
            let dict = Value::Dict(Rc::new(crate::object::PyDict::new(
                crate::object::DictTable::new(),
            )));
            self.class_set_attr(class, name, dict.clone());
            return Ok(dict);
        }
        if name_str == "__abstractmethods__" {
            return own_abstract_methods(class);
        }
        if let Some(value) = class_lookup(class, name_str) {
            return self.bind_descriptor(value, &Value::None, class);
        }
        if let Some(value) = self.class_special_attribute(class, name_str) {
            return Ok(value);
        }
        // The methods of `type` itself (`cls.mro()`), bound to the class.
        let type_ = self.types.type_.clone();
        if let Some(value) = class_lookup(&type_, name_str) {
            return self.bind_descriptor(value, &Value::Class(class.clone()), &type_);
        }
        Err(self.no_attribute(&Value::Class(class.clone()), name_str))
    }

    /// `cls.__base__`: the base whose builtin layout is the most derived, the first one on
    /// a tie (CPython's `best_base`).
    fn best_base(&self, class: &Rc<Class>) -> Option<Rc<Class>> {
        let (first, rest) = class.bases.split_first()?;
        let mut winner = first.clone();
        let mut winner_layout = self.builtin_base(first);
        for base in rest {
            let layout = self.builtin_base(base);
            if !Rc::ptr_eq(&layout, &winner_layout) && layout.is_subclass_of(&winner_layout) {
                winner = base.clone();
                winner_layout = layout;
            }
        }
        Some(winner)
    }

    /// The attributes every class has outside its namespace (`__name__`, `__mro__`, ...).
    pub(crate) fn class_special_attribute(&self, class: &Rc<Class>, name: &str) -> Option<Value> {
        Some(match name {
            "__name__" => Value::Str(class.name.clone()),
            "__qualname__" => Value::Str(class.qualname.clone()),
            "__module__" => Value::Str(class.module.clone()),
            "__doc__" => Value::None,
            "__bases__" => Value::tuple(
                class
                    .bases
                    .iter()
                    .map(|base| Value::Class(base.clone()))
                    .collect(),
            ),
            "__base__" => self.best_base(class).map_or(Value::None, Value::Class),
            "__mro__" => Value::tuple(class.mro().map(|c| Value::Class(c.clone())).collect()),
            "__dict__" => {
                let table = class.dict.borrow().clone();
                Value::Dict(Rc::new(crate::object::PyDict::new(table)))
            }
            _ => return None,
        })
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &PyStr, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(_) => self.instance_set_attr(obj, name, value),
            Value::Module(module) => {
                self.module_set_attr(module, name, value);
                Ok(())
            }
            Value::Class(class) if let Some(metaclass) = &class.metaclass => {
                self.class_set_attr_through_metaclass(class, metaclass, name, value)
            }
            Value::Class(class) if !class.is_builtin => self.type_set_attr(class, name, value),
            Value::Class(class) => Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                class.name.as_str()
            ))),
            Value::Function(function) => match name.as_str() {
                "__name__" => match value {
                    Value::Str(text) => {
                        *function.name.borrow_mut() = text;
                        Ok(())
                    }
                    _ => Err(PyErr::type_error("__name__ must be set to a string object")),
                },
                "__qualname__" => match value {
                    Value::Str(text) => {
                        *function.qualname.borrow_mut() = text;
                        Ok(())
                    }
                    _ => Err(PyErr::type_error(
                        "__qualname__ must be set to a string object",
                    )),
                },
                "__doc__" => {
                    *function.doc.borrow_mut() = value;
                    Ok(())
                }
                "__annotations__" => match value {
                    Value::Dict(dict) => {
                        *function.annotations.borrow_mut() = Some(dict);
                        Ok(())
                    }
                    Value::None => {
                        *function.annotations.borrow_mut() = None;
                        Ok(())
                    }
                    _ => Err(PyErr::type_error(
                        "__annotations__ must be set to a dict object",
                    )),
                },
                "__module__" => {
                    *function.module.borrow_mut() = Some(value);
                    Ok(())
                }
                "__dict__" => match value {
                    Value::Dict(dict) => {
                        *function.attrs.borrow_mut() = Some(dict);
                        Ok(())
                    }
                    other => Err(PyErr::type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(&other)
                    ))),
                },
                "__defaults__" | "__kwdefaults__" | "__closure__" | "__code__" | "__globals__" => {
                    Err(PyErr::not_supported(format!(
                        "setting the attribute '{}' on a function",
                        name.as_str()
                    )))
                }
                _ => {
                    let key = Value::Str(self.intern(name.as_str()));
                    self.dict_set(&function_dict(function), key, value)
                }
            },
            other => {
                let class = self.type_of(other);
                if class_lookup(&class, name.as_str()).is_some() {
                    Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            self.type_name(other),
                            name.as_str()
                        ),
                    ))
                } else {
                    Err(self.no_attribute(other, name.as_str()))
                }
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        match obj {
            Value::Instance(_) => self.instance_del_attr(obj, name),
            Value::Module(module) => self.module_del_attr(module, name),
            Value::Class(class) if let Some(metaclass) = &class.metaclass => {
                self.class_del_attr_through_metaclass(class, metaclass, name)
            }
            Value::Class(class) if !class.is_builtin => self.class_del_attr(class, name),
            Value::Function(function) => {
                let attrs = function.attrs.borrow().clone();
                let key = Value::Str(self.intern(name.as_str()));
                match attrs {
                    Some(attrs) if self.dict_remove(&attrs, &key)?.is_some() => Ok(()),
                    _ => Err(self.no_attribute(obj, name.as_str())),
                }
            }
            other => {
                let class = self.type_of(other);
                if class_lookup(&class, name.as_str()).is_some() {
                    Err(PyErr::new(
                        ExcKind::AttributeError,
                        format!(
                            "'{}' object attribute '{}' is read-only",
                            self.type_name(other),
                            name.as_str()
                        ),
                    ))
                } else {
                    Err(self.no_attribute(other, name.as_str()))
                }
            }
        }
    }

    /// A short name for a callable, for error messages (`f() got ...`).
    pub(crate) fn callable_name(&self, callable: &Value) -> String {
        match callable {
            Value::Function(function) => function.qualname.borrow().as_str().to_owned(),
            Value::Builtin(function) => function.name.to_owned(),
            Value::Class(class) => class.name.as_str().to_owned(),
            Value::BoundMethod(method) => self.callable_name(&method.function),
            other => self.type_name(other),
        }
    }
}
