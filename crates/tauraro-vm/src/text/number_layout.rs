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

/// Appends `digits` (ASCII, at least one) with `separator` between groups of `size` counted
/// from the right: `group_digits` without zero padding, and without its buffers.
pub(crate) fn push_grouped(out: &mut String, digits: &str, separator: char, size: usize) {
    let first = match digits.len() % size {
        0 => size,
        partial => partial,
    };
    let (head, mut rest) = digits.split_at(first);
    out.push_str(head);
    while !rest.is_empty() {
        let (group, tail) = rest.split_at(size);
        out.push(separator);
        out.push_str(group);
        rest = tail;
    }
}

/// Whether a float written by `double_to_string` is laid out by [`pad_in_place`] alone: no
/// separators to insert and no sign to add to a non-negative number.
pub(crate) fn is_plain_layout(options: &FieldOptions) -> bool {
    options.grouping.is_none() && matches!(options.sign, None | Some(SignOption::Minus))
}

/// Pads the number just written at `out[start..]` (ASCII: its sign, `sign_len` bytes, then
/// digits, separators, point, exponent, `%`, `inf`) to the field's width: what
/// [`layout_number`] writes when no zero padding goes between the digits' separators, without
/// splitting the number into its parts. Padding that goes before the number is inserted (a
/// short move of the number's few bytes).
pub(crate) fn pad_in_place(
    out: &mut String,
    start: usize,
    sign_len: usize,
    options: &FieldOptions,
) -> PyResult<()> {
    let len = out.len() - start;
    debug_assert!(out[start..].is_ascii());
    let padding = options.width.map_or(0, |width| width.saturating_sub(len));
    if padding == 0 {
        return Ok(());
    }
    try_reserve(out, padding.saturating_mul(options.fill.len_utf8()))?;
    let (before, after) = match options.align {
        Align::Left => (0, padding),
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::AfterSign => {
            out.insert_str(start + sign_len, &fill_run(options.fill, padding));
            return Ok(());
        }
    };
    if before > 0 {
        out.insert_str(start, &fill_run(options.fill, before));
    }
    if after > 0 {
        out.push_str(&fill_run(options.fill, after));
    }
    Ok(())
}

/// `n` copies of `fill`. Runs of spaces or zeros (nearly every fill) are slices of a
/// constant: pushing them one `char` at a time cost more than formatting the number.
fn fill_run(fill: char, n: usize) -> Cow<'static, str> {
    const SPACES: &str = "                                ";
    const ZEROS: &str = "00000000000000000000000000000000";
    let run = match fill {
        ' ' => SPACES,
        '0' => ZEROS,
        _ => "",
    };
    match run.get(..n) {
        Some(fills) if !run.is_empty() => Cow::Borrowed(fills),
        _ => Cow::Owned(std::iter::repeat_n(fill, n).collect()),
    }
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
    let digits = parts.digits;
    // Grouping without zero padding (`{n:,}`, the common case) is written straight into
    // `out` by `push_grouped`; zero padding goes through `group_digits`.
    let plain_grouping = match options.grouping {
        Some((separator, size))
            if !digits.is_empty() && size > 0 && min_width <= digits.len() as i64 =>
        {
            Some((separator, size))
        }
        _ => None,
    };
    let grouped = if digits.is_empty() {
        // Only 'c' and inf/nan have no digits; grouping would invent a 0.
        Cow::Borrowed("")
    } else if plain_grouping.is_some() {
        Cow::Borrowed(digits)
    } else {
        group_digits(digits, min_width, options.grouping)?
    };
    let grouped_len = match plain_grouping {
        Some((separator, size)) => digits.len() + (digits.len() - 1) / size * separator.len_utf8(),
        None => grouped.len(),
    };
    let padding = width - (non_digit_non_padding + grouped_len as i64);
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
        .saturating_add(grouped_len as i64) as usize;
    try_reserve(out, total.saturating_mul(options.fill.len_utf8().max(1)))?;
    let pad = |out: &mut String, n: i64| {
        if n > 0 {
            out.push_str(&fill_run(options.fill, n as usize));
        }
    };
    pad(out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    pad(out, spad);
    match plain_grouping {
        Some((separator, size)) => push_grouped(out, digits, separator, size),
        None => out.push_str(&grouped),
    }
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

    #[test]
    fn fills_of_any_length_and_character() {
        for fill in [' ', '0', '*', '\u{e9}'] {
            for n in [0, 1, 31, 32, 33, 100] {
                assert_eq!(fill_run(fill, n), fill.to_string().repeat(n));
            }
        }
    }

    #[test]
    fn plain_grouping_matches_group_digits() {
        let long = "1234567890".repeat(5);
        for digits in [
            "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", &long,
        ] {
            for (separator, size) in [(',', 3), ('_', 4), ('_', 3)] {
                let mut pushed = String::new();
                push_grouped(&mut pushed, digits, separator, size);
                let grouped = group_digits(digits, 0, Some((separator, size))).unwrap();
                assert_eq!(pushed, grouped);
            }
        }
    }
}
