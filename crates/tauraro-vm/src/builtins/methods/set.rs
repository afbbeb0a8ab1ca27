//! Methods of `set` and `frozenset`: ports of CPython 3.11's algorithms (`setobject.c`), in
//! the same order of operations, so results iterate in CPython's order. Tables are never
//! borrowed while a key's `__eq__` or `__hash__` runs: keys are snapshotted first.

use std::rc::Rc;

use crate::builtins::methods::{no_args, one_arg, receiver, wrapper};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PySet};
use crate::runtime::compare::CompareOp;
use crate::runtime::set_algorithms::{
    as_set, copy_set, difference_of, difference_update_internal, discard_key, intersection_multi,
    intersection_of, is_subset, is_superset, keys, replace_contents, symmetric_difference_of,
    symmetric_difference_update_internal, union_of, update_internal,
};
use crate::value::Value;

/// Which of the two classes a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Set,
    Frozen,
}

impl Kind {
    fn class(self) -> &'static str {
        match self {
            Kind::Set => "set",
            Kind::Frozen => "frozenset",
        }
    }

    fn wrap(self, set: Rc<PySet>) -> Value {
        match self {
            Kind::Set => Value::Set(set),
            Kind::Frozen => Value::FrozenSet(set),
        }
    }
}

fn this<'a>(
    vm: &Vm,
    args: Args<'a>,
    method: &str,
    kind: Kind,
) -> PyResult<(&'a Rc<PySet>, Args<'a>)> {
    receiver(vm, args, kind.class(), method, |value| {
        match (value, kind) {
            (Value::Set(set), Kind::Set) | (Value::FrozenSet(set), Kind::Frozen) => Some(set),
            _ => None,
        }
    })
}

/// Generates the `set.name` and `frozenset.name` entry points of a method written once.
macro_rules! both_kinds {
    ($($generic:ident => $set:ident, $frozen:ident;)*) => {
        $(
            fn $set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                $generic(vm, args, Kind::Set)
            }
            fn $frozen(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                $generic(vm, args, Kind::Frozen)
            }
        )*
    };
}

both_kinds! {
    copy => set_copy, frozenset_copy;
    difference => set_difference, frozenset_difference;
    intersection => set_intersection, frozenset_intersection;
    isdisjoint => set_isdisjoint, frozenset_isdisjoint;
    issubset => set_issubset, frozenset_issubset;
    issuperset => set_issuperset, frozenset_issuperset;
    symmetric_difference => set_symmetric_difference, frozenset_symmetric_difference;
    union => set_union, frozenset_union;
    dunder_len => set_len, frozenset_len;
    dunder_contains => set_contains, frozenset_contains;
    dunder_iter => set_iter, frozenset_iter;
    dunder_repr => set_repr, frozenset_repr;
    dunder_or => set_or, frozenset_or;
    dunder_and => set_and, frozenset_and;
    dunder_sub => set_sub, frozenset_sub;
    dunder_xor => set_xor, frozenset_xor;
    dunder_ror => set_ror, frozenset_ror;
    dunder_rand => set_rand, frozenset_rand;
    dunder_rsub => set_rsub, frozenset_rsub;
    dunder_rxor => set_rxor, frozenset_rxor;
    dunder_eq => set_eq, frozenset_eq;
    dunder_ne => set_ne, frozenset_ne;
    dunder_lt => set_lt, frozenset_lt;
    dunder_le => set_le, frozenset_le;
    dunder_gt => set_gt, frozenset_gt;
    dunder_ge => set_ge, frozenset_ge;
}

/// The methods of `set`.
pub static SET_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("add", add),
    BuiltinFunction::new("clear", clear),
    BuiltinFunction::new("copy", set_copy),
    BuiltinFunction::new("difference", set_difference),
    BuiltinFunction::new("difference_update", difference_update),
    BuiltinFunction::new("discard", discard),
    BuiltinFunction::new("intersection", set_intersection),
    BuiltinFunction::new("intersection_update", intersection_update),
    BuiltinFunction::new("isdisjoint", set_isdisjoint),
    BuiltinFunction::new("issubset", set_issubset),
    BuiltinFunction::new("issuperset", set_issuperset),
    BuiltinFunction::new("pop", pop),
    BuiltinFunction::new("remove", remove),
    BuiltinFunction::new("symmetric_difference", set_symmetric_difference),
    BuiltinFunction::new("symmetric_difference_update", symmetric_difference_update),
    BuiltinFunction::new("union", set_union),
    BuiltinFunction::new("update", update),
    BuiltinFunction::new("__len__", set_len),
    BuiltinFunction::new("__contains__", set_contains),
    BuiltinFunction::new("__iter__", set_iter),
    BuiltinFunction::new("__repr__", set_repr),
    BuiltinFunction::new("__or__", set_or),
    BuiltinFunction::new("__and__", set_and),
    BuiltinFunction::new("__sub__", set_sub),
    BuiltinFunction::new("__xor__", set_xor),
    BuiltinFunction::new("__ror__", set_ror),
    BuiltinFunction::new("__rand__", set_rand),
    BuiltinFunction::new("__rsub__", set_rsub),
    BuiltinFunction::new("__rxor__", set_rxor),
    BuiltinFunction::new("__ior__", dunder_ior),
    BuiltinFunction::new("__iand__", dunder_iand),
    BuiltinFunction::new("__isub__", dunder_isub),
    BuiltinFunction::new("__ixor__", dunder_ixor),
    BuiltinFunction::new("__eq__", set_eq),
    BuiltinFunction::new("__ne__", set_ne),
    BuiltinFunction::new("__lt__", set_lt),
    BuiltinFunction::new("__le__", set_le),
    BuiltinFunction::new("__gt__", set_gt),
    BuiltinFunction::new("__ge__", set_ge),
];

/// The methods of `frozenset`.
pub static FROZENSET_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("copy", frozenset_copy),
    BuiltinFunction::new("difference", frozenset_difference),
    BuiltinFunction::new("intersection", frozenset_intersection),
    BuiltinFunction::new("isdisjoint", frozenset_isdisjoint),
    BuiltinFunction::new("issubset", frozenset_issubset),
    BuiltinFunction::new("issuperset", frozenset_issuperset),
    BuiltinFunction::new("symmetric_difference", frozenset_symmetric_difference),
    BuiltinFunction::new("union", frozenset_union),
    BuiltinFunction::new("__len__", frozenset_len),
    BuiltinFunction::new("__contains__", frozenset_contains),
    BuiltinFunction::new("__iter__", frozenset_iter),
    BuiltinFunction::new("__repr__", frozenset_repr),
    BuiltinFunction::new("__hash__", frozenset_hash),
    BuiltinFunction::new("__or__", frozenset_or),
    BuiltinFunction::new("__and__", frozenset_and),
    BuiltinFunction::new("__sub__", frozenset_sub),
    BuiltinFunction::new("__xor__", frozenset_xor),
    BuiltinFunction::new("__ror__", frozenset_ror),
    BuiltinFunction::new("__rand__", frozenset_rand),
    BuiltinFunction::new("__rsub__", frozenset_rsub),
    BuiltinFunction::new("__rxor__", frozenset_rxor),
    BuiltinFunction::new("__eq__", frozenset_eq),
    BuiltinFunction::new("__ne__", frozenset_ne),
    BuiltinFunction::new("__lt__", frozenset_lt),
    BuiltinFunction::new("__le__", frozenset_le),
    BuiltinFunction::new("__gt__", frozenset_gt),
    BuiltinFunction::new("__ge__", frozenset_ge),
];

// ---------------------------------------------------------------------------------------------
// Methods of both classes.

/// Rejects keyword arguments of the `*others` methods (`union() takes no keyword arguments`).
fn no_keywords(args: Args<'_>, name: &str, kind: Kind) -> PyResult<()> {
    if args.keywords.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{}.{name}() takes no keyword arguments",
            kind.class()
        )))
    }
}

fn copy(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "copy", kind)?;
    no_args(rest, &format!("{}.copy", kind.class()))?;
    if kind == Kind::Frozen {
        return Ok(Value::FrozenSet(set.clone()));
    }
    Ok(Value::Set(copy_set(vm, set)?))
}

fn union(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "union", kind)?;
    no_keywords(rest, "union", kind)?;
    let result = copy_set(vm, set)?;
    for other in rest.positional {
        if as_set(other).is_some_and(|other| Rc::ptr_eq(other, set)) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(kind.wrap(result))
}

fn intersection(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "intersection", kind)?;
    no_keywords(rest, "intersection", kind)?;
    let result = intersection_multi(vm, set, rest.positional)?;
    if kind == Kind::Frozen && Rc::ptr_eq(&result, set) {
        return Ok(Value::FrozenSet(copy_set(vm, set)?));
    }
    Ok(kind.wrap(result))
}

fn difference(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "difference", kind)?;
    no_keywords(rest, "difference", kind)?;
    let Some((first, others)) = rest.positional.split_first() else {
        return Ok(kind.wrap(copy_set(vm, set)?));
    };
    let result = difference_of(vm, set, first)?;
    for other in others {
        difference_update_internal(vm, &result, other)?;
    }
    Ok(kind.wrap(result))
}

fn symmetric_difference(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "symmetric_difference", kind)?;
    let qualname = format!("{}.symmetric_difference", kind.class());
    let other = one_arg(rest, &qualname)?;
    Ok(kind.wrap(symmetric_difference_of(vm, set, other)?))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "isdisjoint", kind)?;
    let qualname = format!("{}.isdisjoint", kind.class());
    let other = one_arg(rest, &qualname)?;
    if let Some(other_set) = as_set(other) {
        if Rc::ptr_eq(set, other_set) {
            return Ok(Value::bool(set.is_empty()));
        }
        let (large, small) = if other_set.len() > set.len() {
            (other_set, set)
        } else {
            (set, other_set)
        };
        for key in keys(small) {
            if vm.set_contains(large, &key)? {
                return Ok(Value::False);
            }
        }
        return Ok(Value::True);
    }
    let iterator = vm.get_iter(other)?;
    while let Some(key) = vm.next_value(&iterator)? {
        if vm.set_contains(set, &key)? {
            return Ok(Value::False);
        }
    }
    Ok(Value::True)
}

fn issubset(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "issubset", kind)?;
    let other = one_arg(rest, &format!("{}.issubset", kind.class()))?;
    Ok(Value::bool(is_subset(vm, set, other)?))
}

fn issuperset(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "issuperset", kind)?;
    let other = one_arg(rest, &format!("{}.issuperset", kind.class()))?;
    Ok(Value::bool(is_superset(vm, set, other)?))
}

fn dunder_len(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "__len__", kind)?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(set.len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "__contains__", kind)?;
    let key = one_arg(rest, &format!("{}.__contains__", kind.class()))?;
    Ok(Value::bool(vm.set_contains(set, key)?))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "__iter__", kind)?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&kind.wrap(set.clone()))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "__repr__", kind)?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&kind.wrap(set.clone()))?))
}

fn frozenset_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "__hash__", Kind::Frozen)?;
    wrapper::<0>(rest, "__hash__")?;
    Ok(Value::Int(vm.hash_value(&Value::FrozenSet(set.clone()))?))
}

/// The binary operators: `NotImplemented` unless both operands are sets; the result has the
/// left operand's type.
fn operator(
    vm: &mut Vm,
    args: Args<'_>,
    kind: Kind,
    name: &str,
    reflected: bool,
    compute: fn(&mut Vm, &Rc<PySet>, &Value) -> PyResult<Rc<PySet>>,
) -> PyResult<Value> {
    let (set, rest) = this(vm, args, name, kind)?;
    let [other] = wrapper(rest, name)?;
    let Some(other_set) = as_set(other) else {
        return Ok(Value::NotImplemented);
    };
    let result = if reflected {
        let frozen = matches!(other, Value::FrozenSet(_));
        (compute(vm, other_set, &kind.wrap(set.clone()))?, frozen)
    } else {
        (compute(vm, set, other)?, kind == Kind::Frozen)
    };
    Ok(match result {
        (result, true) => Value::FrozenSet(result),
        (result, false) => Value::Set(result),
    })
}

fn dunder_or(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__or__", false, union_of)
}

fn dunder_and(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__and__", false, intersection_of)
}

fn dunder_sub(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__sub__", false, difference_of)
}

fn dunder_xor(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__xor__", false, symmetric_difference_of)
}

fn dunder_ror(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__ror__", true, union_of)
}

fn dunder_rand(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__rand__", true, intersection_of)
}

fn dunder_rsub(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__rsub__", true, difference_of)
}

fn dunder_rxor(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    operator(vm, args, kind, "__rxor__", true, symmetric_difference_of)
}

fn comparison(
    vm: &mut Vm,
    args: Args<'_>,
    kind: Kind,
    name: &str,
    op: CompareOp,
) -> PyResult<Value> {
    let (set, rest) = this(vm, args, name, kind)?;
    let [other] = wrapper(rest, name)?;
    if as_set(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&kind.wrap(set.clone()), other, op)
}

fn dunder_eq(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__eq__", CompareOp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__ne__", CompareOp::Ne)
}

fn dunder_lt(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__lt__", CompareOp::Lt)
}

fn dunder_le(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__le__", CompareOp::Le)
}

fn dunder_gt(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__gt__", CompareOp::Gt)
}

fn dunder_ge(vm: &mut Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    comparison(vm, args, kind, "__ge__", CompareOp::Ge)
}

// ---------------------------------------------------------------------------------------------
// Methods of `set` only.

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "add", Kind::Set)?;
    let key = one_arg(rest, "set.add")?;
    vm.set_insert(set, key.clone())?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "clear", Kind::Set)?;
    no_args(rest, "set.clear")?;
    let old = std::mem::take(&mut *set.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "discard", Kind::Set)?;
    let key = one_arg(rest, "set.discard")?;
    discard_key(vm, set, key)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "remove", Kind::Set)?;
    let key = one_arg(rest, "set.remove")?;
    if discard_key(vm, set, key)? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
    }
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "pop", Kind::Set)?;
    no_args(rest, "set.pop")?;
    let popped = set.table.borrow_mut().pop();
    popped.ok_or_else(|| {
        PyErr::with_args(ExcKind::KeyError, vec![Value::str("pop from an empty set")])
    })
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "update", Kind::Set)?;
    no_keywords(rest, "update", Kind::Set)?;
    for other in rest.positional {
        update_internal(vm, set, other)?;
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "difference_update", Kind::Set)?;
    no_keywords(rest, "difference_update", Kind::Set)?;
    for other in rest.positional {
        difference_update_internal(vm, set, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "intersection_update", Kind::Set)?;
    no_keywords(rest, "intersection_update", Kind::Set)?;
    let result = intersection_multi(vm, set, rest.positional)?;
    if !Rc::ptr_eq(&result, set) {
        replace_contents(set, result);
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (set, rest) = this(vm, args, "symmetric_difference_update", Kind::Set)?;
    let other = one_arg(rest, "set.symmetric_difference_update")?;
    symmetric_difference_update_internal(vm, set, other)?;
    Ok(Value::None)
}

/// The in-place operators: `NotImplemented` unless the operand is a set; return the set.
fn inplace(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    apply: fn(&mut Vm, &Rc<PySet>, &Value) -> PyResult<()>,
) -> PyResult<Value> {
    let (set, rest) = this(vm, args, name, Kind::Set)?;
    let [other] = wrapper(rest, name)?;
    if as_set(other).is_none() {
        return Ok(Value::NotImplemented);
    }
    apply(vm, set, other)?;
    Ok(Value::Set(set.clone()))
}

fn dunder_ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, "__ior__", update_internal)
}

fn dunder_iand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, "__iand__", |vm, set, other| {
        let result = intersection_of(vm, set, other)?;
        if !Rc::ptr_eq(&result, set) {
            replace_contents(set, result);
        }
        Ok(())
    })
}

fn dunder_isub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, "__isub__", difference_update_internal)
}

fn dunder_ixor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, args, "__ixor__", symmetric_difference_update_internal)
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn mutation() {
        check(&[
            (r#"s = {1}; s.add(2); s.add(1); s"#, r#"{1, 2}"#),
            (r#"s = set(); s.add((1, 2)); s"#, r#"{(1, 2)}"#),
            (r#"set().add([1])"#, r#"TypeError: unhashable type: 'list'"#),
            (
                r#"set().add()"#,
                r#"TypeError: set.add() takes exactly one argument (0 given)"#,
            ),
            (r#"s = {1, 2}; s.clear(); s"#, r#"set()"#),
            (
                r#"s = {1, 2, 3}; s.discard(2); s.discard(5); s"#,
                r#"{1, 3}"#,
            ),
            (r#"s = {frozenset({1})}; s.discard({1}); s"#, r#"set()"#),
            (
                r#"set().discard([1])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"s = {1, 2}; s.remove(1); s"#, r#"{2}"#),
            (r#"{1}.remove(5)"#, r#"KeyError: 5"#),
            (r#"{1}.remove((1, 2))"#, r#"KeyError: (1, 2)"#),
            (r#"s = {frozenset({1})}; s.remove({1}); s"#, r#"set()"#),
            (r#"{1}.remove({2})"#, r#"KeyError: {2}"#),
            (
                r#"{1}.remove([2])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"s = {3, 1, 2}; (s.pop(), s.pop(), s)"#, r#"(1, 2, {3})"#),
            (
                r#"s = {100, 5, 33}; [s.pop(), s.pop(), s.pop()]"#,
                r#"[33, 100, 5]"#,
            ),
            (r#"set().pop()"#, r#"KeyError: 'pop from an empty set'"#),
            (
                r#"set().pop(1)"#,
                r#"TypeError: set.pop() takes no arguments (1 given)"#,
            ),
            (
                r#"s = {1}; s.update([2, 3], (4,), {5: 0}); s"#,
                r#"{1, 2, 3, 4, 5}"#,
            ),
            (r#"s = {1}; s.update(); s"#, r#"{1}"#),
            (r#"s = {1}; s.update(s); s"#, r#"{1}"#),
            (
                r#"s = set(); s.update(range(0, 200, 7)); list(s)[:8]"#,
                r#"[0, 133, 7, 140, 14, 147, 21, 154]"#,
            ),
            (
                r#"set().update(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"set().update([[1]])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (
                r#"set().update(x=1)"#,
                r#"TypeError: set.update() takes no keyword arguments"#,
            ),
            (
                r#"s = {1, 2, 3, 4}; s.difference_update({1}, [2]); s"#,
                r#"{3, 4}"#,
            ),
            (r#"s = {1, 2}; s.difference_update(s); s"#, r#"set()"#),
            (
                r#"s = {1, 2}; s.difference_update([[1]])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (
                r#"s = {1, 2, 3}; s.intersection_update([2, 3, 4], {3}); s"#,
                r#"{3}"#,
            ),
            (
                r#"s = {1, 2, 3}; s.intersection_update(); s"#,
                r#"{1, 2, 3}"#,
            ),
            (
                r#"s = {1, 2, 3}; s.symmetric_difference_update([3, 4]); s"#,
                r#"{1, 2, 4}"#,
            ),
            (
                r#"s = {1, 2, 3}; s.symmetric_difference_update({3: 0, 5: 0}); s"#,
                r#"{1, 2, 5}"#,
            ),
            (
                r#"s = {1, 2}; s.symmetric_difference_update(s); s"#,
                r#"set()"#,
            ),
            (
                r#"set().symmetric_difference_update()"#,
                r#"TypeError: set.symmetric_difference_update() takes exactly one argument (0 given)"#,
            ),
            (
                r#"set().symmetric_difference_update(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
        ]);
    }

    #[test]
    fn algebra() {
        check(&[
            (r#"{1, 2}.union([3], (4, 1), {5})"#, r#"{1, 2, 3, 4, 5}"#),
            (r#"{1, 2}.union()"#, r#"{1, 2}"#),
            (r#"frozenset({1}).union([2])"#, r#"frozenset({1, 2})"#),
            (
                r#"{64, 33, 1}.union({100, 5, 8, 17})"#,
                r#"{64, 33, 1, 17, 100, 5, 8}"#,
            ),
            (
                r#"set(range(20)).union(range(100, 120))"#,
                r#"{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119}"#,
            ),
            (
                r#"{1}.union(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"{1}.union(x=1)"#,
                r#"TypeError: set.union() takes no keyword arguments"#,
            ),
            (r#"{1, 2, 3}.intersection([2, 3, 4])"#, r#"{2, 3}"#),
            (r#"{1, 2, 3}.intersection({3, 2, 9}, [2])"#, r#"{2}"#),
            (r#"{1, 2, 3}.intersection()"#, r#"{1, 2, 3}"#),
            (
                r#"frozenset({1, 2}).intersection({2})"#,
                r#"frozenset({2})"#,
            ),
            (
                r#"{1, 2}.intersection([[1]])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"{1, 2, 3, 4}.difference([1], {2})"#, r#"{3, 4}"#),
            (r#"{1, 2, 3}.difference()"#, r#"{1, 2, 3}"#),
            (
                r#"set(range(40)).difference({1, 2, 3})"#,
                r#"{0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}"#,
            ),
            (r#"{1, 2, 3}.difference({2: 0})"#, r#"{1, 3}"#),
            (r#"frozenset({1, 2}).difference([1])"#, r#"frozenset({2})"#),
            (r#"{1, 2}.symmetric_difference([2, 3])"#, r#"{1, 3}"#),
            (r#"{1, 2}.symmetric_difference({2: 1, 7: 1})"#, r#"{1, 7}"#),
            (
                r#"frozenset({1, 2}).symmetric_difference({9})"#,
                r#"frozenset({9, 2, 1})"#,
            ),
            (r#"{1, 2}.isdisjoint([3])"#, r#"True"#),
            (r#"{1, 2}.isdisjoint({2, 8, 9})"#, r#"False"#),
            (r#"set().isdisjoint(set())"#, r#"True"#),
            (
                r#"{1}.isdisjoint(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (r#"{1, 2}.issubset([1, 2, 3])"#, r#"True"#),
            (r#"{1, 2}.issubset({1})"#, r#"False"#),
            (r#"set().issubset([])"#, r#"True"#),
            (r#"{1, 2}.issuperset([1])"#, r#"True"#),
            (r#"{1, 2}.issuperset({1, 5})"#, r#"False"#),
            (r#"{1}.issuperset(range(2))"#, r#"False"#),
            (
                r#"{1}.issubset()"#,
                r#"TypeError: set.issubset() takes exactly one argument (0 given)"#,
            ),
            (
                r#"{1}.issubset(2)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"s = {1, 2}; c = s.copy(); c.add(3); (s, c)"#,
                r#"({1, 2}, {1, 2, 3})"#,
            ),
            (r#"f = frozenset({1}); f.copy() is f"#, r#"True"#),
        ]);
    }

    /// Copies are built by merging into a fresh table (CPython's `set_copy`), not by cloning
    /// the layout, so a set emptied by discards iterates differently once copied.
    #[test]
    fn copies_rebuild_the_table() {
        let discards: String = (0..95).map(|i| format!("s.discard({i}); ")).collect();
        let cases: Vec<(String, &str)> = [
            ("s", "{95, 96, 97, 98, 99}"),
            ("s.copy()", "{96, 97, 98, 99, 95}"),
            ("s.union()", "{96, 97, 98, 99, 95}"),
            ("s.__or__(set())", "{96, 97, 98, 99, 95}"),
            ("s.difference(set())", "{96, 97, 98, 99, 95}"),
            ("s.symmetric_difference(set())", "{96, 97, 98, 99, 95}"),
            ("s.intersection()", "{96, 97, 98, 99, 95}"),
            ("frozenset(s).union()", "frozenset({96, 97, 98, 99, 95})"),
        ]
        .into_iter()
        .map(|(tail, expected)| (format!("s = set(range(100)); {discards}{tail}"), expected))
        .collect();
        let cases: Vec<(&str, &str)> = cases.iter().map(|(p, e)| (p.as_str(), *e)).collect();
        check(&cases);
    }

    #[test]
    fn dunders() {
        check(&[
            (r#"{1, 2}.__len__()"#, r#"2"#),
            (r#"{1, 2}.__contains__(2)"#, r#"True"#),
            (r#"{frozenset({1})}.__contains__({1})"#, r#"True"#),
            (
                r#"{1}.__contains__([1])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"sorted({3, 1}.__iter__())"#, r#"[1, 3]"#),
            (r#"{1, 2}.__or__({3})"#, r#"{1, 2, 3}"#),
            (r#"{1, 2}.__or__([3])"#, r#"NotImplemented"#),
            (r#"{1, 2}.__and__(frozenset({2}))"#, r#"{2}"#),
            (r#"frozenset({1, 2}).__and__({2})"#, r#"frozenset({2})"#),
            (r#"{1, 2}.__sub__({2})"#, r#"{1}"#),
            (r#"{1, 2}.__xor__({2, 3})"#, r#"{1, 3}"#),
            (r#"{1, 2}.__rsub__(frozenset({2, 3}))"#, r#"frozenset({3})"#),
            (
                r#"{1, 2}.__ror__(frozenset({3}))"#,
                r#"frozenset({1, 2, 3})"#,
            ),
            (r#"s = {1}; (s.__ior__({2}) is s, s)"#, r#"(True, {1, 2})"#),
            (r#"s = {1, 2}; (s.__iand__({2}), s)"#, r#"({2}, {2})"#),
            (r#"s = {1, 2}; (s.__isub__({2}), s)"#, r#"({1}, {1})"#),
            (
                r#"s = {1, 2}; (s.__ixor__({2, 3}), s)"#,
                r#"({1, 3}, {1, 3})"#,
            ),
            (r#"{1}.__ior__([2])"#, r#"NotImplemented"#),
            (r#"{1, 2}.__eq__(frozenset({1, 2}))"#, r#"True"#),
            (r#"{1, 2}.__eq__([1, 2])"#, r#"NotImplemented"#),
            (r#"{1, 2}.__ne__({1})"#, r#"True"#),
            (r#"{1}.__lt__({1, 2})"#, r#"True"#),
            (r#"{1}.__le__({1})"#, r#"True"#),
            (r#"{1, 2}.__gt__({1})"#, r#"True"#),
            (r#"{1}.__ge__([1])"#, r#"NotImplemented"#),
            (r#"{1, (2, 3)}.__repr__()"#, r#"'{(2, 3), 1}'"#),
            (r#"set().__repr__()"#, r#"'set()'"#),
            (r#"frozenset().__repr__()"#, r#"'frozenset()'"#),
            (r#"frozenset({1, 2}).__repr__()"#, r#"'frozenset({1, 2})'"#),
            (
                r#"frozenset({1, 2, 3}).__hash__()"#,
                r#"-272375401224217160"#,
            ),
            (r#"frozenset().__hash__()"#, r#"133146708735736"#),
            (
                r#"frozenset({1}).__hash__() == hash(frozenset([1]))"#,
                r#"True"#,
            ),
            (
                r#"set.add(frozenset(), 1)"#,
                r#"TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"#,
            ),
            (
                r#"frozenset.union({1}, {2})"#,
                r#"TypeError: descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object"#,
            ),
            (
                r#"set.__len__(frozenset())"#,
                r#"TypeError: descriptor '__len__' requires a 'set' object but received a 'frozenset'"#,
            ),
            (
                r#"frozenset().add(1)"#,
                r#"AttributeError: 'frozenset' object has no attribute 'add'"#,
            ),
            (r#"set().__hash__"#, r#"None"#),
        ]);
    }
}
