//! Methods of `slice`: `indices()` and the comparisons, which compare slices as the tuples
//! `(start, stop, step)` (slices are unhashable in 3.11).

use std::rc::Rc;

use crate::builtins::methods::{one_arg, receiver};
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PySlice};
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    receiver(vm, args, "slice", method, |value| match value {
        Value::Slice(_) => Some(value.clone()),
        _ => None,
    })
}

comparison_dunders!(this, |other: &Value| matches!(other, Value::Slice(_)));

/// The methods of `slice`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("indices", indices),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__lt__", dunder_lt),
    BuiltinFunction::new("__le__", dunder_le),
    BuiltinFunction::new("__gt__", dunder_gt),
    BuiltinFunction::new("__ge__", dunder_ge),
];

fn as_slice(value: &Value) -> &Rc<PySlice> {
    match value {
        Value::Slice(slice) => slice,
        _ => unreachable!("`this` accepts only slices"),
    }
}

/// `slice.indices(length)`: start, stop and step clamped to a sequence of that length.
fn indices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (slice, rest) = this(vm, args, "indices")?;
    let length = vm.to_index(one_arg(rest, "slice.indices")?)?;
    if length.sign() == num_bigint::Sign::Minus {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step) = vm.slice_indices_big(as_slice(&slice), &length)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(start),
        Value::from_bigint(stop),
        Value::from_bigint(step),
    ]))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn slice_methods() {
        check(&[
            (r#"slice(1, 5).indices(3)"#, r#"(1, 3, 1)"#),
            (r#"slice(None, None, -1).indices(5)"#, r#"(4, -1, -1)"#),
            (r#"slice(-2, None).indices(10)"#, r#"(8, 10, 1)"#),
            (r#"slice(None, None, -1).indices(0)"#, r#"(-1, -1, -1)"#),
            (
                r#"slice(1, 2, 3).indices(1000000000000000000000000000000)"#,
                r#"(1, 2, 3)"#,
            ),
            (
                r#"slice(1).indices(-1)"#,
                r#"ValueError: length should not be negative"#,
            ),
            (
                r#"slice(1).indices('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"slice('a').indices(4)"#,
                r#"TypeError: slice indices must be integers or None or have an __index__ method"#,
            ),
            (
                r#"slice(0, 1, 0).indices(3)"#,
                r#"ValueError: slice step cannot be zero"#,
            ),
            (r#"slice(1, 2) == slice(1, 2)"#, r#"True"#),
            (r#"slice(1, 2).__ne__(slice(1, 2))"#, r#"False"#),
            (r#"slice(1, 2).__lt__(slice(1, 3))"#, r#"True"#),
            (r#"slice(1, 4).__le__(slice(1, 3))"#, r#"False"#),
            (r#"slice(1, 2).__eq__((1, 2, None))"#, r#"NotImplemented"#),
            (
                r#"hash(slice(1))"#,
                r#"TypeError: unhashable type: 'slice'"#,
            ),
            (r#"slice(1).__lt__(3)"#, r#"NotImplemented"#),
        ]);
    }
}
