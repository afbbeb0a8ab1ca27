//! Constant folding with Python semantics. Folding never changes behaviour: an operation that
//! would raise (`1/0`, `"a" + 1`) or build a large value (CPython's limits: ints of more than
//! 128 bits from `*`, `**`, `<<`; strings of more than 4096 characters; tuples of more than
//! 256 items) is left for run time.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::hir::{BinaryOp, CompareOp, Constant, UnaryOp};

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

fn as_int(constant: &Constant) -> Option<BigInt> {
    match constant {
        Constant::Int(v) => Some(BigInt::from(*v)),
        Constant::True => Some(BigInt::from(1)),
        Constant::False => Some(BigInt::from(0)),
        Constant::BigInt(digits) => digits.parse().ok(),
        _ => None,
    }
}

fn as_float(constant: &Constant) -> Option<f64> {
    match constant {
        Constant::Float(v) => Some(*v),
        other => as_int(other)
            .and_then(|i| i.to_f64())
            .filter(|f| f.is_finite()),
    }
}

/// An int constant, small when it fits.
pub(crate) fn int_constant(value: BigInt) -> Constant {
    match value.to_i64() {
        Some(small) => Constant::Int(small),
        None => Constant::BigInt(value.to_string().into_boxed_str()),
    }
}

fn is_number(constant: &Constant) -> bool {
    matches!(
        constant,
        Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::True
            | Constant::False
    )
}

/// `a OP b`, if it can be computed at compile time.
pub(crate) fn binary(op: BinaryOp, a: &Constant, b: &Constant) -> Option<Constant> {
    if matches!(a, Constant::Float(_)) || matches!(b, Constant::Float(_)) {
        if !is_number(a) || !is_number(b) {
            return None;
        }
        let (x, y) = (as_float(a)?, as_float(b)?);
        let result = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Sub => x - y,
            BinaryOp::Mul => x * y,
            BinaryOp::Div if y != 0.0 => x / y,
            _ => return None,
        };
        return result.is_finite().then_some(Constant::Float(result));
    }
    if let Some(result) = bool_bitwise(op, a, b) {
        return Some(result);
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return fold_ints(op, &x, &y);
    }
    match (op, a, b) {
        (BinaryOp::Add, Constant::Str(x), Constant::Str(y)) => {
            (x.chars().count() + y.chars().count() <= MAX_STR_SIZE)
                .then(|| Constant::Str(format!("{x}{y}").into_boxed_str()))
        }
        (BinaryOp::Add, Constant::Bytes(x), Constant::Bytes(y)) => (x.len() + y.len()
            <= MAX_STR_SIZE)
            .then(|| Constant::Bytes([&x[..], &y[..]].concat().into_boxed_slice())),
        (BinaryOp::Add, Constant::Tuple(x), Constant::Tuple(y)) => (x.len() + y.len()
            <= MAX_COLLECTION_SIZE)
            .then(|| Constant::Tuple([&x[..], &y[..]].concat().into_boxed_slice())),
        (BinaryOp::Mul, Constant::Str(s), n) | (BinaryOp::Mul, n, Constant::Str(s))
            if as_int(n).is_some() =>
        {
            let count = repeat_count(n, s.chars().count(), MAX_STR_SIZE)?;
            Some(Constant::Str(s.repeat(count).into_boxed_str()))
        }
        (BinaryOp::Mul, Constant::Tuple(t), n) | (BinaryOp::Mul, n, Constant::Tuple(t))
            if as_int(n).is_some() =>
        {
            let count = repeat_count(n, t.len(), MAX_COLLECTION_SIZE)?;
            let mut items = Vec::with_capacity(t.len() * count);
            for _ in 0..count {
                items.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(items.into_boxed_slice()))
        }
        _ => None,
    }
}

/// `&`, `|` and `^` on two bools give a bool, as `bool.__and__` and friends do.
fn bool_bitwise(op: BinaryOp, a: &Constant, b: &Constant) -> Option<Constant> {
    let as_bool = |constant: &Constant| match constant {
        Constant::True => Some(true),
        Constant::False => Some(false),
        _ => None,
    };
    let (x, y) = (as_bool(a)?, as_bool(b)?);
    let result = match op {
        BinaryOp::BitAnd => x & y,
        BinaryOp::BitOr => x | y,
        BinaryOp::BitXor => x ^ y,
        _ => return None,
    };
    Some(if result {
        Constant::True
    } else {
        Constant::False
    })
}

fn repeat_count(n: &Constant, len: usize, limit: usize) -> Option<usize> {
    let n = as_int(n)?.to_i64()?.max(0) as usize;
    (n.checked_mul(len)? <= limit).then_some(n)
}

fn fold_ints(op: BinaryOp, x: &BigInt, y: &BigInt) -> Option<Constant> {
    let result = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => {
            if x.bits() + y.bits() > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        BinaryOp::FloorDiv => {
            if y.is_zero() {
                return None;
            }
            x.div_floor(y)
        }
        BinaryOp::Mod => {
            if y.is_zero() {
                return None;
            }
            x.mod_floor(y)
        }
        BinaryOp::Div => {
            const EXACT: i64 = 1 << 53;
            let (a, b) = (x.to_i64()?, y.to_i64()?);
            if b == 0 || a.abs() > EXACT || b.abs() > EXACT {
                return None;
            }
            return Some(Constant::Float(a as f64 / b as f64));
        }
        BinaryOp::Pow => {
            if y.is_negative() {
                return None;
            }
            let exp = y.to_u32()?;
            if x.bits().saturating_mul(u64::from(exp)) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::Pow::pow(x, exp)
        }
        BinaryOp::LShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64()?;
            if x.bits() + shift > MAX_INT_BITS {
                return None;
            }
            x << shift
        }
        BinaryOp::RShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            x >> shift
        }
        BinaryOp::BitAnd => x & y,
        BinaryOp::BitOr => x | y,
        BinaryOp::BitXor => x ^ y,
        BinaryOp::MatMul => return None,
    };
    Some(int_constant(result))
}

/// `OP a`, if it can be computed at compile time.
pub(crate) fn unary(op: UnaryOp, a: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(if a.is_truthy() {
            Constant::False
        } else {
            Constant::True
        }),
        UnaryOp::Neg => match a {
            Constant::Float(v) => Some(Constant::Float(-v)),
            other => as_int(other).map(|v| int_constant(-v)),
        },
        UnaryOp::Pos => match a {
            Constant::Float(v) => Some(Constant::Float(*v)),
            other => as_int(other).map(int_constant),
        },
        UnaryOp::Invert => as_int(a).map(|v| int_constant(-v - 1)),
    }
}

/// `a OP b` for a single comparison of constants of the same simple kind.
pub(crate) fn compare(op: CompareOp, a: &Constant, b: &Constant) -> Option<Constant> {
    use std::cmp::Ordering;
    let ordering: Option<Ordering> = match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => Some(x.cmp(y)),
        (Constant::Float(x), Constant::Float(y)) => x.partial_cmp(y),
        (Constant::Float(_), _) | (_, Constant::Float(_)) => return None,
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => return None,
        },
    };
    let result = match (op, ordering) {
        (CompareOp::Eq, Some(o)) => o == Ordering::Equal,
        (CompareOp::NotEq, Some(o)) => o != Ordering::Equal,
        (CompareOp::Lt, Some(o)) => o == Ordering::Less,
        (CompareOp::LtE, Some(o)) => o != Ordering::Greater,
        (CompareOp::Gt, Some(o)) => o == Ordering::Greater,
        (CompareOp::GtE, Some(o)) => o != Ordering::Less,
        (CompareOp::NotEq, None) => true,
        (CompareOp::Eq | CompareOp::Lt | CompareOp::LtE | CompareOp::Gt | CompareOp::GtE, None) => {
            false
        }
        _ => return None,
    };
    Some(if result {
        Constant::True
    } else {
        Constant::False
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_ints_with_python_semantics() {
        let i = Constant::Int;
        assert_eq!(binary(BinaryOp::FloorDiv, &i(-7), &i(2)), Some(i(-4)));
        assert_eq!(binary(BinaryOp::Mod, &i(-7), &i(2)), Some(i(1)));
        assert_eq!(binary(BinaryOp::Div, &i(1), &i(0)), None);
        assert_eq!(binary(BinaryOp::FloorDiv, &i(1), &i(0)), None);
        assert_eq!(binary(BinaryOp::Add, &Constant::True, &i(1)), Some(i(2)));
        // Like CPython, results over 128 bits (bits(base) * exponent) are left to run time.
        assert_eq!(binary(BinaryOp::Pow, &i(2), &i(60)), Some(i(1 << 60)));
        assert_eq!(binary(BinaryOp::Pow, &i(2), &i(100)), None);
        assert_eq!(binary(BinaryOp::Pow, &i(2), &i(-1)), None);
    }

    #[test]
    fn folds_bool_bitwise_to_bool() {
        let (t, f) = (Constant::True, Constant::False);
        assert_eq!(binary(BinaryOp::BitAnd, &t, &f), Some(Constant::False));
        assert_eq!(binary(BinaryOp::BitOr, &t, &f), Some(Constant::True));
        assert_eq!(binary(BinaryOp::BitXor, &t, &t), Some(Constant::False));
        assert_eq!(
            binary(BinaryOp::BitAnd, &t, &Constant::Int(3)),
            Some(Constant::Int(1))
        );
        assert_eq!(binary(BinaryOp::Add, &t, &t), Some(Constant::Int(2)));
    }

    #[test]
    fn folds_strings_within_limits() {
        let s = |t: &str| Constant::Str(t.into());
        assert_eq!(binary(BinaryOp::Add, &s("a"), &s("b")), Some(s("ab")));
        assert_eq!(
            binary(BinaryOp::Mul, &s("ab"), &Constant::Int(3)),
            Some(s("ababab"))
        );
        assert_eq!(binary(BinaryOp::Mul, &s("ab"), &Constant::Int(5000)), None);
        assert_eq!(binary(BinaryOp::Add, &s("a"), &Constant::Int(1)), None);
    }

    #[test]
    fn folds_unary_and_comparisons() {
        assert_eq!(
            unary(UnaryOp::Neg, &Constant::Int(5)),
            Some(Constant::Int(-5))
        );
        assert_eq!(unary(UnaryOp::Not, &Constant::Int(0)), Some(Constant::True));
        assert_eq!(
            compare(CompareOp::Lt, &Constant::Int(1), &Constant::Int(2)),
            Some(Constant::True)
        );
        assert_eq!(
            compare(
                CompareOp::Eq,
                &Constant::Float(f64::NAN),
                &Constant::Float(f64::NAN)
            ),
            Some(Constant::False)
        );
    }
}
