//! Calls of builtin classes from the dispatch loop (`str(i)`, `int(x)`, `list()`, `dict()`)
//! without the general `call_value` -> `call_class` -> `construct` chain, and without
//! putting the class in front of the arguments when the answer does not need it.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinKind, Class, DictTable, PyDict};
use crate::value::Value;

/// `class(*args)` for a builtin class without a metaclass: the same result as
/// `Vm::call_class`, which for such a class is `Vm::construct`.
pub(crate) fn construct_builtin(vm: &mut Vm, class: &Rc<Class>, args: &[Value]) -> PyResult<Value> {
    match (class.kind, args) {
        (BuiltinKind::Str, [value]) => return Ok(Value::Str(vm.to_str(value)?)),
        (BuiltinKind::Int, [Value::Int(value)]) => return Ok(Value::Int(*value)),
        (BuiltinKind::List, []) => return Ok(Value::list(Vec::new())),
        (BuiltinKind::Dict, []) => {
            return Ok(Value::Dict(Rc::new(PyDict::new(DictTable::new()))));
        }
        _ => {}
    }
    vm.construct(class, Args::new(args))
}
