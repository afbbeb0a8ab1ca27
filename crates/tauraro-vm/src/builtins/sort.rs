//! Sorting for `sorted()` and `list.sort()`: stable, using only `<` like CPython, with
//! `key=` and `reverse=`.
//!
//! Rust's slice sorts may panic when a comparison is not a total order, which user `__lt__`
//! methods and NaNs make possible, so keys that are all ints, all strings or all non-NaN floats
//! use the standard sort (their order is total) and everything else uses the merge sort below,
//! which tolerates any comparison results and stops at the first exception.

use std::cmp::Ordering;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::runtime::compare::CompareOp;
use crate::value::Value;

/// Sorts `items` in place.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    if reverse {
        // Reversing before and after a stable sort keeps equal elements in their original
        // order, as CPython's `reverse=True` does.
        items.reverse();
    }
    match key {
        None => {
            if items.iter().all(|item| matches!(item, Value::Int(_))) {
                // Equal small ints cannot be told apart, so an unstable sort gives the same
                // list, in place: no scratch buffer of half the list.
                items.sort_unstable_by_key(|item| match item {
                    Value::Int(v) => *v,
                    _ => 0,
                });
            } else if !sort_total(items, |v| v) {
                let mut pairs: Vec<(Value, Value)> = std::mem::take(items)
                    .into_iter()
                    .map(|item| (item.clone(), item))
                    .collect();
                let result = merge_sort(vm, &mut pairs);
                *items = pairs.into_iter().map(|(_, item)| item).collect();
                result?;
            }
        }
        Some(key) => {
            // The keys are computed first, the items staying where they are: a failing key
            // function leaves them as they were, as CPython leaves the list.
            let mut keys = Vec::with_capacity(items.len());
            for item in items.iter() {
                match vm.call(key, std::slice::from_ref(item)) {
                    Ok(computed) => keys.push(computed),
                    Err(err) => {
                        if reverse {
                            items.reverse();
                        }
                        return Err(err);
                    }
                }
            }
            if keys.iter().all(|key| matches!(key, Value::Int(_))) {
                sort_by_int_keys(items, keys);
            } else if let Some(order) = total_order_of(&keys) {
                drop(keys);
                *items = permuted(items, order.iter().map(|&position| position as usize));
            } else {
                let mut pairs: Vec<(Value, Value)> =
                    keys.into_iter().zip(std::mem::take(items)).collect();
                let result = merge_sort(vm, &mut pairs);
                *items = pairs.into_iter().map(|(_, item)| item).collect();
                result?;
            }
        }
    }
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// Orders `items` by their int `keys` (stably). Sorting (key, position) pairs, which are all
/// distinct, with the in-place unstable sort gives the stable order without the stable sort's
/// scratch buffer, and moves 16-byte pairs rather than (key, item) pairs of 32.
fn sort_by_int_keys(items: &mut Vec<Value>, keys: Vec<Value>) {
    let mut order: Vec<(i64, usize)> = keys
        .iter()
        .enumerate()
        .map(|(position, key)| match key {
            Value::Int(v) => (*v, position),
            _ => (0, position),
        })
        .collect();
    drop(keys);
    order.sort_unstable();
    *items = permuted(items, order.iter().map(|&(_, position)| position));
}

/// The positions of `keys` in stable sorted order, when their order is total (see
/// [`sort_total`]). Sorting 4-byte positions keeps the memory of a large sort small (the
/// keys stay where they are; no (key, item) pairs and no scratch buffer of them).
fn total_order_of(keys: &[Value]) -> Option<Vec<u32>> {
    let len = u32::try_from(keys.len()).ok()?;
    let total = total_order_kind(keys)?;
    let mut order: Vec<u32> = (0..len).collect();
    let key = |position: u32| &keys[position as usize];
    // One sort per kind so that each comparison is inlined (not called through a pointer).
    match total {
        TotalOrder::Pure => order.sort_by(|&a, &b| compare_pure(key(a), key(b))),
        TotalOrder::PureTuples => order.sort_by(|&a, &b| compare_pure_tuples(key(a), key(b))),
    }
    Some(order)
}

/// Why a set of keys is totally ordered.
enum TotalOrder {
    /// All of one [`PureKind`].
    Pure,
    /// All tuples whose items are of one [`PureKind`] column by column.
    PureTuples,
}

fn total_order_kind(keys: &[Value]) -> Option<TotalOrder> {
    let kind = keys.first().and_then(pure_kind);
    if let Some(kind) = kind
        && keys.iter().all(|key| pure_kind(key) == Some(kind))
    {
        return Some(TotalOrder::Pure);
    }
    tuples_totally_ordered(keys.iter()).then_some(TotalOrder::PureTuples)
}

/// The order of two tuples whose items pairwise share a [`PureKind`].
fn compare_pure_tuples(x: &Value, y: &Value) -> Ordering {
    match (x, y) {
        (Value::Tuple(x), Value::Tuple(y)) => compare_pure_sequences(&x.items, &y.items),
        _ => Ordering::Equal,
    }
}

/// The items taken out of `items` in the order of `positions` (each position once).
fn permuted(items: &mut Vec<Value>, positions: impl Iterator<Item = usize>) -> Vec<Value> {
    let mut unsorted = std::mem::take(items);
    positions
        .map(|position| std::mem::take(&mut unsorted[position]))
        .collect()
}

/// Sorts with the standard library when every key belongs to one totally ordered kind;
/// returns false (leaving `items` untouched) otherwise.
fn sort_total<T>(items: &mut [T], key: impl Fn(&T) -> &Value) -> bool {
    let kind = items.first().and_then(|item| pure_kind(key(item)));
    if let Some(kind) = kind
        && items.iter().all(|item| pure_kind(key(item)) == Some(kind))
    {
        if kind == PureKind::Int {
            // Sorting by the machine integers themselves is the fastest comparison.
            items.sort_by_key(|item| match key(item) {
                Value::Int(v) => *v,
                _ => 0,
            });
        } else {
            items.sort_by(|a, b| compare_pure(key(a), key(b)));
        }
        return true;
    }
    if tuples_totally_ordered(items.iter().map(&key)) {
        items.sort_by(|a, b| compare_pure_tuples(key(a), key(b)));
        return true;
    }
    false
}

/// The kinds of value whose comparisons with one another never run Python code, never fail
/// and form a total order, where `==` agrees with `<`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PureKind {
    Int,
    Float,
    Str,
}

fn pure_kind(value: &Value) -> Option<PureKind> {
    match value {
        Value::Int(_) => Some(PureKind::Int),
        Value::Float(f) if !f.is_nan() => Some(PureKind::Float),
        Value::Str(_) => Some(PureKind::Str),
        _ => None,
    }
}

/// Whether every key is a tuple and, position by position, all the tuples' items there are of
/// one [`PureKind`]: then Python's tuple comparison (first unequal item decides, then the
/// length) is the lexicographic order of [`compare_pure_sequences`], a total order.
fn tuples_totally_ordered<'a>(mut keys: impl Iterator<Item = &'a Value>) -> bool {
    let mut columns: Vec<PureKind> = Vec::new();
    let mut any = false;
    let all = keys.all(|key| {
        let Value::Tuple(tuple) = key else {
            return false;
        };
        any = true;
        tuple.items.iter().enumerate().all(|(index, item)| {
            let Some(kind) = pure_kind(item) else {
                return false;
            };
            match columns.get(index) {
                Some(column) => *column == kind,
                None => {
                    columns.push(kind);
                    true
                }
            }
        })
    });
    all && any
}

/// Lexicographic order of two sequences whose items pairwise share a [`PureKind`].
fn compare_pure_sequences(xs: &[Value], ys: &[Value]) -> Ordering {
    xs.iter()
        .zip(ys)
        .map(|(x, y)| compare_pure(x, y))
        .find(|ordering| *ordering != Ordering::Equal)
        .unwrap_or_else(|| xs.len().cmp(&ys.len()))
}

/// The order of two values of one [`PureKind`].
fn compare_pure(x: &Value, y: &Value) -> Ordering {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => a.cmp(b),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
        // Keys are often the same few string objects (names, categories): identity first.
        (Value::Str(a), Value::Str(b)) if std::rc::Rc::ptr_eq(a, b) => Ordering::Equal,
        (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
        _ => Ordering::Equal,
    }
}

/// A stable merge sort of (key, item) pairs by key using Python's `<`.
fn merge_sort(vm: &mut Vm, pairs: &mut [(Value, Value)]) -> PyResult<()> {
    const RUN: usize = 16;
    let len = pairs.len();
    // Binary-insertion sort small runs.
    let mut start = 0;
    while start < len {
        let end = (start + RUN).min(len);
        for i in start + 1..end {
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(vm, &pairs[i].0, &pairs[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            pairs[lo..=i].rotate_right(1);
        }
        start = end;
    }
    // Merge runs of doubling width.
    let mut width = RUN;
    let mut buffer: Vec<(Value, Value)> = Vec::with_capacity(len);
    while width < len {
        let mut left = 0;
        while left + width < len {
            let mid = left + width;
            let right = (left + 2 * width).min(len);
            buffer.clear();
            let (mut i, mut j) = (left, mid);
            let mut failure = None;
            while i < mid && j < right {
                // Take from the right only when strictly less: keeps the sort stable.
                match less(vm, &pairs[j].0, &pairs[i].0) {
                    Ok(true) => {
                        buffer.push(std::mem::take(&mut pairs[j]));
                        j += 1;
                    }
                    Ok(false) => {
                        buffer.push(std::mem::take(&mut pairs[i]));
                        i += 1;
                    }
                    Err(err) => {
                        // Finish the merge without comparing so no element is lost.
                        failure = Some(err);
                        break;
                    }
                }
            }
            while i < mid {
                buffer.push(std::mem::take(&mut pairs[i]));
                i += 1;
            }
            while j < right {
                buffer.push(std::mem::take(&mut pairs[j]));
                j += 1;
            }
            for (offset, pair) in buffer.drain(..).enumerate() {
                pairs[left + offset] = pair;
            }
            if let Some(err) = failure {
                return Err(err);
            }
            left = right;
        }
        width *= 2;
    }
    Ok(())
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => vm.compare_bool(a, b, CompareOp::Lt),
    }
}
