//! `range`: an arithmetic progression of ints. Ranges whose bounds and length fit in 64 bits
//! (nearly all) are stored inline for the fast paths; others keep big ints, as CPython's
//! range object always does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::value::Value;

/// A range whose start, stop, step and length all fit in an `i64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SmallRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SmallRange {
    /// The number of elements, if it fits in an `i64`.
    fn checked_len(start: i64, stop: i64, step: i64) -> Option<i64> {
        // The distance between two i64s fits in a u64 (`wrapping_sub` reinterpreted as
        // unsigned is exact when the first is larger), so machine division suffices.
        let len = if step > 0 && start < stop {
            (stop.wrapping_sub(start) as u64 - 1) / step.unsigned_abs() + 1
        } else if step < 0 && start > stop {
            (start.wrapping_sub(stop) as u64 - 1) / step.unsigned_abs() + 1
        } else {
            0
        };
        i64::try_from(len).ok()
    }

    pub fn len(&self) -> i64 {
        Self::checked_len(self.start, self.stop, self.step)
            .expect("a SmallRange's length fits in an i64")
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at `index` (which must be in `0..len`, so the element fits).
    pub fn get(&self, index: i64) -> i64 {
        (i128::from(self.start) + i128::from(index) * i128::from(self.step)) as i64
    }
}

/// A range with some part beyond 64 bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// A Python range (its step is never zero).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyRange {
    Small(SmallRange),
    Big(Box<BigRange>),
}

/// `compute_range_length` of CPython.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (low, high, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if low >= high {
        return BigInt::zero();
    }
    (high - low - BigInt::one()).div_floor(&step) + BigInt::one()
}

impl PyRange {
    /// A range of 64-bit bounds, big if its length does not fit.
    pub fn from_i64(start: i64, stop: i64, step: i64) -> PyRange {
        debug_assert!(step != 0);
        match SmallRange::checked_len(start, stop, step) {
            Some(_) => PyRange::Small(SmallRange { start, stop, step }),
            None => PyRange::new(start.into(), stop.into(), step.into()),
        }
    }

    /// A range of any bounds; `step` must not be zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        debug_assert!(!step.is_zero());
        if let (Some(start), Some(stop), Some(step)) =
            (start.to_i64(), stop.to_i64(), step.to_i64())
            && SmallRange::checked_len(start, stop, step).is_some()
        {
            return PyRange::Small(SmallRange { start, stop, step });
        }
        let len = big_len(&start, &stop, &step);
        PyRange::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }

    pub fn as_small(&self) -> Option<&SmallRange> {
        match self {
            PyRange::Small(small) => Some(small),
            PyRange::Big(_) => None,
        }
    }

    /// Start, stop and step as big ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            PyRange::Small(r) => (r.start.into(), r.stop.into(), r.step.into()),
            PyRange::Big(r) => (r.start.clone(), r.stop.clone(), r.step.clone()),
        }
    }

    pub fn start(&self) -> Value {
        match self {
            PyRange::Small(r) => Value::Int(r.start),
            PyRange::Big(r) => Value::from_bigint(r.start.clone()),
        }
    }

    pub fn stop(&self) -> Value {
        match self {
            PyRange::Small(r) => Value::Int(r.stop),
            PyRange::Big(r) => Value::from_bigint(r.stop.clone()),
        }
    }

    pub fn step(&self) -> Value {
        match self {
            PyRange::Small(r) => Value::Int(r.step),
            PyRange::Big(r) => Value::from_bigint(r.step.clone()),
        }
    }

    /// The number of elements.
    pub fn len_big(&self) -> BigInt {
        match self {
            PyRange::Small(r) => r.len().into(),
            PyRange::Big(r) => r.len.clone(),
        }
    }

    /// The number of elements if it fits in an `i64` (`len()` raises OverflowError otherwise).
    pub fn len(&self) -> Option<i64> {
        match self {
            PyRange::Small(r) => Some(r.len()),
            PyRange::Big(r) => r.len.to_i64(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            PyRange::Small(r) => r.is_empty(),
            PyRange::Big(r) => r.len.is_zero(),
        }
    }

    /// `compute_item`: the element at `index` (not checked against the length).
    pub fn item(&self, index: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + index * step
    }

    /// The position of `value` among the elements, if it is one (`range_contains_long`).
    pub fn position_of(&self, value: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            &start <= value && value < &stop
        } else {
            &stop < value && value <= &start
        };
        if !inside {
            return None;
        }
        let (position, remainder) = (value - &start).div_mod_floor(&step);
        remainder.is_zero().then_some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_follow_python() {
        let r = |start, stop, step| PyRange::from_i64(start, stop, step).len_big();
        assert_eq!(r(0, 10, 1), 10.into());
        assert_eq!(r(0, 10, 3), 4.into());
        assert_eq!(r(10, 0, -3), 4.into());
        assert_eq!(r(5, 5, 1), 0.into());
        assert_eq!(r(5, 0, 1), 0.into());
        assert_eq!(
            r(i64::MIN, i64::MAX, 1),
            BigInt::from(u64::MAX),
            "a length beyond i64 makes a big range"
        );
        assert!(PyRange::from_i64(i64::MIN, i64::MAX, 1).len().is_none());
    }

    #[test]
    fn big_ranges_index_and_contain() {
        let big = |text: &str| text.parse::<BigInt>().unwrap();
        let range = PyRange::new(
            big("-100000000000000000000"),
            big("100000000000000000000"),
            1.into(),
        );
        assert_eq!(range.len_big(), big("200000000000000000000"));
        assert_eq!(
            range.item(&(range.len_big() - 1)),
            big("99999999999999999999")
        );
        assert_eq!(
            range.position_of(&big("10000000000000000000")),
            Some(big("110000000000000000000"))
        );
        let stepped = PyRange::new(1.into(), BigInt::one() << 70, BigInt::one() << 68);
        assert_eq!(stepped.len(), Some(4));
        assert_eq!(stepped.position_of(&2.into()), None);
        assert_eq!(
            PyRange::from_i64(0, 3, 1).as_small().map(|r| r.len()),
            Some(3)
        );
    }
}
