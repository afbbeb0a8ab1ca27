//! The floating-point algorithms CPython 3.11's `math` module implements itself rather than
//! taking from libm, reimplemented step for step so the results are the same bit for bit:
//! the gamma function and its logarithm (Lanczos approximation), `sin(pi*x)`, `fsum`
//! (Shewchuk's exact partial sums), the vector norm behind `hypot` and `dist`, IEEE
//! `remainder`, and `frexp`/`ldexp`.
//!
//! Functions that can fail report it like C's `errno`: [`MathError::Domain`] becomes
//! "math domain error", [`MathError::Range`] "math range error".

// The constants are written with the digits CPython's and glibc's sources publish; Rust
// rounds them to the nearest double exactly as a C compiler does.
#![allow(clippy::excessive_precision)]

/// A failure as libm reports it through `errno`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MathError {
    /// `EDOM`: invalid argument or a pole.
    Domain,
    /// `ERANGE`: the result overflows (underflow is not an error).
    Range,
}

/// A result with its `errno`: the value is returned even when an error is flagged, as C
/// functions do, because CPython ignores `ERANGE` for results below 1.5 in magnitude.
pub(crate) type Flagged = (f64, Option<MathError>);

const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// `sin(pi * x)`, accurate for all finite `x` (used by the reflection formula).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 when y == 1.0.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

const LANCZOS_N: usize = 13;
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// Numerator of the Lanczos sum as a rational function (Boost's coefficients for N=13).
const LANCZOS_NUM_COEFFS: [f64; LANCZOS_N] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Denominator: `x*(x+1)*...*(x+LANCZOS_N-2)`.
const LANCZOS_DEN_COEFFS: [f64; LANCZOS_N] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `gamma(n)` for the integers 1 to 23, exactly.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum `L_g(x)` for positive `x`, evaluated as a rational function (in `1/x`
/// for large `x`, which avoids overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..LANCZOS_N).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..LANCZOS_N {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// The gamma function, as CPython's `m_tgamma`.
pub(crate) fn gamma(x: f64) -> Flagged {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, None);
        }
        return (f64::NAN, Some(MathError::Domain));
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Some(MathError::Domain));
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Some(MathError::Domain));
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, r.is_infinite().then_some(MathError::Range));
    }
    // gamma(x) overflows for x > 200 and underflows to +-0.0 for x < -200.
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sin_pi(x), None);
        }
        return (f64::INFINITY, Some(MathError::Range));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, to correct the result for it.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, r.is_infinite().then_some(MathError::Range))
}

/// The natural logarithm of the absolute value of the gamma function (`m_lgamma`).
pub(crate) fn lgamma(x: f64) -> Flagged {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, None);
        }
        return (f64::INFINITY, None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Some(MathError::Domain));
        }
        return (0.0, None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    (r, r.is_infinite().then_some(MathError::Range))
}

/// `atan2` with C99's special cases handled first, as CPython's `m_atan2`.
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// The cube root, as glibc's `cbrt` computes it (a polynomial first guess and one Halley
/// step, with the exponent divided by three): CPython calls the C library's `cbrt`, and
/// Rust's differs from glibc's in the last bit for some inputs.
pub(crate) fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even); exact.
pub(crate) fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than 0.5*absy, which may not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: choose the even multiple (all steps here are exact).
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (zero, infinities and NaN
/// give `(x, 0)`).
pub(crate) fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i32;
    if raw_exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let exponent = raw_exponent - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exponent)
}

/// `ldexp`: `x * 2**n` with a single rounding (musl's `scalbn`).
pub(crate) fn ldexp(x: f64, n: i32) -> f64 {
    let mut y = x;
    let mut n = n;
    let two_1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2**-1022 * 2**53: stays in the normal range, so these scalings are exact.
    let two_m969 = f64::from_bits(0x0360_0000_0000_0000);
    if n > 1023 {
        y *= two_1023;
        n -= 1023;
        if n > 1023 {
            y *= two_1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        y *= two_m969;
        n += 1022 - 53;
        if n < -1022 {
            y *= two_m969;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// `math.fsum`'s state: exact, non-overlapping partial sums in increasing magnitude
/// (Shewchuk's algorithm as Raymond Hettinger's `msum`, with Mark Dickinson's final
/// rounding), plus the infinities and NaNs seen.
#[derive(Default)]
pub(crate) struct ExactSum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

/// Why `fsum` failed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum FsumError {
    /// "intermediate overflow in fsum".
    Overflow,
    /// "-inf + inf in fsum".
    InfMinusInf,
}

impl ExactSum {
    pub(crate) fn add(&mut self, value: f64) -> Result<(), FsumError> {
        let mut x = value;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From intermediate overflow, or an infinity or NaN among the values.
                if value.is_finite() {
                    return Err(FsumError::Overflow);
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    pub(crate) fn total(&self) -> Result<f64, FsumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(FsumError::InfMinusInf);
            }
            return Ok(self.special_sum);
        }
        let partials = &self.partials;
        let mut n = partials.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            // Sum from the top, stopping when the sum becomes inexact.
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            // Half-even rounding across several partials.
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// The Euclidean norm of non-negative values whose largest is `max`, as CPython 3.11's
/// `vector_norm`: lossless power-of-two scaling, exact squares by Veltkamp-Dekker splitting,
/// compensated summation and a differential correction of the square root.
pub(crate) fn vector_norm(values: &[f64], max: f64, found_nan: bool) -> f64 {
    // 2**27 + 1, the Veltkamp splitting constant.
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0;
    let (mut frac1, mut frac2, mut frac3) = (0.0, 0.0, 0.0);
    if max_e >= -1023 {
        let scale = ldexp(1.0, -max_e);
        for &value in values {
            let x = value * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;

            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;

        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Subnormal maximum: 2**-max_e would overflow, so divide by the maximum instead.
    for &value in values {
        let x = value / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_matches_known_values() {
        assert_eq!(gamma(5.0), (24.0, None));
        // CPython 3.11's values.
        assert_eq!(gamma(0.5).0, 1.7724538509055159);
        assert_eq!(gamma(-1.0).1, Some(MathError::Domain));
        assert_eq!(gamma(171.0).1, None);
        assert_eq!(gamma(172.0).1, Some(MathError::Range));
        assert_eq!(lgamma(10.0).0, 12.801827480081467);
        assert_eq!(lgamma(0.0).1, Some(MathError::Domain));
    }

    #[test]
    fn frexp_and_ldexp_invert_each_other() {
        for x in [1.0, 0.1, -3.5, 1e-310, f64::MAX, f64::MIN_POSITIVE] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}");
            assert_eq!(ldexp(m, e), x);
        }
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert!(ldexp(1.0, 1024).is_infinite());
    }

    #[test]
    fn fsum_is_exact() {
        let mut sum = ExactSum::default();
        for x in [1e100, 1.0, -1e100, 1e-100] {
            sum.add(x).unwrap();
        }
        assert_eq!(sum.total(), Ok(1.0));
        let mut sum = ExactSum::default();
        for _ in 0..10 {
            sum.add(0.1).unwrap();
        }
        assert_eq!(sum.total(), Ok(1.0));
    }

    #[test]
    fn vector_norm_of_a_3_4_5_triangle() {
        assert_eq!(vector_norm(&[3.0, 4.0], 4.0, false), 5.0);
        assert_eq!(vector_norm(&[], 0.0, false), 0.0);
        assert!(vector_norm(&[1.0, f64::NAN], 1.0, true).is_nan());
    }

    #[test]
    fn cube_roots_round_like_glibc() {
        // CPython's math.cbrt on glibc.
        assert_eq!(cbrt(2.0), 1.2599210498948734);
        assert_eq!(cbrt(-27.0), -3.0000000000000004);
        assert_eq!(cbrt(100.0), 4.641588833612778);
    }

    #[test]
    fn remainder_rounds_half_to_even() {
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
        assert_eq!(remainder(-7.0, 2.0), 1.0);
        assert!(remainder(1.0, 0.0).is_nan());
    }
}
