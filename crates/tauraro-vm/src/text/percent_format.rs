//! printf-style `str % args` formatting, driven by the caller.
//!
//! CPython interleaves parsing the format string with consuming arguments
//! (`*` widths take arguments mid-parse, a `%(key)` switches to a mapping
//! value), and errors surface in left-to-right order. So this module does
//! not take the arguments: [`PercentFormatParser`] yields literal text and
//! conversion specs lazily, and the VM, which owns the argument tuple or
//! mapping, follows this protocol for each [`PercentPiece::Conversion`]:
//!
//! 1. If [`PercentSpec::key`] is set: the arguments must be a mapping
//!    ([`percent_errors::requires_mapping`]); look the key up and treat
//!    the value as the single remaining argument.
//! 2. If the width is [`PercentCount::FromArgument`]: take the next
//!    argument ([`percent_errors::not_enough_arguments`]), check it is an
//!    int ([`percent_errors::star_wants_int`]) and call
//!    [`PercentSpec::set_width_from_argument`]. Then the same for the
//!    precision with [`PercentSpec::set_precision_from_argument`].
//! 3. Call [`PercentSpec::conversion`]: it reports a parse error that
//!    CPython raises only after the `*` arguments were taken.
//! 4. Take the next argument (even for an unsupported conversion, as
//!    CPython does), then format it according to the conversion:
//!    [`format_percent_int`], [`format_percent_float`],
//!    [`format_percent_char`] or [`format_percent_str_padded`] (on
//!    `str()`, `repr()` or `ascii()` of the value); for
//!    [`PercentConversion::Unsupported`] raise
//!    [`PercentSpec::unsupported_error`].
//!
//! After the last piece, leftover positional arguments raise
//! [`percent_errors::not_all_converted`] (not when the argument is a
//! mapping).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::text::double_to_string::{FloatFormatCode, FloatFormatFlags, double_to_string};
use crate::text::error::{PyErr, PyErrKind, PyResult, try_reserve};
use crate::text::int_to_string::decimal_magnitude;

/// Constructors for the `TypeError`s the VM raises while driving `%`
/// formatting, with CPython 3.11's messages.
pub mod percent_errors {
    use crate::text::error::PyErr;

    /// "not enough arguments for format string"
    pub fn not_enough_arguments() -> PyErr {
        PyErr::type_error("not enough arguments for format string")
    }

    /// "not all arguments converted during string formatting"
    pub fn not_all_converted() -> PyErr {
        PyErr::type_error("not all arguments converted during string formatting")
    }

    /// "format requires a mapping" (a `%(key)` with non-mapping arguments).
    pub fn requires_mapping() -> PyErr {
        PyErr::type_error("format requires a mapping")
    }

    /// "* wants int" (a `*` width or precision argument that is not an int).
    pub fn star_wants_int() -> PyErr {
        PyErr::type_error("* wants int")
    }

    /// `%d`/`%i`/`%u` with a non-number: "%d format: a real number is
    /// required, not str". For `%o`/`%x`/`%X` (which need `__index__`)
    /// the message says "an integer is required" instead.
    pub fn number_required(conversion: char, type_name: &str) -> PyErr {
        let what = if matches!(conversion, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a real number"
        };
        PyErr::type_error(format!(
            "%{conversion} format: {what} is required, not {type_name}"
        ))
    }

    /// `%e`/`%f`/`%g` with a non-number: "must be real number, not str".
    pub fn real_number_required(type_name: &str) -> PyErr {
        PyErr::type_error(format!("must be real number, not {type_name}"))
    }

    /// "%c requires int or char" (a str of length != 1, or a non-int).
    pub fn char_requires_int_or_char() -> PyErr {
        PyErr::type_error("%c requires int or char")
    }
}

/// A width or precision in a conversion spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    Absent,
    /// Given as digits (or resolved from a `*` argument).
    Fixed(usize),
    /// `*`: taken from the next argument (see the module protocol).
    FromArgument,
}

/// The flag characters `-`, `+`, ` `, `#` and `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left_adjust: bool,
    /// `+`: always show a sign for numbers.
    pub sign_plus: bool,
    /// ` `: a space in place of `+` for non-negative numbers.
    pub sign_space: bool,
    /// `#`: `0o`/`0x` prefixes, kept decimal point for floats.
    pub alternate: bool,
    /// `0`: zero padding for numbers.
    pub zero_pad: bool,
}

/// What kind of value a conversion character formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentConversion {
    /// `d i u o x X`: the VM converts the argument with `int()` (or
    /// `__index__` for `o x X`) and calls [`format_percent_int`].
    Int,
    /// `e E f F g G`: the VM converts with `float()` and calls
    /// [`format_percent_float`].
    Float,
    /// `c`: an int code point or a one-character str; see
    /// [`percent_char_from_int`] / [`percent_char_from_str`].
    Char,
    /// `s`: `str(value)`, then [`format_percent_str_padded`].
    Str,
    /// `r`: `repr(value)`, then [`format_percent_str_padded`].
    Repr,
    /// `a`: `ascii(value)`, then [`format_percent_str_padded`].
    Ascii,
    /// Anything else: raise [`PercentSpec::unsupported_error`] after
    /// taking the argument.
    Unsupported,
}

/// One conversion such as `%(name)-#10.3x`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec<'a> {
    /// The mapping key of `%(key)s`, if any.
    pub key: Option<&'a str>,
    /// The flag characters.
    pub flags: PercentFlags,
    /// Minimum field width.
    pub width: PercentCount,
    /// Precision: digits for numbers, maximum length for `s`/`r`/`a`.
    pub precision: PercentCount,
    /// The conversion character (`'d'`, `'s'`, ...).
    pub conversion_char: char,
    /// Code-point index of the conversion character in the format string,
    /// reported by "unsupported format character".
    pub position: usize,
    /// A parse error CPython raises only after the `*` arguments of this
    /// conversion were consumed.
    deferred_error: Option<PyErr>,
}

/// A piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied to the output (`%%` yields `"%"`).
    Literal(&'a str),
    /// A conversion that consumes an argument.
    Conversion(PercentSpec<'a>),
}

impl PercentSpec<'_> {
    /// Classifies the conversion, first reporting any parse error deferred
    /// until after the `*` arguments (e.g. `'%*' % (1,)` is "incomplete
    /// format", but `'%*' % ()` is "not enough arguments").
    pub fn conversion(&self) -> PyResult<PercentConversion> {
        if let Some(err) = &self.deferred_error {
            return Err(err.clone());
        }
        Ok(match self.conversion_char {
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => PercentConversion::Int,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentConversion::Float,
            'c' => PercentConversion::Char,
            's' => PercentConversion::Str,
            'r' => PercentConversion::Repr,
            'a' => PercentConversion::Ascii,
            _ => PercentConversion::Unsupported,
        })
    }

    /// "unsupported format character 'y' (0x79) at index 3"
    pub fn unsupported_error(&self) -> PyErr {
        let c = self.conversion_char;
        let shown = if (' '..='~').contains(&c) || c == '\x1f' {
            c
        } else {
            '?'
        };
        PyErr::value_error(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.position
        ))
    }

    /// Applies a `*` width argument (an int): negative means left-adjust.
    /// Errors like CPython's `PyLong_AsSsize_t`.
    pub fn set_width_from_argument(&mut self, value: &BigInt) -> PyResult<()> {
        let width = value
            .to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?;
        if width < 0 {
            self.flags.left_adjust = true;
        }
        self.width = PercentCount::Fixed(width.unsigned_abs() as usize);
        Ok(())
    }

    /// Applies a `*` precision argument (an int): negative means 0. Errors
    /// like CPython's `_PyLong_AsInt`.
    pub fn set_precision_from_argument(&mut self, value: &BigInt) -> PyResult<()> {
        let precision = value
            .to_i32()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
        self.precision = PercentCount::Fixed(precision.max(0) as usize);
        Ok(())
    }

    fn width_value(&self) -> Option<usize> {
        match self.width {
            PercentCount::Fixed(w) => Some(w),
            _ => None,
        }
    }

    fn precision_value(&self) -> Option<usize> {
        match self.precision {
            PercentCount::Fixed(p) => Some(p),
            _ => None,
        }
    }
}

/// Lazily splits a `%` format string into [`PercentPiece`]s; yields at
/// most one error, after which it is exhausted.
pub struct PercentFormatParser<'a> {
    format: &'a str,
    /// Byte offset of the next unread character.
    offset: usize,
    /// Code-point index of the next unread character.
    index: usize,
    failed: bool,
}

impl<'a> PercentFormatParser<'a> {
    /// A parser positioned at the start of `format`.
    pub fn new(format: &'a str) -> Self {
        PercentFormatParser {
            format,
            offset: 0,
            index: 0,
            failed: false,
        }
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.format[self.offset..].chars().next()?;
        self.offset += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    /// Moves to the next character, keeping `c` when the string ended
    /// (CPython leaves its current character unchanged at the end too).
    fn advance(&mut self, c: &mut char) -> bool {
        match self.next_char() {
            Some(n) => {
                *c = n;
                true
            }
            None => false,
        }
    }

    /// Parses one conversion after its `%`, mirroring
    /// `unicode_format_arg_parse`.
    fn parse_conversion(&mut self) -> PyResult<PercentPiece<'a>> {
        let start = self.offset;
        let Some(mut c) = self.next_char() else {
            return Err(PyErr::value_error("incomplete format"));
        };
        if c == '%' {
            return Ok(PercentPiece::Literal(&self.format[start..self.offset]));
        }
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: PercentCount::Absent,
            precision: PercentCount::Absent,
            conversion_char: c,
            position: 0,
            deferred_error: None,
        };
        let incomplete = || PyErr::value_error("incomplete format");
        if c == '(' {
            let key_start = self.offset;
            let mut depth = 1;
            let mut key_end = key_start;
            while depth > 0 {
                let Some(k) = self.next_char() else {
                    return Err(PyErr::value_error("incomplete format key"));
                };
                match k {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                if depth == 0 {
                    key_end = self.offset - 1;
                }
            }
            spec.key = Some(&self.format[key_start..key_end]);
            c = self.next_char().ok_or_else(incomplete)?;
        }
        loop {
            match c {
                '-' => spec.flags.left_adjust = true,
                '+' => spec.flags.sign_plus = true,
                ' ' => spec.flags.sign_space = true,
                '#' => spec.flags.alternate = true,
                '0' => spec.flags.zero_pad = true,
                _ => break,
            }
            c = self.next_char().ok_or_else(incomplete)?;
        }
        // From the first '*' on, errors wait until the caller has taken the
        // star arguments (see PercentSpec::conversion).
        let mut saw_star = false;
        let mut at_end = false;
        if c == '*' {
            spec.width = PercentCount::FromArgument;
            saw_star = true;
            at_end = !self.advance(&mut c);
        } else if let Some(d) = c.to_digit(10) {
            let mut width = d as u64;
            loop {
                at_end = !self.advance(&mut c);
                if at_end {
                    break;
                }
                let Some(d) = c.to_digit(10) else { break };
                if width > (i64::MAX as u64 - d as u64) / 10 {
                    return Err(PyErr::value_error("width too big"));
                }
                width = width * 10 + d as u64;
            }
            spec.width = PercentCount::Fixed(width as usize);
        }
        if !at_end && c == '.' {
            spec.precision = PercentCount::Fixed(0);
            at_end = !self.advance(&mut c);
            if !at_end && c == '*' {
                spec.precision = PercentCount::FromArgument;
                saw_star = true;
                at_end = !self.advance(&mut c);
            } else if let Some(d) = c.to_digit(10).filter(|_| !at_end) {
                let mut precision = d as u64;
                loop {
                    at_end = !self.advance(&mut c);
                    if at_end {
                        break;
                    }
                    let Some(d) = c.to_digit(10) else { break };
                    if precision > (i32::MAX as u64 - d as u64) / 10 {
                        let err = PyErr::value_error("precision too big");
                        return self.fail_after_stars(spec, saw_star, err);
                    }
                    precision = precision * 10 + d as u64;
                }
                spec.precision = PercentCount::Fixed(precision as usize);
            }
        }
        if !at_end && matches!(c, 'h' | 'l' | 'L') {
            at_end = !self.advance(&mut c);
        }
        if at_end {
            return self.fail_after_stars(spec, saw_star, incomplete());
        }
        spec.conversion_char = c;
        spec.position = self.index - 1;
        Ok(PercentPiece::Conversion(spec))
    }

    /// Reports `err` now, or defers it into the spec when `*` arguments
    /// must be consumed first.
    fn fail_after_stars(
        &mut self,
        mut spec: PercentSpec<'a>,
        saw_star: bool,
        err: PyErr,
    ) -> PyResult<PercentPiece<'a>> {
        if saw_star {
            self.failed = true;
            spec.deferred_error = Some(err);
            Ok(PercentPiece::Conversion(spec))
        } else {
            Err(err)
        }
    }
}

impl<'a> Iterator for PercentFormatParser<'a> {
    type Item = PyResult<PercentPiece<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.offset >= self.format.len() {
            return None;
        }
        let rest = &self.format[self.offset..];
        if rest.starts_with('%') {
            self.offset += 1;
            self.index += 1;
            let piece = self.parse_conversion();
            if piece.is_err() {
                self.failed = true;
            }
            return Some(piece);
        }
        let literal_len = rest.find('%').unwrap_or(rest.len());
        let literal = &rest[..literal_len];
        self.offset += literal_len;
        self.index += literal.chars().count();
        Some(Ok(PercentPiece::Literal(literal)))
    }
}

/// Parses the whole format string eagerly, stopping at the first error.
/// Prefer [`PercentFormatParser`] in the VM: CPython reports a malformed
/// conversion only after formatting the ones before it.
pub fn parse_percent_format(format: &str) -> PyResult<Vec<PercentPiece<'_>>> {
    PercentFormatParser::new(format).collect()
}

/// Places an already converted value in its field, like CPython's
/// `unicode_format_arg_output`. `signed` is true for numeric conversions,
/// whose leading `-`/`+` participates in sign flags and zero padding.
fn pad_output(text: &str, spec: &PercentSpec<'_>, signed: bool) -> PyResult<String> {
    let chars: Vec<char> = text.chars().collect();
    let flags = spec.flags;
    let fill = if signed && flags.zero_pad { '0' } else { ' ' };
    let mut len = chars.len() as i64;
    let conversion = spec.conversion_char;
    if matches!(conversion, 's' | 'r' | 'a')
        && let Some(p) = spec.precision_value()
        && len > p as i64
    {
        len = p as i64;
    }
    let mut pindex = 0usize;
    let mut sign_char = None;
    let mut signed = signed;
    if signed {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags.sign_plus => sign_char = Some('+'),
            _ if flags.sign_space => sign_char = Some(' '),
            _ => signed = false,
        }
    }
    let mut width = spec.width_value().map_or(-1, |w| w as i64);
    if width < len {
        width = len;
    }
    let mut out = String::new();
    try_reserve(&mut out, (width.max(0) as usize).saturating_add(text.len()))?;
    if signed {
        if fill != ' '
            && let Some(s) = sign_char
        {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alternate && matches!(conversion, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conversion);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left_adjust {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if signed && let Some(s) = sign_char {
            out.push(s);
        }
        if has_prefix {
            out.push('0');
            out.push(conversion);
            pindex += 2;
        }
    }
    out.extend(chars.iter().skip(pindex).take(len.max(0) as usize));
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    Ok(out)
}

/// Formats an int for `%d %i %u %o %x %X` (`_PyUnicode_FormatLong` plus
/// field placement). The VM converts non-int arguments first (`int()` for
/// `d i u`, `__index__` for `o x X`).
///
/// ```
/// use num_bigint::BigInt;
/// let pieces = tauraro_vm::text::parse_percent_format("%#08x").unwrap();
/// let tauraro_vm::text::PercentPiece::Conversion(spec) = &pieces[0] else { panic!() };
/// assert_eq!(tauraro_vm::text::format_percent_int(&BigInt::from(255), spec).unwrap(), "0x0000ff");
/// ```
pub fn format_percent_int(value: &BigInt, spec: &PercentSpec<'_>) -> PyResult<String> {
    let conversion = spec.conversion_char;
    let precision = spec.precision_value();
    if precision.is_some_and(|p| p > (i32::MAX - 3) as usize) {
        return Err(PyErr::overflow_error("precision too large"));
    }
    let magnitude = value.magnitude();
    let mut digits = match conversion {
        'o' => magnitude.to_str_radix(8),
        'x' | 'X' => magnitude.to_str_radix(16),
        _ => decimal_magnitude(magnitude)?,
    };
    if let Some(p) = precision
        && p > digits.len()
    {
        let mut padded = String::new();
        try_reserve(&mut padded, p)?;
        padded.extend(std::iter::repeat_n('0', p - digits.len()));
        padded.push_str(&digits);
        digits = padded;
    }
    let prefix = match conversion {
        _ if !spec.flags.alternate => "",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    let sign = if value.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    pad_output(&format!("{sign}{prefix}{digits}"), spec, true)
}

/// Formats a float for `%e %E %f %F %g %G` (default precision 6, `#`
/// keeps the point and trailing zeros).
pub fn format_percent_float(value: f64, spec: &PercentSpec<'_>) -> PyResult<String> {
    let conversion = spec.conversion_char;
    let code = match conversion {
        'e' | 'E' => FloatFormatCode::Exponent,
        'f' | 'F' => FloatFormatCode::Fixed,
        _ => FloatFormatCode::General,
    };
    let flags = FloatFormatFlags {
        upper: matches!(conversion, 'E' | 'F' | 'G'),
        alternate: spec.flags.alternate,
        ..FloatFormatFlags::default()
    };
    let precision = spec.precision_value().unwrap_or(6);
    let text = double_to_string(value, code, precision, flags);
    pad_output(&text, spec, true)
}

/// The character `%c` prints for an int argument ("%c arg not in
/// range(0x110000)" otherwise, overflow included).
pub fn percent_char_from_int(value: &BigInt) -> PyResult<char> {
    let code = value
        .to_u32()
        .filter(|&c| c <= 0x10ffff)
        .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
    char::from_u32(code).ok_or_else(|| {
        PyErr::new(
            PyErrKind::NotSupported,
            "lone surrogate code points are not supported in strings",
        )
    })
}

/// The character `%c` prints for a str argument, which must have exactly
/// one code point ("%c requires int or char").
pub fn percent_char_from_str(value: &str) -> PyResult<char> {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(percent_errors::char_requires_int_or_char()),
    }
}

/// Formats `%c` for an already resolved character (padding only).
pub fn format_percent_char(c: char, spec: &PercentSpec<'_>) -> PyResult<String> {
    let mut buf = [0u8; 4];
    pad_output(c.encode_utf8(&mut buf), spec, false)
}

/// Formats `%s`, `%r` or `%a` given `str()`, `repr()` or `ascii()` of the
/// argument: precision truncates to that many code points, then the text
/// is padded to the width (zero padding does not apply to strings).
pub fn format_percent_str_padded(text: &str, spec: &PercentSpec<'_>) -> PyResult<String> {
    pad_output(text, spec, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversion(fmt: &str) -> PercentSpec<'_> {
        let pieces = parse_percent_format(fmt).unwrap();
        pieces
            .into_iter()
            .find_map(|p| match p {
                PercentPiece::Conversion(spec) => Some(spec),
                PercentPiece::Literal(_) => None,
            })
            .expect("a conversion")
    }

    #[test]
    fn parses_pieces() {
        let pieces = parse_percent_format("a%%b%(x)-#10.3ld!").unwrap();
        assert_eq!(pieces[0], PercentPiece::Literal("a"));
        assert_eq!(pieces[1], PercentPiece::Literal("%"));
        assert_eq!(pieces[2], PercentPiece::Literal("b"));
        let PercentPiece::Conversion(spec) = &pieces[3] else {
            panic!()
        };
        assert_eq!(spec.key, Some("x"));
        assert!(spec.flags.left_adjust && spec.flags.alternate);
        assert_eq!(spec.width, PercentCount::Fixed(10));
        assert_eq!(spec.precision, PercentCount::Fixed(3));
        assert_eq!(spec.conversion_char, 'd');
        assert_eq!(pieces[4], PercentPiece::Literal("!"));
    }

    #[test]
    fn errors_from_cpython() {
        let err = |fmt: &str| parse_percent_format(fmt).unwrap_err().message;
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(err("%(a)"), "incomplete format");
        assert_eq!(err("abc %"), "incomplete format");
        assert_eq!(err("%.9999999999d"), "precision too big");
        assert_eq!(err("%99999999999999999999d"), "width too big");
        assert_eq!(
            conversion("ab%y").unsupported_error().message,
            "unsupported format character 'y' (0x79) at index 3"
        );
        assert_eq!(
            conversion("%\u{1234}").unsupported_error().message,
            "unsupported format character '?' (0x1234) at index 1"
        );
        // '%*' % (1,): the star is consumed before the error appears.
        let spec = conversion("%*");
        assert_eq!(spec.width, PercentCount::FromArgument);
        assert_eq!(spec.conversion().unwrap_err().message, "incomplete format");
    }

    #[test]
    fn formats_from_cpython() {
        let int =
            |fmt: &str, v: i64| format_percent_int(&BigInt::from(v), &conversion(fmt)).unwrap();
        assert_eq!(int("%#5x", 255), " 0xff");
        assert_eq!(int("%-#8o", 8), "0o10    ");
        assert_eq!(int("% d", 5), " 5");
        assert_eq!(int("%-05d", 3), "3    ");
        assert_eq!(int("%#08X", -255), "-0X000FF");
        assert_eq!(int("%+#x", 255), "+0xff");
        assert_eq!(int("%.5d", -42), "-00042");
        let float = |fmt: &str, v: f64| format_percent_float(v, &conversion(fmt)).unwrap();
        assert_eq!(float("%+08.3f", 1.23456), "+001.235");
        assert_eq!(float("%F", f64::NEG_INFINITY), "-INF");
        assert_eq!(float("%#.0e", 5.0), "5.e+00");
        let s = |fmt: &str, v: &str| format_percent_str_padded(v, &conversion(fmt)).unwrap();
        assert_eq!(s("%05s", "ab"), "   ab");
        assert_eq!(s("%.1s", "xyz"), "x");
        assert_eq!(s("%-4s|", "é"), "é   ");
    }
}
