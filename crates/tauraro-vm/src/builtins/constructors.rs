//! Calling builtin classes: `int(x)`, `str(x)`, `list(it)`, `ValueError("msg")`, ...
//! Each constructor receives the class as its first argument (so subclasses can reuse it).

use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFn, DictTable, PyDict, PySet, PySlice};
use crate::text;
use crate::value::Value;

/// The constructor of the builtin class called `name`, if it can be called.
pub fn constructor_for(name: &str) -> Option<BuiltinFn> {
    Some(match name {
        "int" => int_new,
        "bool" => bool_new,
        "float" => float_new,
        "str" => str_new,
        "list" => list_new,
        "tuple" => tuple_new,
        "dict" => dict_new,
        "set" => set_new,
        "frozenset" => frozenset_new,
        "range" => range_new,
        "slice" => slice_new,
        "type" => type_new,
        "object" => object_new,
        "bytes" => bytes_new,
        "property" => crate::builtins::objects::property_new,
        "staticmethod" => crate::builtins::objects::staticmethod_new,
        "classmethod" => crate::builtins::objects::classmethod_new,
        "super" => crate::builtins::objects::super_new,
        "method" => method_new,
        "module" => module_new,
        // Complex numbers have no value representation yet: say so rather than refuse.
        "complex" => |_, _| Err(PyErr::not_supported("complex numbers")),
        _ => return None,
    })
}

/// Splits off the class passed as first argument.
fn class_and_args(args: Args<'_>) -> Args<'_> {
    Args {
        positional: args.positional.get(1..).unwrap_or(&[]),
        keywords: args.keywords,
    }
}

/// `int(x)` of a non-str value.
pub fn to_int(vm: &mut Vm, value: &Value) -> PyResult<Value> {
    match value {
        Value::Int(_) | Value::BigInt(_) => Ok(value.clone()),
        Value::True => Ok(Value::Int(1)),
        Value::False => Ok(Value::Int(0)),
        Value::Float(f) => Ok(Value::from_bigint(text::float_to_bigint(f.trunc())?)),
        Value::Str(s) => parse_int_value(s.as_str(), 10),
        Value::Bytes(b) => match std::str::from_utf8(&b.bytes) {
            Ok(s) => parse_int_value(s, 10),
            Err(_) => Err(PyErr::value_error("invalid literal for int() with base 10")),
        },
        Value::Instance(_) => {
            for dunder in ["__int__", "__index__", "__trunc__"] {
                if let Some(result) = vm.call_dunder(value, dunder, &[])? {
                    if result.is_int() {
                        return Ok(result);
                    }
                    return Err(PyErr::type_error(format!(
                        "{dunder} returned non-int (type {})",
                        vm.type_name(&result)
                    )));
                }
            }
            if let Some(payload @ (Value::Str(_) | Value::Bytes(_))) =
                crate::object::builtin_payload(value)
            {
                return to_int(vm, &payload.clone());
            }
            Err(int_argument_error(vm, value))
        }
        other => Err(int_argument_error(vm, other)),
    }
}

fn int_argument_error(vm: &Vm, value: &Value) -> PyErr {
    PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(value)
    ))
}

fn parse_int_value(text_value: &str, base: u32) -> PyResult<Value> {
    Ok(match text::parse_int(text_value, base)? {
        text::ParsedInt::Small(v) => Value::Int(v),
        text::ParsedInt::Big(v) => Value::from_bigint(v),
    })
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `int(i)` / `int(f)` in numeric loops: no argument binding. Floats beyond i64 (and
    // NaN or infinities, with their errors) take the general path.
    if let ([_, single], []) = (args.positional, args.keywords) {
        match single {
            Value::Int(i) => return Ok(Value::Int(*i)),
            Value::Float(f) if f.abs() < 9.2e18 => return Ok(Value::Int(f.trunc() as i64)),
            _ => {}
        }
    }
    let [value, base] = bind("int", class_and_args(args), ["x", "base"], 0, 1)?;
    match (value, base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => Err(PyErr::type_error("int() missing string argument")),
        (Some(value), None) => to_int(vm, value),
        (Some(value), Some(base)) => {
            let base = vm.to_index(base)?;
            let base = num_traits::ToPrimitive::to_i64(&base).unwrap_or(-1);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(PyErr::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            match value {
                Value::Str(s) => parse_int_value(s.as_str(), base as u32),
                Value::Bytes(b) => match std::str::from_utf8(&b.bytes) {
                    Ok(s) => parse_int_value(s, base as u32),
                    Err(_) => Err(PyErr::value_error("invalid literal for int()")),
                },
                _ => Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
    }
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("bool", class_and_args(args), ["x"], 0, 1)?;
    match value {
        None => Ok(Value::False),
        Some(value) => Ok(Value::bool(vm.is_true(value)?)),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => Ok(*f),
        Value::Int(v) => Ok(*v as f64),
        Value::True => Ok(1.0),
        Value::False => Ok(0.0),
        Value::BigInt(v) => Ok(text::bigint_to_f64(v)?),
        Value::Str(s) => Ok(text::parse_float(s.as_str())?),
        Value::Instance(_) => {
            if let Some(result) = vm.call_dunder(value, "__float__", &[])? {
                return match result {
                    Value::Float(f) => Ok(f),
                    other => Err(PyErr::type_error(format!(
                        "__float__ returned non-float (type {})",
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(result) = vm.call_dunder(value, "__index__", &[])? {
                return to_float(vm, &result);
            }
            if let Some(payload @ Value::Str(_)) = crate::object::builtin_payload(value) {
                return to_float(vm, &payload.clone());
            }
            Err(float_argument_error(vm, value))
        }
        other => Err(float_argument_error(vm, other)),
    }
}

fn float_argument_error(vm: &Vm, value: &Value) -> PyErr {
    PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(value)
    ))
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `float(i)` / `float(f)` in numeric loops: no argument binding.
    if let ([_, single], []) = (args.positional, args.keywords) {
        match single {
            Value::Int(i) => return Ok(Value::Float(*i as f64)),
            Value::Float(f) => return Ok(Value::Float(*f)),
            _ => {}
        }
    }
    let [value] = bind("float", class_and_args(args), ["x"], 0, 1)?;
    match value {
        None => Ok(Value::Float(0.0)),
        // Only text makes a new float object; float(x) of a float is x itself.
        Some(value @ (Value::Str(_) | Value::Bytes(_))) => {
            Ok(Value::new_float(to_float(vm, value)?))
        }
        Some(value) => Ok(Value::Float(to_float(vm, value)?)),
    }
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `str(x)`, by far the most frequent form, skips the general argument binding.
    if let ([_class, value], []) = (args.positional, args.keywords) {
        return Ok(Value::Str(vm.to_str(value)?));
    }
    let given = args.positional.len().saturating_sub(1) + args.keywords.len();
    if given > 3 {
        return Err(PyErr::type_error(format!(
            "str() takes at most 3 arguments ({given} given)"
        )));
    }
    if let Some((name, _)) = args
        .keywords
        .iter()
        .find(|(name, _)| !matches!(name.as_str(), "object" | "encoding" | "errors"))
    {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for str()",
            name.as_str()
        )));
    }
    let [value, encoding, errors] = bind(
        "str",
        class_and_args(args),
        ["object", "encoding", "errors"],
        0,
        0,
    )?;
    match (value, encoding, errors) {
        (None, _, _) => Ok(Value::str("")),
        (Some(value), None, None) => Ok(Value::Str(vm.to_str(value)?)),
        (Some(Value::Bytes(bytes)), encoding, _) => {
            if let Some(encoding) = encoding {
                match encoding {
                    Value::Str(name)
                        if matches!(
                            name.as_str().to_ascii_lowercase().as_str(),
                            "utf-8" | "utf8" | "ascii"
                        ) => {}
                    Value::Str(name) => {
                        return Err(PyErr::not_supported(format!(
                            "the '{}' codec",
                            name.as_str()
                        )));
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "str() argument 'encoding' must be str, not {}",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            match std::str::from_utf8(&bytes.bytes) {
                Ok(text) => Ok(Value::str(text)),
                Err(err) => Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        bytes.bytes[err.valid_up_to()],
                        err.valid_up_to()
                    ),
                )),
            }
        }
        (Some(_), Some(encoding), _) if !matches!(encoding, Value::Str(_)) => {
            Err(PyErr::type_error(format!(
                "str() argument 'encoding' must be str, not {}",
                vm.type_name(encoding)
            )))
        }
        (Some(value), _, _) => Err(PyErr::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(value)
        ))),
    }
}

fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("list", class_and_args(args), ["iterable"], 0, 1)?;
    match value {
        None => Ok(Value::list(Vec::new())),
        Some(value) => Ok(Value::list(vm.collect(value)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("tuple", class_and_args(args), ["iterable"], 0, 1)?;
    match value {
        None => Ok(Value::tuple(Vec::new())),
        Some(Value::Tuple(_)) => Ok(value.expect("matched").clone()),
        // Straight from the list's items: one allocation, no intermediate vector.
        Some(Value::List(list)) => Ok(Value::Tuple(crate::object::RcTuple::from_slice(
            &list.items(),
        ))),
        Some(value) => Ok(Value::tuple(vm.collect(value)?)),
    }
}

fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = class_and_args(args);
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.positional.len()
        )));
    }
    let dict = Value::Dict(Rc::new(PyDict::new(DictTable::new())));
    if let Some(source) = args.positional.first() {
        vm.dict_update(&dict, source, None)?;
    }
    if let Value::Dict(target) = &dict {
        for (name, value) in args.keywords {
            vm.dict_set(target, Value::Str(name.clone()), value.clone())?;
        }
    }
    Ok(dict)
}

fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("set", class_and_args(args), ["iterable"], 0, 0)?;
    let table = match value {
        None => crate::object::SetTable::new(),
        Some(value) => vm.set_table_from(value)?,
    };
    Ok(Value::Set(Rc::new(PySet::new(table))))
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("frozenset", class_and_args(args), ["iterable"], 0, 0)?;
    match value {
        Some(Value::FrozenSet(_)) => Ok(value.expect("matched").clone()),
        None => Ok(Value::FrozenSet(Rc::new(PySet::new(
            crate::object::SetTable::new(),
        )))),
        Some(value) => Ok(Value::FrozenSet(Rc::new(PySet::new(
            vm.set_table_from(value)?,
        )))),
    }
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = class_and_args(args);
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    if args.positional.len() > 3 {
        return Err(PyErr::type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.positional.len()
        )));
    }
    let range = vm.make_range(args.positional)?;
    Ok(Value::Range(Rc::new(range)))
}

fn slice_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = class_and_args(args);
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("slice() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.positional {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ));
        }
        more => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                more.len()
            )));
        }
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

/// `type(x)` and `type(name, bases, namespace)`; a class whose bases have another
/// metaclass is made by calling that metaclass (its `__new__` and `__init__` run).
fn type_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = class_and_args(args);
    match args.positional {
        [value] if args.keywords.is_empty() => return Ok(Value::Class(vm.type_of(value))),
        [_] => return Err(PyErr::type_error("type() takes no keyword arguments")),
        [_, _, _] => {}
        _ => return Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
    if let [_, Value::Tuple(bases), _] = args.positional {
        let mut winner = vm.types.type_.clone();
        for base in bases.items.iter() {
            if let Value::Class(base) = base {
                let candidate = vm.metaclass_of(base);
                if candidate.is_subclass_of(&winner) {
                    winner = candidate;
                }
            }
        }
        if !Rc::ptr_eq(&winner, &vm.types.type_) {
            return vm.call_class(&winner, args);
        }
    }
    let type_ = vm.types.type_.clone();
    vm.type_new_with_metaclass(&type_, args)
}

/// `types.ModuleType(name, doc=None)`: an empty module with the attributes CPython sets.
fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, doc] = bind("module", class_and_args(args), ["name", "doc"], 1, 0)?;
    let name = match name.expect("required") {
        Value::Str(name) => name.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "module.__init__() argument 'name' must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    let attributes = [
        ("__name__", Value::Str(name.clone())),
        ("__doc__", doc.cloned().unwrap_or(Value::None)),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ];
    let names = attributes.iter().map(|(key, _)| vm.intern(key)).collect();
    let module = crate::object::Module::new(name, names);
    for (slot, (_, value)) in attributes.into_iter().enumerate() {
        drop(module.globals.replace(slot, value));
    }
    Ok(Value::Module(Rc::new(module)))
}

/// `types.MethodType(function, instance)`: `function` bound to `instance` (what
/// `copy.deepcopy` needs to rebind a method to the copied object).
fn method_new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = class_and_args(args);
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let [function, instance] = args.positional else {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            args.positional.len()
        )));
    };
    if !crate::builtins::functions::is_callable(function) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if matches!(instance, Value::None) {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
        receiver: instance.clone(),
        function: function.clone(),
    })))
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = class_and_args(args);
    if !rest.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::Instance(Rc::new(crate::object::Instance::new(
        vm.types.object.clone(),
        crate::object::Payload::None,
    ))))
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value, encoding] = bind("bytes", class_and_args(args), ["source", "encoding"], 0, 0)?;
    let bytes: Vec<u8> = match (value, encoding) {
        (None, _) => Vec::new(),
        (Some(Value::Str(text)), Some(_)) => text.as_str().as_bytes().to_vec(),
        (Some(Value::Str(_)), None) => {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        (Some(count), None) if count.is_int() => {
            let n = vm.to_index(count)?;
            let n = num_traits::ToPrimitive::to_usize(&n)
                .ok_or_else(|| PyErr::value_error("negative count"))?;
            vec![0; n]
        }
        (Some(iterable), _) => {
            let mut bytes = Vec::new();
            for item in vm.collect(iterable)? {
                let byte = item
                    .as_small_int()
                    .filter(|b| (0..256).contains(b))
                    .ok_or_else(|| PyErr::value_error("bytes must be in range(0, 256)"))?;
                bytes.push(byte as u8);
            }
            bytes
        }
    };
    Ok(Value::Bytes(Rc::new(crate::object::PyBytes::new(bytes))))
}

/// Calling a builtin exception class: `ValueError("message")`.
pub fn exception_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.positional.first() else {
        return Err(PyErr::type_error("exception constructor needs its class"));
    };
    let rest = &args.positional[1..];
    let class = crate::runtime::os_errors::os_error_class_for(vm, class, rest);
    let class = super::exception_groups::exception_class_for(vm, &class, rest)?;
    Ok(Value::Instance(vm.new_exception_from_slice(class, rest)))
}
