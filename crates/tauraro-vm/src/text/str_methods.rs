//! `str` methods that split, search, replace and pad, with CPython 3.11's
//! semantics. Indices and widths are in code points; `start`/`end`
//! arguments follow slice rules (negative counts from the end, out of
//! range clamps), with `None` meaning "not given".

use crate::text::error::{PyErr, PyResult, try_reserve};
use crate::text::text_index::{adjust_indices, byte_offset, char_index, char_len};
use crate::text::unicode_props::{char_is_linebreak, char_is_space};

fn empty_separator() -> PyErr {
    PyErr::value_error("empty separator")
}

/// A negative `maxsplit` means "no limit".
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. Without `sep`, runs of Python whitespace
/// (`str.isspace`, which includes `\x1c`-`\x1f` and `\x85`) separate words
/// and leading/trailing whitespace yields no empty strings.
///
/// ```
/// assert_eq!(tauraro_vm::text::split(" a  b c ", None, 1).unwrap(), ["a", "b c "]);
/// assert_eq!(tauraro_vm::text::split("a,,b", Some(","), -1).unwrap(), ["a", "", "b"]);
/// ```
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    match sep {
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(limit.saturating_add(1), sep).collect()),
        None => Ok(split_whitespace(s, limit)),
    }
}

/// Python's whitespace among the ASCII bytes: `\t`..`\r`, `\x1c`..`\x1f` and space.
fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    if s.is_ascii() {
        split_ascii_whitespace(s, limit)
    } else {
        split_unicode_whitespace(s, limit)
    }
}

/// [`split_whitespace`] for ASCII text, byte by byte.
fn split_ascii_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut position = 0;
    loop {
        while position < bytes.len() && is_ascii_space(bytes[position]) {
            position += 1;
        }
        if position == bytes.len() {
            break;
        }
        if limit == 0 {
            // maxsplit reached: the remainder (left-stripped) is one item.
            out.push(&s[position..]);
            break;
        }
        let start = position;
        while position < bytes.len() && !is_ascii_space(bytes[position]) {
            position += 1;
        }
        out.push(&s[start..position]);
        limit -= 1;
    }
    out
}

fn split_unicode_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if limit == 0 {
            // maxsplit reached: the remainder (left-stripped) is one item.
            out.push(rest);
            break;
        }
        let end = rest.find(char_is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        limit -= 1;
    }
    out
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but splitting from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = split_limit(maxsplit);
    let mut out: Vec<&str> = match sep {
        Some("") => return Err(empty_separator()),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
        None => rsplit_whitespace(s, limit),
    };
    out.reverse();
    Ok(out)
}

/// Items in right-to-left order.
fn rsplit_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if limit == 0 {
            out.push(rest);
            break;
        }
        let start = rest.rfind(char_is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        limit -= 1;
    }
    out
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`, `\x1d`, `\x1e`, `\x85`, `\u2028` and `\u2029`.
///
/// ```
/// assert_eq!(tauraro_vm::text::splitlines("a\r\nb\x0cc\n", false), ["a", "b", "c"]);
/// ```
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !char_is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && iter.peek().map(|&(_, n)| n) == Some('\n') {
            iter.next();
            next += 1;
        }
        out.push(&s[line_start..if keepends { next } else { i }]);
        line_start = next;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.strip(chars)`: without `chars`, strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(char_is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(char_is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(char_is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.partition(sep)`: `(head, sep, tail)` at the first occurrence, or
/// `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: at the last occurrence, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> PyResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// The searched window of `s` as (code-point start, byte start, byte end),
/// or `None` when it cannot contain `sub` (CPython's early `-1`).
fn search_window(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(i64, usize, usize)> {
    let (start, end) = adjust_indices(start, end, char_len(s));
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let byte_start = byte_offset(s, start as usize);
    let byte_end = byte_offset(s, end as usize);
    Some((start, byte_start, byte_end))
}

/// `s.find(sub, start, end)`: lowest code-point index or -1.
///
/// ```
/// assert_eq!(tauraro_vm::text::find("abc", "", Some(3), None), 3);
/// assert_eq!(tauraro_vm::text::find("abc", "", Some(5), None), -1);
/// ```
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((start, bs, be)) = search_window(s, sub, start, end) else {
        return -1;
    };
    let window = &s[bs..be];
    memchr::memmem::find(window.as_bytes(), sub.as_bytes())
        .map_or(-1, |b| start + char_index(window, b) as i64)
}

/// `s.rfind(sub, start, end)`: highest code-point index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((start, bs, be)) = search_window(s, sub, start, end) else {
        return -1;
    };
    let window = &s[bs..be];
    window
        .rfind(sub)
        .map_or(-1, |b| start + char_index(window, b) as i64)
}

fn substring_not_found() -> PyErr {
    PyErr::value_error("substring not found")
}

/// `s.index(sub, start, end)`: like [`find`] but `ValueError("substring
/// not found")` instead of -1.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(substring_not_found()),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> PyResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(substring_not_found()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every pair of code points and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((_, bs, be)) = search_window(s, sub, start, end) else {
        return 0;
    };
    let window = &s[bs..be];
    if sub.is_empty() {
        return char_len(window) as i64 + 1;
    }
    // `memmem` (vectorised) rather than `str::matches` (two-way, byte at a time): the same
    // non-overlapping occurrences, since UTF-8 text cannot match in the middle of a
    // character.
    memchr::memmem::find_iter(window.as_bytes(), sub.as_bytes()).count() as i64
}

/// `s.replace(old, new, count)`: a negative `count` replaces all. An empty
/// `old` inserts `new` before every code point and at the end.
///
/// `MemoryError` if the result cannot be allocated.
///
/// ```
/// assert_eq!(tauraro_vm::text::replace("abc", "", "-", -1).unwrap(), "-a-b-c-");
/// assert_eq!(tauraro_vm::text::replace("abc", "", "-", 2).unwrap(), "-a-bc");
/// ```
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> PyResult<String> {
    let limit = split_limit(count);
    let mut out = String::new();
    if !old.is_empty() {
        // `memmem` as in `count`; a valid UTF-8 `old` only matches at character boundaries.
        let finder = memchr::memmem::Finder::new(old.as_bytes());
        // A replacement no longer than what it replaces cannot grow the text, so the result
        // is sized without a counting pass (which cost as much as the replacing).
        let grown = if new.len() <= old.len() {
            0
        } else {
            let occurrences = finder.find_iter(s.as_bytes()).take(limit).count();
            occurrences.saturating_mul(new.len() - old.len())
        };
        try_reserve(&mut out, s.len().saturating_add(grown))?;
        let mut last = 0;
        for i in finder.find_iter(s.as_bytes()).take(limit) {
            out.push_str(&s[last..i]);
            out.push_str(new);
            last = i + old.len();
        }
        out.push_str(&s[last..]);
        return Ok(out);
    }
    let insertions = (char_len(s) + 1).min(limit);
    try_reserve(
        &mut out,
        s.len().saturating_add(new.len().saturating_mul(insertions)),
    )?;
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < limit {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < limit {
        out.push_str(new);
    }
    Ok(out)
}

/// Widths come from user input: an impossible allocation is reported as
/// `MemoryError`, as CPython does, instead of aborting.
fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<String> {
    let mut out = String::new();
    let padding = left.saturating_add(right).saturating_mul(fill.len_utf8());
    try_reserve(&mut out, s.len().saturating_add(padding))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Padding needed to reach `width`, or `None` if `s` is already as wide.
fn padding_needed(s: &str, width: i64) -> Option<(usize, usize)> {
    let len = char_len(s);
    let width = usize::try_from(width).ok()?;
    (width > len).then(|| (width - len, width))
}

/// `s.center(width, fillchar)`. CPython puts the odd padding character on
/// the left only when both the padding and the width are odd.
pub fn center(s: &str, width: i64, fill: char) -> PyResult<String> {
    match padding_needed(s, width) {
        None => Ok(s.to_string()),
        Some((margin, width)) => {
            let left = margin / 2 + (margin & width & 1);
            pad(s, left, margin - left, fill)
        }
    }
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> PyResult<String> {
    match padding_needed(s, width) {
        None => Ok(s.to_string()),
        Some((margin, _)) => pad(s, 0, margin, fill),
    }
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> PyResult<String> {
    match padding_needed(s, width) {
        None => Ok(s.to_string()),
        Some((margin, _)) => pad(s, margin, 0, fill),
    }
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &str, width: i64) -> PyResult<String> {
    match padding_needed(s, width) {
        None => Ok(s.to_string()),
        Some((margin, _)) => match s.chars().next() {
            // The sign moves in front of the zeros.
            Some(sign @ ('+' | '-')) => {
                let mut out = pad(&s[1..], margin, 0, '0')?;
                out.insert(0, sign);
                Ok(out)
            }
            _ => pad(s, margin, 0, '0'),
        },
    }
}

/// `s.expandtabs(tabsize)`: the column restarts after `\n` and `\r` only;
/// a tab size of zero or less removes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let spaces = tabsize - column % tabsize;
                column += spaces;
                try_reserve(&mut out, spaces as usize)?;
                out.extend(std::iter::repeat_n(' ', spaces as usize));
            }
        } else {
            out.push(c);
            column += 1;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

/// `s.startswith(prefix, start, end)` for one prefix (the VM loops over
/// a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tail_match(s, prefix, start, end, true)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tail_match(s, suffix, start, end, false)
}

/// CPython's `tailmatch`.
fn tail_match(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_start: bool) -> bool {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let sub_len = char_len(sub) as i64;
    if end - sub_len < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let from = if at_start { start } else { end - sub_len };
    let bs = byte_offset(s, from as usize);
    s[bs..].starts_with(sub)
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split_from_cpython() {
        assert_eq!(
            split("\x1ca\u{85}b\u{3000}c", None, -1).unwrap(),
            ["a", "b", "c"]
        );
        assert_eq!(rsplit("  a b  c  ", None, 1).unwrap(), ["  a b", "c"]);
        assert_eq!(split("  a b  c  ", None, 0).unwrap(), ["a b  c  "]);
        assert_eq!(rsplit("  a b  c  ", None, 0).unwrap(), ["  a b  c"]);
        assert_eq!(rsplit("aaa", Some("aa"), -1).unwrap(), ["a", ""]);
        assert_eq!(split("", None, -1).unwrap(), Vec::<&str>::new());
        assert_eq!(split("", Some(","), -1).unwrap(), [""]);
        // ASCII text takes the byte path; \x1c..\x1f are whitespace too.
        assert_eq!(
            split("\x1fa\t\x0bb\x1c c\r\n", None, -1).unwrap(),
            ["a", "b", "c"]
        );
        assert_eq!(split(" a  b c ", None, 1).unwrap(), ["a", "b c "]);
        assert_eq!(split("   ", None, -1).unwrap(), Vec::<&str>::new());
        assert_eq!(
            split("a", Some(""), -1).unwrap_err().message,
            "empty separator"
        );
    }

    #[test]
    fn search_edges_from_cpython() {
        assert_eq!(find("héllo", "l", None, None), 2);
        assert_eq!(rfind("héllo", "l", Some(-5), Some(-1)), 3);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(1), Some(2)), 2);
        assert_eq!(count("abc", "", Some(5), None), 0);
        assert_eq!(rfind("abc", "", None, None), 3);
        assert!(startswith("abc", "", Some(3), None));
        assert!(!startswith("abc", "", Some(4), None));
        assert!(endswith("abcd", "bc", None, Some(-1)));
    }

    #[test]
    fn padding_from_cpython() {
        assert_eq!(center("abc", 6, '*').unwrap(), "*abc**");
        assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
        assert_eq!(center("abc", 4, '*').unwrap(), "abc*");
        assert_eq!(zfill("-42", 6).unwrap(), "-00042");
        assert_eq!(zfill("+", 3).unwrap(), "+00");
        assert_eq!(expandtabs("a\tb\r\tc", 4).unwrap(), "a   b\r    c");
        // Absurd sizes fail like CPython's MemoryError instead of aborting.
        assert_eq!(
            ljust("a", i64::MAX, 'x').unwrap_err().kind,
            crate::text::PyErrKind::MemoryError
        );
        assert!(expandtabs("\t", i64::MAX / 2).is_err());
    }
}
