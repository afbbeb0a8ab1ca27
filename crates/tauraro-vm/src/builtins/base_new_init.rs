//! `__new__` and `__init__` of the builtin types that user classes may extend (`int`,
//! `float`, `str`, `bytes`, `tuple`, `frozenset`, `list`, `dict`, `set`).
//!
//! `T.__new__(cls, ...)` makes an exact `T` when `cls` is `T` and otherwise an instance of
//! the subclass `cls` carrying a `T` value (see `Payload::Builtin`): immutable types take
//! their value from the arguments there, mutable ones start empty. `list.__init__`,
//! `dict.__init__` and `set.__init__` (re)fill the value in place, which is what
//! `super().__init__(items)` in a subclass relies on.

use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, PyStr, as_builtin};
use crate::runtime::types::BuiltinTypes;
use crate::value::Value;

/// `T.__new__(cls, *args, **kwargs)` for the builtin type `base`.
fn builtin_new(vm: &mut Vm, args: Args<'_>, base: &Rc<Class>) -> PyResult<Value> {
    let type_name = base.name.as_str();
    let Some((first, rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error(format!(
            "{type_name}.__new__(): not enough arguments"
        )));
    };
    let Value::Class(class) = first else {
        return Err(PyErr::type_error(format!(
            "{type_name}.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if !class.is_subclass_of(base) {
        let name = class.name.as_str();
        return Err(PyErr::type_error(format!(
            "{type_name}.__new__({name}): {name} is not a subtype of {type_name}"
        )));
    }
    let rest = Args {
        positional: rest,
        keywords: args.keywords,
    };
    if class.is_builtin {
        return vm.call_class(&class.clone(), rest);
    }
    let class = class.clone();
    vm.allocate_instance(&class, rest)
}

macro_rules! new_functions {
    ($($static:ident => $function:ident($name:literal, $field:ident);)*) => {
        $(
            fn $function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let base = vm.types.$field.clone();
                builtin_new(vm, args, &base)
            }
            static $static: BuiltinFunction = BuiltinFunction::new("__new__", $function);
        )*

        /// The `__new__` of each extensible builtin type.
        fn new_functions(types: &BuiltinTypes) -> Vec<(&Rc<Class>, &'static BuiltinFunction)> {
            vec![$((&types.$field, &$static)),*]
        }
    };
}

new_functions! {
    INT_NEW => int_new("int", int);
    FLOAT_NEW => float_new("float", float);
    STR_NEW => str_new("str", str);
    BYTES_NEW => bytes_new("bytes", bytes);
    TUPLE_NEW => tuple_new("tuple", tuple);
    FROZENSET_NEW => frozenset_new("frozenset", frozenset);
    LIST_NEW => list_new("list", list);
    DICT_NEW => dict_new("dict", dict);
    SET_NEW => set_new("set", set);
}

static LIST_INIT: BuiltinFunction = BuiltinFunction::new("__init__", list_init);
static DICT_INIT: BuiltinFunction = BuiltinFunction::new("__init__", dict_init);
static SET_INIT: BuiltinFunction = BuiltinFunction::new("__init__", set_init);

/// The receiver of `T.__init__`: a `T` or an instance of a subclass of `T`.
fn init_receiver<'a, T>(
    vm: &Vm,
    args: Args<'a>,
    type_name: &str,
    extract: impl Fn(&'a Value) -> Option<T>,
) -> PyResult<(T, Args<'a>)> {
    let Some((first, rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error(format!(
            "descriptor '__init__' of '{type_name}' object needs an argument"
        )));
    };
    match extract(as_builtin(first)) {
        Some(value) => Ok((
            value,
            Args {
                positional: rest,
                keywords: args.keywords,
            },
        )),
        None => Err(PyErr::type_error(format!(
            "descriptor '__init__' requires a '{type_name}' object but received a '{}'",
            vm.type_name(first)
        ))),
    }
}

/// `list.__init__(self, iterable=(), /)`: empties the list, then extends it.
fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = init_receiver(vm, args, "list", |value| match value {
        Value::List(list) => Some(list.clone()),
        _ => None,
    })?;
    let [iterable] = bind("list", rest, ["iterable"], 0, 1)?;
    list.items_mut().clear();
    if let Some(iterable) = iterable {
        let items = vm.collect(iterable)?;
        list.items_mut().extend(items);
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), /, **kwargs)`: updates the dict.
fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = init_receiver(vm, args, "dict", |value| match value {
        Value::Dict(dict) => Some(dict.clone()),
        _ => None,
    })?;
    if rest.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.positional.len()
        )));
    }
    let target = Value::Dict(dict.clone());
    if let Some(source) = rest.positional.first() {
        vm.dict_update(&target, as_builtin(source), None)?;
    }
    for (name, value) in rest.keywords {
        vm.dict_set(&dict, Value::Str(name.clone()), value.clone())?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=(), /)`: empties the set, then adds the items.
fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = init_receiver(vm, args, "set", |value| match value {
        Value::Set(set) => Some(set.clone()),
        _ => None,
    })?;
    let [iterable] = bind("set", rest, ["iterable"], 0, 0)?;
    set.table.borrow_mut().clear();
    if let Some(iterable) = iterable {
        let table = vm.set_table_from(iterable)?;
        *set.table.borrow_mut() = table;
    }
    Ok(Value::None)
}

/// Adds `function` under its name to the namespace of `class`.
fn register(class: &Rc<Class>, function: &'static BuiltinFunction) {
    let key = PyStr::new(function.name);
    let hash = key.hash();
    let mut dict = class.dict.borrow_mut();
    let position = dict
        .find::<()>(hash, |k| {
            Ok(matches!(k, Value::Str(k) if k.as_str() == function.name))
        })
        .unwrap_or(None);
    match position {
        Some(position) => *dict.value_mut(position) = Value::Builtin(function),
        None => dict.push(hash, Value::Str(Rc::new(key)), Value::Builtin(function)),
    }
    class.version.set(class.version.get().wrapping_add(1));
}

/// Installs `__new__` on the extensible builtin types and `__init__` on the mutable ones.
pub fn install(vm: &mut Vm) {
    let types = &vm.types;
    for (class, function) in new_functions(types) {
        register(class, function);
    }
    register(&types.list, &LIST_INIT);
    register(&types.dict, &DICT_INIT);
    register(&types.set, &SET_INIT);
}
