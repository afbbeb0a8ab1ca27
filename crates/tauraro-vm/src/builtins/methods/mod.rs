//! Methods of builtin types, one file per type, registered into each class's namespace.

use crate::interpreter::Vm;
use crate::object::{BuiltinFunction, Class, PyStr};
use crate::value::Value;

/// Adds `methods` to the namespace of `class`.
fn register(class: &std::rc::Rc<Class>, methods: &'static [BuiltinFunction]) {
    let mut dict = class.dict.borrow_mut();
    for method in methods {
        let name = PyStr::new(method.name);
        let hash = name.hash();
        dict.push(
            hash,
            Value::Str(std::rc::Rc::new(name)),
            Value::Builtin(method),
        );
    }
}

/// Installs the methods of every builtin type.
pub fn install(vm: &mut Vm) {
    let _ = (
        register as fn(&std::rc::Rc<Class>, &'static [BuiltinFunction]),
        &vm.types,
    );
}
