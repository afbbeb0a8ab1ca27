//! The builtin namespace: functions, constructors of builtin classes, and the methods of
//! builtin types, installed into a fresh [`Vm`].

pub mod arguments;
mod base_new_init;
pub mod bytearray;
pub mod constructors;
mod exception_groups;
pub(crate) use exception_groups::exception_class_for;
mod descriptor_methods;
pub(crate) mod direct_construction;
pub mod functions;
mod introspection;
mod methods;
pub(crate) use methods::{is_dict_get, is_list_append};
mod namespace;
pub mod objects;
pub mod sort;
mod type_methods;
mod unsupported;

use tauraro_bytecode::BUILTIN_NAMES;

use crate::error::ExcKind;
use crate::interpreter::Vm;
use crate::value::Value;

static BUILD_CLASS: crate::object::BuiltinFunction =
    crate::object::BuiltinFunction::new("__build_class__", objects::build_class);

/// Fills `vm.builtins` (in `BUILTIN_NAMES` order) and the method tables of builtin types.
pub fn install(vm: &mut Vm) {
    let values: Vec<Value> = BUILTIN_NAMES
        .iter()
        .map(|name| builtin_value(vm, name))
        .collect();
    vm.builtins = values.into_boxed_slice();
    if let Some(slot) = BUILTIN_NAMES.iter().position(|name| *name == "bytearray") {
        let class = bytearray::bytearray_class(vm);
        vm.builtins[slot] = Value::Class(class);
    }
    vm.original_builtins = vm.builtins.clone();
    methods::install(vm);
    objects::install(vm);
    base_new_init::install(vm);
    crate::runtime::generic_alias::install(vm);
    type_methods::install(vm);
    descriptor_methods::install(vm);
}

fn builtin_value(vm: &Vm, name: &str) -> Value {
    let types = &vm.types;
    let class = |class: &std::rc::Rc<crate::object::Class>| Value::Class(class.clone());
    match name {
        "int" => class(&types.int),
        "bool" => class(&types.bool),
        "float" => class(&types.float),
        "complex" => class(&types.complex),
        "str" => class(&types.str),
        "bytes" => class(&types.bytes),
        "list" => class(&types.list),
        "tuple" => class(&types.tuple),
        "dict" => class(&types.dict),
        "set" => class(&types.set),
        "frozenset" => class(&types.frozenset),
        "range" => class(&types.range),
        "slice" => class(&types.slice),
        "type" => class(&types.type_),
        "object" => class(&types.object),
        "property" => class(&types.property),
        "staticmethod" => class(&types.staticmethod),
        "classmethod" => class(&types.classmethod),
        "super" => class(&types.super_),
        "__build_class__" => Value::Builtin(&BUILD_CLASS),
        "Ellipsis" => Value::Ellipsis,
        "NotImplemented" => Value::NotImplemented,
        "__debug__" => Value::True,
        "EnvironmentError" | "IOError" => class(types.exception(ExcKind::OSError)),
        _ => {
            if let Some(kind) = ExcKind::ALL.iter().find(|kind| kind.name() == name) {
                return class(types.exception(*kind));
            }
            if let Some(function) = functions::FUNCTIONS.iter().find(|f| f.name == name) {
                return Value::Builtin(function);
            }
            if let Some(function) = introspection::FUNCTIONS.iter().find(|f| f.name == name) {
                return Value::Builtin(function);
            }
            if let Some(function) = namespace::FUNCTIONS.iter().find(|f| f.name == name) {
                return Value::Builtin(function);
            }
            match unsupported::UNSUPPORTED.iter().find(|f| f.name == name) {
                Some(function) => Value::Builtin(function),
                None => Value::Builtin(&unsupported::UNKNOWN),
            }
        }
    }
}
