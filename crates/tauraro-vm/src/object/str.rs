//! `str`: immutable text with its length in code points and a cached hash.

use std::cell::{Cell, OnceCell};

use compact_str::{CompactString, ToCompactString};

/// A Python string. Indexing is by code point; ASCII strings (the common case) index in O(1),
/// longer non-ASCII ones through a sparse index of byte offsets built on first use.
/// Text of up to 24 bytes is stored inline: most strings a program makes (words, keys,
/// `str(i)`) then take one allocation, the `Rc`'s, instead of two.
pub struct PyStr {
    text: CompactString,
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
    /// None for ASCII text, whose length in code points is its length in bytes. Boxed so
    /// that ASCII strings (nearly all a program makes) stay at 40 bytes.
    non_ascii: Option<Box<NonAscii>>,
}

/// What a non-ASCII string needs beyond its text.
struct NonAscii {
    char_len: usize,
    /// The byte offset of every `INDEX_STRIDE`th code point, built on first use, so that
    /// `s[i]` and `s[i:j]` scan at most `INDEX_STRIDE` characters.
    offsets: OnceCell<SparseOffsets>,
}

/// The most bytes a `CompactString` stores inline (on 64-bit targets).
const INLINE_CAPACITY: usize = 24;

/// How many code points lie between two entries of the sparse offset index.
const INDEX_STRIDE: usize = 64;

/// Non-ASCII strings at most this long (in code points) are scanned from their start:
/// building the index would cost more than it saves.
const SHORT_TEXT: usize = 2 * INDEX_STRIDE;

/// `offsets[k]` is the byte offset of code point `k * INDEX_STRIDE`. `u32` halves the
/// index; text of 4 GiB or more is scanned instead.
struct SparseOffsets {
    offsets: Vec<u32>,
}

impl SparseOffsets {
    fn build(text: &str) -> SparseOffsets {
        let offsets = text
            .char_indices()
            .step_by(INDEX_STRIDE)
            .map(|(offset, _)| offset as u32)
            .collect();
        SparseOffsets { offsets }
    }
}

/// The text of `pieces` laid end to end, `bytes` long in all. Short text is assembled on the
/// stack and stored inline (no allocation but the `Rc`'s), longer text in a `String` sized
/// once whose buffer the `CompactString` adopts. Whole strings laid end to end are valid
/// UTF-8, so the result is not validated again: validation cost as much as the rest of
/// `a + b` for short strings, and `CompactString::push_str` per piece is an out-of-line call.
fn assemble<'a>(bytes: usize, pieces: impl Iterator<Item = &'a str>) -> CompactString {
    if bytes <= INLINE_CAPACITY {
        let mut buffer = [0u8; INLINE_CAPACITY];
        let mut end = 0;
        for piece in pieces {
            copy_short(&mut buffer[end..end + piece.len()], piece.as_bytes());
            end += piece.len();
        }
        // SAFETY: `buffer[..end]` is whole `&str`s (each valid UTF-8) laid end to end, which
        // is valid UTF-8.
        CompactString::new(unsafe { std::str::from_utf8_unchecked(&buffer[..end]) })
    } else {
        let mut text = String::with_capacity(bytes);
        for piece in pieces {
            text.push_str(piece);
        }
        CompactString::from(text)
    }
}

/// Copies `source` into `target` (of the same length, at most 24 bytes, as in a string's
/// inline text): lengths of 4 to 16 bytes as two overlapping fixed-size words, which compile
/// to plain loads and stores where `copy_from_slice` calls `memcpy`.
#[inline(always)]
fn copy_short(target: &mut [u8], source: &[u8]) {
    let len = source.len();
    debug_assert_eq!(target.len(), len);
    if (8..=16).contains(&len) {
        let head: [u8; 8] = source[..8].try_into().unwrap_or_default();
        let tail: [u8; 8] = source[len - 8..].try_into().unwrap_or_default();
        target[..8].copy_from_slice(&head);
        target[len - 8..].copy_from_slice(&tail);
    } else if (4..8).contains(&len) {
        let head: [u8; 4] = source[..4].try_into().unwrap_or_default();
        let tail: [u8; 4] = source[len - 4..].try_into().unwrap_or_default();
        target[..4].copy_from_slice(&head);
        target[len - 4..].copy_from_slice(&tail);
    } else if len < 4 {
        for (to, from) in target.iter_mut().zip(source) {
            *to = *from;
        }
    } else {
        target.copy_from_slice(source);
    }
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        PyStr::from_compact(CompactString::new(text))
    }

    /// `str(v)` of an int, written straight into the inline text.
    pub fn from_int(v: i64) -> PyStr {
        PyStr {
            text: v.to_compact_string(),
            hash: Cell::new(-1),
            non_ascii: None,
        }
    }

    /// A string whose hash (`str_hash(text)`) the caller already computed.
    pub fn with_hash(text: &str, hash: i64) -> PyStr {
        let string = PyStr::new(text);
        string.hash.set(hash);
        string
    }

    pub fn from_string(text: String) -> PyStr {
        PyStr::from_compact(CompactString::from(text))
    }

    /// The concatenation of `pieces` (an f-string's parts), sized once and without
    /// rescanning the text for non-ASCII characters.
    pub fn concat<'a>(pieces: impl Iterator<Item = &'a PyStr> + Clone) -> PyStr {
        let (mut bytes, mut char_len, mut ascii) = (0, 0, true);
        for piece in pieces.clone() {
            bytes += piece.text.len();
            char_len += piece.char_len();
            ascii &= piece.is_ascii();
        }
        let text = assemble(bytes, pieces.map(PyStr::as_str));
        PyStr::measured(text, char_len, ascii)
    }

    /// `left + right`: [`PyStr::concat`] of two strings.
    pub fn concat_pair(left: &PyStr, right: &PyStr) -> PyStr {
        let text = assemble(
            left.text.len() + right.text.len(),
            [left.as_str(), right.as_str()].into_iter(),
        );
        PyStr::measured(
            text,
            left.char_len() + right.char_len(),
            left.is_ascii() && right.is_ascii(),
        )
    }

    /// `separator.join(parts)` for a few parts whose sizes the caller measured: `bytes` long
    /// in all (separators included), `char_len` code points, ASCII when `ascii`. A short
    /// result is assembled on the stack (parts copied as fixed-size words, not through
    /// `memcpy` calls) and stored inline, a longer one in a buffer sized once.
    pub fn join_few<'a>(
        separator: &PyStr,
        parts: impl Iterator<Item = &'a PyStr>,
        bytes: usize,
        char_len: usize,
        ascii: bool,
    ) -> PyStr {
        let sep = separator.text.as_bytes();
        let text = if bytes <= INLINE_CAPACITY {
            let mut buffer = [0u8; INLINE_CAPACITY];
            let mut end = 0;
            for (index, part) in parts.enumerate() {
                if index > 0 {
                    copy_short(&mut buffer[end..end + sep.len()], sep);
                    end += sep.len();
                }
                let text = part.text.as_bytes();
                copy_short(&mut buffer[end..end + text.len()], text);
                end += text.len();
            }
            // SAFETY: `buffer[..end]` is whole strings (the parts and separators, each valid
            // UTF-8) laid end to end, which is valid UTF-8.
            CompactString::new(unsafe { std::str::from_utf8_unchecked(&buffer[..end]) })
        } else {
            let mut text = String::with_capacity(bytes);
            for (index, part) in parts.enumerate() {
                if index > 0 {
                    text.push_str(separator.as_str());
                }
                text.push_str(part.as_str());
            }
            CompactString::from(text)
        };
        PyStr::measured(text, char_len, ascii)
    }

    /// This ASCII string rewritten in place by `map` (`str::make_ascii_uppercase` for
    /// `upper()`), which keeps it ASCII and its length. Short text is copied inline and mapped
    /// there: `s.upper()` of a word then allocates only the `Rc`.
    pub fn map_ascii(&self, map: fn(&mut str)) -> PyStr {
        debug_assert!(self.is_ascii());
        // A copy of up to 24 bytes is inline; mapping it in place needs no UTF-8 validation.
        let mut text = CompactString::new(self.text.as_str());
        map(text.as_mut_str());
        PyStr {
            text,
            hash: Cell::new(-1),
            non_ascii: None,
        }
    }

    /// A string whose length in code points and ASCII-ness the caller already knows (from
    /// the parts it was built of), so the text is not scanned again.
    pub fn from_measured(text: String, char_len: usize, ascii: bool) -> PyStr {
        PyStr::measured(CompactString::from(text), char_len, ascii)
    }

    /// [`PyStr::from_measured`] for text already in its final storage.
    fn measured(text: CompactString, char_len: usize, ascii: bool) -> PyStr {
        debug_assert_eq!(ascii, text.is_ascii());
        debug_assert_eq!(char_len, text.chars().count());
        PyStr {
            text,
            hash: Cell::new(-1),
            non_ascii: (!ascii).then(|| {
                Box::new(NonAscii {
                    char_len,
                    offsets: OnceCell::new(),
                })
            }),
        }
    }

    fn from_compact(text: CompactString) -> PyStr {
        let non_ascii = (!text.is_ascii()).then(|| {
            Box::new(NonAscii {
                char_len: text.chars().count(),
                offsets: OnceCell::new(),
            })
        });
        PyStr {
            text,
            hash: Cell::new(-1),
            non_ascii,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.non_ascii {
            None => self.text.len(),
            Some(non_ascii) => non_ascii.char_len,
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.non_ascii.is_none()
    }

    /// Appends in place; only for a string nobody else references yet (`s += t` on a
    /// uniquely owned string).
    pub fn push_str(&mut self, more: &PyStr) {
        let char_len = self.char_len() + more.char_len();
        self.text.push_str(&more.text);
        self.hash.set(-1);
        // Updated in place: `s += t` in a loop reallocated the box on every append.
        match &mut self.non_ascii {
            Some(non_ascii) => {
                non_ascii.char_len = char_len;
                non_ascii.offsets = OnceCell::new();
            }
            None if more.is_ascii() => {}
            None => {
                self.non_ascii = Some(Box::new(NonAscii {
                    char_len,
                    offsets: OnceCell::new(),
                }));
            }
        }
    }

    /// The code point at `index` (which must be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            char::from(self.text.as_bytes()[index])
        } else {
            let offset = self.byte_offset(index);
            self.text[offset..].chars().next().unwrap_or('\u{0}')
        }
    }

    /// The byte offset of code point `index` (`index >= char_len` gives the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        let Some(non_ascii) = &self.non_ascii else {
            return index.min(self.text.len());
        };
        if index >= non_ascii.char_len {
            return self.text.len();
        }
        let (start, skip) =
            if non_ascii.char_len <= SHORT_TEXT || self.text.len() > u32::MAX as usize {
                (0, index)
            } else {
                let index_table = non_ascii
                    .offsets
                    .get_or_init(|| SparseOffsets::build(&self.text));
                let block = index / INDEX_STRIDE;
                (index_table.offsets[block] as usize, index % INDEX_STRIDE)
            };
        self.text[start..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(offset, _)| start + offset)
    }

    /// The code points at `positions`, which all lie in `low..=high` (a stepped slice):
    /// only that stretch of the text is decoded.
    pub fn chars_at(
        &self,
        positions: impl Iterator<Item = usize>,
        low: usize,
        high: usize,
    ) -> String {
        let start = self.byte_offset(low);
        let end = self.byte_offset(high + 1).max(start);
        let stretch: Vec<char> = self.text[start..end].chars().collect();
        positions
            .filter_map(|position| stretch.get(position.wrapping_sub(low)).copied())
            .collect()
    }

    /// The substring between two code point indices (clamped, `start <= end`).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let start = self.byte_offset(start);
        let end = self.byte_offset(end).max(start);
        &self.text[start..end]
    }

    /// The string's hash: stable within a process, never -1.
    #[inline]
    pub fn hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        self.compute_hash()
    }

    #[cold]
    fn compute_hash(&self) -> i64 {
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
    fn ascii_strings_stay_small() {
        // Programs hold millions of these; 40 bytes plus the Rc's counts fill a 64-byte
        // allocation.
        assert!(
            std::mem::size_of::<PyStr>() <= 40,
            "{}",
            std::mem::size_of::<PyStr>()
        );
    }

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
    fn long_text_indexes_through_sparse_offsets() {
        let text: String = (0..1000).map(|i| ['a', 'é', '日', '😀'][i % 4]).collect();
        let s = PyStr::new(&text);
        let expected: Vec<(usize, char)> = text.char_indices().collect();
        for (index, &(offset, c)) in expected.iter().enumerate() {
            assert_eq!(s.byte_offset(index), offset);
            assert_eq!(s.char_at(index), c);
        }
        assert_eq!(s.byte_offset(1000), text.len());
        assert_eq!(s.byte_offset(5000), text.len());
        assert_eq!(s.chars_at([3, 5, 7].into_iter(), 3, 7), "😀é😀");
    }

    #[test]
    fn concat_tracks_length_and_ascii() {
        let parts = [PyStr::new("ab"), PyStr::new("é"), PyStr::new("c")];
        let joined = PyStr::concat(parts.iter());
        assert_eq!(joined.as_str(), "abéc");
        assert_eq!(joined.char_len(), 4);
        assert!(!joined.is_ascii());
        assert_eq!(joined.char_at(3), 'c');
        let ascii = PyStr::concat(parts[..1].iter());
        assert!(ascii.is_ascii());
        assert_eq!(ascii.char_len(), 2);
    }

    #[test]
    fn ascii_maps_short_and_long_text() {
        let short = PyStr::new("Hello, World");
        assert_eq!(
            short.map_ascii(str::make_ascii_uppercase).as_str(),
            "HELLO, WORLD"
        );
        let long = PyStr::new("The Quick Brown Fox Jumps Over");
        let lower = long.map_ascii(str::make_ascii_lowercase);
        assert_eq!(lower.as_str(), "the quick brown fox jumps over");
        assert!(lower.is_ascii());
        assert_eq!(lower.char_len(), 30);
        assert_eq!(
            PyStr::new("").map_ascii(str::make_ascii_uppercase).as_str(),
            ""
        );
    }

    #[test]
    fn join_few_tracks_length_and_ascii() {
        let (a, e, long) = (
            PyStr::new("ab"),
            PyStr::new("é"),
            PyStr::new(&"x".repeat(30)),
        );
        let comma = PyStr::new(",");
        let joined = PyStr::join_few(&comma, [&a, &e, &a].into_iter(), 8, 7, false);
        assert_eq!(joined.as_str(), "ab,é,ab");
        assert_eq!(joined.char_len(), 7);
        assert!(!joined.is_ascii());
        let wide = PyStr::join_few(&e, [&a, &long].into_iter(), 34, 33, false);
        assert_eq!(wide.char_len(), 33);
        assert_eq!(wide.char_at(2), 'é');
        let single = PyStr::join_few(&e, [&a].into_iter(), 2, 2, true);
        assert!(single.is_ascii());
        assert_eq!(
            PyStr::join_few(&comma, [].into_iter(), 0, 0, true).as_str(),
            ""
        );
    }

    #[test]
    fn short_copies_cover_every_length() {
        let source: Vec<u8> = (1..=24).collect();
        for len in 0..=24 {
            let mut target = [0u8; 24];
            copy_short(&mut target[..len], &source[..len]);
            assert_eq!(&target[..len], &source[..len]);
            assert!(target[len..].iter().all(|&byte| byte == 0));
        }
    }

    #[test]
    fn ints_read_as_decimal_text() {
        for v in [0, 7, -7, 1234567890, i64::MAX, i64::MIN] {
            let s = PyStr::from_int(v);
            assert_eq!(s.as_str(), v.to_string());
            assert!(s.is_ascii());
            assert_eq!(s.char_len(), v.to_string().len());
        }
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
