//! Exact conversions between Python ints and floats.
//!
//! `float(n)` and `n / m` are correctly rounded in CPython (round half to
//! even on the exact value) however large the ints are; these functions
//! reproduce that with integer arithmetic instead of going through a lossy
//! intermediate.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use crate::text::error::{PyErr, PyResult};

/// `2.0^exp` for exponents in the double range, built from bits so that it
/// is exact (subnormal powers included).
fn pow2(exp: i64) -> f64 {
    if exp > 1023 {
        f64::INFINITY
    } else if exp >= -1022 {
        f64::from_bits(((exp + 1023) as u64) << 52)
    } else if exp >= -1074 {
        f64::from_bits(1u64 << (exp + 1074))
    } else {
        0.0
    }
}

/// Rounds `(q + sticky·ε) · 2^exp2` to the nearest double, ties to even.
/// `sticky` says the true value is strictly above `q · 2^exp2` (a nonzero
/// remainder was discarded); it must only be set when `q` has at least 55
/// significant bits so the discarded part is below the rounding bit.
/// Returns `None` when the rounded value overflows.
fn round_to_f64(q: &BigUint, exp2: i64, sticky: bool) -> Option<f64> {
    let nbits = q.bits() as i64;
    if nbits == 0 {
        return Some(0.0);
    }
    let top = nbits - 1 + exp2;
    if top > 1023 {
        return None;
    }
    // Exponent of the unit in the last place of the result.
    let ulp_exp = (top - 52).max(-1074);
    let drop = ulp_exp - exp2;
    let mantissa: u64 = if drop <= 0 {
        // Exact: fewer than 53 significant bits.
        q.to_u64().unwrap_or(0) << (-drop)
    } else {
        let shifted = q >> (drop as usize);
        let mut m = shifted.to_u64().unwrap_or(0);
        let half_bit = q.bit((drop - 1) as u64);
        let below_half = sticky || q.trailing_zeros().is_some_and(|tz| (tz as i64) < drop - 1);
        if half_bit && (below_half || m & 1 == 1) {
            m += 1;
        }
        m
    };
    // mantissa <= 2^53 and ulp_exp >= -1074, so this product is exact
    // unless it overflows.
    let value = mantissa as f64 * pow2(ulp_exp);
    value.is_finite().then_some(value)
}

/// `float(n)`: correctly rounded; `OverflowError("int too large to convert
/// to float")` when the result would not be finite.
pub fn bigint_to_f64(n: &BigInt) -> PyResult<f64> {
    let magnitude = round_to_f64(n.magnitude(), 0, false)
        .ok_or_else(|| PyErr::overflow_error("int too large to convert to float"))?;
    Ok(if n.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `int(x)` for a float: truncation toward zero, exact for any magnitude.
/// NaN raises `ValueError("cannot convert float NaN to integer")` and
/// infinities `OverflowError("cannot convert float infinity to integer")`.
pub fn float_to_bigint(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2^52, so it is an integer mantissa times a power of two.
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let magnitude = BigInt::from(mantissa) << (exponent.max(0) as usize);
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// `a / b` for ints: the correctly rounded quotient (`ZeroDivisionError`
/// "division by zero"; `OverflowError` "integer division result too large
/// for a float").
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_division_error("division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    let bit_difference = na.bits() as i64 - nb.bits() as i64;
    // 2^(d-1) < a/b < 2^(d+1) for d = bit_difference: decide the extremes
    // without building huge shifted operands.
    if bit_difference > 1025 {
        return Err(PyErr::overflow_error(
            "integer division result too large for a float",
        ));
    }
    if bit_difference < -1078 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Both exactly representable: one IEEE division rounds correctly.
    let magnitude = if na.bits() <= 53 && nb.bits() <= 53 {
        na.to_f64().unwrap_or(0.0) / nb.to_f64().unwrap_or(1.0)
    } else {
        // Scale so the integer quotient has at least 55 significant bits,
        // then round once, remembering whether anything was discarded.
        let shift = na.bits() as i64 - nb.bits() as i64 - 56;
        let (num, den) = if shift >= 0 {
            (na.clone(), nb << (shift as usize))
        } else {
            (na << ((-shift) as usize), nb.clone())
        };
        let (q, r) = num.div_rem(&den);
        round_to_f64(&q, shift, !r.is_zero())
            .ok_or_else(|| PyErr::overflow_error("integer division result too large for a float"))?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, pow};

    #[test]
    fn conversions_round_half_even() {
        let two = BigInt::from(2);
        // float(2**53 + 1) == 9007199254740992.0, float(2**53 + 3) rounds up.
        assert_eq!(
            bigint_to_f64(&(pow(two.clone(), 53) + 1)).unwrap(),
            9007199254740992.0
        );
        assert_eq!(
            bigint_to_f64(&(pow(two.clone(), 53) + 3)).unwrap(),
            9007199254740996.0
        );
        let huge = pow(two.clone(), 1024);
        assert_eq!(
            bigint_to_f64(&huge).unwrap_err().message,
            "int too large to convert to float"
        );
        // 2**1024 - 2**970 rounds up to 2**1024: overflow in CPython too.
        let edge = pow(two.clone(), 1024) - pow(two.clone(), 970);
        assert!(bigint_to_f64(&edge).is_err());
        let below = pow(two.clone(), 1024) - pow(two, 971);
        assert_eq!(bigint_to_f64(&below).unwrap(), f64::MAX);
    }

    #[test]
    fn true_division() {
        let ten = BigInt::from(10);
        assert_eq!(
            int_true_divide(&pow(ten.clone(), 400), &pow(ten.clone(), 399)).unwrap(),
            10.0
        );
        assert_eq!(
            int_true_divide(&BigInt::one(), &pow(ten.clone(), 400)).unwrap(),
            0.0
        );
        assert_eq!(
            int_true_divide(&BigInt::from(0), &BigInt::from(-5))
                .unwrap()
                .to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(
            int_true_divide(&pow(ten.clone(), 400), &BigInt::from(3))
                .unwrap_err()
                .message,
            "integer division result too large for a float"
        );
        assert_eq!(float_to_bigint(1e20).unwrap(), pow(ten, 20));
        assert_eq!(float_to_bigint(-3.9).unwrap(), BigInt::from(-3));
    }
}
