//! `int(str, base)`, `float(str)` and the compiler's numeric literals.
//!
//! CPython first maps the text to ASCII (`_PyUnicode_TransformDecimalAndSpaceToASCII`:
//! Unicode decimal digits become `0`-`9`, Unicode whitespace a space, and
//! anything else non-ASCII ends the text with a `?`), then parses that as
//! a C string. Both steps are reproduced, so `int('١٢')` is 12 and errors
//! quote the original text.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::text::error::{PyErr, PyResult};
use crate::text::int_to_string::INT_MAX_STR_DIGITS;
use crate::text::str_repr::str_repr;
use crate::text::unicode_props::{char_decimal_value, char_is_space};

/// An int produced by parsing: `Small` whenever the value fits in `i64`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    /// The value fits in an `i64`.
    Small(i64),
    /// The value needs a `BigInt` (it never fits in an `i64`).
    Big(BigInt),
}

impl ParsedInt {
    fn from_bigint(value: BigInt) -> ParsedInt {
        match value.to_i64() {
            Some(v) => ParsedInt::Small(v),
            None => ParsedInt::Big(value),
        }
    }

    /// The value as a `BigInt` whichever representation it has.
    pub fn into_bigint(self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(v),
            ParsedInt::Big(v) => v,
        }
    }
}

/// The ASCII text CPython actually parses (see the module docs).
fn transform_to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if char_is_space(c) {
            out.push(b' ');
        } else if let Some(d) = char_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// The C-string view of the transformed text: everything before a NUL.
/// Returns the text and whether a NUL cut it short (which makes the
/// overall parse fail, as CPython then sees trailing characters).
fn until_nul(bytes: &[u8]) -> (&[u8], bool) {
    match bytes.iter().position(|&b| b == 0) {
        Some(i) => (&bytes[..i], true),
        None => (bytes, false),
    }
}

/// `Py_ISSPACE`: the C locale's whitespace.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `repr(s)` cut to 200 characters, as CPython's `%.200R` does.
fn repr_200(s: &str) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// Why [`parse_int_ascii`] failed.
enum IntParseFailure {
    /// "invalid literal": the caller formats the message.
    Invalid,
    /// The 4300-digit limit, with the number of digits found.
    TooManyDigits(usize),
}

pub(crate) fn to_int_limit_message(digits: usize) -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `PyLong_FromString` on an ASCII C string, requiring that all of it is
/// consumed.
fn parse_int_ascii(text: &[u8], base: u32) -> Result<BigInt, IntParseFailure> {
    let mut pos = 0;
    let at = |i: usize| text.get(i).copied().unwrap_or(0);
    while pos < text.len() && is_c_space(text[pos]) {
        pos += 1;
    }
    let mut negative = false;
    match at(pos) {
        b'+' => pos += 1,
        b'-' => {
            negative = true;
            pos += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(pos), at(pos + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // An old-style octal literal like "010" is only valid as 0.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(pos) == b'0'
        && matches!(
            (base, at(pos + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        pos += 2;
        // One underscore may separate the prefix from the digits.
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    if at(pos) == b'_' {
        return Err(IntParseFailure::Invalid);
    }
    let start = pos;
    let mut digits: Vec<u8> = Vec::new();
    let mut previous_underscore = false;
    while pos < text.len() && (digit_value(text[pos]) < base || text[pos] == b'_') {
        if text[pos] == b'_' {
            if previous_underscore {
                return Err(IntParseFailure::Invalid);
            }
            previous_underscore = true;
        } else {
            digits.push(text[pos]);
            previous_underscore = false;
        }
        pos += 1;
    }
    if previous_underscore {
        return Err(IntParseFailure::Invalid);
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseFailure::TooManyDigits(digits.len()));
    }
    let magnitude = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(&digits, base).ok_or(IntParseFailure::Invalid)?
    };
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(IntParseFailure::Invalid);
    }
    if pos == start {
        return Err(IntParseFailure::Invalid);
    }
    while pos < text.len() && is_c_space(text[pos]) {
        pos += 1;
    }
    if pos != text.len() {
        return Err(IntParseFailure::Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// Python's `int(s, base)` for a str: base 0 (auto-detect `0x`/`0o`/`0b`,
/// reject leading zeros) or 2..=36, surrounding whitespace, a sign,
/// single underscores between digits, Unicode decimal digits, and the
/// 4300-digit limit for bases that are not powers of two. Any `base`
/// other than 0 and 2..=36 raises "int() base must be >= 2 and <= 36, or
/// 0" (the VM can pass 37 for negative or huge Python ints).
///
/// ```
/// use tauraro_vm::text::{parse_int, ParsedInt};
/// assert_eq!(parse_int(" -0x_1f ", 0).unwrap(), ParsedInt::Small(-31));
/// assert_eq!(
///     parse_int("010", 0).unwrap_err().message,
///     "invalid literal for int() with base 0: '010'"
/// );
/// ```
pub fn parse_int(s: &str, base: u32) -> PyResult<ParsedInt> {
    if base == 1 || base > 36 {
        return Err(PyErr::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let ascii = transform_to_ascii(s);
    let (text, cut_at_nul) = until_nul(&ascii);
    match parse_int_ascii(text, base) {
        Ok(value) if !cut_at_nul => Ok(ParsedInt::from_bigint(value)),
        Err(IntParseFailure::TooManyDigits(n)) => Err(PyErr::value_error(to_int_limit_message(n))),
        _ => Err(PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            repr_200(s)
        ))),
    }
}

/// Length of the longest prefix of `text` that `_Py_dg_strtod` accepts
/// (sign, digits with an optional point, optional exponent), or 0.
fn strtod_prefix_len(text: &[u8]) -> usize {
    let mut pos = 0;
    if matches!(text.first(), Some(b'+' | b'-')) {
        pos += 1;
    }
    let int_digits = text[pos..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    pos += int_digits;
    let mut frac_digits = 0;
    if text.get(pos) == Some(&b'.') {
        frac_digits = text[pos + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if int_digits + frac_digits > 0 {
            pos += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return 0;
    }
    if matches!(text.get(pos), Some(b'e' | b'E')) {
        let mut exp_pos = pos + 1;
        if matches!(text.get(exp_pos), Some(b'+' | b'-')) {
            exp_pos += 1;
        }
        let exp_digits = text[exp_pos..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if exp_digits > 0 {
            pos = exp_pos + exp_digits;
        }
    }
    pos
}

/// `_Py_parse_inf_or_nan`: the value and the length consumed, if any.
fn parse_inf_or_nan(text: &[u8]) -> Option<(f64, usize)> {
    let (negative, sign_len) = match text.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &text[sign_len..];
    let starts_with =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let (value, len) = if starts_with(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts_with(b"inf") {
        (f64::INFINITY, 3)
    } else if starts_with(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -value } else { value }, sign_len + len))
}

/// Parses a whole ASCII float (no surrounding whitespace) like
/// `PyOS_string_to_double`, or `None`.
fn parse_float_exact(text: &[u8]) -> Option<f64> {
    let len = strtod_prefix_len(text);
    if len == 0 {
        return match parse_inf_or_nan(text) {
            Some((value, consumed)) if consumed == text.len() => Some(value),
            _ => None,
        };
    }
    if len != text.len() {
        return None;
    }
    // The grammar was checked above and Rust's parser is correctly
    // rounded, with overflow to infinity and underflow to zero like dtoa.
    std::str::from_utf8(text).ok()?.parse::<f64>().ok()
}

/// `_Py_string_to_number_with_underscores`: removes underscores that sit
/// between two digits, or fails.
fn remove_digit_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous = 0u8;
    for &b in text {
        if b == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        previous = b;
    }
    (previous != b'_').then_some(out)
}

/// Python's `float(s)` for a str: surrounding whitespace, a sign, decimal
/// or scientific notation, `inf`/`infinity`/`nan` in any case, single
/// underscores between digits, Unicode decimal digits.
///
/// ```
/// assert_eq!(tauraro_vm::text::parse_float(" -1_000.5e-3\n").unwrap(), -1.0005);
/// assert_eq!(
///     tauraro_vm::text::parse_float("1e").unwrap_err().message,
///     "could not convert string to float: '1e'"
/// );
/// ```
pub fn parse_float(s: &str) -> PyResult<f64> {
    let error = || {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let ascii = transform_to_ascii(s);
    let (text, cut_at_nul) = until_nul(&ascii);
    let cleaned;
    let text = if text.contains(&b'_') {
        if cut_at_nul {
            return Err(error());
        }
        cleaned = remove_digit_underscores(text).ok_or_else(error)?;
        &cleaned[..]
    } else {
        text
    };
    if cut_at_nul {
        return Err(error());
    }
    let start = text
        .iter()
        .position(|&b| !is_c_space(b))
        .ok_or_else(error)?;
    let end = text
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |i| i + 1);
    parse_float_exact(&text[start..end]).ok_or_else(error)
}

/// Checks that every underscore in a literal sits between two digits of
/// `radix`, returning the digits without underscores, or the offending
/// character (`None` for a misplaced underscore or no digits).
fn literal_digits(body: &str, radix: u32) -> Result<String, Option<char>> {
    let mut out = String::with_capacity(body.len());
    let mut previous_is_digit = false;
    let mut previous_underscore = false;
    for c in body.chars() {
        if c == '_' {
            if !previous_is_digit {
                return Err(None);
            }
            previous_is_digit = false;
            previous_underscore = true;
        } else if c.is_digit(radix) {
            out.push(c);
            previous_is_digit = true;
            previous_underscore = false;
        } else {
            return Err(Some(c));
        }
    }
    if previous_underscore || out.is_empty() {
        return Err(None);
    }
    Ok(out)
}

/// Parses an integer literal from source code (`0x_ff`, `0o17`, `0b1`,
/// `1_000`, `0`, `00`), as the compiler does. Errors are `SyntaxError`s
/// with the tokenizer's messages ("invalid hexadecimal literal", "invalid
/// digit '8' in octal literal", "leading zeros in decimal integer literals
/// are not permitted; ..."); decimal literals over the digit limit
/// fail like CPython 3.11's compiler ("... - Consider hexadecimal for huge
/// integer literals to avoid decimal conversion limits.").
pub fn parse_int_literal(text: &str) -> PyResult<ParsedInt> {
    let lower_prefix = text.get(..2).map(str::to_ascii_lowercase);
    let (radix, body, kind) = match lower_prefix.as_deref() {
        Some("0x") => (16, &text[2..], "hexadecimal"),
        Some("0o") => (8, &text[2..], "octal"),
        Some("0b") => (2, &text[2..], "binary"),
        _ => (10, text, "decimal"),
    };
    let invalid = || PyErr::syntax_error(format!("invalid {kind} literal"));
    // A prefix may be followed by one underscore before the first digit.
    let body = if radix != 10 {
        body.strip_prefix('_').unwrap_or(body)
    } else {
        body
    };
    let digits = literal_digits(body, radix).map_err(|bad| match bad {
        // The tokenizer names a decimal digit that is out of range.
        Some(c) if c.is_ascii_digit() && radix < 10 => {
            PyErr::syntax_error(format!("invalid digit '{c}' in {kind} literal"))
        }
        _ => invalid(),
    })?;
    if radix == 10 && digits.len() > 1 && digits.starts_with('0') {
        if digits.bytes().all(|b| b == b'0') {
            return Ok(ParsedInt::Small(0));
        }
        return Err(PyErr::syntax_error(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
        ));
    }
    if radix == 10 && digits.len() > INT_MAX_STR_DIGITS {
        return Err(PyErr::syntax_error(format!(
            "{} - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
            to_int_limit_message(digits.len())
        )));
    }
    let value = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(ParsedInt::from_bigint(value))
}

/// Parses a float literal from source code (`1_000.5`, `1e-3`, `.5`,
/// `5.`, `1_0e1_0`); errors are `SyntaxError("invalid decimal literal")`.
pub fn parse_float_literal(text: &str) -> PyResult<f64> {
    let invalid = || PyErr::syntax_error("invalid decimal literal");
    if text.is_empty() || !text.is_ascii() || text.starts_with(['+', '-', '_']) {
        return Err(invalid());
    }
    let bytes = remove_digit_underscores(text.as_bytes()).ok_or_else(invalid)?;
    if bytes
        .iter()
        .any(|b| b.is_ascii_alphabetic() && !matches!(b, b'e' | b'E'))
    {
        return Err(invalid());
    }
    parse_float_exact(&bytes).ok_or_else(invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_from_cpython() {
        assert_eq!(parse_int("0_0", 0).unwrap(), ParsedInt::Small(0));
        assert_eq!(parse_int("0b1", 16).unwrap(), ParsedInt::Small(177));
        assert_eq!(
            parse_int(" \u{3000} 12 \u{85}", 10).unwrap(),
            ParsedInt::Small(12)
        );
        assert_eq!(parse_int("١٢", 10).unwrap(), ParsedInt::Small(12));
        assert_eq!(
            parse_int("12\x7f", 10).unwrap_err().message,
            "invalid literal for int() with base 10: '12\\x7f'"
        );
        assert_eq!(
            parse_int("1", 37).unwrap_err().message,
            "int() base must be >= 2 and <= 36, or 0"
        );
        let long = "1".repeat(5000) + "x";
        assert_eq!(
            parse_int(&long, 10).unwrap_err().message,
            to_int_limit_message(5000)
        );
        assert!(matches!(
            parse_int(&"1".repeat(5000), 16),
            Ok(ParsedInt::Big(_))
        ));
    }

    #[test]
    fn floats_from_cpython() {
        assert_eq!(parse_float("1.e5").unwrap(), 1e5);
        assert_eq!(parse_float("١٢.٥").unwrap(), 12.5);
        assert_eq!(parse_float("-iNfInItY").unwrap(), f64::NEG_INFINITY);
        assert!(parse_float("+nan").unwrap().is_nan());
        for bad in [
            "1._5",
            "1_e5",
            "_1",
            "infinity_",
            ".",
            "e5",
            "1e",
            "",
            "  ",
            "1 2",
            "0x10",
        ] {
            assert!(parse_float(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int_literal("0x_ff").unwrap(), ParsedInt::Small(255));
        assert_eq!(parse_int_literal("0O17").unwrap(), ParsedInt::Small(15));
        assert_eq!(parse_int_literal("1_000").unwrap(), ParsedInt::Small(1000));
        assert_eq!(parse_int_literal("00").unwrap(), ParsedInt::Small(0));
        assert!(parse_int_literal("012").is_err());
        assert!(parse_int_literal("1__0").is_err());
        assert!(parse_int_literal("0x").is_err());
        assert_eq!(parse_float_literal("1_0e1_0").unwrap(), 1e11);
        assert_eq!(parse_float_literal(".5").unwrap(), 0.5);
        assert!(parse_float_literal("1_.5").is_err());
    }
}
