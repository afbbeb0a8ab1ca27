//! Float arithmetic whose Python semantics differ from IEEE/Rust
//! operators: floor division and modulo take the sign of the divisor,
//! division by zero raises, and `**` has CPython's special cases.

use crate::text::error::{PyErr, PyErrKind, PyResult};

/// `a / b` for floats (`ZeroDivisionError("float division by zero")`).
pub fn float_true_div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division_error("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`; `b` must be nonzero.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut modulo = a % b;
    // fmod is exact, so a - modulo is an exact multiple of b up to the
    // rounding of the division below.
    let mut div = (a - modulo) / b;
    if modulo != 0.0 {
        // The remainder takes the sign of the divisor.
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
            div -= 1.0;
        }
    } else {
        modulo = 0.0f64.copysign(b);
    }
    let floor_div = if div != 0.0 {
        // Snap the quotient to the nearest integral value.
        let mut floored = div.floor();
        if div - floored > 0.5 {
            floored += 1.0;
        }
        floored
    } else {
        // Zero with the sign of the true quotient.
        0.0f64.copysign(a / b)
    };
    (floor_div, modulo)
}

/// `a // b` for floats.
///
/// ```
/// assert_eq!(tauraro_vm::text::float_floor_div(-7.0, 2.0).unwrap(), -4.0);
/// ```
pub fn float_floor_div(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division_error("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b`.
///
/// ```
/// assert_eq!(tauraro_vm::text::float_mod(-7.0, 2.0).unwrap(), 1.0);
/// assert!(tauraro_vm::text::float_mod(0.0, -2.0).unwrap().is_sign_negative());
/// ```
pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division_error("float modulo"));
    }
    let mut modulo = a % b;
    if modulo != 0.0 {
        if (b < 0.0) != (modulo < 0.0) {
            modulo += b;
        }
    } else {
        modulo = 0.0f64.copysign(b);
    }
    Ok(modulo)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(PyErr::zero_division_error("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    // Doubles of magnitude 2**53 and above are all even.
    x.is_finite() && x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 && (x as i64) % 2 != 0
}

/// `a ** b` for floats (and for ints with a negative exponent, after
/// converting both to float).
///
/// `0.0 ** negative` raises `ZeroDivisionError("0.0 cannot be raised to a
/// negative power")`; overflow raises `OverflowError("(34, 'Numerical
/// result out of range')")` as CPython's errno-based error does; a
/// negative base with a non-integral exponent, which is a complex number
/// in Python, returns [`PyErrKind::NotSupported`].
pub fn float_pow(base: f64, exponent: f64) -> PyResult<f64> {
    if exponent == 0.0 {
        return Ok(1.0);
    }
    if base.is_nan() {
        return Ok(base);
    }
    if exponent.is_nan() {
        return Ok(if base == 1.0 { 1.0 } else { exponent });
    }
    if exponent.is_infinite() {
        let magnitude = base.abs();
        return Ok(if magnitude == 1.0 {
            1.0
        } else if (exponent > 0.0) == (magnitude > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if base.is_infinite() {
        let odd = is_odd_integer(exponent);
        return Ok(if exponent > 0.0 {
            if odd { base } else { base.abs() }
        } else if odd {
            0.0f64.copysign(base)
        } else {
            0.0
        });
    }
    if base == 0.0 {
        if exponent < 0.0 {
            return Err(PyErr::zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(exponent) { base } else { 0.0 });
    }
    let mut magnitude_base = base;
    let mut negate = false;
    if base < 0.0 {
        if exponent != exponent.floor() {
            return Err(PyErr::new(
                PyErrKind::NotSupported,
                "complex numbers are not supported yet",
            ));
        }
        magnitude_base = -base;
        negate = is_odd_integer(exponent);
    }
    if magnitude_base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // Rust's powf is the platform libm pow, as in CPython.
    let result = magnitude_base.powf(exponent);
    if result.is_infinite() {
        return Err(PyErr::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -result } else { result })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert_eq!(float_divmod(7.5, -2.0).unwrap(), (-4.0, -0.5));
        assert_eq!(float_floor_div(1.0, 0.1).unwrap(), 9.0);
        assert_eq!(float_mod(1.0, 0.1).unwrap(), 0.09999999999999995);
        assert!(float_floor_div(-0.0, 5.0).unwrap().is_sign_negative());
        assert_eq!(float_mod(-1e-100, 1.0).unwrap(), 1.0);
        assert_eq!(
            float_pow(-8.0, 1.0 / 3.0).unwrap_err().kind,
            PyErrKind::NotSupported
        );
        assert_eq!(float_pow(-2.0, 3.0).unwrap(), -8.0);
        assert_eq!(
            float_pow(-0.0, -1.0).unwrap_err().message,
            "0.0 cannot be raised to a negative power"
        );
        assert_eq!(float_pow(-1.0, f64::INFINITY).unwrap(), 1.0);
        assert_eq!(float_pow(-1.0, 1e300).unwrap(), 1.0);
        assert!(
            float_pow(f64::NEG_INFINITY, -3.0)
                .unwrap()
                .is_sign_negative()
        );
        assert_eq!(
            float_pow(2.0, 10000.0).unwrap_err().message,
            "(34, 'Numerical result out of range')"
        );
    }
}
