//! The exact integer functions of `math` on ints of any size: `factorial`, `comb`, `perm`,
//! `isqrt`, `gcd` and `lcm`. Their results are exact, so any correct algorithm gives
//! CPython's answer; these use binary splitting so that big arguments stay fast.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// The product of the integers in `low..high` (1 for an empty range), by binary splitting
/// so that the multiplications are balanced.
pub(crate) fn range_product(low: &BigUint, high: &BigUint) -> BigUint {
    if low >= high {
        return BigUint::one();
    }
    let count = high - low;
    if count <= BigUint::from(16u32) {
        let mut product = BigUint::one();
        let mut i = low.clone();
        while &i < high {
            product *= &i;
            i += 1u32;
        }
        return product;
    }
    let middle: BigUint = low + (count >> 1u32);
    range_product(low, &middle) * range_product(&middle, high)
}

/// `n!`.
pub(crate) fn factorial(n: u64) -> BigUint {
    range_product(&BigUint::one(), &(BigUint::from(n) + 1u32))
}

/// `perm(n, k)`: `n! / (n-k)!`, zero when `k > n`.
pub(crate) fn perm(n: &BigUint, k: &BigUint) -> BigUint {
    if k > n {
        return BigUint::zero();
    }
    range_product(&(n - k + 1u32), &(n + 1u32))
}

/// `comb(n, k)`: `n! / (k! (n-k)!)`, zero when `k > n`. `k` is the smaller of `k` and
/// `n - k` already when the caller checked that it fits a machine word.
pub(crate) fn comb(n: &BigUint, k: u64) -> BigUint {
    if &BigUint::from(k) > n {
        return BigUint::zero();
    }
    let k_big = BigUint::from(k);
    let numerator = range_product(&(n - &k_big + 1u32), &(n + 1u32));
    numerator / factorial(k)
}

/// `isqrt(n)` for `n >= 0`: the largest `a` with `a*a <= n`.
pub(crate) fn isqrt(n: &BigInt) -> BigInt {
    n.sqrt()
}

/// `gcd` of two ints (non-negative).
pub(crate) fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    a.gcd(b)
}

/// `lcm` of two ints (non-negative; zero if either is zero).
pub(crate) fn lcm(a: &BigInt, b: &BigInt) -> BigInt {
    if a.is_zero() || b.is_zero() {
        return BigInt::zero();
    }
    (a / a.gcd(b) * b).abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values() {
        assert_eq!(factorial(0), BigUint::one());
        assert_eq!(factorial(20), BigUint::from(2432902008176640000u64));
        assert_eq!(
            factorial(30).to_string(),
            "265252859812191058636308480000000"
        );
        let n = BigUint::from(10u32);
        assert_eq!(perm(&n, &BigUint::from(3u32)), BigUint::from(720u32));
        assert_eq!(perm(&n, &BigUint::from(11u32)), BigUint::zero());
        assert_eq!(comb(&n, 3), BigUint::from(120u32));
        assert_eq!(comb(&n, 0), BigUint::one());
        assert_eq!(comb(&n, 11), BigUint::zero());
        assert_eq!(isqrt(&BigInt::from(99)), BigInt::from(9));
        assert_eq!(gcd(&BigInt::from(-4), &BigInt::from(6)), BigInt::from(2));
        assert_eq!(lcm(&BigInt::from(-4), &BigInt::from(6)), BigInt::from(12));
    }

    #[test]
    fn comb_of_a_big_n() {
        let n: BigUint = BigUint::from(10u32).pow(20);
        assert_eq!(
            comb(&n, 3).to_string(),
            "166666666666666666661666666666666666666700000000000000000000"
        );
    }
}
