//! `str`: immutable text with its length in code points and a cached hash.

use std::cell::Cell;

use compact_str::CompactString;

/// A Python string. Indexing is by code point; ASCII strings (the common case) index in O(1).
/// Text of up to 24 bytes is stored inline: most strings a program makes (words, keys,
/// `str(i)`) then take one allocation, the `Rc`'s, instead of two.
pub struct PyStr {
    text: CompactString,
    char_len: usize,
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        PyStr::from_compact(CompactString::new(text))
    }

    pub fn from_string(text: String) -> PyStr {
        PyStr::from_compact(CompactString::from(text))
    }

    fn from_compact(text: CompactString) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            char_len,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// Appends in place; only for a string nobody else references yet (`s += t` on a
    /// uniquely owned string).
    pub fn push_str(&mut self, more: &PyStr) {
        self.text.push_str(&more.text);
        self.char_len += more.char_len;
        self.hash.set(-1);
    }

    /// The code point at `index` (which must be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            char::from(self.text.as_bytes()[index])
        } else {
            self.text.chars().nth(index).unwrap_or('\u{0}')
        }
    }

    /// The byte offset of code point `index` (`index == char_len` gives the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map_or(self.text.len(), |(offset, _)| offset)
        }
    }

    /// The substring between two code point indices (clamped, `start <= end`).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let start = self.byte_offset(start);
        let end = self.byte_offset(end).max(start);
        &self.text[start..end]
    }

    /// The string's hash: stable within a process, never -1.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        let result = str_hash(&self.text);
        self.hash.set(result);
        result
    }
}

/// The hash of a `str` with this text (what [`PyStr::hash`] returns), without building one.
pub fn str_hash(text: &str) -> i64 {
    // FNV-1a over the UTF-8 bytes, then a final mix so short strings spread well.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in text.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^= hash >> 29;
    hash = hash.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    hash ^= hash >> 32;
    let result = hash as i64;
    if result == -1 { -2 } else { result }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_by_code_point() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert!(!s.is_ascii());
        assert_eq!(s.char_at(1), 'é');
        assert_eq!(s.substring(1, 3), "él");
        assert_eq!(PyStr::new("abc").substring(1, 9), "bc");
    }

    #[test]
    fn hash_is_cached_and_never_minus_one() {
        let s = PyStr::new("key");
        let h = s.hash();
        assert_eq!(h, s.hash());
        assert_ne!(h, -1);
        assert_ne!(PyStr::new("a").hash(), PyStr::new("b").hash());
    }
}
