//! `__get__`, `__set__` and `__delete__` of the builtin descriptors (functions, `property`,
//! `classmethod`, `staticmethod`), so that Python code can call them and test for them
//! (`hasattr(value, "__get__")` is how `enum` and `dataclasses` tell descriptors apart).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, Payload, PyStr};
use crate::value::Value;

/// Splits `(self, instance, owner=None)`.
fn get_arguments<'a>(
    args: &'a Args<'_>,
    owner: &str,
) -> PyResult<(&'a Value, &'a Value, &'a Value)> {
    match args.positional {
        [this, instance] => Ok((this, instance, &Value::None)),
        [this, instance, owner] => Ok((this, instance, owner)),
        [_] => Err(PyErr::type_error(format!(
            "expected 1 argument, got 0 ({owner}.__get__)"
        ))),
        _ => Err(PyErr::type_error("__get__(None, None) is invalid")),
    }
}

/// The owner class of a `__get__` call: the one given, else the instance's type.
fn owner_class(vm: &Vm, instance: &Value, owner: &Value) -> PyResult<Rc<Class>> {
    match (owner, instance) {
        (Value::Class(class), _) => Ok(class.clone()),
        (Value::None, Value::None) => Err(PyErr::type_error("__get__(None, None) is invalid")),
        (_, instance) => Ok(vm.type_of(instance)),
    }
}

/// `function.__get__(instance, owner=None)`: a bound method, or the function itself.
fn function_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, instance, owner) = get_arguments(&args, "function")?;
    if instance.is_none() {
        return Ok(this.clone());
    }
    let owner = owner_class(vm, instance, owner)?;
    vm.bind_descriptor(this.clone(), instance, &owner)
}

/// `property.__get__`, `classmethod.__get__` and `staticmethod.__get__`: what reading the
/// attribute through `instance` gives.
fn descriptor_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, instance, owner) = get_arguments(&args, "descriptor")?;
    let owner = owner_class(vm, instance, owner)?;
    vm.bind_descriptor(this.clone(), instance, &owner)
}

/// The accessor a `property.__set__` or `__delete__` call runs.
fn property_accessor(vm: &Vm, this: &Value, instance: &Value, setter: bool) -> PyResult<Value> {
    let Value::Instance(property) = this else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let Payload::Property(parts) = &property.payload else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let (set, deleter) = (&parts.setter, &parts.deleter);
    let (function, what) = if setter {
        (set, "setter")
    } else {
        (deleter, "deleter")
    };
    if function.is_none() {
        return Err(PyErr::new(
            ExcKind::AttributeError,
            format!(
                "property of '{}' object has no {what}",
                vm.type_name(instance)
            ),
        ));
    }
    Ok(function.clone())
}

/// `property.__set__(instance, value)`.
fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, instance, value] = args.positional else {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    let setter = property_accessor(vm, this, instance, true)?;
    vm.call(&setter, &[instance.clone(), value.clone()])?;
    Ok(Value::None)
}

/// `property.__delete__(instance)`.
fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, instance] = args.positional else {
        return Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.positional.len().saturating_sub(1)
        )));
    };
    let deleter = property_accessor(vm, this, instance, false)?;
    vm.call(&deleter, std::slice::from_ref(instance))?;
    Ok(Value::None)
}

static FUNCTION_GET: BuiltinFunction = BuiltinFunction::new("__get__", function_get);
static DESCRIPTOR_GET: BuiltinFunction = BuiltinFunction::new("__get__", descriptor_get);
static PROPERTY_SET: BuiltinFunction = BuiltinFunction::new("__set__", property_set);
static PROPERTY_DELETE: BuiltinFunction = BuiltinFunction::new("__delete__", property_delete);

/// Adds `function` to the namespace of the builtin class `class`.
fn add(class: &Class, function: &'static BuiltinFunction) {
    let key = PyStr::new(function.name);
    class.dict.borrow_mut().push(
        key.hash(),
        Value::Str(Rc::new(key)),
        Value::Builtin(function),
    );
}

/// Installs the descriptor methods.
pub fn install(vm: &mut Vm) {
    let types = &vm.types;
    add(&types.function, &FUNCTION_GET);
    for class in [&types.property, &types.classmethod, &types.staticmethod] {
        add(class, &DESCRIPTOR_GET);
    }
    add(&types.property, &PROPERTY_SET);
    add(&types.property, &PROPERTY_DELETE);
}
