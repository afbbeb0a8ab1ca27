//! The set-like dict views, `dict.keys()` and `dict.items()`: their operators (`&`, `|`, `-`,
//! `^`, which accept any iterable and build a `set`), their comparisons with sets and other
//! views, and `isdisjoint` — ports of `dictobject.c` in CPython 3.11, with the same operand
//! swaps, so that results iterate in CPython's order. `dict.values()` is not set-like.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::{DictIterKind, PySet};
use crate::runtime::arith::BinOp;
use crate::runtime::compare::CompareOp;
use crate::runtime::set_algorithms::{
    difference_update_internal, intersection_of, new_set, set_from,
    symmetric_difference_update_internal, update_internal,
};
use crate::value::Value;

/// Whether a value is a `dict_keys` or `dict_items` view (`PyDictViewSet_Check`).
pub fn is_set_like_view(value: &Value) -> bool {
    matches!(value, Value::DictView(view) if view.kind != DictIterKind::Values)
}

/// The length of a set, frozenset or set-like view (the operands that views compare with).
fn set_like_len(value: &Value) -> Option<usize> {
    match value {
        Value::Set(set) | Value::FrozenSet(set) => Some(set.len()),
        Value::DictView(view) if view.kind != DictIterKind::Values => Some(view.dict.len()),
        _ => None,
    }
}

impl Vm {
    /// `dictviews_to_set`: a new set of the items of `value`; the keys of a keys view are taken
    /// straight from its dict, as `PySet_New(dict)` does.
    fn view_to_set(&mut self, value: &Value) -> PyResult<Rc<PySet>> {
        match value {
            Value::DictView(view) if view.kind == DictIterKind::Keys => {
                set_from(self, &Value::Dict(view.dict.clone()))
            }
            other => set_from(self, other),
        }
    }

    /// The number slot of the set-like views for `left OP right`, called as CPython does: with
    /// the operands in their written order, at least one of them a set-like view. Errors from
    /// iterating the other operand propagate (the views never return `NotImplemented`).
    pub fn dict_view_binary_op(
        &mut self,
        op: BinOp,
        left: &Value,
        right: &Value,
    ) -> PyResult<Option<Value>> {
        let result = match op {
            BinOp::Sub => {
                let result = self.view_to_set(left)?;
                difference_update_internal(self, &result, right)?;
                result
            }
            BinOp::BitOr => {
                let result = self.view_to_set(left)?;
                update_internal(self, &result, right)?;
                result
            }
            BinOp::BitXor => {
                if let (Value::DictView(x), Value::DictView(y)) = (left, right)
                    && x.kind == DictIterKind::Items
                    && y.kind == DictIterKind::Items
                {
                    return self.dict_items_xor(left, right).map(Some);
                }
                let result = self.view_to_set(left)?;
                symmetric_difference_update_internal(self, &result, right)?;
                result
            }
            BinOp::BitAnd => self.dict_view_intersect(left, right)?,
            _ => return Ok(None),
        };
        Ok(Some(Value::Set(result)))
    }

    /// `_PyDictView_Intersect`: iterates the smaller operand when both are views, and hands
    /// over to `set.intersection` when the other operand is a set at least as large.
    fn dict_view_intersect(&mut self, left: &Value, right: &Value) -> PyResult<Rc<PySet>> {
        let (mut this, mut other) = if is_set_like_view(left) {
            (left, right)
        } else {
            (right, left)
        };
        let len_this = set_like_len(this).unwrap_or(0);
        if let Value::Set(other_set) = other {
            let len_other = other_set.len();
            if len_this <= len_other {
                return intersection_of(self, other_set, this);
            }
        }
        if let Some(len_other) = set_like_len(other)
            && is_set_like_view(other)
            && len_other > len_this
        {
            std::mem::swap(&mut this, &mut other);
        }
        let result = new_set();
        let iterator = self.get_iter(other)?;
        while let Some(item) = self.next_value(&iterator)? {
            if self.contains(this, &item)? {
                self.set_insert(&result, item)?;
            }
        }
        Ok(result)
    }

    /// `dictitems_xor`: the pairs of one items view that the other lacks, built from a copy of
    /// the left dict, in CPython's order.
    fn dict_items_xor(&mut self, left: &Value, right: &Value) -> PyResult<Value> {
        let (Value::DictView(x), Value::DictView(y)) = (left, right) else {
            return Ok(Value::NotImplemented);
        };
        let mut remaining = x.dict.table.borrow().clone();
        remaining.compact();
        let remaining = Rc::new(crate::object::PyDict::new(remaining));
        let result = new_set();
        let pairs: Vec<(Value, Value)> = y
            .dict
            .table
            .borrow()
            .iter()
            .map(|entry| (entry.key.clone(), entry.value.clone()))
            .collect();
        for (key, value) in pairs {
            let to_delete = match self.dict_get(&remaining, &key)? {
                Some(mine) => mine.is(&value) || self.values_equal(&mine, &value)?,
                None => false,
            };
            if to_delete {
                self.dict_remove(&remaining, &key)?;
            } else {
                self.set_insert(&result, Value::tuple(vec![key, value]))?;
            }
        }
        let rest = Value::DictView(Rc::new(crate::object::DictView {
            dict: remaining,
            kind: DictIterKind::Items,
        }));
        update_internal(self, &result, &rest)?;
        Ok(Value::Set(result))
    }

    /// `dictview_richcompare` for `view OP other`; `None` (NotImplemented) unless `other` is
    /// a set, a frozenset or a set-like view.
    pub fn dict_view_compare(
        &mut self,
        view: &Value,
        other: &Value,
        op: CompareOp,
    ) -> PyResult<Option<bool>> {
        let (Some(len_self), Some(len_other)) = (set_like_len(view), set_like_len(other)) else {
            return Ok(None);
        };
        Ok(Some(match op {
            CompareOp::Eq => len_self == len_other && self.all_contained_in(view, other)?,
            CompareOp::Ne => !(len_self == len_other && self.all_contained_in(view, other)?),
            CompareOp::Lt => len_self < len_other && self.all_contained_in(view, other)?,
            CompareOp::Le => len_self <= len_other && self.all_contained_in(view, other)?,
            CompareOp::Gt => len_self > len_other && self.all_contained_in(other, view)?,
            CompareOp::Ge => len_self >= len_other && self.all_contained_in(other, view)?,
        }))
    }

    /// Both orders of a comparison that involves a set-like view: the view's own comparison,
    /// or the reflected one when the view is on the right (sets return `NotImplemented` for
    /// views). `None` when neither side handles it.
    pub fn set_like_view_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CompareOp,
    ) -> PyResult<Option<bool>> {
        if is_set_like_view(a)
            && let Some(result) = self.dict_view_compare(a, b, op)?
        {
            return Ok(Some(result));
        }
        if is_set_like_view(b) {
            return self.dict_view_compare(b, a, op.swapped());
        }
        Ok(None)
    }

    /// `all_contained_in`: whether every item of `this` is `in` `other`.
    fn all_contained_in(&mut self, this: &Value, other: &Value) -> PyResult<bool> {
        let iterator = self.get_iter(this)?;
        while let Some(item) = self.next_value(&iterator)? {
            if !self.contains(other, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `dictviews_isdisjoint`: iterates the shorter operand when the other is set-like.
    pub fn dict_view_isdisjoint(&mut self, view: &Value, other: &Value) -> PyResult<bool> {
        if view.is(other) {
            return Ok(set_like_len(view) == Some(0));
        }
        let (mut this, mut other) = (view, other);
        if let (Some(len_this), Some(len_other)) = (set_like_len(this), set_like_len(other))
            && len_other > len_this
        {
            std::mem::swap(&mut this, &mut other);
        }
        let iterator = self.get_iter(other)?;
        while let Some(item) = self.next_value(&iterator)? {
            if self.contains(this, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
