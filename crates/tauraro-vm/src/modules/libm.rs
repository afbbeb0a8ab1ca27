//! The C library's math functions that `math` calls where Rust's standard library has none
//! or computes its own approximation.
//!
//! CPython's `math` module calls the platform libm; to give the same results bit for bit,
//! Tauraro calls the same functions. Rust's `f64` methods already call libm for `sin`,
//! `exp`, `ln`, `powf` and the like, but not for these: `erf`/`erfc` are missing from stable
//! Rust, and `asinh`, `acosh` and `atanh` are computed in Rust with different rounding.
//!
//! Safety: these are pure functions of their `f64` arguments in the C library the standard
//! library already links; they take no pointers, keep no state Rust can observe (only
//! `errno`, which is thread-local and never read here), and are defined for every input, so
//! declaring them `safe` is sound.

unsafe extern "C" {
    pub safe fn erf(x: f64) -> f64;
    pub safe fn erfc(x: f64) -> f64;
    pub safe fn asinh(x: f64) -> f64;
    pub safe fn acosh(x: f64) -> f64;
    pub safe fn atanh(x: f64) -> f64;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_c_library_answers() {
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(erfc(0.0), 1.0);
        assert!(atanh(1.0).is_infinite());
        assert!(acosh(0.5).is_nan());
        assert_eq!(asinh(0.0), 0.0);
    }
}
