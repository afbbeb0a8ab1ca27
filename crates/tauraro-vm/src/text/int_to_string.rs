//! `str(int)`, `bin()`, `oct()` and `hex()`, with CPython's limit on
//! decimal conversions (CVE-2020-10735): converting an int of more than
//! 4300 decimal digits to or from a decimal string raises `ValueError`.

use num_bigint::{BigInt, BigUint, Sign};

use crate::text::error::{PyErr, PyResult};

/// `sys.get_int_max_str_digits()` default in CPython 3.11.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// log10(2) rounded down, scaled by 10^8, for a lower bound on the number
/// of decimal digits that never claims too many.
const LOG10_2_FLOOR_E8: u64 = 30_102_999;

pub(crate) fn to_str_limit_error() -> PyErr {
    PyErr::value_error(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal digits of a magnitude, or the limit error if there are more
/// than [`INT_MAX_STR_DIGITS`] of them.
pub(crate) fn decimal_magnitude(magnitude: &BigUint) -> PyResult<String> {
    let bits = magnitude.bits();
    if bits > 1 {
        // n >= 2^(bits-1), so n has at least this many digits; checking it
        // first avoids a quadratic conversion of an enormous number.
        let min_digits = (bits - 1).saturating_mul(LOG10_2_FLOOR_E8) / 100_000_000 + 1;
        if min_digits > INT_MAX_STR_DIGITS as u64 {
            return Err(to_str_limit_error());
        }
    }
    let digits = magnitude.to_str_radix(10);
    if digits.len() > INT_MAX_STR_DIGITS {
        return Err(to_str_limit_error());
    }
    Ok(digits)
}

/// Room for the decimal digits and sign of any `i64`.
pub const I64_DECIMAL_LEN: usize = 20;

/// `str(v)` for an `i64`, written into `buffer` (no allocation: `str(i)`
/// is among the most frequent conversions a program makes).
///
/// ```
/// let mut buffer = [0; tauraro_vm::text::I64_DECIMAL_LEN];
/// assert_eq!(tauraro_vm::text::i64_to_decimal(-120, &mut buffer), "-120");
/// assert_eq!(tauraro_vm::text::i64_to_decimal(i64::MIN, &mut buffer), "-9223372036854775808");
/// ```
pub fn i64_to_decimal(v: i64, buffer: &mut [u8; I64_DECIMAL_LEN]) -> &str {
    let mut magnitude = v.unsigned_abs();
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if v < 0 {
        start -= 1;
        buffer[start] = b'-';
    }
    std::str::from_utf8(&buffer[start..]).unwrap_or("")
}

/// `str(v)` / `repr(v)` for an int.
///
/// ```
/// use num_bigint::BigInt;
/// assert_eq!(tauraro_vm::text::int_to_string(&BigInt::from(-42)).unwrap(), "-42");
/// let huge = num_traits::pow(BigInt::from(10), 4300);
/// assert!(tauraro_vm::text::int_to_string(&huge).is_err());
/// ```
pub fn int_to_string(v: &BigInt) -> PyResult<String> {
    let digits = decimal_magnitude(v.magnitude())?;
    Ok(if v.sign() == Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Digits of `v` in `radix` (2..=36, lowercase), with a `-` sign and, when
/// `prefix` is set and the radix is 2, 8 or 16, Python's `0b`/`0o`/`0x`.
/// Powers of two are exempt from the digit limit in CPython, and so are
/// all radices here except 10 (use [`int_to_string`] for that).
pub fn int_to_string_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = radix.clamp(2, 36);
    let digits = v.magnitude().to_str_radix(radix);
    let prefix = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `bin(v)`: `'-0b101'`.
pub fn int_to_bin(v: &BigInt) -> String {
    int_to_string_radix(v, 2, true)
}

/// `oct(v)`: `'-0o17'`.
pub fn int_to_oct(v: &BigInt) -> String {
    int_to_string_radix(v, 8, true)
}

/// `hex(v)`: `'-0x1f'`.
pub fn int_to_hex(v: &BigInt) -> String {
    int_to_string_radix(v, 16, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, pow};

    #[test]
    fn digit_limit_boundary() {
        let ten = BigInt::from(10);
        let max_ok = pow(ten.clone(), 4300) - BigInt::one();
        assert_eq!(int_to_string(&max_ok).unwrap().len(), 4300);
        assert_eq!(int_to_string(&-max_ok).unwrap().len(), 4301);
        let err = int_to_string(&pow(ten, 4300)).unwrap_err();
        assert_eq!(
            err.message,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
    }

    #[test]
    fn prefixed_forms() {
        assert_eq!(int_to_hex(&BigInt::from(-31)), "-0x1f");
        assert_eq!(int_to_oct(&BigInt::from(8)), "0o10");
        assert_eq!(int_to_bin(&BigInt::from(0)), "0b0");
    }
}
