//! Methods of `tuple`.

use crate::builtins::methods::str::sequence_repeat;
use crate::builtins::methods::{
    one_arg, positional, receiver, resolve_range, slice_arg_not_none, wrapper,
};
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, RcTuple};
use crate::runtime::arith::BinOp;
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a RcTuple, Args<'a>)> {
    receiver(vm, args, "tuple", method, |value| match value {
        Value::Tuple(tuple) => Some(tuple),
        _ => None,
    })
}

fn this_value<'a>(vm: &mut Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let (tuple, rest) = this(vm, args, method)?;
    Ok((Value::Tuple(tuple.clone()), rest))
}

/// The methods of `tuple`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("count", count),
    BuiltinFunction::new("index", index),
    BuiltinFunction::new("__len__", dunder_len),
    BuiltinFunction::new("__getitem__", dunder_getitem),
    BuiltinFunction::new("__contains__", dunder_contains),
    BuiltinFunction::new("__iter__", dunder_iter),
    BuiltinFunction::new("__add__", dunder_add),
    BuiltinFunction::new("__mul__", dunder_mul),
    BuiltinFunction::new("__rmul__", dunder_mul),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__lt__", dunder_lt),
    BuiltinFunction::new("__le__", dunder_le),
    BuiltinFunction::new("__gt__", dunder_gt),
    BuiltinFunction::new("__ge__", dunder_ge),
    BuiltinFunction::new("__hash__", dunder_hash),
    BuiltinFunction::new("__repr__", dunder_repr),
];

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args, "count")?;
    let value = one_arg(rest, "tuple.count")?;
    let mut total = 0;
    for item in tuple.items.iter() {
        if item.is(value) || vm.values_equal(item, value)? {
            total += 1;
        }
    }
    Ok(Value::Int(total))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args, "index")?;
    let [value, start, stop] = positional(rest, "index", "tuple.index", 1)?;
    let value = value.unwrap_or(&Value::None);
    let start = match start {
        Some(start) => slice_arg_not_none(vm, start)?,
        None => 0,
    };
    let stop = match stop {
        Some(stop) => slice_arg_not_none(vm, stop)?,
        None => i64::MAX,
    };
    let (start, stop) = resolve_range(start, stop, tuple.items.len());
    let stop = stop.min(tuple.items.len());
    for position in start..stop {
        let item = &tuple.items[position];
        if item.is(value) || vm.values_equal(item, value)? {
            return Ok(Value::Int(position as i64));
        }
    }
    Err(PyErr::value_error("tuple.index(x): x not in tuple"))
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(tuple.items.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__getitem__")?;
    let [key] = wrapper(rest, "__getitem__")?;
    vm.get_item(&tuple, key)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__contains__")?;
    let [item] = wrapper(rest, "__contains__")?;
    Ok(Value::bool(vm.contains(&tuple, item)?))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&tuple)
}

fn dunder_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__add__")?;
    let [original] = wrapper(rest, "__add__")?;
    let other = crate::object::as_builtin(original);
    if !matches!(other, Value::Tuple(_)) {
        return Err(PyErr::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(original)
        )));
    }
    vm.binary_op(BinOp::Add, &tuple, other)
}

fn dunder_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__mul__")?;
    let [count] = wrapper(rest, "__mul__")?;
    sequence_repeat(vm, tuple, count)
}

comparison_dunders!(this_value, |other| matches!(other, Value::Tuple(_)));

fn dunder_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__hash__")?;
    wrapper::<0>(rest, "__hash__")?;
    Ok(Value::Int(vm.hash_value(&tuple)?))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (tuple, rest) = this_value(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&tuple)?))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn tuple_methods() {
        check(&[
            (r#"(1, 2, 1, 1.0).count(1)"#, r#"3"#),
            (r#"().count(1)"#, r#"0"#),
            (
                r#"(1, 2).count()"#,
                r#"TypeError: tuple.count() takes exactly one argument (0 given)"#,
            ),
            (r#"('a', 'b', 'a').index('a')"#, r#"0"#),
            (r#"('a', 'b', 'a').index('a', 1)"#, r#"2"#),
            (r#"('a', 'b', 'a').index('a', -1)"#, r#"2"#),
            (
                r#"('a', 'b', 'a').index('a', 1, 2)"#,
                r#"ValueError: tuple.index(x): x not in tuple"#,
            ),
            (
                r#"('a', 'b').index('c')"#,
                r#"ValueError: tuple.index(x): x not in tuple"#,
            ),
            (
                r#"('a', 'b').index('a', None)"#,
                r#"TypeError: slice indices must be integers or have an __index__ method"#,
            ),
            (
                r#"('a', 'b').index()"#,
                r#"TypeError: index expected at least 1 argument, got 0"#,
            ),
            (
                r#"('a', 'b').index('a', x=1)"#,
                r#"TypeError: tuple.index() takes no keyword arguments"#,
            ),
            (r#"(1, 2).__len__()"#, r#"2"#),
            (r#"(1, 2).__getitem__(1)"#, r#"2"#),
            (
                r#"(1, 2).__getitem__(5)"#,
                r#"IndexError: tuple index out of range"#,
            ),
            (
                r#"(1, 2, 3).__getitem__(slice(None, None, -1))"#,
                r#"(3, 2, 1)"#,
            ),
            (r#"(1, 2).__contains__(2)"#, r#"True"#),
            (r#"list((1, 2).__iter__())"#, r#"[1, 2]"#),
            (r#"(1,).__add__((2,))"#, r#"(1, 2)"#),
            (
                r#"(1,).__add__([2])"#,
                r#"TypeError: can only concatenate tuple (not "list") to tuple"#,
            ),
            (r#"(1, 2).__mul__(2)"#, r#"(1, 2, 1, 2)"#),
            (r#"(1,).__rmul__(3)"#, r#"(1, 1, 1)"#),
            (r#"(1, 2).__eq__((1, 2))"#, r#"True"#),
            (r#"(1, 2).__eq__([1, 2])"#, r#"NotImplemented"#),
            (r#"(1, 2).__lt__((1, 2, 3))"#, r#"True"#),
            (r#"(1, 2).__le__((1, 1))"#, r#"False"#),
            (r#"(1, 2).__hash__() == hash((1, 2))"#, r#"True"#),
            (r#"(1, 2).__hash__()"#, r#"-3550055125485641917"#),
            (
                r#"(1, [2]).__hash__()"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"(1,).__repr__()"#, r#"'(1,)'"#),
            (r#"().__repr__()"#, r#"'()'"#),
            (
                r#"tuple.__hash__([])"#,
                r#"TypeError: descriptor '__hash__' requires a 'tuple' object but received a 'list'"#,
            ),
            (
                r#"tuple.count([], 1)"#,
                r#"TypeError: descriptor 'count' for 'tuple' objects doesn't apply to a 'list' object"#,
            ),
        ]);
    }
}
