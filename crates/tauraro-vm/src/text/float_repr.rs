//! `repr(float)` (and `str(float)`, which is the same in Python 3).

use crate::text::double_to_string::{FloatFormatCode, FloatFormatFlags, double_to_string};

/// Python's `repr(x)` for a float: the shortest digits that round-trip,
/// fixed notation for decimal exponents in [-4, 16), scientific otherwise,
/// `.0` appended to integral values in fixed notation.
///
/// ```
/// assert_eq!(tauraro_vm::text::float_repr(0.1), "0.1");
/// assert_eq!(tauraro_vm::text::float_repr(1e16), "1e+16");
/// assert_eq!(tauraro_vm::text::float_repr(-0.0), "-0.0");
/// assert_eq!(tauraro_vm::text::float_repr(f64::NAN), "nan");
/// ```
pub fn float_repr(x: f64) -> String {
    let flags = FloatFormatFlags {
        add_dot_0: true,
        ..FloatFormatFlags::default()
    };
    double_to_string(x, FloatFormatCode::Repr, 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn layout_boundaries() {
        // Expected strings from CPython 3.11.
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e16, "1e+16"),
            (1.5e300, "1.5e+300"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.25e-5, "1.25e-05"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (123.456, "123.456"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for &(x, expected) in cases {
            assert_eq!(float_repr(x), expected, "repr({x:e})");
        }
    }
}
