//! Struct sequences, CPython's named tuples written in C (`sys.version_info`,
//! `sys.float_info`): read-only objects whose fields are attributes and which behave as the
//! tuple of those fields for indexing, slicing, `len`, iteration, `in`, hashing and
//! comparison.
//!
//! The field names are the class's `__match_args__` (as in CPython); the values are the
//! instance's attributes. Every tuple behaviour converts to that tuple and delegates.

use std::rc::Rc;

use crate::builtins::arguments::{bind, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, Instance, Payload};
use crate::runtime::attribute::class_lookup;
use crate::runtime::compare::CompareOp;
use crate::value::Value;

static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__new__", struct_sequence_new),
    BuiltinFunction::new("__getitem__", getitem),
    BuiltinFunction::new("__len__", len),
    BuiltinFunction::new("__iter__", iter),
    BuiltinFunction::new("__contains__", contains),
    BuiltinFunction::new("__hash__", hash),
    BuiltinFunction::new("__eq__", eq),
    BuiltinFunction::new("__ne__", ne),
    BuiltinFunction::new("__lt__", lt),
    BuiltinFunction::new("__le__", le),
    BuiltinFunction::new("__gt__", gt),
    BuiltinFunction::new("__ge__", ge),
    BuiltinFunction::new("__repr__", repr),
    BuiltinFunction::new("__setattr__", setattr),
    BuiltinFunction::new("__delattr__", delattr),
];

/// The class of a struct sequence `module.name` with the given fields.
pub(crate) fn struct_sequence_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    fields: &[&str],
) -> Rc<Class> {
    let field_names = Value::tuple(fields.iter().map(|field| Value::str(field)).collect());
    let count = Value::Int(fields.len() as i64);
    super::native_class::native_class(
        vm,
        name,
        module,
        METHODS,
        vec![
            ("__match_args__", field_names),
            ("n_fields", count.clone()),
            ("n_sequence_fields", count),
            ("n_unnamed_fields", Value::Int(0)),
        ],
    )
}

/// An instance of a struct sequence class with its field values, in field order.
pub(crate) fn struct_sequence(vm: &mut Vm, class: &Rc<Class>, values: Vec<Value>) -> Value {
    let instance = Instance::new(class.clone(), Payload::None);
    let fields = field_names(class);
    for (field, value) in fields.into_iter().zip(values) {
        // A fresh dict with string keys: setting an item cannot fail.
        let _ = vm.dict_set(&instance.dict(), Value::Str(field), value);
    }
    Value::Instance(Rc::new(instance))
}

fn field_names(class: &Rc<Class>) -> Vec<Rc<crate::object::PyStr>> {
    match class_lookup(class, "__match_args__") {
        Some(Value::Tuple(names)) => names
            .items
            .iter()
            .filter_map(|name| match name {
                Value::Str(name) => Some(name.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The tuple a struct sequence stands for, or None if `value` is not one.
fn as_tuple(vm: &mut Vm, value: &Value) -> PyResult<Option<Value>> {
    let Value::Instance(instance) = value else {
        return Ok(None);
    };
    if !instance
        .class
        .dict
        .borrow()
        .iter()
        // Recognised by `__getitem__`: a class such as `time.struct_time` has its own
        // `__new__`.
        .any(|entry| matches!(&entry.value, Value::Builtin(f) if std::ptr::eq(*f, &METHODS[1])))
    {
        return Ok(None);
    }
    let mut items = Vec::new();
    for field in field_names(&instance.class) {
        match vm.dict_get(&instance.dict(), &Value::Str(field))? {
            Some(item) => items.push(item),
            None => {
                return Err(PyErr::new(
                    ExcKind::SystemError,
                    "struct sequence field missing",
                ));
            }
        }
    }
    Ok(Some(Value::tuple(items)))
}

/// The receiver's tuple and the remaining arguments.
fn this<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<(Value, Args<'a>)> {
    let (object, rest) = receiver(args)?;
    match as_tuple(vm, object)? {
        Some(tuple) => Ok((tuple, rest)),
        None => Err(PyErr::type_error("descriptor requires a struct sequence")),
    }
}

fn struct_sequence_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = match args.positional.first() {
        Some(Value::Class(class)) => format!("{}.{}", class.module.as_str(), class.name.as_str()),
        _ => "struct sequence".to_owned(),
    };
    Err(PyErr::type_error(format!(
        "cannot create '{name}' instances"
    )))
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args)?;
    let [key] = bind("__getitem__", rest, ["key"], 1, 0)?;
    vm.get_item(&tuple, key.expect("required"))
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, _) = this(vm, args)?;
    match &tuple {
        Value::Tuple(items) => Ok(Value::Int(items.len() as i64)),
        _ => Ok(Value::Int(0)),
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, _) = this(vm, args)?;
    vm.get_iter(&tuple)
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args)?;
    let [item] = bind("__contains__", rest, ["key"], 1, 0)?;
    Ok(Value::bool(vm.contains(&tuple, item.expect("required"))?))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, _) = this(vm, args)?;
    Ok(Value::Int(vm.hash_value(&tuple)?))
}

fn compare(vm: &mut Vm, args: Args<'_>, op: CompareOp) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args)?;
    let [other] = bind(op.symbol(), rest, ["other"], 1, 0)?;
    let other = other.expect("required");
    let other = match as_tuple(vm, other)? {
        Some(other) => other,
        None if matches!(other, Value::Tuple(_)) => other.clone(),
        None => return Ok(Value::NotImplemented),
    };
    vm.compare(&tuple, &other, op)
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}

fn ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}

fn lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}

fn le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}

fn gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}

fn ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

/// `sys.version_info(major=3, minor=11, ...)`.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(args)?;
    let Value::Instance(instance) = object else {
        return Err(PyErr::type_error("descriptor requires a struct sequence"));
    };
    let class = instance.class.clone();
    let mut parts = Vec::new();
    for field in field_names(&class) {
        let value = vm
            .dict_get(&instance.dict(), &Value::Str(field.clone()))?
            .unwrap_or(Value::None);
        let text = vm.repr(&value)?;
        parts.push(format!("{}={}", field.as_str(), text.as_str()));
    }
    Ok(Value::string(format!(
        "{}.{}({})",
        class.module.as_str(),
        class.name.as_str(),
        parts.join(", ")
    )))
}

fn setattr(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"))
}

fn delattr(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"))
}
