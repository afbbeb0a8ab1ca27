//! `round()` for floats and ints.
//!
//! CPython rounds floats through an exact decimal conversion (dtoa mode 3,
//! ties to even on the exact binary value) followed by a correctly rounded
//! conversion back, so `round(2.675, 2)` is `2.67` (2.675 is really
//! 2.67499999...) and `round(0.125, 2)` is `0.12`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, Zero, pow};

use crate::text::error::{PyErr, PyResult};
use crate::text::int_float_conversion::float_to_bigint;

/// Beyond this many digits every finite double is already exact
/// (CPython's `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Below this every finite double rounds to zero (`NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `numerator / denominator` rounded to the nearest integer, ties to even.
fn div_round_half_even(numerator: &BigInt, denominator: &BigInt) -> BigInt {
    let (q, r) = numerator.div_mod_floor(denominator);
    let twice = &r << 1usize;
    match twice.cmp(denominator) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// The exact value of a finite double as `mantissa * 2**exponent`.
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if raw_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), raw_exponent - 1075)
    };
    let m = BigInt::from(mantissa);
    (if x < 0.0 { -m } else { m }, exponent)
}

/// Python's `round(x, ndigits)` for a float: NaN and infinities are
/// returned unchanged; `OverflowError("rounded value too large to
/// represent")` when rounding up overflows (`round(1.7e308, -308)`).
///
/// ```
/// assert_eq!(tauraro_vm::text::round_float(2.675, 2).unwrap(), 2.67);
/// assert_eq!(tauraro_vm::text::round_float(12345.0, -2).unwrap(), 12300.0);
/// ```
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mantissa, exponent) = decompose(x);
    // x * 10**ndigits = mantissa * 2**exponent * 10**ndigits as a fraction.
    let mut numerator = mantissa;
    let mut denominator = BigInt::one();
    if exponent >= 0 {
        numerator <<= exponent as usize;
    } else {
        denominator <<= (-exponent) as usize;
    }
    let scale = pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        numerator *= scale;
    } else {
        denominator *= scale;
    }
    let rounded = div_round_half_even(&numerator, &denominator);
    // Correctly rounded decimal -> double, keeping the sign of zero.
    let text = format!(
        "{}{}e{}",
        if x.is_sign_negative() && rounded.is_zero() {
            "-"
        } else {
            ""
        },
        rounded,
        -ndigits
    );
    let value: f64 = text.parse().unwrap_or(f64::NAN);
    if value.is_infinite() {
        return Err(PyErr::overflow_error(
            "rounded value too large to represent",
        ));
    }
    Ok(value)
}

/// Python's `round(x)` (no `ndigits`) for a float: the nearest int, ties
/// to even. NaN raises `ValueError("cannot convert float NaN to integer")`
/// and infinities `OverflowError("cannot convert float infinity to
/// integer")`.
pub fn round_float_to_int(x: f64) -> PyResult<BigInt> {
    let mut rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        rounded = 2.0 * (x / 2.0).round();
    }
    float_to_bigint(rounded)
}

/// Python's `round(n, ndigits)` for an int: unchanged when `ndigits >= 0`,
/// otherwise the nearest multiple of `10**-ndigits`, ties to even.
///
/// ```
/// use num_bigint::BigInt;
/// assert_eq!(tauraro_vm::text::round_int(&BigInt::from(250), -2), BigInt::from(200));
/// assert_eq!(tauraro_vm::text::round_int(&BigInt::from(-350), -2), BigInt::from(-400));
/// ```
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let places = ndigits.unsigned_abs();
    // 10**places > 2|n| means the nearest multiple is 0; checking digits
    // first avoids building an enormous power of ten.
    let digits_upper_bound = n.bits().saturating_mul(30_103) / 100_000 + 1;
    if places > digits_upper_bound {
        return BigInt::zero();
    }
    let unit = pow(BigInt::from(10), places as usize);
    let magnitude = n.abs();
    let rounded = div_round_half_even(&magnitude, &unit) * unit;
    if n.sign() == Sign::Minus {
        -rounded
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(0.375, 2).unwrap(), 0.38);
        assert_eq!(round_float(-0.4, 0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_float(5e-324, 400).unwrap(), 5e-324);
        assert_eq!(round_float(1e300, -400).unwrap(), 0.0);
        assert_eq!(
            round_float(1.7976931348623157e308, -308)
                .unwrap_err()
                .message,
            "rounded value too large to represent"
        );
        assert_eq!(round_float_to_int(2.5).unwrap(), BigInt::from(2));
        assert_eq!(round_float_to_int(-3.5).unwrap(), BigInt::from(-4));
        assert_eq!(
            round_float_to_int(f64::NAN).unwrap_err().message,
            "cannot convert float NaN to integer"
        );
        assert_eq!(round_int(&BigInt::from(15), -1), BigInt::from(20));
        assert_eq!(round_int(&BigInt::from(5), -1), BigInt::from(0));
        assert_eq!(round_int(&BigInt::from(5), -1000), BigInt::from(0));
    }
}
