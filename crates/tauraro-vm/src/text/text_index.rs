//! Code-point indexing over UTF-8 strings.
//!
//! Python indexes strings by code point while `&str` is indexed by byte;
//! these helpers convert between the two, with a fast path for ASCII
//! where they coincide.

/// Number of code points in `s` (Python's `len`).
pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `index` in `s`; `s.len()` if past the end.
pub(crate) fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map_or(s.len(), |(b, _)| b)
}

/// Code-point index of byte offset `offset` (which must be a char boundary).
pub(crate) fn char_index(s: &str, offset: usize) -> usize {
    let prefix = s.get(..offset).unwrap_or(s);
    char_len(prefix)
}

/// Python's `ADJUST_INDICES`: resolves optional, possibly negative
/// `start`/`end` arguments against a length, clamping like slicing does.
/// The result may have `start > end`, which callers treat as empty.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Takes at most `n` code points from the front of `s`.
pub(crate) fn take_chars(s: &str, n: usize) -> &str {
    &s[..byte_offset(s, n)]
}
