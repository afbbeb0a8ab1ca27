//! Classes defined by native modules (`sys.stdout`'s `TextIOWrapper`, the struct sequences
//! `sys.version_info` and `sys.float_info`): classes whose methods are Rust functions and
//! whose `__module__` is the module's name. They are not flagged as builtin classes, so the
//! runtime honours their special methods (`__getitem__`, `__repr__`, ...) as it does for
//! classes written in Python.

use std::rc::Rc;

use crate::interpreter::Vm;
use crate::object::{BuiltinFunction, BuiltinKind, Class};
use crate::runtime::types::new_builtin_class;
use crate::value::Value;

/// A class of module `module` deriving from `object`, with `methods` and extra class
/// attributes.
pub(crate) fn native_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    methods: &'static [BuiltinFunction],
    attributes: Vec<(&str, Value)>,
) -> Rc<Class> {
    let object = vm.types.object.clone();
    // A builtin class, then made a module's class: built through the runtime's constructor
    // so that this code does not depend on every field of `Class`.
    let built = new_builtin_class(name, &[&object], BuiltinKind::Object, None);
    let mut class = match Rc::try_unwrap(built) {
        Ok(class) => class,
        Err(shared) => return shared,
    };
    class.is_builtin = false;
    class.is_native = true;
    class.module = vm.intern(module);
    {
        let dict = class.dict.get_mut();
        for method in methods {
            let key = vm.intern(method.name);
            dict.push(key.hash(), Value::Str(key), Value::Builtin(method));
        }
        for (attribute, value) in attributes {
            let key = vm.intern(attribute);
            dict.push(key.hash(), Value::Str(key), value);
        }
    }
    Rc::new(class)
}
