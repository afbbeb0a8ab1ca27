//! `bytearray`: a mutable byte string. The basics are provided: construction (from nothing,
//! a size, bytes-like objects, a str with an encoding, or an iterable of ints), `len`,
//! indexing and slicing, item assignment and deletion, `+`, `+=`, `==`, `in`, iteration,
//! `append`, `extend`, `insert`, `pop`, `remove`, `clear`, `copy`, `reverse`, the reading
//! methods of `bytes` (`decode`, `find`, `count`, `startswith`, ...), and
//! `bytearray(b'...')` as its repr. The bytes live in the instance's native payload.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::arguments::{bind, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, Instance, Payload, PyBytes};
use crate::value::Value;

/// The bytes of a bytearray instance.
type Buffer = RefCell<Vec<u8>>;

static NEW: BuiltinFunction = BuiltinFunction::new("__new__", new);

static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__repr__", repr),
    BuiltinFunction::new("__len__", len),
    BuiltinFunction::new("__getitem__", getitem),
    BuiltinFunction::new("__setitem__", setitem),
    BuiltinFunction::new("__delitem__", delitem),
    BuiltinFunction::new("__iter__", iter),
    BuiltinFunction::new("__contains__", contains),
    BuiltinFunction::new("__eq__", eq),
    BuiltinFunction::new("__ne__", ne),
    BuiltinFunction::new("__add__", add),
    BuiltinFunction::new("__radd__", radd),
    BuiltinFunction::new("__iadd__", iadd),
    BuiltinFunction::new("__bytes__", to_bytes),
    BuiltinFunction::new("append", append),
    BuiltinFunction::new("extend", extend),
    BuiltinFunction::new("insert", insert),
    BuiltinFunction::new("pop", pop),
    BuiltinFunction::new("remove", remove),
    BuiltinFunction::new("clear", clear),
    BuiltinFunction::new("copy", copy),
    BuiltinFunction::new("reverse", reverse),
    BuiltinFunction::new("decode", decode),
    BuiltinFunction::new("hex", hex),
    BuiltinFunction::new("find", find),
    BuiltinFunction::new("rfind", rfind),
    BuiltinFunction::new("index", index),
    BuiltinFunction::new("count", count),
    BuiltinFunction::new("startswith", startswith),
    BuiltinFunction::new("endswith", endswith),
    BuiltinFunction::new("isdigit", isdigit),
    BuiltinFunction::new("isalpha", isalpha),
    BuiltinFunction::new("isspace", isspace),
    BuiltinFunction::new("upper", upper),
    BuiltinFunction::new("lower", lower),
    BuiltinFunction::new("strip", strip),
    BuiltinFunction::new("replace", replace),
    BuiltinFunction::new("split", split),
];

/// The `bytearray` class.
pub(crate) fn bytearray_class(vm: &mut Vm) -> Rc<Class> {
    // Instantiation calls a `__new__` found as a staticmethod, as for classes in Python.
    let new = Value::Instance(Rc::new(Instance::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(Value::Builtin(&NEW)),
    )));
    crate::modules::native_class(
        vm,
        "bytearray",
        "builtins",
        METHODS,
        vec![("__hash__", Value::None), ("__new__", new)],
    )
}

fn buffer(value: &Value) -> Option<&Buffer> {
    match value {
        Value::Instance(instance) => match &instance.payload {
            Payload::Native(state) => state.downcast_ref::<Buffer>(),
            _ => None,
        },
        _ => None,
    }
}

/// The contents of a bytes-like value (bytes or bytearray).
pub(crate) fn bytes_like(value: &Value) -> Option<Vec<u8>> {
    match value {
        Value::Bytes(bytes) => Some(bytes.bytes.to_vec()),
        other => buffer(other).map(|b| b.borrow().clone()),
    }
}

fn this<'a>(args: Args<'a>) -> PyResult<(&'a Buffer, &'a Value, Args<'a>)> {
    let (object, rest) = receiver(args)?;
    match buffer(object) {
        Some(buffer) => Ok((buffer, object, rest)),
        None => Err(PyErr::type_error(
            "descriptor requires a 'bytearray' object",
        )),
    }
}

fn make(vm: &Vm, class: &Rc<Class>, bytes: Vec<u8>) -> Value {
    let _ = vm;
    let buffer: Buffer = RefCell::new(bytes);
    Value::Instance(Rc::new(Instance::new(
        class.clone(),
        Payload::Native(Box::new(buffer)),
    )))
}

fn same_class(value: &Value) -> Option<Rc<Class>> {
    match value {
        Value::Instance(instance) => Some(instance.class.clone()),
        _ => None,
    }
}

fn byte_value(vm: &mut Vm, value: &Value) -> PyResult<u8> {
    let number = vm.to_index(value).map_err(|_| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(value)
        ))
    })?;
    u8::try_from(&number).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
}

fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((Value::Class(class), rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error(
            "bytearray.__new__(X): X is not a type object",
        ));
    };
    let [source, encoding, errors] = bind(
        "bytearray",
        Args {
            positional: rest,
            keywords: args.keywords,
        },
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let bytes = match (source, encoding) {
        (None, None) => Vec::new(),
        (Some(Value::Str(text)), Some(encoding)) => {
            let text = Value::Str(text.clone());
            let method = vm.get_attr_opt(&text, "encode")?.unwrap_or(Value::None);
            let mut call_args = vec![encoding.clone()];
            if let Some(errors) = errors {
                call_args.push(errors.clone());
            }
            let encoded = vm.call(&method, &call_args)?;
            bytes_like(&encoded).unwrap_or_default()
        }
        (Some(Value::Str(_)), None) => {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        (_, Some(_)) => {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        (Some(source), None) => {
            if let Some(bytes) = bytes_like(source) {
                bytes
            } else if source.is_int() {
                let size = vm.to_index(source)?;
                let size =
                    usize::try_from(&size).map_err(|_| PyErr::value_error("negative count"))?;
                vec![0; size]
            } else {
                let mut bytes = Vec::new();
                for item in vm.collect(source)? {
                    bytes.push(byte_value(vm, &item)?);
                }
                bytes
            }
        }
    };
    Ok(make(vm, class, bytes))
}

fn snapshot(buffer: &Buffer) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(buffer.borrow().clone())))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, object, _) = this(args)?;
    let bytes = vm.repr(&snapshot(buffer))?;
    let name = match object {
        Value::Instance(instance) => instance.class.name.as_str().to_owned(),
        _ => "bytearray".to_owned(),
    };
    Ok(Value::string(format!("{name}({})", bytes.as_str())))
}

fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, _) = this(args)?;
    Ok(Value::Int(buffer.borrow().len() as i64))
}

/// A position from an int index, counted from the end when negative.
fn position(vm: &mut Vm, length: usize, key: &Value) -> PyResult<Option<usize>> {
    let index = vm.to_index(key)?;
    let index = i64::try_from(&index).unwrap_or(i64::MAX);
    let index = if index < 0 {
        index + length as i64
    } else {
        index
    };
    Ok(usize::try_from(index).ok().filter(|&i| i < length))
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, object, rest) = this(args)?;
    let [key] = bind("__getitem__", rest, ["key"], 1, 0)?;
    let key = key.unwrap_or(&Value::None);
    if let Value::Slice(_) = key {
        let sliced = vm.get_item(&snapshot(buffer), key)?;
        let class = same_class(object).ok_or_else(|| PyErr::type_error("bytearray expected"))?;
        return Ok(make(vm, &class, bytes_like(&sliced).unwrap_or_default()));
    }
    let length = buffer.borrow().len();
    match position(vm, length, key)? {
        Some(index) => Ok(Value::Int(i64::from(buffer.borrow()[index]))),
        None => Err(PyErr::new(
            ExcKind::IndexError,
            "bytearray index out of range",
        )),
    }
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [key, value] = bind("__setitem__", rest, ["key", "value"], 2, 0)?;
    let (key, value) = (key.unwrap_or(&Value::None), value.unwrap_or(&Value::None));
    if let Value::Slice(slice) = key {
        let replacement = match bytes_like(value) {
            Some(bytes) => bytes,
            None => {
                let mut bytes = Vec::new();
                for item in vm.collect(value)? {
                    bytes.push(byte_value(vm, &item)?);
                }
                bytes
            }
        };
        let length = buffer.borrow().len();
        let indices = vm.slice_indices(slice, length)?;
        let (start, stop, step) = (indices.start, indices.stop, indices.step);
        if step != 1 {
            return Err(PyErr::not_supported(
                "assigning to an extended slice of a bytearray",
            ));
        }
        let start = start.clamp(0, length as i64) as usize;
        let stop = (stop.clamp(0, length as i64) as usize).max(start);
        buffer.borrow_mut().splice(start..stop, replacement);
        return Ok(Value::None);
    }
    let byte = byte_value(vm, value)?;
    let length = buffer.borrow().len();
    match position(vm, length, key)? {
        Some(index) => {
            buffer.borrow_mut()[index] = byte;
            Ok(Value::None)
        }
        None => Err(PyErr::new(
            ExcKind::IndexError,
            "bytearray index out of range",
        )),
    }
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [key] = bind("__delitem__", rest, ["key"], 1, 0)?;
    let key = key.unwrap_or(&Value::None);
    if let Value::Slice(_) = key {
        return Err(PyErr::not_supported("deleting a slice of a bytearray"));
    }
    let length = buffer.borrow().len();
    match position(vm, length, key)? {
        Some(index) => {
            buffer.borrow_mut().remove(index);
            Ok(Value::None)
        }
        None => Err(PyErr::new(
            ExcKind::IndexError,
            "bytearray index out of range",
        )),
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, _) = this(args)?;
    vm.get_iter(&snapshot(buffer))
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [item] = bind("__contains__", rest, ["key"], 1, 0)?;
    let item = item.unwrap_or(&Value::None);
    let item = match bytes_like(item) {
        Some(bytes) => Value::Bytes(Rc::new(PyBytes::new(bytes))),
        None => item.clone(),
    };
    Ok(Value::bool(vm.contains(&snapshot(buffer), &item)?))
}

fn equal(args: Args<'_>) -> PyResult<Option<bool>> {
    let (buffer, _, rest) = this(args)?;
    let [other] = bind("__eq__", rest, ["other"], 1, 0)?;
    Ok(bytes_like(other.unwrap_or(&Value::None)).map(|other| *buffer.borrow() == other))
}

fn eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(equal(args)?.map_or(Value::NotImplemented, Value::bool))
}

fn ne(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(equal(args)?.map_or(Value::NotImplemented, |same| Value::bool(!same)))
}

fn operand(vm: &Vm, value: &Value) -> PyResult<Vec<u8>> {
    bytes_like(value).ok_or_else(|| {
        PyErr::type_error(format!("can't concat {} to bytearray", vm.type_name(value)))
    })
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, object, rest) = this(args)?;
    let [other] = bind("__add__", rest, ["other"], 1, 0)?;
    let mut bytes = buffer.borrow().clone();
    bytes.extend(operand(vm, other.unwrap_or(&Value::None))?);
    let class = same_class(object).ok_or_else(|| PyErr::type_error("bytearray expected"))?;
    Ok(make(vm, &class, bytes))
}

/// `bytes + bytearray`: bytes, as CPython's bytes concatenation accepts any buffer.
fn radd(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [other] = bind("__radd__", rest, ["other"], 1, 0)?;
    let Some(Value::Bytes(left)) = other else {
        return Ok(Value::NotImplemented);
    };
    let mut bytes = left.bytes.to_vec();
    bytes.extend(buffer.borrow().iter());
    Ok(Value::Bytes(Rc::new(PyBytes::new(bytes))))
}

fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, object, rest) = this(args)?;
    let [other] = bind("__iadd__", rest, ["other"], 1, 0)?;
    let more = operand(vm, other.unwrap_or(&Value::None))?;
    buffer.borrow_mut().extend(more);
    Ok(object.clone())
}

fn to_bytes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, _) = this(args)?;
    Ok(snapshot(buffer))
}

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [item] = bind("append", rest, ["item"], 1, 0)?;
    let byte = byte_value(vm, item.unwrap_or(&Value::None))?;
    buffer.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [items] = bind("extend", rest, ["iterable_of_ints"], 1, 0)?;
    let items = items.unwrap_or(&Value::None);
    let more = match bytes_like(items) {
        Some(bytes) => bytes,
        None => {
            if let Value::Str(_) = items {
                return Err(PyErr::type_error(
                    "expected iterable of integers; got: 'str'",
                ));
            }
            let mut bytes = Vec::new();
            for item in vm.collect(items)? {
                bytes.push(byte_value(vm, &item)?);
            }
            bytes
        }
    };
    buffer.borrow_mut().extend(more);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [index, item] = bind("insert", rest, ["index", "item"], 2, 0)?;
    let index = vm.to_index(index.unwrap_or(&Value::None))?;
    let byte = byte_value(vm, item.unwrap_or(&Value::None))?;
    let length = buffer.borrow().len() as i64;
    let index = i64::try_from(&index).unwrap_or(i64::MAX);
    let index = if index < 0 { index + length } else { index };
    buffer
        .borrow_mut()
        .insert(index.clamp(0, length) as usize, byte);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [index] = bind("pop", rest, ["index"], 0, 0)?;
    let length = buffer.borrow().len();
    if length == 0 {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let index = match index {
        Some(index) => position(vm, length, index)?,
        None => Some(length - 1),
    };
    match index {
        Some(index) => Ok(Value::Int(i64::from(buffer.borrow_mut().remove(index)))),
        None => Err(PyErr::new(ExcKind::IndexError, "pop index out of range")),
    }
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, rest) = this(args)?;
    let [item] = bind("remove", rest, ["value"], 1, 0)?;
    let byte = byte_value(vm, item.unwrap_or(&Value::None))?;
    let found = buffer.borrow().iter().position(|&b| b == byte);
    match found {
        Some(index) => {
            buffer.borrow_mut().remove(index);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    }
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, _) = this(args)?;
    buffer.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, object, _) = this(args)?;
    let class = same_class(object).ok_or_else(|| PyErr::type_error("bytearray expected"))?;
    let bytes = buffer.borrow().clone();
    Ok(make(vm, &class, bytes))
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (buffer, _, _) = this(args)?;
    buffer.borrow_mut().reverse();
    Ok(Value::None)
}

/// Calls the `bytes` method `name` on a copy of the contents; `wrap` turns bytes results
/// (and lists of them) back into bytearrays.
fn delegate(vm: &mut Vm, args: Args<'_>, name: &str, wrap: bool) -> PyResult<Value> {
    let (buffer, object, rest) = this(args)?;
    let copy = snapshot(buffer);
    let method = vm
        .get_attr_opt(&copy, name)?
        .ok_or_else(|| PyErr::not_supported(format!("bytearray.{name}")))?;
    let converted: Vec<Value> = rest
        .positional
        .iter()
        .map(|value| match buffer_bytes(value) {
            Some(bytes) => bytes,
            None => value.clone(),
        })
        .collect();
    let result = vm.call_value(
        &method,
        Args {
            positional: &converted,
            keywords: rest.keywords,
        },
    )?;
    if !wrap {
        return Ok(result);
    }
    let class = same_class(object).ok_or_else(|| PyErr::type_error("bytearray expected"))?;
    Ok(match &result {
        Value::Bytes(bytes) => make(vm, &class, bytes.bytes.to_vec()),
        Value::List(list) => Value::list(
            list.snapshot()
                .iter()
                .map(|item| match item {
                    Value::Bytes(bytes) => make(vm, &class, bytes.bytes.to_vec()),
                    other => other.clone(),
                })
                .collect(),
        ),
        _ => result,
    })
}

/// A bytearray argument as bytes, so that the bytes methods accept it.
fn buffer_bytes(value: &Value) -> Option<Value> {
    buffer(value).map(snapshot)
}

macro_rules! delegated {
    ($($function:ident => $name:literal, $wrap:expr;)*) => {
        $(fn $function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            delegate(vm, args, $name, $wrap)
        })*
    };
}

delegated! {
    decode => "decode", false;
    hex => "hex", false;
    find => "find", false;
    rfind => "rfind", false;
    index => "index", false;
    count => "count", false;
    startswith => "startswith", false;
    endswith => "endswith", false;
    isdigit => "isdigit", false;
    isalpha => "isalpha", false;
    isspace => "isspace", false;
    upper => "upper", true;
    lower => "lower", true;
    strip => "strip", true;
    replace => "replace", true;
    split => "split", true;
}
