//! Methods of `range`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Zero;

use crate::builtins::methods::{no_args, one_arg, receiver, wrapper};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PyRange};
use crate::runtime::compare::CompareOp;
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<PyRange>, Args<'a>)> {
    receiver(vm, args, "range", method, |value| match value {
        Value::Range(range) => Some(range),
        _ => None,
    })
}

/// The methods of `range`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("count", count),
    BuiltinFunction::new("index", index),
    BuiltinFunction::new("__len__", dunder_len),
    BuiltinFunction::new("__getitem__", dunder_getitem),
    BuiltinFunction::new("__contains__", dunder_contains),
    BuiltinFunction::new("__iter__", dunder_iter),
    BuiltinFunction::new("__reversed__", dunder_reversed),
    BuiltinFunction::new("__bool__", dunder_bool),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__hash__", dunder_hash),
    BuiltinFunction::new("__repr__", dunder_repr),
];

/// How `value` compares with the elements, when that can be decided without running
/// Python code: `Some(position)` of the equal element, `Some(None)` when none is equal.
fn quick_position(range: &PyRange, value: &Value) -> Option<Option<BigInt>> {
    match value {
        value if value.is_int() => Some(range.position_of(&value.as_bigint()?)),
        Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            let int = crate::text::float_to_bigint(*f).ok()?;
            Some(range.position_of(&int))
        }
        Value::Instance(_) => None,
        _ => Some(None),
    }
}

/// Compares `value` with every element (for instances, whose `__eq__` may say anything).
fn scan(
    vm: &mut Vm,
    range: &PyRange,
    value: &Value,
    first_only: bool,
) -> PyResult<(i64, Option<BigInt>)> {
    let mut count = 0;
    let mut first = None;
    let iterator = vm.get_iter(&Value::Range(Rc::new(range.clone())))?;
    let mut position = BigInt::zero();
    while let Some(element) = vm.next_value(&iterator)? {
        if vm.values_equal(&element, value)? {
            count += 1;
            if first.is_none() {
                first = Some(position.clone());
                if first_only {
                    break;
                }
            }
        }
        position += 1;
    }
    Ok((count, first))
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "count")?;
    let value = one_arg(rest, "range.count")?;
    match quick_position(range, value) {
        Some(position) => Ok(Value::Int(i64::from(position.is_some()))),
        None => Ok(Value::Int(scan(vm, range, value, false)?.0)),
    }
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "index")?;
    let value = one_arg(rest, "range.index")?;
    let position = match quick_position(range, value) {
        Some(position) => position,
        None => scan(vm, range, value, true)?.1,
    };
    match position {
        Some(position) => Ok(Value::from_bigint(position)),
        None if value.is_int() => {
            let repr = vm.repr(value)?;
            Err(PyErr::value_error(format!(
                "{} is not in range",
                repr.as_str()
            )))
        }
        None => Err(PyErr::value_error("sequence.index(x): x not in sequence")),
    }
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    range.len().map(Value::Int).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__getitem__")?;
    let [key] = wrapper(rest, "__getitem__")?;
    vm.get_item(&Value::Range(range.clone()), key)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__contains__")?;
    let [value] = wrapper(rest, "__contains__")?;
    match quick_position(range, value) {
        Some(position) => Ok(Value::bool(position.is_some())),
        None => Ok(Value::bool(scan(vm, range, value, true)?.1.is_some())),
    }
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&Value::Range(range.clone()))
}

fn dunder_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__reversed__")?;
    no_args(rest, "range.__reversed__")?;
    (crate::builtins::functions::REVERSED.call)(vm, Args::new(&[Value::Range(range.clone())]))
}

fn dunder_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__bool__")?;
    wrapper::<0>(rest, "__bool__")?;
    Ok(Value::bool(!range.is_empty()))
}

fn equality(vm: &mut Vm, args: Args<'_>, name: &str, op: CompareOp) -> PyResult<Value> {
    let (range, rest) = this(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    if !matches!(other, Value::Range(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::Range(range.clone()), other, op)
}

fn dunder_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    equality(vm, args, "__eq__", CompareOp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    equality(vm, args, "__ne__", CompareOp::Ne)
}

fn dunder_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__hash__")?;
    wrapper::<0>(rest, "__hash__")?;
    Ok(Value::Int(vm.hash_value(&Value::Range(range.clone()))?))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (range, rest) = this(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&Value::Range(range.clone()))?))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn range_methods() {
        check(&[
            (r#"range(10).count(3)"#, r#"1"#),
            (r#"range(10).count(10)"#, r#"0"#),
            (r#"range(0, 10, 3).count(6)"#, r#"1"#),
            (r#"range(0, 10, 3).count(7)"#, r#"0"#),
            (r#"range(10, 0, -2).count(4)"#, r#"1"#),
            (r#"range(10).count(3.0)"#, r#"1"#),
            (r#"range(10).count(3.5)"#, r#"0"#),
            (r#"range(10).count(True)"#, r#"1"#),
            (r#"range(10).count('a')"#, r#"0"#),
            (r#"range(10).count(12345678901234567890123)"#, r#"0"#),
            (
                r#"range(10).count()"#,
                r#"TypeError: range.count() takes exactly one argument (0 given)"#,
            ),
            (r#"range(10).index(3)"#, r#"3"#),
            (r#"range(5, 50, 5).index(25)"#, r#"4"#),
            (r#"range(10, 0, -3).index(4)"#, r#"2"#),
            (
                r#"range(-9223372036854775808, 9223372036854775807, 3).index(9223372036854775805)"#,
                r#"ValueError: 9223372036854775805 is not in range"#,
            ),
            (r#"range(10).index(3.0)"#, r#"3"#),
            (
                r#"range(10).index(10)"#,
                r#"ValueError: 10 is not in range"#,
            ),
            (
                r#"range(10).index(-1)"#,
                r#"ValueError: -1 is not in range"#,
            ),
            (
                r#"range(0, 10, 2).index(3)"#,
                r#"ValueError: 3 is not in range"#,
            ),
            (
                r#"range(10).index(3.5)"#,
                r#"ValueError: sequence.index(x): x not in sequence"#,
            ),
            (
                r#"range(10).index('a')"#,
                r#"ValueError: sequence.index(x): x not in sequence"#,
            ),
            (
                r#"range(10).index(1, 2)"#,
                r#"TypeError: range.index() takes exactly one argument (2 given)"#,
            ),
            (r#"range(10).__len__()"#, r#"10"#),
            (r#"range(0, 10, 3).__len__()"#, r#"4"#),
            (r#"range(10, 0).__len__()"#, r#"0"#),
            (
                r#"range(-9223372036854775808, 9223372036854775807).__len__()"#,
                r#"OverflowError: Python int too large to convert to C ssize_t"#,
            ),
            (r#"range(10).__getitem__(-1)"#, r#"9"#),
            (
                r#"range(0, 20, 2).__getitem__(slice(2, 5))"#,
                r#"range(4, 10, 2)"#,
            ),
            (
                r#"range(10).__getitem__(10)"#,
                r#"IndexError: range object index out of range"#,
            ),
            (r#"range(10).__contains__(5)"#, r#"True"#),
            (r#"range(10).__contains__(5.0)"#, r#"True"#),
            (r#"range(0, 10, 2).__contains__(5)"#, r#"False"#),
            (r#"range(10).__contains__('5')"#, r#"False"#),
            (r#"list(range(3).__iter__())"#, r#"[0, 1, 2]"#),
            (r#"list(range(3).__reversed__())"#, r#"[2, 1, 0]"#),
            (r#"range(0).__bool__()"#, r#"False"#),
            (r#"range(3).__bool__()"#, r#"True"#),
            (r#"range(3).__eq__(range(0, 3))"#, r#"True"#),
            (r#"range(0).__eq__(range(5, 2))"#, r#"True"#),
            (r#"range(0, 3, 2).__eq__(range(0, 4, 2))"#, r#"True"#),
            (r#"range(3).__eq__([0, 1, 2])"#, r#"NotImplemented"#),
            (r#"range(3).__ne__(range(4))"#, r#"True"#),
            (r#"range(3).__hash__() == hash(range(0, 3))"#, r#"True"#),
            (r#"range(3).__repr__()"#, r#"'range(0, 3)'"#),
            (r#"range(1, 9, 2).__repr__()"#, r#"'range(1, 9, 2)'"#),
            (
                r#"range.count([], 1)"#,
                r#"TypeError: descriptor 'count' for 'range' objects doesn't apply to a 'list' object"#,
            ),
        ]);
    }
}
