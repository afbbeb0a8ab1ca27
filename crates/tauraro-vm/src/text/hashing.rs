//! `hash()` of numbers and tuples, bit-for-bit as 64-bit CPython 3.11.
//!
//! Numeric hashes are reductions modulo the Mersenne prime 2**61 - 1, so
//! that equal numbers of different types (`1`, `1.0`, `True`) hash alike;
//! a result of -1 (CPython's error marker) becomes -2. `str` and `bytes`
//! hashes are seeded per process (`PYTHONHASHSEED`) and are not covered.

use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`: the hash of `float('inf')` (negated for `-inf`).
pub const HASH_INF: i64 = 314_159;
const HASH_BITS: u32 = 61;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an int that fits in `i64` (and `hash(True) == 1`).
///
/// ```
/// assert_eq!(tauraro_vm::text::hash_int_i64(-1), -2);
/// assert_eq!(tauraro_vm::text::hash_int_i64(2_i64.pow(61)), 1);
/// ```
#[inline]
pub fn hash_int_i64(n: i64) -> i64 {
    let magnitude = n.unsigned_abs();
    // Ints below the modulus (nearly all) need no division.
    let reduced = if magnitude < HASH_MODULUS {
        magnitude
    } else {
        magnitude % HASH_MODULUS
    } as i64;
    fix_minus_one(if n < 0 { -reduced } else { reduced })
}

/// `hash(n)` for any int.
pub fn hash_bigint(n: &BigInt) -> i64 {
    // 2**64 ≡ 2**3 (mod 2**61 - 1): fold 64-bit limbs from the top.
    let mut acc: u128 = 0;
    for limb in n.magnitude().iter_u64_digits().rev() {
        acc = ((acc << 64) | u128::from(limb)) % u128::from(HASH_MODULUS);
    }
    let reduced = acc as i64;
    fix_minus_one(if n.sign() == Sign::Minus {
        -reduced
    } else {
        reduced
    })
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
/// This is what `object.__hash__` (and a NaN's hash) is built from.
pub fn hash_pointer(address: usize) -> i64 {
    fix_minus_one((address as u64).rotate_right(4) as i64)
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`, for finite nonzero `x`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i32;
    if raw_exponent == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(mantissa_bits), raw_exponent - 1022)
}

/// `hash(x)` for a float, including non-integral values, which hash to
/// their exact rational value modulo 2**61 - 1. Infinities hash to
/// ±314159; a NaN hashes by identity in CPython 3.10+, so the caller passes
/// the object's address (or any stable id) as `nan_identity`.
///
/// ```
/// assert_eq!(tauraro_vm::text::hash_float(1.5, 0), 1152921504606846977);
/// assert_eq!(tauraro_vm::text::hash_float(-1.0, 0), -2);
/// ```
pub fn hash_float(x: f64, nan_identity: usize) -> i64 {
    if x.is_nan() {
        return hash_pointer(nan_identity);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // Transcription of _Py_HashDouble: consume the mantissa 28 bits at a
    // time, rotating the accumulator, then rotate for the exponent.
    let (mut m, mut e) = frexp(x);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & HASH_MODULUS) | (acc >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        acc += y;
        if acc >= HASH_MODULUS {
            acc -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) as u32 % HASH_BITS)
    };
    acc = ((acc << e) & HASH_MODULUS) | (acc >> (HASH_BITS - e));
    let h = acc as i64;
    fix_minus_one(if negative { -h } else { h })
}

/// `hash(t)` for a tuple, given the hashes of its items in order (the
/// xxHash-based algorithm of CPython 3.8+).
///
/// ```
/// assert_eq!(tauraro_vm::text::hash_tuple([]), 5740354900026072187);
/// assert_eq!(tauraro_vm::text::hash_tuple([1, 2]), -3550055125485641917);
/// ```
pub fn hash_tuple(item_hashes: impl IntoIterator<Item = i64>) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    let mut len: u64 = 0;
    for lane in item_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
        len += 1;
    }
    // The length is mixed in so that hash(()) keeps its historical value.
    acc = acc.wrapping_add(len ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert_eq!(hash_int_i64(i64::MIN), -4);
        assert_eq!(hash_int_i64(-2), -2);
        assert_eq!(hash_float(0.1, 0), 230584300921369408);
        assert_eq!(hash_float(5e-324, 0), 16777216);
        assert_eq!(hash_float(f64::MAX, 0), 2234066890152476671);
        assert_eq!(hash_float(f64::NEG_INFINITY, 0), -314159);
        assert_eq!(
            hash_bigint(&(BigInt::from(1) << 100)),
            hash_float(2f64.powi(100), 0)
        );
    }
}
