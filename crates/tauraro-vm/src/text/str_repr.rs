//! `repr(str)`, `ascii(obj)` for strings, and `repr(bytes)`.

use std::fmt::Write;

use crate::text::unicode_props::char_is_printable;

/// Single quotes unless the text contains `'` and no `"`.
fn choose_quote(contains_single: bool, contains_double: bool) -> char {
    if contains_single && !contains_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped_code_point(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_impl(s: &str, escape_non_ascii: bool) -> String {
    // Printable ASCII without quotes or backslashes (most names and words) is its own repr
    // between single quotes: one scan and one copy instead of a push per character.
    if s.bytes()
        .all(|byte| matches!(byte, b' '..=b'~') && !matches!(byte, b'\'' | b'"' | b'\\'))
    {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('\'');
        out.push_str(s);
        out.push('\'');
        return out;
    }
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if c.is_ascii() => push_escaped_code_point(&mut out, c as u32),
            _ if !escape_non_ascii && char_is_printable(c) => out.push(c),
            _ => push_escaped_code_point(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(s)`: quotes chosen as CPython does, `\\ \n \r \t`
/// escaped, other non-printable characters as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN`, printable non-ASCII characters kept.
///
/// ```
/// assert_eq!(tauraro_vm::text::str_repr("it's"), "\"it's\"");
/// assert_eq!(tauraro_vm::text::str_repr("é\u{a0}\u{85}"), "'é\\xa0\\x85'");
/// ```
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// Python's `ascii(s)` for a string: `repr` with every non-ASCII character
/// escaped.
///
/// ```
/// assert_eq!(tauraro_vm::text::ascii_repr("é😀"), "'\\xe9\\U0001f600'");
/// ```
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// Python's `repr(b)` for bytes: `b'...'`, with `\xNN` for bytes outside
/// printable ASCII.
///
/// ```
/// assert_eq!(tauraro_vm::text::bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
/// ```
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = choose_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(b as char),
            _ => push_escaped_code_point(&mut out, u32::from(b)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert_eq!(str_repr(""), "''");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("\x7f\u{ad}\u{2028}\u{e000}"),
            "'\\x7f\\xad\\u2028\\ue000'"
        );
        assert_eq!(str_repr("\u{10ffff}"), "'\\U0010ffff'");
        assert_eq!(ascii_repr("'é"), "\"'\\xe9\"");
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
    }
}
