//! `sequence[start:stop]` without a slice object: the fast path of the `GetSlice`
//! instruction for lists and tuples with int or None bounds. Everything else (strs, a step,
//! bounds with `__index__`, user classes) returns `None` and takes the general `get_item`
//! path with a real slice.

use crate::value::Value;

/// `obj[start:stop]` for a list or tuple and int or None bounds; `None` for anything else.
pub fn simple_slice(obj: &Value, start: &Value, stop: &Value) -> Option<Value> {
    match obj {
        Value::List(list) => {
            let (low, high) = bounds(list.len(), start, stop)?;
            Some(Value::List(list.slice_rc(low, high)?))
        }
        Value::Tuple(tuple) => {
            let items = &tuple.items;
            let (low, high) = bounds(items.len(), start, stop)?;
            if low == 0 && high == items.len() {
                // CPython returns the tuple itself for a slice of all of it.
                return Some(obj.clone());
            }
            Some(Value::tuple(items[low..high].to_vec()))
        }
        _ => None,
    }
}

/// The positions `start:stop` select in a sequence of `len` items (step 1), clamped as
/// Python clamps them; an empty range has `low == high`.
fn bounds(len: usize, start: &Value, stop: &Value) -> Option<(usize, usize)> {
    let low = position(len, start, 0)?;
    let high = position(len, stop, len)?;
    Some((low, high.max(low)))
}

fn position(len: usize, bound: &Value, default: usize) -> Option<usize> {
    match bound {
        Value::None => Some(default),
        Value::Int(index) => {
            let len = len as i64;
            // `index + len` cannot overflow: the index is negative and `len` is not.
            let clamped = if *index < 0 {
                (index + len).max(0)
            } else {
                (*index).min(len)
            };
            Some(clamped as usize)
        }
        _ => None,
    }
}
