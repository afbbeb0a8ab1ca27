//! Subscription: `obj[key]`, `obj[key] = value`, `del obj[key]`, with Python's index and
//! slice rules.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{PyBytes, PyRange, PySlice};
use crate::value::Value;

/// A slice resolved against a sequence length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The positions the slice selects, in order.
    pub fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn clamp_bigint(value: &BigInt) -> i64 {
    value.to_i64().unwrap_or(if value.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    })
}

impl Vm {
    /// `operator.index(value)`: ints (and bools) as big ints; anything else is a TypeError.
    pub fn to_index(&mut self, value: &Value) -> PyResult<BigInt> {
        match value.as_bigint() {
            Some(int) => Ok(int),
            None => {
                if let Value::Instance(_) = value
                    && let Some(result) = self.call_dunder(value, "__index__", &[])?
                    && let Some(int) = result.as_bigint()
                {
                    return Ok(int);
                }
                Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(value)
                )))
            }
        }
    }

    /// Resolves a slice against a length, as `slice.indices(len)` does.
    pub fn slice_indices(&mut self, slice: &PySlice, len: usize) -> PyResult<SliceIndices> {
        let len = len as i64;
        let mut bound = |value: &Value| -> PyResult<Option<i64>> {
            match value {
                Value::None => return Ok(None),
                Value::Int(int) => return Ok(Some(*int)),
                _ => {}
            }
            match self.to_index(value) {
                Ok(int) => Ok(Some(clamp_bigint(&int))),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = bound(&slice.step)?.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |index: Option<i64>, default: i64| match index {
            None => default,
            Some(mut index) => {
                if index < 0 {
                    index = index.saturating_add(len);
                    if index < lower {
                        index = lower;
                    }
                } else if index > upper {
                    index = upper;
                }
                index
            }
        };
        let start = adjust(bound(&slice.start)?, if step < 0 { upper } else { lower });
        let stop = adjust(bound(&slice.stop)?, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    /// `_PySlice_GetLongIndices`: a slice resolved against a length of any size, as
    /// `slice.indices()` and range slicing use it: (start, stop, step), with start and stop
    /// clamped to the length.
    pub fn slice_indices_big(
        &mut self,
        slice: &PySlice,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let mut bound = |value: &Value| -> PyResult<Option<BigInt>> {
            if value.is_none() {
                return Ok(None);
            }
            match self.to_index(value) {
                Ok(int) => Ok(Some(int)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = bound(&slice.step)?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let backwards = step.is_negative();
        let (lower, upper) = if backwards {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let adjust = |index: Option<BigInt>, default: &BigInt| match index {
            None => default.clone(),
            Some(index) if index.is_negative() => (index + len).max(lower.clone()),
            Some(index) => index.min(upper.clone()),
        };
        let start = bound(&slice.start)?;
        let stop = bound(&slice.stop)?;
        let start = adjust(start, if backwards { &upper } else { &lower });
        let stop = adjust(stop, if backwards { &lower } else { &upper });
        Ok((start, stop, step))
    }

    /// Resolves an index against a length (negative counts from the end); `None` when out of
    /// range.
    fn sequence_index(&mut self, key: &Value, len: usize) -> PyResult<Option<usize>> {
        let index = match key {
            Value::Int(i) => *i,
            other => clamp_bigint(&self.to_index(other)?),
        };
        let index = if index < 0 {
            index.saturating_add(len as i64)
        } else {
            index
        };
        Ok((0..len as i64).contains(&index).then_some(index as usize))
    }

    fn is_index(key: &Value) -> bool {
        key.is_int()
    }

    /// Whether `key` is an int or has `__index__` (a sequence index).
    fn has_index(&self, key: &Value) -> bool {
        Self::is_index(key)
            || matches!(key, Value::Instance(_))
                && crate::runtime::attribute::class_lookup(&self.type_of(key), "__index__")
                    .is_some()
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(list) => match key {
                Value::Slice(slice) => {
                    let indices = self.slice_indices(slice, list.len())?;
                    let items = list.items();
                    let start = indices.start as usize;
                    if indices.step == 1 && start + indices.len <= items.len() {
                        return Ok(Value::list(items[start..start + indices.len].to_vec()));
                    }
                    // The bounds' `__index__` methods may have shrunk the list meanwhile.
                    Ok(Value::list(
                        indices
                            .positions()
                            .filter_map(|i| items.get(i).cloned())
                            .collect(),
                    ))
                }
                key if self.has_index(key) => {
                    let len = list.len();
                    match self.sequence_index(key, len)? {
                        Some(i) => list.get(i).ok_or_else(|| index_error("list")),
                        None => Err(index_error("list")),
                    }
                }
                other => Err(PyErr::type_error(format!(
                    "list indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Tuple(tuple) => match key {
                Value::Slice(slice) => {
                    let indices = self.slice_indices(slice, tuple.items.len())?;
                    if indices.len == tuple.items.len() && indices.step == 1 {
                        return Ok(obj.clone());
                    }
                    Ok(Value::tuple(
                        indices
                            .positions()
                            .map(|i| tuple.items[i].clone())
                            .collect(),
                    ))
                }
                key if self.has_index(key) => match self.sequence_index(key, tuple.items.len())? {
                    Some(i) => Ok(tuple.items[i].clone()),
                    None => Err(index_error("tuple")),
                },
                other => Err(PyErr::type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Str(text) => match key {
                Value::Slice(slice) => {
                    let indices = self.slice_indices(slice, text.char_len())?;
                    if indices.step == 1 {
                        let end = indices.start as usize + indices.len;
                        return Ok(Value::str(text.substring(indices.start as usize, end)));
                    }
                    if indices.len == 0 {
                        return Ok(Value::str(""));
                    }
                    let first = indices.start as usize;
                    let last = (indices.start + (indices.len as i64 - 1) * indices.step) as usize;
                    let (low, high) = (first.min(last), first.max(last));
                    Ok(Value::string(text.chars_at(indices.positions(), low, high)))
                }
                key if self.has_index(key) => match self.sequence_index(key, text.char_len())? {
                    Some(i) => Ok(Value::char(text.char_at(i))),
                    None => Err(index_error("string")),
                },
                other => Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(other)
                ))),
            },
            Value::Bytes(bytes) => match key {
                Value::Slice(slice) => {
                    let indices = self.slice_indices(slice, bytes.bytes.len())?;
                    Ok(Value::Bytes(Rc::new(PyBytes::new(
                        indices
                            .positions()
                            .map(|i| bytes.bytes[i])
                            .collect::<Vec<u8>>(),
                    ))))
                }
                key if Self::is_index(key) => match self.sequence_index(key, bytes.bytes.len())? {
                    Some(i) => Ok(Value::Int(i64::from(bytes.bytes[i]))),
                    None => Err(PyErr::new(ExcKind::IndexError, "index out of range")),
                },
                other => Err(PyErr::type_error(format!(
                    "byte indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Range(range) => match key {
                Value::Slice(slice) => {
                    // `compute_slice`: the bounds of the sub-range are elements of this one.
                    let (start, stop, step) = self.slice_indices_big(slice, &range.len_big())?;
                    let (_, _, range_step) = range.bounds();
                    Ok(Value::Range(Rc::new(PyRange::new(
                        range.item(&start),
                        range.item(&stop),
                        range_step * step,
                    ))))
                }
                key if self.has_index(key) => {
                    if let (Some(small), Value::Int(index)) = (range.as_small(), key) {
                        let len = small.len();
                        let index = if *index < 0 { index + len } else { *index };
                        return if (0..len).contains(&index) {
                            Ok(Value::Int(small.get(index)))
                        } else {
                            Err(PyErr::new(
                                ExcKind::IndexError,
                                "range object index out of range",
                            ))
                        };
                    }
                    let mut index = self.to_index(key)?;
                    let len = range.len_big();
                    if index.is_negative() {
                        index += &len;
                    }
                    if index.is_negative() || index >= len {
                        return Err(PyErr::new(
                            ExcKind::IndexError,
                            "range object index out of range",
                        ));
                    }
                    Ok(Value::from_bigint(range.item(&index)))
                }
                other => Err(PyErr::type_error(format!(
                    "range indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Dict(dict) => match self.dict_get(dict, key)? {
                Some(value) => Ok(value),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(_) => self.user_get_item(obj, key),
            Value::Class(_)
                if let Some(result) =
                    self.call_metaclass_dunder(obj, "__getitem__", std::slice::from_ref(key))? =>
            {
                Ok(result)
            }
            Value::Class(class)
                if let Some(hook) =
                    crate::runtime::attribute::class_lookup(class, "__class_getitem__") =>
            {
                let hook = self.bind_descriptor(hook, &Value::None, class)?;
                self.call(&hook, std::slice::from_ref(key))
            }
            // `type[int]`: `type` itself is generic without a `__class_getitem__`.
            Value::Class(class) if Rc::ptr_eq(class, &self.types.type_) => {
                Ok(self.new_generic_alias(obj.clone(), key))
            }
            Value::Class(class) => Err(PyErr::type_error(format!(
                "type '{}' is not subscriptable",
                class.name.as_str()
            ))),
            other => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(other)
            ))),
        }
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(list) => match &key {
                Value::Slice(slice) => {
                    let replacement = if value.is(obj) {
                        list.snapshot()
                    } else {
                        match self.collect(&value) {
                            Ok(items) => items,
                            Err(_) => {
                                return Err(PyErr::type_error("can only assign an iterable"));
                            }
                        }
                    };
                    let len = list.len();
                    let indices = self.slice_indices(slice, len)?;
                    let mut items = list.items_mut();
                    if indices.step == 1 {
                        let start = indices.start.clamp(0, len as i64) as usize;
                        let end = (start + indices.len).min(items.len());
                        items.splice(start..end, replacement);
                    } else {
                        if replacement.len() != indices.len {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                replacement.len(),
                                indices.len
                            )));
                        }
                        for (position, item) in indices.positions().zip(replacement) {
                            items[position] = item;
                        }
                    }
                    Ok(())
                }
                key if self.has_index(key) => {
                    let len = list.len();
                    match self.sequence_index(key, len)? {
                        Some(i) => {
                            let old = std::mem::replace(&mut list.items_mut()[i], value);
                            drop(old);
                            Ok(())
                        }
                        None => Err(PyErr::new(
                            ExcKind::IndexError,
                            "list assignment index out of range",
                        )),
                    }
                }
                other => Err(PyErr::type_error(format!(
                    "list indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Dict(dict) => self.dict_set(dict, key, value),
            Value::Instance(_) => self.user_set_item(obj, key, value),
            Value::Class(class) if class.metaclass.is_some() => self.user_set_item(obj, key, value),
            other => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(other)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(list) => match key {
                Value::Slice(slice) => {
                    let len = list.len();
                    let indices = self.slice_indices(slice, len)?;
                    let mut doomed: Vec<usize> = indices.positions().collect();
                    doomed.sort_unstable();
                    let mut items = list.items_mut();
                    // One pass over the list, not one shift per deleted item: `del a[:n]`
                    // must stay linear (deque and queue code rely on it).
                    let removed: Vec<Value> = match (doomed.first(), doomed.last()) {
                        (Some(&first), Some(&last)) if last - first + 1 == doomed.len() => {
                            items.drain(first..=last).collect()
                        }
                        _ => {
                            let old = std::mem::take(&mut *items);
                            let mut removed = Vec::with_capacity(doomed.len());
                            let mut kept = Vec::with_capacity(old.len() - doomed.len());
                            let mut next_doomed = doomed.iter().copied().peekable();
                            for (position, item) in old.into_iter().enumerate() {
                                if next_doomed.peek() == Some(&position) {
                                    next_doomed.next();
                                    removed.push(item);
                                } else {
                                    kept.push(item);
                                }
                            }
                            *items = kept;
                            removed
                        }
                    };
                    drop(items);
                    drop(removed);
                    Ok(())
                }
                key if self.has_index(key) => {
                    let len = list.len();
                    match self.sequence_index(key, len)? {
                        Some(i) => {
                            let old = list.items_mut().remove(i);
                            drop(old);
                            Ok(())
                        }
                        None => Err(PyErr::new(
                            ExcKind::IndexError,
                            "list assignment index out of range",
                        )),
                    }
                }
                other => Err(PyErr::type_error(format!(
                    "list indices must be integers or slices, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Dict(dict) => match self.dict_remove(dict, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(_) => self.user_del_item(obj, key),
            Value::Class(class) if class.metaclass.is_some() => self.user_del_item(obj, key),
            other => Err(self.no_item_deletion(other, key)),
        }
    }
}

fn index_error(what: &str) -> PyErr {
    PyErr::new(ExcKind::IndexError, format!("{what} index out of range"))
}
