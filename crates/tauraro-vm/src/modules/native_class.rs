//! Classes defined by native modules (`sys.stdout`'s `TextIOWrapper`, the struct sequences
//! `sys.version_info` and `sys.float_info`): classes whose methods are Rust functions and
//! whose `__module__` is the module's name. They are not flagged as builtin classes, so the
//! runtime honours their special methods (`__getitem__`, `__repr__`, ...) as it does for
//! classes written in Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::interpreter::Vm;
use crate::object::{BuiltinFunction, BuiltinKind, Class, DictTable, PyStr};
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
    let name = Rc::new(PyStr::new(name));
    let mut dict = DictTable::new();
    for method in methods {
        let key = vm.intern(method.name);
        dict.push(key.hash(), Value::Str(key), Value::Builtin(method));
    }
    for (attribute, value) in attributes {
        let key = vm.intern(attribute);
        dict.push(key.hash(), Value::Str(key), value);
    }
    Rc::new(Class {
        qualname: name.clone(),
        name,
        module: vm.intern(module),
        bases: Box::new([object.clone()]),
        mro_tail: Box::new([object]),
        dict: RefCell::new(dict),
        kind: BuiltinKind::Object,
        is_builtin: false,
        constructor: None,
        version: Cell::new(0),
    })
}
