//! Calls of builtin classes from the dispatch loop (`str(i)`, `int(x)`, `list()`, `dict()`)
//! without the general `call_value` -> `call_class` -> `construct` chain, and without
//! putting the class in front of the arguments when the answer does not need it.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinKind, Class, DictTable, PyDict, PyStr};
use crate::value::Value;

/// `str(x)` and `int(x)` from `CallBuiltin` when the builtin slot still holds the builtin
/// class itself and the one argument is an exact `int` or `str`: the answer needs no call,
/// no argument window and no reference to the class. `None` for every other case, which the
/// general path (`call_builtin_slot`) then handles with identical results.
///
/// Why: `str(i)` in a loop spent about 130 of its 420 machine instructions in the general
/// builtin-call path before reaching the integer formatting.
#[inline(always)]
pub(crate) fn construct_exact_scalar(callee: &Value, argument: &Value) -> Option<Value> {
    let Value::Class(class) = callee else {
        return None;
    };
    // A subclass of `str` or `int` shares its `kind` but is not `is_builtin`.
    if !class.is_builtin || class.metaclass.is_some() {
        return None;
    }
    match (class.kind, argument) {
        (BuiltinKind::Str, Value::Int(value)) => Some(Value::Str(Rc::new(PyStr::from_int(*value)))),
        (BuiltinKind::Str, Value::Str(text)) => Some(Value::Str(text.clone())),
        (BuiltinKind::Int, Value::Int(value)) => Some(Value::Int(*value)),
        _ => None,
    }
}

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
