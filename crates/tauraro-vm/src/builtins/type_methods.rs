//! The methods of `type`, the default metaclass: `type.__new__` and `type.__init__` (which
//! a metaclass's own `__new__`/`__init__` reach through `super()`), `type.__call__` (what a
//! metaclass `__call__` override delegates to), `mro()`, `__prepare__`, the default
//! `__instancecheck__`/`__subclasscheck__`, `__setattr__`/`__delattr__` of classes and the
//! `|` of types.

use std::rc::Rc;

use crate::builtins::arguments::receiver;
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, DictTable, PyDict, PyStr};
use crate::value::Value;

/// The class a `type` method was called on (its first argument).
fn class_receiver<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(Rc<Class>, Args<'a>)> {
    let Some((first, rest)) = args.positional.split_first() else {
        // Dunders are slot wrappers in CPython, the others method descriptors.
        return Err(PyErr::type_error(if method.starts_with("__") {
            format!("descriptor '{method}' of 'type' object needs an argument")
        } else {
            format!("unbound method type.{method}() needs an argument")
        }));
    };
    match first {
        Value::Class(class) => Ok((
            class.clone(),
            Args {
                positional: rest,
                keywords: args.keywords,
            },
        )),
        other => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'type' object but received a '{}'",
            vm.type_name(other)
        ))),
    }
}

/// `type.__new__(metatype, name, bases, namespace, **kwargs)`.
fn type_dunder_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((first, rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error("type.__new__(): not enough arguments"));
    };
    let Value::Class(metatype) = first else {
        return Err(PyErr::type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if !metatype.is_subclass_of(&vm.types.type_) {
        let name = metatype.name.as_str();
        return Err(PyErr::type_error(format!(
            "type.__new__({name}): {name} is not a subtype of type"
        )));
    }
    let metatype = metatype.clone();
    vm.type_new_with_metaclass(
        &metatype,
        Args {
            positional: rest,
            keywords: args.keywords,
        },
    )
}

/// `type.__init__(cls, name, bases, namespace, **kwargs)`: checks the argument count; the
/// class is complete already.
fn type_dunder_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = class_receiver(vm, args, "__init__")?;
    if !rest.keywords.is_empty() && rest.positional.len() == 1 {
        return Err(PyErr::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if !matches!(rest.positional.len(), 1 | 3) {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: constructs an instance of `cls`.
fn type_dunder_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__call__")?;
    vm.construct(&class, rest)
}

/// `cls.mro()`: the method resolution order as a list.
fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "mro")?;
    let qualname = format!("{}.mro", class.name.as_str());
    crate::builtins::arguments::no_arguments(&qualname, rest, 0)?;
    Ok(Value::list(
        class
            .mro()
            .map(|class| Value::Class(class.clone()))
            .collect(),
    ))
}

/// `type.__prepare__(name, bases, **kwargs)`: a new empty namespace.
fn type_prepare(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(PyDict::new(DictTable::new()))))
}

/// `type.__instancecheck__(cls, instance)`: the default `isinstance` test.
fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__instancecheck__")?;
    let [instance] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "type.__instancecheck__() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    Ok(Value::bool(vm.is_instance(instance, &class)))
}

/// `type.__subclasscheck__(cls, subclass)`: the default `issubclass` test.
fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__subclasscheck__")?;
    let [subclass] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "type.__subclasscheck__() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    match subclass {
        Value::Class(subclass) => Ok(Value::bool(subclass.is_subclass_of(&class))),
        _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    }
}

/// `cls.__subclasses__()`: the live direct subclasses, in creation order.
fn type_subclasses(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__subclasses__")?;
    let qualname = format!("{}.__subclasses__", class.name.as_str());
    crate::builtins::arguments::no_arguments(&qualname, rest, 0)?;
    Ok(Value::list(
        class
            .live_subclasses()
            .into_iter()
            .map(Value::Class)
            .collect(),
    ))
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`.
fn type_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, _) = class_receiver(vm, args, "__repr__")?;
    let (module, qualname) = class.repr_names();
    Ok(Value::string(if module.as_str() == "builtins" {
        format!("<class '{}'>", qualname.as_str())
    } else {
        format!("<class '{}.{}'>", module.as_str(), qualname.as_str())
    }))
}

/// `type.__getattribute__(cls, name)`: the default attribute lookup on a class.
fn type_dunder_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__getattribute__")?;
    let [Value::Str(name)] = rest.positional else {
        return Err(PyErr::type_error(
            "type.__getattribute__() takes a name string",
        ));
    };
    let metaclass = vm.metaclass_of(&class);
    vm.type_getattribute(&class, &metaclass, name)
}

/// `type.__setattr__(cls, name, value)`: stores into the class namespace.
fn type_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__setattr__")?;
    let [Value::Str(name), value] = rest.positional else {
        return Err(PyErr::type_error(
            "type.__setattr__() takes a name string and a value",
        ));
    };
    if class.is_builtin {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str(),
            class.name.as_str()
        )));
    }
    vm.type_set_attr(&class, name, value.clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = class_receiver(vm, args, "__delattr__")?;
    let [Value::Str(name)] = rest.positional else {
        return Err(PyErr::type_error("type.__delattr__() takes a name string"));
    };
    let name: &PyStr = name;
    vm.class_del_attr(&class, name)?;
    Ok(Value::None)
}

/// `cls | other` and `other | cls`.
fn type_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [other] = rest.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    Ok(vm
        .type_union_op_default(this, other)?
        .unwrap_or(Value::NotImplemented))
}

fn type_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [other] = rest.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    Ok(vm
        .type_union_op_default(other, this)?
        .unwrap_or(Value::NotImplemented))
}

static TYPE_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__new__", type_dunder_new),
    BuiltinFunction::new("__init__", type_dunder_init),
    BuiltinFunction::new("__call__", type_dunder_call),
    BuiltinFunction::new("mro", type_mro),
    BuiltinFunction::new("__prepare__", type_prepare),
    BuiltinFunction::new("__instancecheck__", type_instancecheck),
    BuiltinFunction::new("__subclasscheck__", type_subclasscheck),
    BuiltinFunction::new("__subclasses__", type_subclasses),
    BuiltinFunction::new("__repr__", type_repr),
    BuiltinFunction::new("__getattribute__", type_dunder_getattribute),
    BuiltinFunction::new("__setattr__", type_setattr),
    BuiltinFunction::new("__delattr__", type_delattr),
    BuiltinFunction::new("__or__", type_or),
    BuiltinFunction::new("__ror__", type_ror),
];

/// Installs the methods of `type`.
pub fn install(vm: &mut Vm) {
    let class = vm.types.type_.clone();
    let mut dict = class.dict.borrow_mut();
    for method in TYPE_METHODS {
        let name = PyStr::new(method.name);
        dict.push(
            name.hash(),
            Value::Str(Rc::new(name)),
            Value::Builtin(method),
        );
    }
}
