//! Converting arguments of native module functions to Rust numbers, with CPython's checks
//! and messages: `PyFloat_AsDouble` (a real number: int, float, or an object with
//! `__float__` or `__index__`) and `operator.index` (an int, or an object with `__index__`).

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::text::bigint_to_f64;
use crate::value::Value;

/// A real number argument as a float (`TypeError: must be real number, not str`).
pub(crate) fn real(vm: &mut Vm, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(x) => Ok(*x),
        Value::Int(n) => Ok(*n as f64),
        Value::True => Ok(1.0),
        Value::False => Ok(0.0),
        Value::BigInt(n) => bigint_to_f64(n).map_err(PyErr::from),
        Value::Instance(_) => {
            if let Some(result) = vm.call_dunder(value, "__float__", &[])? {
                return match result {
                    Value::Float(x) => Ok(x),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(value),
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(result) = vm.call_dunder(value, "__index__", &[])? {
                return match result.as_bigint() {
                    Some(int) => bigint_to_f64(&int).map_err(PyErr::from),
                    None => Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&result)
                    ))),
                };
            }
            Err(not_real(vm, value))
        }
        other => Err(not_real(vm, other)),
    }
}

fn not_real(vm: &Vm, value: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", vm.type_name(value)))
}

/// An integer argument (`TypeError: 'float' object cannot be interpreted as an integer`).
pub(crate) fn index(vm: &mut Vm, value: &Value) -> PyResult<BigInt> {
    vm.to_index(value)
}
