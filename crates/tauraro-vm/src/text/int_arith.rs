//! Int arithmetic with Python semantics: floor division and modulo round
//! toward negative infinity, `**` with a negative exponent produces a
//! float, and three-argument `pow` supports negative exponents through the
//! modular inverse (3.8+).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::text::error::{PyErr, PyResult};
use crate::text::float_arith::float_pow;
use crate::text::int_float_conversion::bigint_to_f64;

/// Results larger than this many bits are refused with `MemoryError`
/// rather than attempted (CPython would exhaust memory trying).
const MAX_POW_RESULT_BITS: u64 = 1 << 34;

/// `a // b` for ints.
pub fn int_floor_div(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division_error(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints: the result has the sign of `b`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_division_error("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(PyErr::zero_division_error(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_mod_floor(b))
}

/// The result of `int ** int`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    /// A non-negative exponent gives an int.
    Int(BigInt),
    /// A negative exponent makes Python compute in floats.
    Float(f64),
}

/// `base ** exponent` for ints. A negative exponent converts both operands
/// to float (`OverflowError("int too large to convert to float")` if they
/// do not fit) and follows [`float_pow`], so `0 ** -1` raises
/// `ZeroDivisionError("0.0 cannot be raised to a negative power")`.
///
/// ```
/// use num_bigint::BigInt;
/// use tauraro_vm::text::{int_pow, IntPow};
/// assert_eq!(int_pow(&BigInt::from(2), &BigInt::from(-1)).unwrap(), IntPow::Float(0.5));
/// assert_eq!(int_pow(&BigInt::from(-3), &BigInt::from(3)).unwrap(), IntPow::Int(BigInt::from(-27)));
/// ```
pub fn int_pow(base: &BigInt, exponent: &BigInt) -> PyResult<IntPow> {
    if exponent.sign() == Sign::Minus {
        let result = float_pow(bigint_to_f64(base)?, bigint_to_f64(exponent)?)?;
        return Ok(IntPow::Float(result));
    }
    if base.is_zero() || base.is_one() {
        return Ok(IntPow::Int(if exponent.is_zero() {
            BigInt::one()
        } else {
            base.clone()
        }));
    }
    if base.abs().is_one() {
        return Ok(IntPow::Int(if exponent.is_even() {
            BigInt::one()
        } else {
            base.clone()
        }));
    }
    let exponent = exponent
        .to_u64()
        .filter(|&e| base.bits().saturating_mul(e) <= MAX_POW_RESULT_BITS)
        .ok_or_else(PyErr::memory_error)?;
    Ok(IntPow::Int(num_traits::pow(
        base.clone(),
        exponent as usize,
    )))
}

/// `pow(base, exponent, modulus)` for ints. The result has the sign of
/// the modulus; a negative exponent uses the modular inverse of `base`
/// (`ValueError("base is not invertible for the given modulus")`); a zero
/// modulus is `ValueError("pow() 3rd argument cannot be 0")`.
///
/// ```
/// use num_bigint::BigInt;
/// let p = tauraro_vm::text::int_pow_mod(&BigInt::from(3), &BigInt::from(-1), &BigInt::from(7)).unwrap();
/// assert_eq!(p, BigInt::from(5));
/// ```
pub fn int_pow_mod(base: &BigInt, exponent: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.sign() == Sign::Minus;
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut reduced_base = base.mod_floor(&m);
    let mut e = exponent.clone();
    if e.sign() == Sign::Minus {
        reduced_base = reduced_base
            .modinv(&m)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let result = reduced_base.modpow(&e, &m);
    Ok(if negative_output && !result.is_zero() {
        result - m
    } else {
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(v: i64) -> BigInt {
        BigInt::from(v)
    }

    #[test]
    fn from_cpython() {
        assert_eq!(int_pow_mod(&b(2), &b(-1), &b(1)).unwrap(), b(0));
        assert_eq!(int_pow_mod(&b(-2), &b(3), &b(-5)).unwrap(), b(-3));
        assert_eq!(int_pow_mod(&b(3), &b(-2), &b(-7)).unwrap(), b(-3));
        assert_eq!(int_pow_mod(&b(5), &b(0), &b(-3)).unwrap(), b(-2));
        assert_eq!(
            int_pow_mod(&b(3), &b(-1), &b(6)).unwrap_err().message,
            "base is not invertible for the given modulus"
        );
        assert_eq!(int_pow(&b(-2), &b(-1)).unwrap(), IntPow::Float(-0.5));
        assert_eq!(int_mod(&b(-7), &b(2)).unwrap(), b(1));
        assert_eq!(int_floor_div(&b(-7), &b(2)).unwrap(), b(-4));
        assert_eq!(
            int_mod(&b(1), &b(0)).unwrap_err().message,
            "integer modulo by zero"
        );
    }
}
