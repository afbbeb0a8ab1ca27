//! Methods of `list`. The items' `RefCell` is never borrowed across a call that can run
//! Python code (comparisons, key functions, reprs): loops re-read the list at each step, as
//! CPython does, so a list mutated by `__eq__` never panics.

use std::rc::Rc;

use crate::builtins::methods::str::sequence_repeat;
use crate::builtins::methods::{
    c_int_arg, keywords, no_args, one_arg, positional, receiver, resolve_range, slice_arg_not_none,
    ssize_arg, wrapper,
};
use crate::builtins::sort::sort_values;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PyList};
use crate::runtime::arith::BinOp;
use crate::value::Value;

#[inline]
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<PyList>, Args<'a>)> {
    receiver(vm, args, "list", method, |value| match value {
        Value::List(list) => Some(list),
        _ => None,
    })
}

fn this_value<'a>(vm: &mut Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let (list, rest) = this(vm, args, method)?;
    Ok((Value::List(list.clone()), rest))
}

/// Where `append` is in [`METHODS`], for [`is_append`].
const APPEND: usize = 0;

/// Whether `function` is `list.append` (the dispatch loop appends in place, see
/// `Instr::CallMethod`).
#[inline(always)]
pub(crate) fn is_append(function: &BuiltinFunction) -> bool {
    std::ptr::eq(function, &METHODS[APPEND])
}

/// The methods of `list`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("append", append),
    BuiltinFunction::new("clear", clear),
    BuiltinFunction::new("copy", copy),
    BuiltinFunction::new("count", count),
    BuiltinFunction::new("extend", extend),
    BuiltinFunction::new("index", index),
    BuiltinFunction::new("insert", insert),
    BuiltinFunction::new("pop", pop),
    BuiltinFunction::new("remove", remove),
    BuiltinFunction::new("reverse", reverse),
    BuiltinFunction::new("sort", sort),
    BuiltinFunction::new("__len__", dunder_len),
    BuiltinFunction::new("__getitem__", dunder_getitem),
    BuiltinFunction::new("__setitem__", dunder_setitem),
    BuiltinFunction::new("__delitem__", dunder_delitem),
    BuiltinFunction::new("__contains__", dunder_contains),
    BuiltinFunction::new("__iter__", dunder_iter),
    BuiltinFunction::new("__reversed__", dunder_reversed),
    BuiltinFunction::new("__add__", dunder_add),
    BuiltinFunction::new("__iadd__", dunder_iadd),
    BuiltinFunction::new("__mul__", dunder_mul),
    BuiltinFunction::new("__rmul__", dunder_mul),
    BuiltinFunction::new("__imul__", dunder_imul),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__lt__", dunder_lt),
    BuiltinFunction::new("__le__", dunder_le),
    BuiltinFunction::new("__gt__", dunder_gt),
    BuiltinFunction::new("__ge__", dunder_ge),
    BuiltinFunction::new("__repr__", dunder_repr),
];

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let ([Value::List(list), item], []) = (args.positional, args.keywords) {
        list.push(item.clone());
        return Ok(Value::None);
    }
    let (list, rest) = this(vm, args, "append")?;
    let item = one_arg(rest, "list.append")?;
    list.push(item.clone());
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "clear")?;
    no_args(rest, "list.clear")?;
    let old = std::mem::take(&mut *list.items_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "copy")?;
    no_args(rest, "list.copy")?;
    Ok(Value::list(list.snapshot()))
}

/// Whether `item` equals `value` (identity first, as containers compare).
fn matches(vm: &mut Vm, item: &Value, value: &Value) -> PyResult<bool> {
    Ok(item.is(value) || vm.values_equal(item, value)?)
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "count")?;
    let value = one_arg(rest, "list.count")?;
    let mut total = 0;
    let mut position = 0;
    while let Some(item) = list.get(position) {
        if matches(vm, &item, value)? {
            total += 1;
        }
        position += 1;
    }
    Ok(Value::Int(total))
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "extend")?;
    let iterable = one_arg(rest, "list.extend")?;
    let items = vm.collect(iterable)?;
    list.items_mut().extend(items);
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "index")?;
    let [value, start, stop] = positional(rest, "index", "list.index", 1)?;
    let value = value.unwrap_or(&Value::None);
    let start = match start {
        Some(start) => slice_arg_not_none(vm, start)?,
        None => 0,
    };
    let stop = match stop {
        Some(stop) => slice_arg_not_none(vm, stop)?,
        None => i64::MAX,
    };
    let (mut position, stop) = resolve_range(start, stop, list.len());
    while position < stop {
        let Some(item) = list.get(position) else {
            break;
        };
        if matches(vm, &item, value)? {
            return Ok(Value::Int(position as i64));
        }
        position += 1;
    }
    let repr = vm.repr(value)?;
    Err(PyErr::value_error(format!(
        "{} is not in list",
        repr.as_str()
    )))
}

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "insert")?;
    let [where_, item] = positional(rest, "insert", "list.insert", 2)?;
    let where_ = ssize_arg(vm, where_.unwrap_or(&Value::None))?;
    let item = item.cloned().unwrap_or(Value::None);
    let mut items = list.items_mut();
    let len = items.len() as i64;
    let position = if where_ < 0 {
        (where_ + len).max(0)
    } else {
        where_.min(len)
    };
    items.insert(position as usize, item);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "pop")?;
    let [index] = positional(rest, "pop", "list.pop", 0)?;
    let index = match index {
        Some(index) => ssize_arg(vm, index)?,
        None => -1,
    };
    let mut items = list.items_mut();
    if items.is_empty() {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let len = items.len() as i64;
    let position = if index < 0 { index + len } else { index };
    if !(0..len).contains(&position) {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(position as usize))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "remove")?;
    let value = one_arg(rest, "list.remove")?;
    let mut position = 0;
    while let Some(item) = list.get(position) {
        if matches(vm, &item, value)? {
            let removed = {
                let mut items = list.items_mut();
                (position < items.len()).then(|| items.remove(position))
            };
            drop(removed);
            return Ok(Value::None);
        }
        position += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "reverse")?;
    no_args(rest, "list.reverse")?;
    list.items_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: the items are taken out of the list while it
/// sorts (so key functions and comparisons see an empty list), then put back; a list
/// modified meanwhile raises ValueError, as in CPython.
fn sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "sort")?;
    let [key, reverse] = keywords(rest, "sort", ["key", "reverse"], 0, 0)?;
    let key = key.filter(|key| !key.is_none()).cloned();
    let reverse = match reverse {
        Some(value) => c_int_arg(vm, value)? != 0,
        None => false,
    };
    // No copy is kept: `sort_values` itself restores the items when a key function fails.
    let mut items = std::mem::take(&mut *list.items_mut());
    let result = sort_values(vm, &mut items, key.as_ref(), reverse);
    let intruders = std::mem::replace(&mut *list.items_mut(), items);
    let modified = !intruders.is_empty();
    drop(intruders);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(list.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__getitem__")?;
    let key = one_arg(rest, "list.__getitem__")?;
    vm.get_item(&list, key)
}

fn dunder_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__setitem__")?;
    let [key, value] = wrapper(rest, "__setitem__")?;
    vm.set_item(&list, key.clone(), value.clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__delitem__")?;
    let [key] = wrapper(rest, "__delitem__")?;
    vm.del_item(&list, key)?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__contains__")?;
    let [item] = wrapper(rest, "__contains__")?;
    Ok(Value::bool(vm.contains(&list, item)?))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&list)
}

fn dunder_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__reversed__")?;
    no_args(rest, "list.__reversed__")?;
    (crate::builtins::functions::REVERSED.call)(vm, Args::new(&[list]))
}

fn dunder_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__add__")?;
    let [original] = wrapper(rest, "__add__")?;
    let other = crate::object::as_builtin(original);
    if !matches!(other, Value::List(_)) {
        return Err(PyErr::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(original)
        )));
    }
    vm.binary_op(BinOp::Add, &list, other)
}

fn dunder_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__iadd__")?;
    let [other] = wrapper(rest, "__iadd__")?;
    let result = vm.inplace_op(BinOp::Add, list, other)?;
    Ok(super::self_result(args, result))
}

fn dunder_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__mul__")?;
    let [count] = wrapper(rest, "__mul__")?;
    sequence_repeat(vm, list, count)
}

fn dunder_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__imul__")?;
    let [count] = wrapper(rest, "__imul__")?;
    let count = if count.is_int() {
        count.clone()
    } else {
        Value::from_bigint(vm.to_index(count)?)
    };
    let result = vm.inplace_op(BinOp::Mul, list, &count)?;
    Ok(super::self_result(args, result))
}

comparison_dunders!(this_value, |other| matches!(other, Value::List(_)));

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (list, rest) = this_value(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&list)?))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn append_is_found_where_is_append_looks() {
        assert_eq!(super::METHODS[super::APPEND].name, "append");
        assert!(super::is_append(&super::METHODS[super::APPEND]));
        assert!(!super::is_append(&super::METHODS[super::APPEND + 1]));
    }

    #[test]
    fn mutation() {
        check(&[
            (r#"l = [1]; l.append(2); l"#, r#"[1, 2]"#),
            (r#"l = []; l.append(l); l"#, r#"[[...]]"#),
            (
                r#"[].append()"#,
                r#"TypeError: list.append() takes exactly one argument (0 given)"#,
            ),
            (
                r#"[].append(1, 2)"#,
                r#"TypeError: list.append() takes exactly one argument (2 given)"#,
            ),
            (
                r#"[].append(x=1)"#,
                r#"TypeError: list.append() takes no keyword arguments"#,
            ),
            (r#"l = [1, 2]; l.clear(); l"#, r#"[]"#),
            (
                r#"[].clear(1)"#,
                r#"TypeError: list.clear() takes no arguments (1 given)"#,
            ),
            (
                r#"l = [1, [2]]; c = l.copy(); c.append(3); (l, c, c[1] is l[1])"#,
                r#"([1, [2]], [1, [2], 3], True)"#,
            ),
            (r#"l = [1]; l.extend([2, 3]); l"#, r#"[1, 2, 3]"#),
            (
                r#"l = [1]; l.extend((2,)); l.extend('ab'); l.extend(range(2)); l"#,
                r#"[1, 2, 'a', 'b', 0, 1]"#,
            ),
            (r#"l = [1, 2]; l.extend(l); l"#, r#"[1, 2, 1, 2]"#),
            (r#"l = [1]; l.extend({'k': 1}); l"#, r#"[1, 'k']"#),
            (
                r#"[].extend(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (r#"l = [1, 3]; l.insert(1, 2); l"#, r#"[1, 2, 3]"#),
            (r#"l = [1, 2]; l.insert(-1, 0); l"#, r#"[1, 0, 2]"#),
            (r#"l = [1, 2]; l.insert(-10, 0); l"#, r#"[0, 1, 2]"#),
            (r#"l = [1, 2]; l.insert(10, 9); l"#, r#"[1, 2, 9]"#),
            (r#"l = [1, 2]; l.insert(True, 9); l"#, r#"[1, 9, 2]"#),
            (
                r#"[].insert(1)"#,
                r#"TypeError: insert expected 2 arguments, got 1"#,
            ),
            (
                r#"[].insert(1, 2, 3)"#,
                r#"TypeError: insert expected 2 arguments, got 3"#,
            ),
            (
                r#"[].insert('a', 1)"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"[].insert(100000000000000000000, 1)"#,
                r#"OverflowError: Python int too large to convert to C ssize_t"#,
            ),
            (r#"l = [1, 2, 3]; (l.pop(), l)"#, r#"(3, [1, 2])"#),
            (r#"l = [1, 2, 3]; (l.pop(0), l)"#, r#"(1, [2, 3])"#),
            (r#"l = [1, 2, 3]; (l.pop(-2), l)"#, r#"(2, [1, 3])"#),
            (r#"[].pop()"#, r#"IndexError: pop from empty list"#),
            (r#"[1].pop(1)"#, r#"IndexError: pop index out of range"#),
            (r#"[1].pop(-2)"#, r#"IndexError: pop index out of range"#),
            (r#"[].pop(1)"#, r#"IndexError: pop from empty list"#),
            (
                r#"[1].pop(1, 2)"#,
                r#"TypeError: pop expected at most 1 argument, got 2"#,
            ),
            (
                r#"[1].pop('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"[1].pop(100000000000000000000)"#,
                r#"OverflowError: Python int too large to convert to C ssize_t"#,
            ),
            (
                r#"[1].pop(index=0)"#,
                r#"TypeError: list.pop() takes no keyword arguments"#,
            ),
            (r#"l = [1, 2, 1]; l.remove(1); l"#, r#"[2, 1]"#),
            (r#"l = [1, 2.0]; l.remove(2); l"#, r#"[1]"#),
            (
                r#"[1].remove(2)"#,
                r#"ValueError: list.remove(x): x not in list"#,
            ),
            (
                r#"[].remove()"#,
                r#"TypeError: list.remove() takes exactly one argument (0 given)"#,
            ),
            (r#"l = [1, 2, 3]; l.reverse(); l"#, r#"[3, 2, 1]"#),
            (
                r#"[].reverse(1)"#,
                r#"TypeError: list.reverse() takes no arguments (1 given)"#,
            ),
        ]);
    }

    #[test]
    fn searching() {
        check(&[
            (r#"[1, 2, 1, 1.0, True].count(1)"#, r#"4"#),
            (r#"[[1], [1]].count([1])"#, r#"2"#),
            (
                r#"[].count()"#,
                r#"TypeError: list.count() takes exactly one argument (0 given)"#,
            ),
            (r#"['a', 'b', 'c', 'b'].index('b')"#, r#"1"#),
            (r#"['a', 'b', 'c', 'b'].index('b', 2)"#, r#"3"#),
            (r#"['a', 'b', 'c', 'b'].index('b', -1)"#, r#"3"#),
            (r#"['a', 'b', 'c', 'b'].index('b', -100)"#, r#"1"#),
            (
                r#"['a', 'b', 'c', 'b'].index('b', 0, 1)"#,
                r#"ValueError: 'b' is not in list"#,
            ),
            (
                r#"['a', 'b', 'c', 'b'].index('b', 2, -1)"#,
                r#"ValueError: 'b' is not in list"#,
            ),
            (r#"['a', 'b'].index('b', 0, 100000000000000000000)"#, r#"1"#),
            (r#"[1, 2].index(3)"#, r#"ValueError: 3 is not in list"#),
            (r#"[1, 2].index('x')"#, r#"ValueError: 'x' is not in list"#),
            (
                r#"[1, 2].index([1, 'a'])"#,
                r#"ValueError: [1, 'a'] is not in list"#,
            ),
            (
                r#"[1, 2].index(1, None)"#,
                r#"TypeError: slice indices must be integers or have an __index__ method"#,
            ),
            (
                r#"[1, 2].index(1, 0.5)"#,
                r#"TypeError: slice indices must be integers or have an __index__ method"#,
            ),
            (
                r#"[1, 2].index()"#,
                r#"TypeError: index expected at least 1 argument, got 0"#,
            ),
            (
                r#"[1, 2].index(1, 2, 3, 4)"#,
                r#"TypeError: index expected at most 3 arguments, got 4"#,
            ),
            (
                r#"[1, 2].index(1, start=0)"#,
                r#"TypeError: list.index() takes no keyword arguments"#,
            ),
            (r#"[1, 2].__contains__(2)"#, r#"True"#),
            (r#"[1, 2].__contains__(3)"#, r#"False"#),
        ]);
    }

    #[test]
    fn sorting() {
        check(&[
            (r#"l = [3, 1, 2]; l.sort(); l"#, r#"[1, 2, 3]"#),
            (r#"l = [3, 1, 2]; l.sort(reverse=True); l"#, r#"[3, 2, 1]"#),
            (
                r#"l = ['b', 'A', 'c']; l.sort(key=str.lower); l"#,
                r#"['A', 'b', 'c']"#,
            ),
            (
                r#"l = ['bb', 'a', 'ccc', 'dd']; l.sort(key=len); l"#,
                r#"['a', 'bb', 'dd', 'ccc']"#,
            ),
            (
                r#"l = ['bb', 'a', 'ccc', 'dd']; l.sort(key=len, reverse=True); l"#,
                r#"['ccc', 'bb', 'dd', 'a']"#,
            ),
            (
                r#"l = [(1, 'b'), (1, 'a'), (0, 'z')]; l.sort(); l"#,
                r#"[(0, 'z'), (1, 'a'), (1, 'b')]"#,
            ),
            (
                r#"l = [1.5, -2, 3, 0.5]; l.sort(); l"#,
                r#"[-2, 0.5, 1.5, 3]"#,
            ),
            (r#"l = [3, 1]; l.sort(key=None); l"#, r#"[1, 3]"#),
            (r#"l = [3, 1]; l.sort(reverse=0); l"#, r#"[1, 3]"#),
            (
                r#"l = [1, 'a']; l.sort()"#,
                r#"TypeError: '<' not supported between instances of 'str' and 'int'"#,
            ),
            (
                r#"l = [2, 'a', 1]; l.sort(key=len)"#,
                r#"TypeError: object of type 'int' has no len()"#,
            ),
            (
                r#"l = [3, 'a', 1]; l.sort(key=len) is None or l"#,
                r#"TypeError: object of type 'int' has no len()"#,
            ),
            (
                r#"[].sort(1)"#,
                r#"TypeError: sort() takes no positional arguments"#,
            ),
            (
                r#"[].sort(cmp=1)"#,
                r#"TypeError: 'cmp' is an invalid keyword argument for sort()"#,
            ),
            (
                r#"[].sort(reverse=None)"#,
                r#"TypeError: 'NoneType' object cannot be interpreted as an integer"#,
            ),
            (
                r#"[].sort(reverse=1.5)"#,
                r#"TypeError: 'float' object cannot be interpreted as an integer"#,
            ),
            (
                r#"[].sort(key=1, reverse=2, x=3)"#,
                r#"TypeError: sort() takes at most 2 keyword arguments (3 given)"#,
            ),
            (
                r#"[1, 2].sort(key=1)"#,
                r#"TypeError: 'int' object is not callable"#,
            ),
            (
                r#"l = [1]; l.sort(key=l.append)"#,
                r#"ValueError: list modified during sort"#,
            ),
        ]);
    }

    /// The list's contents after a sort that raised.
    #[test]
    fn sort_failures_leave_the_items() {
        use crate::builtins::methods::testing::run;
        use crate::interpreter::Vm;
        use crate::object::PyStr;
        use crate::value::Value;

        let mut vm = Vm::new(8 << 20);
        // A key function that appends to the list: ValueError, and the appended item is gone.
        let list = Value::list(vec![Value::Int(1)]);
        let append = vm.get_attr(&list, &PyStr::new("append")).unwrap();
        let sort = vm.get_attr(&list, &PyStr::new("sort")).unwrap();
        let keywords = [(std::rc::Rc::new(PyStr::new("key")), append)];
        let args = crate::object::Args {
            positional: &[],
            keywords: &keywords,
        };
        let err = vm.call_value(&sort, args).unwrap_err();
        assert_eq!(
            crate::builtins::methods::testing::describe_error(&mut vm, err),
            "ValueError: list modified during sort"
        );
        assert_eq!(vm.repr(&list).unwrap().as_str(), "[1]");
        // A key function that fails half-way: every item stays, in its original order.
        let list = Value::list(vec![Value::Int(3), Value::str("ab"), Value::Int(1)]);
        let sort = vm.get_attr(&list, &PyStr::new("sort")).unwrap();
        let len = vm.builtins[tauraro_bytecode::builtin_slot("len").unwrap().index()].clone();
        let keywords = [(std::rc::Rc::new(PyStr::new("key")), len)];
        let args = crate::object::Args {
            positional: &[],
            keywords: &keywords,
        };
        assert!(vm.call_value(&sort, args).is_err());
        assert_eq!(vm.repr(&list).unwrap().as_str(), "[3, 'ab', 1]");
        // A comparison that fails: the items are all still there.
        assert_eq!(
            run(&mut vm, "l = [3, 'a', 1, 2]; l.sort()"),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
    }

    #[test]
    fn dunders() {
        check(&[
            (r#"[1, 2].__len__()"#, r#"2"#),
            (r#"[1, 2].__getitem__(-1)"#, r#"2"#),
            (r#"[1, 2, 3].__getitem__(slice(1, None))"#, r#"[2, 3]"#),
            (
                r#"[1, 2].__getitem__(2)"#,
                r#"IndexError: list index out of range"#,
            ),
            (
                r#"[1, 2].__getitem__('a')"#,
                r#"TypeError: list indices must be integers or slices, not str"#,
            ),
            (
                r#"[1, 2].__getitem__()"#,
                r#"TypeError: list.__getitem__() takes exactly one argument (0 given)"#,
            ),
            (r#"l = [1, 2]; l.__setitem__(0, 'x'); l"#, r#"['x', 2]"#),
            (
                r#"l = [1, 2]; l.__setitem__(slice(0, 1), [7, 8]); l"#,
                r#"[7, 8, 2]"#,
            ),
            (
                r#"[1].__setitem__(5, 0)"#,
                r#"IndexError: list assignment index out of range"#,
            ),
            (r#"l = [1, 2, 3]; l.__delitem__(1); l"#, r#"[1, 3]"#),
            (
                r#"l = [1, 2, 3]; l.__delitem__(slice(None, None, 2)); l"#,
                r#"[2]"#,
            ),
            (
                r#"[].__delitem__(0)"#,
                r#"IndexError: list assignment index out of range"#,
            ),
            (r#"list([1, 2].__iter__())"#, r#"[1, 2]"#),
            (r#"list([1, 2].__reversed__())"#, r#"[2, 1]"#),
            (r#"[1].__add__([2])"#, r#"[1, 2]"#),
            (
                r#"[1].__add__((2,))"#,
                r#"TypeError: can only concatenate list (not "tuple") to list"#,
            ),
            (
                r#"l = [1]; (l.__iadd__((2, 3)) is l, l)"#,
                r#"(True, [1, 2, 3])"#,
            ),
            (
                r#"[1].__iadd__(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (r#"[1, 2].__mul__(2)"#, r#"[1, 2, 1, 2]"#),
            (r#"[1, 2].__rmul__(0)"#, r#"[]"#),
            (
                r#"[1].__mul__('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"l = [1]; (l.__imul__(3) is l, l)"#,
                r#"(True, [1, 1, 1])"#,
            ),
            (r#"[1, 2].__eq__([1, 2])"#, r#"True"#),
            (r#"[1, 2].__eq__((1, 2))"#, r#"NotImplemented"#),
            (r#"[1, 2].__ne__([1])"#, r#"True"#),
            (r#"[1, 2].__lt__([1, 3])"#, r#"True"#),
            (r#"[1, 2].__ge__([1, 2, 0])"#, r#"False"#),
            (r#"[1, 2].__gt__('a')"#, r#"NotImplemented"#),
            (
                r#"[1, 'a'].__lt__([1, 2])"#,
                r#"TypeError: '<' not supported between instances of 'str' and 'int'"#,
            ),
            (r#"[1, 'a', [None]].__repr__()"#, r#""[1, 'a', [None]]""#),
            (r#"l = [1]; l.append(l); l.__repr__()"#, r#"'[1, [...]]'"#),
            (
                r#"list.__len__('a')"#,
                r#"TypeError: descriptor '__len__' requires a 'list' object but received a 'str'"#,
            ),
            (
                r#"list.append((), 1)"#,
                r#"TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object"#,
            ),
            (r#"[].__hash__"#, r#"None"#),
            (r#"hash([])"#, r#"TypeError: unhashable type: 'list'"#),
        ]);
    }
}
