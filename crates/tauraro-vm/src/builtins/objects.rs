//! The methods of `object` and `BaseException`, and the builtin descriptor types `property`,
//! `staticmethod`, `classmethod` and `super`.

use std::rc::Rc;

use crate::builtins::arguments::{bind, receiver};
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, Instance, Payload, PropertyParts, PyStr};
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

static OBJECT_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__init__", object_init),
    BuiltinFunction::new("__new__", object_new),
    BuiltinFunction::new("__setattr__", object_setattr),
    BuiltinFunction::new("__getattribute__", object_getattribute),
    BuiltinFunction::new("__delattr__", object_delattr),
    BuiltinFunction::new("__repr__", object_repr),
    BuiltinFunction::new("__str__", object_str),
    BuiltinFunction::new("__eq__", object_eq),
    BuiltinFunction::new("__ne__", object_ne),
    BuiltinFunction::new("__hash__", object_hash),
    BuiltinFunction::new("__format__", object_format),
];

static EXCEPTION_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__init__", exception_init),
    BuiltinFunction::new("__str__", exception_str),
    BuiltinFunction::new("__repr__", exception_repr),
    BuiltinFunction::new("with_traceback", exception_with_traceback),
];

static EXCEPTION_EXTRA_METHODS: &[&BuiltinFunction] = &[&super::exception_groups::ADD_NOTE];

static PROPERTY_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("getter", property_getter),
    BuiltinFunction::new("setter", property_setter),
    BuiltinFunction::new("deleter", property_deleter),
];

fn register(class: &Rc<Class>, methods: &'static [BuiltinFunction]) {
    let mut dict = class.dict.borrow_mut();
    for method in methods {
        let name = PyStr::new(method.name);
        dict.push(
            name.hash(),
            Value::Str(Rc::new(name)),
            Value::Builtin(method),
        );
    }
}

static OBJECT_INIT_SUBCLASS: BuiltinFunction =
    BuiltinFunction::new("__init_subclass__", object_init_subclass);

/// Installs the methods of `object`, `BaseException` and `property`.
pub fn install(vm: &mut Vm) {
    register(&vm.types.object, OBJECT_METHODS);
    let init_subclass = vm.wrap_descriptor(&Value::Builtin(&OBJECT_INIT_SUBCLASS), false);
    {
        let name = PyStr::new("__init_subclass__");
        vm.types.object.dict.borrow_mut().push(
            name.hash(),
            Value::Str(Rc::new(name)),
            init_subclass,
        );
    }
    register(
        vm.types.exception(crate::error::ExcKind::BaseException),
        EXCEPTION_METHODS,
    );
    for method in EXCEPTION_EXTRA_METHODS {
        let class = vm.types.exception(crate::error::ExcKind::BaseException);
        let name = PyStr::new(method.name);
        class.dict.borrow_mut().push(
            name.hash(),
            Value::Str(Rc::new(name)),
            Value::Builtin(method),
        );
    }
    register(
        vm.types
            .exception(crate::error::ExcKind::BaseExceptionGroup),
        super::exception_groups::GROUP_METHODS,
    );
    register(&vm.types.property, PROPERTY_METHODS);
}

/// `object.__init_subclass__(cls)`: the end of the chain, which accepts no keywords.
fn object_init_subclass(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = receiver(args)?;
    if !rest.keywords.is_empty() || !rest.positional.is_empty() {
        let name = match class {
            Value::Class(class) => class.name.as_str().to_owned(),
            _ => "object".to_owned(),
        };
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// Whether `class` looks `name` up to `object`'s own implementation (it does not override
/// it).
fn inherits_from_object(vm: &Vm, class: &Rc<Class>, name: &str) -> bool {
    let own = class_lookup(class, name);
    let object = class_lookup(&vm.types.object, name);
    match (own, object) {
        (Some(own), Some(object)) => own.is(&object),
        (None, _) => true,
        _ => false,
    }
}

/// `object.__init__(self, *args)`: extra arguments are an error unless a `__new__` of the
/// class consumed them (`object_init` in CPython).
fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    if !rest.is_empty() {
        let class = vm.type_of(this);
        if !inherits_from_object(vm, &class, "__init__") {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_from_object(vm, &class, "__new__") {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                class.name.as_str()
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__new__(cls, *args)` (`object_new` in CPython).
fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let class = match args.positional.first() {
        Some(Value::Class(class)) => class.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )));
        }
        None => return Err(PyErr::type_error("object.__new__(): not enough arguments")),
    };
    if class.is_builtin {
        return vm.call_class(&class, Args::new(&args.positional[1..]));
    }
    let rest = Args {
        positional: &args.positional[1..],
        keywords: args.keywords,
    };
    if !rest.is_empty() {
        if !inherits_from_object(vm, &class, "__new__") {
            return Err(PyErr::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_from_object(vm, &class, "__init__") {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                class.name.as_str()
            )));
        }
    }
    match class.kind {
        crate::object::BuiltinKind::Object | crate::object::BuiltinKind::Exception(_) => {
            vm.allocate_instance(&class, rest)
        }
        _ => {
            // The instance needs its builtin base's `__new__` to get its value.
            let mut safe = class.clone();
            while safe
                .dict
                .borrow()
                .iter()
                .any(|entry| matches!(&entry.key, Value::Str(key) if key.as_str() == "__new__"))
            {
                match safe.bases.first() {
                    Some(base) => safe = base.clone(),
                    None => break,
                }
            }
            Err(PyErr::type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                class.name.as_str(),
                safe.name.as_str()
            )))
        }
    }
}

fn attribute_name(vm: &Vm, value: &Value) -> PyResult<Rc<PyStr>> {
    match value {
        Value::Str(name) => Ok(name.clone()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, name, value] = bind("__setattr__", args, ["self", "name", "value"], 3, 3)?;
    let (this, value) = (this.expect("required"), value.expect("required").clone());
    let name = attribute_name(vm, name.expect("required"))?;
    match this {
        Value::Instance(instance) => {
            let instance = instance.clone();
            vm.generic_set_attr(&instance, this, &name, value)?;
        }
        other => vm.set_attr(other, &name, value)?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, name] = bind("__getattribute__", args, ["self", "name"], 2, 2)?;
    let this = this.expect("required");
    let name = attribute_name(vm, name.expect("required"))?;
    match this {
        Value::Instance(instance) => {
            let instance = instance.clone();
            vm.generic_get_attr(&instance, this, &name)
        }
        other => vm.get_attr(other, &name),
    }
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, name] = bind("__delattr__", args, ["self", "name"], 2, 2)?;
    let this = this.expect("required");
    let name = attribute_name(vm, name.expect("required"))?;
    let key = Value::Str(name.clone());
    match this {
        Value::Instance(instance) => match vm.dict_remove(&instance.dict(), &key)? {
            Some(_) => Ok(Value::None),
            None => Err(PyErr::new(
                crate::error::ExcKind::AttributeError,
                format!(
                    "'{}' object has no attribute '{}'",
                    instance.class.name.as_str(),
                    name.as_str()
                ),
            )),
        },
        other => {
            vm.del_attr(other, &name)?;
            Ok(Value::None)
        }
    }
}

fn default_repr(vm: &Vm, this: &Value) -> String {
    let class = vm.type_of(this);
    format!(
        "<{}.{} object at {:#x}>",
        class.module.as_str(),
        class.qualname.as_str(),
        this.id()
    )
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    Ok(Value::string(default_repr(vm, this)))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    Ok(Value::Str(vm.repr(this)?))
}

fn object_eq(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [a, b] if a.is(b) => Ok(Value::True),
        [_, _] => Ok(Value::NotImplemented),
        _ => Err(PyErr::type_error("expected 1 argument")),
    }
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.positional {
        [a, b] => {
            let equal = vm.compare(a, b, crate::runtime::compare::CompareOp::Eq)?;
            match equal {
                Value::NotImplemented => Ok(Value::NotImplemented),
                other => Ok(Value::bool(!vm.is_true(&other)?)),
            }
        }
        _ => Err(PyErr::type_error("expected 1 argument")),
    }
}

fn object_hash(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    Ok(Value::Int(crate::text::hash_pointer(this.id() as usize)))
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [this, spec] = bind("__format__", args, ["self", "format_spec"], 2, 2)?;
    let this = this.expect("required");
    match spec.expect("required") {
        Value::Str(spec) if spec.as_str().is_empty() => Ok(Value::Str(vm.to_str(this)?)),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(this)
        ))),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn exception_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    if let Value::Instance(instance) = this
        && let Some(data) = &instance.exception
    {
        let args = if vm.is_os_error_class(&instance.class) {
            let fields =
                crate::runtime::os_errors::os_error_fields(instance, rest.positional.to_vec());
            Value::tuple(fields)
        } else {
            // Straight from the arguments: no intermediate `Vec`.
            Value::Tuple(crate::object::RcTuple::from_slice(rest.positional))
        };
        // The old args are released after the borrow ends (dropping them may run code).
        let old = std::mem::replace(&mut data.borrow_mut().args, args);
        drop(old);
    }
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    match this {
        Value::Instance(instance) => Ok(Value::Str(vm.exception_str_object(instance))),
        other => Ok(Value::Str(vm.to_str(other)?)),
    }
}

fn exception_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    let Value::Instance(instance) = this else {
        return Ok(Value::Str(vm.repr(this)?));
    };
    let args = instance
        .exception
        .as_ref()
        .map(|d| d.borrow().args.clone())
        .unwrap_or(Value::None);
    let name = instance.class.name.as_str().to_owned();
    Ok(Value::string(match &args {
        Value::Tuple(items) if items.items.len() == 1 => {
            format!("{name}({})", vm.repr(&items.items[0])?.as_str())
        }
        Value::Tuple(_) => format!("{name}{}", vm.repr(&args)?.as_str()),
        _ => format!("{name}()"),
    }))
}

fn exception_with_traceback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, _) = receiver(args)?;
    Ok(this.clone())
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = Args {
        positional: args.positional.get(1..).unwrap_or(&[]),
        keywords: args.keywords,
    };
    let [getter, setter, deleter, doc] =
        bind("property", args, ["fget", "fset", "fdel", "doc"], 0, 0)?;
    let value = |v: Option<&Value>| v.cloned().unwrap_or(Value::None);
    Ok(make_property(
        vm,
        value(getter),
        value(setter),
        value(deleter),
        value(doc),
    ))
}

fn make_property(vm: &Vm, getter: Value, setter: Value, deleter: Value, doc: Value) -> Value {
    Value::Instance(Rc::new(Instance::new(
        vm.types.property.clone(),
        Payload::Property(Box::new(PropertyParts {
            getter,
            setter,
            deleter,
            doc,
        })),
    )))
}

fn property_with(vm: &mut Vm, args: Args<'_>, which: usize) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let Value::Instance(instance) = this else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let Payload::Property(parts) = &instance.payload else {
        return Err(PyErr::type_error("descriptor requires a 'property' object"));
    };
    let PropertyParts {
        getter,
        setter,
        deleter,
        doc,
    } = &**parts;
    let [function] = bind("property method", rest, ["function"], 1, 1)?;
    let function = function.expect("required").clone();
    let mut parts = [getter.clone(), setter.clone(), deleter.clone()];
    parts[which] = function;
    let [getter, setter, deleter] = parts;
    Ok(make_property(vm, getter, setter, deleter, doc.clone()))
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 2)
}

/// `staticmethod(function)`.
pub fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = Args {
        positional: args.positional.get(1..).unwrap_or(&[]),
        keywords: args.keywords,
    };
    let [function] = bind("staticmethod", args, ["function"], 1, 1)?;
    Ok(vm.wrap_descriptor(function.expect("required"), true))
}

/// `classmethod(function)`.
pub fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let args = Args {
        positional: args.positional.get(1..).unwrap_or(&[]),
        keywords: args.keywords,
    };
    let [function] = bind("classmethod", args, ["function"], 1, 1)?;
    Ok(vm.wrap_descriptor(function.expect("required"), false))
}

/// `super(class, object)` (the compiler turns a bare `super()` into this form).
pub fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.positional.get(1..).unwrap_or(&[]) {
        [class, object] => vm.new_super(class, object),
        [] => Err(PyErr::new(
            crate::error::ExcKind::RuntimeError,
            "super(): no arguments",
        )),
        [_] => Err(PyErr::not_supported("unbound super objects (super(type))")),
        more => Err(PyErr::type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            more.len()
        ))),
    }
}

/// `__build_class__`, the builtin behind the `class` statement.
pub fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.build_class(args)
}
