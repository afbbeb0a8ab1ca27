//! Methods of the dict views `dict_keys`, `dict_items` (set-like: operators, comparisons,
//! `isdisjoint`) and `dict_values`. The algorithms live in `runtime::dict_views`.

use std::rc::Rc;

use crate::builtins::methods::{no_args, one_arg, receiver, wrapper};
use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, DictIterKind, DictView};
use crate::runtime::arith::BinOp;
use crate::runtime::compare::CompareOp;
use crate::runtime::dict_views::is_set_like_view;
use crate::runtime::iterate::reversed_dict;
use crate::value::Value;

fn class_name(kind: DictIterKind) -> &'static str {
    match kind {
        DictIterKind::Keys => "dict_keys",
        DictIterKind::Values => "dict_values",
        DictIterKind::Items => "dict_items",
    }
}

fn this<'a>(
    vm: &Vm,
    args: Args<'a>,
    method: &str,
    kind: DictIterKind,
) -> PyResult<(&'a Rc<DictView>, Args<'a>)> {
    receiver(vm, args, class_name(kind), method, |value| match value {
        Value::DictView(view) if view.kind == kind => Some(view),
        _ => None,
    })
}

/// Generates the entry points of the set-like view classes for methods written once over the
/// kind; `values` adds the `dict_values` one.
macro_rules! per_kind {
    ($($generic:ident($($extra:expr),*) => $keys:ident, $items:ident;)*) => {
        $(
            fn $keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                $generic(vm, args, DictIterKind::Keys $(, $extra)*)
            }
            fn $items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                $generic(vm, args, DictIterKind::Items $(, $extra)*)
            }
        )*
    };
    (values: $($generic:ident => $keys:ident, $items:ident, $values:ident;)*) => {
        per_kind! { $($generic() => $keys, $items;)* }
        $(
            fn $values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                $generic(vm, args, DictIterKind::Values)
            }
        )*
    };
}

per_kind! {
    values:
    len => keys_len, items_len, values_len;
    iter => keys_iter, items_iter, values_iter;
    reversed => keys_reversed, items_reversed, values_reversed;
    repr => keys_repr, items_repr, values_repr;
}

per_kind! {
    contains() => keys_contains, items_contains;
    isdisjoint() => keys_isdisjoint, items_isdisjoint;
    operator("__or__", BinOp::BitOr, false) => keys_or, items_or;
    operator("__and__", BinOp::BitAnd, false) => keys_and, items_and;
    operator("__sub__", BinOp::Sub, false) => keys_sub, items_sub;
    operator("__xor__", BinOp::BitXor, false) => keys_xor, items_xor;
    operator("__ror__", BinOp::BitOr, true) => keys_ror, items_ror;
    operator("__rand__", BinOp::BitAnd, true) => keys_rand, items_rand;
    operator("__rsub__", BinOp::Sub, true) => keys_rsub, items_rsub;
    operator("__rxor__", BinOp::BitXor, true) => keys_rxor, items_rxor;
    comparison("__eq__", CompareOp::Eq) => keys_eq, items_eq;
    comparison("__ne__", CompareOp::Ne) => keys_ne, items_ne;
    comparison("__lt__", CompareOp::Lt) => keys_lt, items_lt;
    comparison("__le__", CompareOp::Le) => keys_le, items_le;
    comparison("__gt__", CompareOp::Gt) => keys_gt, items_gt;
    comparison("__ge__", CompareOp::Ge) => keys_ge, items_ge;
}

/// The methods shared by the set-like views, in one table per class.
macro_rules! set_like_methods {
    ($name:ident: $len:ident, $iter:ident, $reversed:ident, $repr:ident, $contains:ident,
     $isdisjoint:ident, $or:ident, $and:ident, $sub:ident, $xor:ident, $ror:ident,
     $rand:ident, $rsub:ident, $rxor:ident, $eq:ident, $ne:ident, $lt:ident, $le:ident,
     $gt:ident, $ge:ident) => {
        pub static $name: &[BuiltinFunction] = &[
            BuiltinFunction::new("isdisjoint", $isdisjoint),
            BuiltinFunction::new("__len__", $len),
            BuiltinFunction::new("__iter__", $iter),
            BuiltinFunction::new("__reversed__", $reversed),
            BuiltinFunction::new("__repr__", $repr),
            BuiltinFunction::new("__contains__", $contains),
            BuiltinFunction::new("__or__", $or),
            BuiltinFunction::new("__and__", $and),
            BuiltinFunction::new("__sub__", $sub),
            BuiltinFunction::new("__xor__", $xor),
            BuiltinFunction::new("__ror__", $ror),
            BuiltinFunction::new("__rand__", $rand),
            BuiltinFunction::new("__rsub__", $rsub),
            BuiltinFunction::new("__rxor__", $rxor),
            BuiltinFunction::new("__eq__", $eq),
            BuiltinFunction::new("__ne__", $ne),
            BuiltinFunction::new("__lt__", $lt),
            BuiltinFunction::new("__le__", $le),
            BuiltinFunction::new("__gt__", $gt),
            BuiltinFunction::new("__ge__", $ge),
        ];
    };
}

set_like_methods!(KEYS_METHODS: keys_len, keys_iter, keys_reversed, keys_repr, keys_contains,
    keys_isdisjoint, keys_or, keys_and, keys_sub, keys_xor, keys_ror, keys_rand, keys_rsub,
    keys_rxor, keys_eq, keys_ne, keys_lt, keys_le, keys_gt, keys_ge);

set_like_methods!(ITEMS_METHODS: items_len, items_iter, items_reversed, items_repr,
    items_contains, items_isdisjoint, items_or, items_and, items_sub, items_xor, items_ror,
    items_rand, items_rsub, items_rxor, items_eq, items_ne, items_lt, items_le, items_gt,
    items_ge);

/// The methods of `dict_values`, which is not set-like.
pub static VALUES_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__len__", values_len),
    BuiltinFunction::new("__iter__", values_iter),
    BuiltinFunction::new("__reversed__", values_reversed),
    BuiltinFunction::new("__repr__", values_repr),
];

fn len(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "__len__", kind)?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(view.dict.len() as i64))
}

fn iter(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "__iter__", kind)?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&Value::DictView(view.clone()))
}

fn reversed(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "__reversed__", kind)?;
    no_args(rest, &format!("{}.__reversed__", class_name(kind)))?;
    Ok(reversed_dict(&view.dict, kind))
}

fn repr(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "__repr__", kind)?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&Value::DictView(view.clone()))?))
}

fn contains(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "__contains__", kind)?;
    let [item] = wrapper(rest, "__contains__")?;
    Ok(Value::bool(
        vm.contains(&Value::DictView(view.clone()), item)?,
    ))
}

fn isdisjoint(vm: &mut Vm, args: Args<'_>, kind: DictIterKind) -> PyResult<Value> {
    let (view, rest) = this(vm, args, "isdisjoint", kind)?;
    let other = one_arg(rest, &format!("{}.isdisjoint", class_name(kind)))?;
    Ok(Value::bool(vm.dict_view_isdisjoint(
        &Value::DictView(view.clone()),
        other,
    )?))
}

/// `view.__or__(other)` and the reflected `view.__ror__(other)` (which computes
/// `other | view`).
fn operator(
    vm: &mut Vm,
    args: Args<'_>,
    kind: DictIterKind,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (view, rest) = this(vm, args, name, kind)?;
    let [other] = wrapper(rest, name)?;
    let view = Value::DictView(view.clone());
    let result = if reflected {
        vm.dict_view_binary_op(op, other, &view)?
    } else {
        vm.dict_view_binary_op(op, &view, other)?
    };
    Ok(result.unwrap_or(Value::NotImplemented))
}

fn comparison(
    vm: &mut Vm,
    args: Args<'_>,
    kind: DictIterKind,
    name: &str,
    op: CompareOp,
) -> PyResult<Value> {
    let (view, rest) = this(vm, args, name, kind)?;
    let [other] = wrapper(rest, name)?;
    let view = Value::DictView(view.clone());
    debug_assert!(is_set_like_view(&view));
    Ok(match vm.dict_view_compare(&view, other, op)? {
        Some(result) => Value::bool(result),
        None => Value::NotImplemented,
    })
}
