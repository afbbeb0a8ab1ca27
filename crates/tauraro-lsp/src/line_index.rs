//! Conversion between byte offsets in a document and LSP positions: zero-based lines (split at
//! `\n`, `\r\n` and `\r`, as the protocol says) and columns counted in UTF-16 code units.
//!
//! Columns past the end of a line mean the end of that line (the protocol's rule); a line past
//! the end of the document is an error for requests and is clamped for edits.

use lsp_types::Position;
use tauraro_syntax::{TextRange, TextSize};

/// Line starts of one text, and the text itself (columns need its characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    text: String,
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<u32>,
}

/// A position whose line does not exist in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineOutOfRange {
    pub line: u32,
    pub line_count: u32,
}

impl std::fmt::Display for LineOutOfRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {} is out of range (the document has {} lines)",
            self.line, self.line_count
        )
    }
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let is_break = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if is_break {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex {
            text: text.to_owned(),
            starts,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// The zero-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: TextSize) -> u32 {
        let offset = u32::from(offset).min(self.text.len() as u32);
        (self.starts.partition_point(|&s| s <= offset) - 1) as u32
    }

    /// The text of a line without its line break.
    fn line_content(&self, line: u32) -> (u32, &str) {
        let start = self.starts[line as usize];
        let end = self
            .starts
            .get(line as usize + 1)
            .map_or(self.text.len(), |&s| s as usize);
        let content = self.text[start as usize..end].trim_end_matches(['\n', '\r']);
        (start, content)
    }

    /// The LSP position of a byte offset (clamped to the text and to a character boundary).
    pub fn position(&self, offset: TextSize) -> Position {
        let mut offset = (u32::from(offset) as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(TextSize::from(offset as u32));
        let start = self.starts[line as usize] as usize;
        let character: usize = self.text[start..offset].chars().map(char::len_utf16).sum();
        Position::new(line, character as u32)
    }

    pub fn range(&self, range: TextRange) -> lsp_types::Range {
        lsp_types::Range::new(self.position(range.start()), self.position(range.end()))
    }

    /// The byte offset of an LSP position; a column past the end of the line is the line's end,
    /// a column inside a surrogate pair is the start of that character.
    pub fn offset(&self, position: Position) -> Result<TextSize, LineOutOfRange> {
        if position.line >= self.line_count() {
            return Err(LineOutOfRange {
                line: position.line,
                line_count: self.line_count(),
            });
        }
        let (start, content) = self.line_content(position.line);
        let mut units = 0u32;
        for (byte, c) in content.char_indices() {
            let width = c.len_utf16() as u32;
            if units + width > position.character {
                return Ok(TextSize::from(start + byte as u32));
            }
            units += width;
        }
        Ok(TextSize::from(start + content.len() as u32))
    }

    /// Like [`LineIndex::offset`], but a line past the end means the end of the text (for edits,
    /// which must always apply somewhere).
    pub fn offset_clamped(&self, position: Position) -> TextSize {
        self.offset(position)
            .unwrap_or_else(|_| TextSize::of(self.text.as_str()))
    }

    /// The byte range of an LSP range, for requests.
    pub fn text_range(&self, range: lsp_types::Range) -> Result<TextRange, LineOutOfRange> {
        let start = self.offset(range.start)?;
        let end = self.offset(range.end)?;
        Ok(TextRange::new(start.min(end), start.max(end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_count_surrogate_pairs_twice() {
        let index = LineIndex::new("a = '😀é'\nb\r\nc\rd");
        assert_eq!(index.line_count(), 4);
        // `'` after the emoji: 5 UTF-16 units before the emoji, 2 for it.
        let quote = TextSize::from("a = '😀é".len() as u32);
        assert_eq!(index.position(quote), Position::new(0, 8));
        assert_eq!(index.offset(Position::new(0, 8)), Ok(quote));
        // Inside the surrogate pair: the start of the emoji.
        assert_eq!(index.offset(Position::new(0, 6)), Ok(TextSize::from(5)));
        assert_eq!(index.position(TextSize::from(13)), Position::new(1, 0));
        assert_eq!(index.offset(Position::new(2, 0)), Ok(TextSize::from(16)));
        assert_eq!(index.offset(Position::new(3, 0)), Ok(TextSize::from(18)));
    }

    #[test]
    fn columns_past_the_end_clamp_and_lines_past_the_end_fail() {
        let index = LineIndex::new("abc\nde\n");
        assert_eq!(index.offset(Position::new(1, 99)), Ok(TextSize::from(6)));
        assert_eq!(index.offset(Position::new(2, 0)), Ok(TextSize::from(7)));
        assert!(index.offset(Position::new(3, 0)).is_err());
        assert_eq!(
            index.offset_clamped(Position::new(30, 4)),
            TextSize::from(7)
        );
        // Offsets inside a multi-byte character snap back to its start.
        let index = LineIndex::new("é");
        assert_eq!(index.position(TextSize::from(1)), Position::new(0, 0));
    }
}
