//! Placement of a formatted number inside its field: sign, prefix,
//! padding, thousands grouping and zero fill.
//!
//! Transcribes `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping` from CPython 3.11. The output is
//!
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`
//!
//! where at most one padding is non-empty. With fill `0` and `=` alignment
//! the zeros are produced by the grouping code itself, so they get
//! separators too: `format(1234, '09,')` is `'0,001,234'`.

use std::borrow::Cow;

use crate::text::error::{PyErr, PyResult, try_reserve};
use crate::text::format_spec::{Align, SignOption};

/// The pieces of a formatted number, before placement.
pub(crate) struct NumberParts<'a> {
    /// The number is negative (its `-` is not part of `digits`).
    pub negative: bool,
    /// Base prefix such as `0x`, already in its final case.
    pub prefix: &'a str,
    /// The digit run that grouping applies to (may be empty, e.g. `inf`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal_point: bool,
    /// Everything after the digits (and point): fraction, exponent, `%`,
    /// `inf`/`nan`, or the character of a `c` format.
    pub remainder: &'a str,
}

/// Field options after the type-specific defaults were applied.
pub(crate) struct FieldOptions {
    pub fill: char,
    pub align: Align,
    pub sign: Option<SignOption>,
    pub width: Option<usize>,
    /// Separator and group size, if grouping was requested.
    pub grouping: Option<(char, usize)>,
}

/// Groups `digits` (ASCII, as every formatter produces them) from the
/// right, padding with zeros on the left until the grouped result is at
/// least `min_width` characters (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
) -> PyResult<Cow<'_, str>> {
    let digit_bytes = digits.as_bytes();
    let mut remaining = digit_bytes.len() as i64;
    if grouping.is_none() && min_width <= remaining {
        // The common case: nothing to insert.
        return Ok(Cow::Borrowed(digits));
    }
    let mut min_width = min_width.max(0);
    // Built right to left, reversed at the end. The width comes from user
    // input, so allocation failure must be an error, not an abort.
    let mut reversed: Vec<u8> = Vec::new();
    let estimate = remaining.max(min_width).saturating_mul(2).saturating_add(8);
    reversed
        .try_reserve(usize::try_from(estimate).unwrap_or(usize::MAX))
        .map_err(|_| PyErr::memory_error())?;
    let mut separator_buffer = [0; 4];
    let separator: &[u8] = match grouping {
        Some((c, _)) => c.encode_utf8(&mut separator_buffer).as_bytes(),
        None => &[],
    };
    let mut use_separator = false;
    let emit = |reversed: &mut Vec<u8>, n_chars: i64, n_zeros: i64, sep: bool, remaining: i64| {
        if sep {
            reversed.extend(separator.iter().rev());
        }
        for i in 0..n_chars {
            reversed.push(digit_bytes[(remaining - 1 - i) as usize]);
        }
        for _ in 0..n_zeros {
            reversed.push(b'0');
        }
    };
    let mut loop_broken = false;
    if let Some((_, size)) = grouping {
        let size = size as i64;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut reversed, n_chars, n_zeros, use_separator, remaining);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut reversed, n_chars, n_zeros, use_separator, remaining);
    }
    reversed.reverse();
    // Reversing the whole run restores each multi-byte separator's order.
    String::from_utf8(reversed)
        .map(Cow::Owned)
        .map_err(|_| PyErr::value_error("non-ASCII digits in a formatted number"))
}

/// Lays out `parts` in the field described by `options`, appended to `out`.
pub(crate) fn layout_number(
    parts: &NumberParts<'_>,
    options: &FieldOptions,
    out: &mut String,
) -> PyResult<()> {
    let sign = match (options.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some(SignOption::Plus), false) => Some('+'),
        (Some(SignOption::Space), false) => Some(' '),
        _ => None,
    };
    let prefix_len = parts.prefix.chars().count() as i64;
    let remainder_len = parts.remainder.chars().count() as i64;
    let non_digit_non_padding =
        i64::from(sign.is_some()) + prefix_len + i64::from(parts.decimal_point) + remainder_len;
    let width = options.width.map_or(-1, |w| w as i64);
    let min_width = if options.fill == '0' && options.align == Align::AfterSign {
        width - non_digit_non_padding
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        // Only 'c' and inf/nan have no digits; grouping would invent a 0.
        Cow::Borrowed("")
    } else {
        group_digits(parts.digits, min_width, options.grouping)?
    };
    let padding = width - (non_digit_non_padding + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match options.align {
            Align::Left => rpad = padding,
            Align::Center => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            Align::AfterSign => spad = padding,
            Align::Right => lpad = padding,
        }
    }
    let total = padding
        .max(0)
        .saturating_add(non_digit_non_padding)
        .saturating_add(grouped.len() as i64) as usize;
    try_reserve(out, total.saturating_mul(options.fill.len_utf8().max(1)))?;
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(options.fill);
        }
    };
    pad(out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    pad(out, spad);
    out.push_str(&grouped);
    if parts.decimal_point {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(out, rpad);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_fill() {
        let g = |d: &str, w: i64, grp| group_digits(d, w, grp).unwrap().into_owned();
        // format(1234, '08,') == '0,001,234' (CPython 3.11)
        assert_eq!(g("1234", 8, Some((',', 3))), "0,001,234");
        assert_eq!(g("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(g("ff", 0, Some(('_', 4))), "ff");
        assert_eq!(g("12345", 0, Some(('_', 4))), "1_2345");
        assert_eq!(g("12", 5, None), "00012");
        assert_eq!(g("123", 4, Some((',', 3))), "0,123");
    }
}
