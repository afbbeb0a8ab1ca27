//! Text synchronisation: applying `didChange` content changes, whole-text or ranged
//! (incremental), to a document's text. Ranges are UTF-16 positions; a range past the end of
//! the text, or reversed, is clamped rather than refused (a notification cannot be answered).

use lsp_types::TextDocumentContentChangeEvent;

use crate::line_index::LineIndex;

pub fn apply_change(text: &mut String, change: &TextDocumentContentChangeEvent) {
    let Some(range) = change.range else {
        text.clone_from(&change.text);
        return;
    };
    let index = LineIndex::new(text);
    let start = usize::from(index.offset_clamped(range.start));
    let end = usize::from(index.offset_clamped(range.end));
    let (start, end) = (start.min(end), start.max(end));
    text.replace_range(start..end, &change.text);
}

#[cfg(test)]
mod tests {
    use lsp_types::{Position, Range};

    use super::*;

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|((l1, c1), (l2, c2))| {
                Range::new(Position::new(l1, c1), Position::new(l2, c2))
            }),
            range_length: None,
            text: text.to_owned(),
        }
    }

    #[test]
    fn ranged_and_whole_changes_apply_in_utf16_positions() {
        let mut text = "x = '😀'\ny = 1\n".to_owned();
        // After the emoji (UTF-16 column 7).
        apply_change(&mut text, &change(Some(((0, 7), (0, 7))), "!"));
        assert_eq!(text, "x = '😀!'\ny = 1\n");
        apply_change(&mut text, &change(Some(((1, 4), (1, 5))), "22"));
        assert_eq!(text, "x = '😀!'\ny = 22\n");
        // Reversed and out-of-range positions are clamped.
        apply_change(&mut text, &change(Some(((9, 0), (1, 6))), "\nz = 3\n"));
        assert_eq!(text, "x = '😀!'\ny = 22\nz = 3\n");
        apply_change(&mut text, &change(None, "whole"));
        assert_eq!(text, "whole");
    }
}
