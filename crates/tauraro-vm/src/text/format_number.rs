//! `format(int, spec)` and `format(float, spec)`.
//!
//! Transcribes `format_long_internal` and `format_float_internal` from
//! CPython 3.11's `Python/formatter_unicode.c`, with the C locale for the
//! `n` type (no grouping, `.` as decimal point).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::text::double_to_string::{
    FloatFormatCode, FloatFormatFlags, double_to_string, double_to_string_into,
};
use crate::text::error::{PyErr, PyErrKind, PyResult};
use crate::text::format_spec::{
    Align, FormatSpec, Grouping, SignOption, unknown_format_code_error,
};
use crate::text::int_float_conversion::bigint_to_f64;
use crate::text::int_to_string::decimal_magnitude;
use crate::text::number_layout::{
    FieldOptions, NumberParts, is_plain_layout, layout_number, pad_in_place, push_grouped,
};

/// An integer value in either representation, so both entry points share
/// one implementation without converting small values to `BigInt`.
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The ASCII digits of a magnitude: those of an `i64` on the stack, from `start` on.
enum Digits {
    Inline([u8; 64], usize),
    Heap(String),
}

impl Digits {
    fn as_str(&self) -> &str {
        match self {
            Digits::Inline(buffer, start) => std::str::from_utf8(&buffer[*start..]).unwrap_or(""),
            Digits::Heap(text) => text,
        }
    }

    fn make_ascii_uppercase(&mut self) {
        match self {
            Digits::Inline(buffer, start) => buffer[*start..].make_ascii_uppercase(),
            Digits::Heap(text) => text.make_ascii_uppercase(),
        }
    }
}

/// The digit pairs `00` to `99`, for writing decimal digits two at a time.
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// Writes the digits of `m` in `radix` right-aligned into `buffer`, returning where they
/// start. Decimal goes two digits per step and powers of two by shifts: a division by a
/// radix only known at run time is a slow hardware divide per digit.
fn write_magnitude(mut m: u64, radix: u32, buffer: &mut [u8; 64]) -> usize {
    let mut start = buffer.len();
    match radix {
        10 => {
            while m >= 100 {
                let pair = (m % 100) as usize * 2;
                m /= 100;
                start -= 2;
                buffer[start..start + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
            }
            if m >= 10 {
                let pair = m as usize * 2;
                start -= 2;
                buffer[start..start + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
            } else {
                start -= 1;
                buffer[start] = b'0' + m as u8;
            }
        }
        2 | 8 | 16 => {
            let bits = radix.trailing_zeros();
            let mask = u64::from(radix - 1);
            loop {
                start -= 1;
                buffer[start] = b"0123456789abcdef"[(m & mask) as usize];
                m >>= bits;
                if m == 0 {
                    break;
                }
            }
        }
        _ => loop {
            start -= 1;
            let digit = (m % u64::from(radix)) as u8;
            buffer[start] = if digit < 10 {
                b'0' + digit
            } else {
                b'a' + digit - 10
            };
            m /= u64::from(radix);
            if m == 0 {
                break;
            }
        },
    }
    start
}

impl IntRef<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(v) => *v < 0,
            IntRef::Big(v) => v.sign() == Sign::Minus,
        }
    }

    /// Digits of the magnitude in `radix`, lowercase.
    fn magnitude_digits(&self, radix: u32) -> PyResult<Digits> {
        match self {
            IntRef::Small(v) => {
                // Written directly, right to left: the `fmt` machinery costs more than
                // the digits themselves.
                let mut buffer = [0u8; 64];
                let start = write_magnitude(v.unsigned_abs(), radix, &mut buffer);
                Ok(Digits::Inline(buffer, start))
            }
            IntRef::Big(v) if radix == 10 => Ok(Digits::Heap(decimal_magnitude(v.magnitude())?)),
            IntRef::Big(v) => Ok(Digits::Heap(v.magnitude().to_str_radix(radix))),
        }
    }

    fn to_f64(&self) -> PyResult<f64> {
        match self {
            // `as` rounds to nearest, ties to even, like PyLong_AsDouble.
            IntRef::Small(v) => Ok(*v as f64),
            IntRef::Big(v) => bigint_to_f64(v),
        }
    }

    /// The value as a C long, as `PyLong_AsLong` would produce it.
    fn to_c_long(&self) -> PyResult<i64> {
        match self {
            IntRef::Small(v) => Ok(*v),
            IntRef::Big(v) => v
                .to_i64()
                .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long")),
        }
    }
}

/// Python's `format(value, spec)` for an `int` (and `bool`, whose spec
/// carries type name `'bool'`).
///
/// An empty spec gives `str(value)` for exact ints; for `bool` and other
/// subclasses CPython uses `str(obj)` instead, which the VM must handle.
///
/// ```
/// use num_bigint::BigInt;
/// let spec = tauraro_vm::text::parse_format_spec("#_x", "int").unwrap();
/// assert_eq!(tauraro_vm::text::format_int(&BigInt::from(-65535), &spec).unwrap(), "-0xffff");
/// ```
pub fn format_int(value: &BigInt, spec: &FormatSpec<'_>) -> PyResult<String> {
    let mut out = String::new();
    format_integer(IntRef::Big(value), spec, &mut out)?;
    Ok(out)
}

/// [`format_int`] for a value that fits in an `i64`.
pub fn format_int_i64(value: i64, spec: &FormatSpec<'_>) -> PyResult<String> {
    let mut out = String::new();
    format_integer(IntRef::Small(value), spec, &mut out)?;
    Ok(out)
}

/// [`format_int`] appended to `out` (which keeps what it held before).
pub fn format_int_into(value: &BigInt, spec: &FormatSpec<'_>, out: &mut String) -> PyResult<()> {
    format_integer(IntRef::Big(value), spec, out)
}

/// [`format_int_i64`] appended to `out` (which keeps what it held before).
pub fn format_int_i64_into(value: i64, spec: &FormatSpec<'_>, out: &mut String) -> PyResult<()> {
    format_integer(IntRef::Small(value), spec, out)
}

/// [`format_float`] appended to `out` (which keeps what it held before).
pub fn format_float_into(value: f64, spec: &FormatSpec<'_>, out: &mut String) -> PyResult<()> {
    match spec.presentation {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_presentation(value, spec, out)
        }
        Some(other) => Err(unknown_format_code_error(other, spec.type_name)),
    }
}

fn format_integer(value: IntRef<'_>, spec: &FormatSpec<'_>, out: &mut String) -> PyResult<()> {
    let presentation = spec.presentation.unwrap_or('d');
    let radix = match presentation {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_presentation(value.to_f64()?, spec, out);
        }
        other => return Err(unknown_format_code_error(other, spec.type_name)),
    };
    if spec.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let options = field_options(spec, presentation);
    if presentation == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value.to_c_long()?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(PyErr::overflow_error("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(code as u32).ok_or_else(|| {
            PyErr::new(
                PyErrKind::NotSupported,
                "lone surrogate code points are not supported in strings",
            )
        })?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal_point: false,
            remainder: &text,
        };
        return layout_number(&parts, &options, out);
    }
    let mut digits = value.magnitude_digits(radix)?;
    if presentation == 'X' {
        digits.make_ascii_uppercase();
    }
    let digits = digits.as_str();
    // Zero padding between separators (`{n:010,}`) is left to `layout_number`.
    let zero_padded_groups =
        options.grouping.is_some() && options.fill == '0' && options.align == Align::AfterSign;
    if !spec.alternate && !zero_padded_groups {
        let start = out.len();
        let sign = match (value.is_negative(), options.sign) {
            (true, _) => Some('-'),
            (false, Some(SignOption::Plus)) => Some('+'),
            (false, Some(SignOption::Space)) => Some(' '),
            (false, _) => None,
        };
        if let Some(sign) = sign {
            out.push(sign);
        }
        match options.grouping {
            Some((separator, size)) if size > 0 => push_grouped(out, digits, separator, size),
            _ => out.push_str(digits),
        }
        return pad_in_place(out, start, usize::from(sign.is_some()), &options);
    }
    let mut prefix = match (spec.alternate, presentation) {
        (false, _) => "",
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, _) => "",
    };
    if presentation == 'X' {
        prefix = if spec.alternate { "0X" } else { "" };
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix,
        digits,
        decimal_point: false,
        remainder: "",
    };
    layout_number(&parts, &options, out)
}

/// Fill, alignment, sign, width and grouping after numeric defaults.
fn field_options(spec: &FormatSpec<'_>, presentation: char) -> FieldOptions {
    let grouping = match (spec.grouping, presentation) {
        // 'n' always uses the (C) locale, which does not group.
        (_, 'n') | (None, _) => None,
        (Some(Grouping::Comma), _) => Some((',', 3)),
        (Some(Grouping::Underscore), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(Grouping::Underscore), _) => Some(('_', 3)),
    };
    FieldOptions {
        fill: spec.effective_fill(),
        align: spec.numeric_align(),
        sign: spec.sign,
        width: spec.width,
        grouping,
    }
}

/// Python's `format(value, spec)` for a `float`.
///
/// An empty spec gives `repr(value)`; no type with a precision behaves
/// like `g` but always keeps a digit after the point (`format(1.0, '.3')`
/// is `'1.0'`).
///
/// ```
/// let spec = tauraro_vm::text::parse_format_spec(",.2f", "float").unwrap();
/// assert_eq!(tauraro_vm::text::format_float(1234567.891, &spec).unwrap(), "1,234,567.89");
/// ```
pub fn format_float(value: f64, spec: &FormatSpec<'_>) -> PyResult<String> {
    let mut out = String::new();
    format_float_into(value, spec, &mut out)?;
    Ok(out)
}

/// `format_float_internal`: the presentation type is already validated.
fn format_float_presentation(
    mut value: f64,
    spec: &FormatSpec<'_>,
    out: &mut String,
) -> PyResult<()> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(PyErr::value_error("precision too big"));
        }
        p => p,
    };
    let presentation = spec.presentation.unwrap_or('\0');
    let mut flags = FloatFormatFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.no_negative_zero,
        upper: matches!(presentation, 'E' | 'F' | 'G'),
        ..FloatFormatFlags::default()
    };
    let mut percent = false;
    let (code, default_precision) = match presentation {
        '\0' => {
            // Like repr(), or like 'g' when a precision is given, but never
            // looking like an int.
            flags.add_dot_0 = true;
            (FloatFormatCode::Repr, 0)
        }
        'e' | 'E' => (FloatFormatCode::Exponent, 6),
        'f' | 'F' => (FloatFormatCode::Fixed, 6),
        '%' => {
            // CPython multiplies in floating point before formatting.
            value *= 100.0;
            percent = true;
            (FloatFormatCode::Fixed, 6)
        }
        _ => (FloatFormatCode::General, 6),
    };
    let (code, precision) = match precision {
        None => (code, default_precision),
        Some(p) if code == FloatFormatCode::Repr => (FloatFormatCode::General, p),
        Some(p) => (code, p),
    };
    let options = field_options(spec, presentation);
    if is_plain_layout(&options) {
        // No separators: the number goes straight into `out`, then gets its padding.
        let start = out.len();
        double_to_string_into(value, code, precision, flags, out);
        if percent {
            out.push('%');
        }
        let sign_len = usize::from(out[start..].starts_with('-'));
        return pad_in_place(out, start, sign_len, &options);
    }
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_count = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(digit_count);
    let (decimal_point, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal_point,
        remainder,
    };
    layout_number(&parts, &options, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::format_spec::parse_format_spec;

    fn fi(v: i64, spec: &str) -> String {
        let spec = parse_format_spec(spec, "int").unwrap();
        format_int_i64(v, &spec).unwrap_or_else(|e| format!("!{e}"))
    }

    fn ff(v: f64, spec: &str) -> String {
        let spec = parse_format_spec(spec, "float").unwrap();
        format_float(v, &spec).unwrap_or_else(|e| format!("!{e}"))
    }

    #[test]
    fn ints_from_cpython() {
        assert_eq!(fi(1234, "08,"), "0,001,234");
        assert_eq!(fi(-255, "#010x"), "-0x00000ff");
        assert_eq!(fi(255, "#X"), "0XFF");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(65, "^5c"), "  A  ");
        assert_eq!(fi(5, "<05"), "50000");
        assert_eq!(fi(-5, "+"), "-5");
        assert_eq!(fi(5, " "), " 5");
        assert_eq!(
            fi(1, ".2"),
            "!ValueError: Precision not allowed in integer format specifier"
        );
        assert_eq!(fi(-1, "c"), "!OverflowError: %c arg not in range(0x110000)");
        assert_eq!(fi(3, ".2%"), "300.00%");
    }

    #[test]
    fn small_magnitudes_in_every_radix() {
        for v in [
            0,
            1,
            9,
            10,
            99,
            100,
            101,
            12345,
            -987654321,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(fi(v, "d"), v.to_string());
            assert_eq!(
                fi(v, "x"),
                format!("{}{:x}", if v < 0 { "-" } else { "" }, v.unsigned_abs())
            );
            assert_eq!(
                fi(v, "o"),
                format!("{}{:o}", if v < 0 { "-" } else { "" }, v.unsigned_abs())
            );
            assert_eq!(
                fi(v, "b"),
                format!("{}{:b}", if v < 0 { "-" } else { "" }, v.unsigned_abs())
            );
            assert_eq!(
                fi(v, "X"),
                format!("{}{:X}", if v < 0 { "-" } else { "" }, v.unsigned_abs())
            );
        }
        assert_eq!(fi(1234567, ","), "1,234,567");
        assert_eq!(fi(-123, ","), "-123");
        assert_eq!(fi(1234, ","), "1,234");
        assert_eq!(fi(123456, "_"), "123_456");
        assert_eq!(fi(0x12345, "_x"), "1_2345");
        assert_eq!(fi(-1234567, ">12,"), "  -1,234,567");
        assert_eq!(fi(1234567, "*^13,"), "**1,234,567**");
        assert_eq!(fi(1234567, "013,"), "0,001,234,567");
        assert_eq!(fi(42, "\u{e9}<6"), "42\u{e9}\u{e9}\u{e9}\u{e9}");
        assert_eq!(fi(-42, "^7"), "  -42  ");
        assert_eq!(fi(42, "+=7"), "+++++42");
        assert_eq!(fi(42, " 07"), " 000042");
        assert_eq!(fi(0, "+"), "+0");
        assert_eq!(fi(1234567, "+015,"), "+00,001,234,567");
        assert_eq!(fi(1234567, "*=+13,"), "+***1,234,567");
        assert_eq!(fi(-1234567, " ,"), "-1,234,567");
        assert_eq!(fi(1234567, " <12_"), "1_234_567   ");
        assert_eq!(fi(42, "=+7"), "+    42");
        assert_eq!(fi(-42, "=7"), "-    42");
        assert_eq!(fi(-42, "07"), "-000042");
        assert_eq!(fi(42, "-<5"), "42---");
        assert_eq!(ff(-1.5, "^9.2f"), "  -1.50  ");
        assert_eq!(ff(-1.5, "010.2f"), "-000001.50");
        assert_eq!(ff(0.25, "*>8.1%"), "***25.0%");
        assert_eq!(ff(f64::NEG_INFINITY, "=8"), "-    inf");
    }

    #[test]
    fn floats_from_cpython() {
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(1e16, ".3"), "1e+16");
        assert_eq!(ff(-0.0001, "z.1f"), "0.0");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(f64::NAN, "+F"), "+NAN");
        assert_eq!(ff(1234.5, "012,.1f"), "00,001,234.5");
        assert_eq!(ff(0.5, ".0%"), "50%");
        assert_eq!(ff(2.0, "#.0f"), "2.");
        assert_eq!(
            ff(1.0, "d"),
            "!ValueError: Unknown format code 'd' for object of type 'float'"
        );
    }
}
