//! `vars(obj)` and `dir(obj)`: the namespaces of objects, classes and modules.
//!
//! Both need the caller's local scope when called without an argument, which builtins do not
//! see; those forms raise "not supported yet".

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, PyStr};
use crate::runtime::dunder::user_method;
use crate::value::Value;

/// The builtins defined here.
pub static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("vars", vars),
    BuiltinFunction::new("dir", dir),
];

/// The names in `object.__dict__` (CPython 3.11), which every `dir()` listing includes.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// `vars(object)`: its `__dict__`.
fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object] = bind("vars", args, ["object"], 0, 0)?;
    let Some(object) = object else {
        return vm.caller_locals();
    };
    match vm.get_attr_opt(object, "__dict__")? {
        Some(dict) => Ok(dict),
        None => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

/// The names a class contributes to `dir()`: its namespace, and the entries CPython's type
/// objects have in theirs that Tauraro's do not store (`__dict__`, `__weakref__`, slots).
fn class_names(vm: &mut Vm, class: &Rc<Class>, names: &mut BTreeSet<String>) {
    for ancestor in class.mro() {
        for entry in ancestor.dict.borrow().iter() {
            if let Value::Str(key) = &entry.key {
                names.insert(key.as_str().to_owned());
            }
        }
        if Rc::ptr_eq(ancestor, &vm.types.object) {
            names.extend(OBJECT_NAMES.iter().map(|name| (*name).to_owned()));
        } else if !ancestor.is_builtin {
            names.insert("__module__".to_owned());
            names.insert("__doc__".to_owned());
            let slots = ancestor.dict.borrow().iter().find_map(|entry| {
                matches!(&entry.key, Value::Str(key) if key.as_str() == "__slots__")
                    .then(|| entry.value.clone())
            });
            match slots {
                None => {
                    names.insert("__weakref__".to_owned());
                    if !matches!(ancestor.kind, crate::object::BuiltinKind::Exception(_)) {
                        names.insert("__dict__".to_owned());
                    }
                }
                Some(Value::Str(slot)) => {
                    names.insert(slot.as_str().to_owned());
                }
                Some(slots) => {
                    for slot in vm.collect(&slots).unwrap_or_default() {
                        if let Value::Str(slot) = slot {
                            names.insert(slot.as_str().to_owned());
                        }
                    }
                }
            }
        }
    }
}

/// `dir(object)`: the sorted attribute names of the object, its class and their bases (or a
/// user `__dir__`).
fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object] = bind("dir", args, ["object"], 0, 0)?;
    let Some(object) = object else {
        return Err(PyErr::not_supported("dir() without an argument"));
    };
    if let Value::Instance(instance) = object
        && let Some(method) = user_method(&instance.class, "__dir__")
    {
        let listing = vm.call(&method, std::slice::from_ref(object))?;
        let mut items = vm.collect(&listing)?;
        crate::builtins::sort::sort_values(vm, &mut items, None, false)?;
        return Ok(Value::list(items));
    }
    let mut names = BTreeSet::new();
    match object {
        Value::Module(module) => {
            for (name, _) in module.bound_items() {
                names.insert(name.as_str().to_owned());
            }
        }
        Value::Class(class) => class_names(vm, class, &mut names),
        other => {
            if let Value::Instance(instance) = other {
                for (key, _) in instance.attribute_items() {
                    if let Value::Str(key) = &key {
                        names.insert(key.as_str().to_owned());
                    }
                }
            }
            let class = vm.type_of(other);
            class_names(vm, &class, &mut names);
        }
    }
    let sorted = names
        .into_iter()
        .map(|name| Value::Str(Rc::new(PyStr::from_string(name))))
        .collect();
    Ok(Value::list(sorted))
}
