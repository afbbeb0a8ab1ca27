//! Line/column lookup and rendering of syntax errors (ariadne, plain text) and CPython-style
//! one-line reports.

use std::ops::Range;

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};

use crate::{SyntaxError, TextRange, TextSize};

/// A 1-based line and a 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Offsets of line starts, for offset → line/column conversion.
#[derive(Debug, Clone)]
pub struct LineIndex {
    text: String,
    starts: Vec<TextSize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![TextSize::from(0)];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(TextSize::from(i as u32 + 1)),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                    starts.push(TextSize::from(i as u32 + 1))
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            text: text.to_owned(),
            starts,
        }
    }

    /// The line and column of `offset` (clamped to the text).
    pub fn line_col(&self, offset: TextSize) -> LineCol {
        let offset = offset.min(TextSize::of(self.text.as_str()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let mut end = usize::from(offset);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.text[usize::from(start)..end].chars().count();
        LineCol {
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1).min(self.starts.len() - 1);
        let start = usize::from(self.starts[i]);
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |&s| usize::from(s));
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

fn span(text: &str, range: TextRange) -> Range<usize> {
    let start = usize::from(range.start()).min(text.len());
    let mut end = usize::from(range.end()).min(text.len());
    if end == start {
        // Point at one character so that the caret shows.
        if let Some(c) = text[start..].chars().next() {
            end = start + c.len_utf8();
        }
    }
    start..end
}

/// Renders errors with ariadne: file, line, the source line and a caret under the range.
/// Plain text (no colours); ranges are byte offsets, so non-ASCII text is handled.
pub fn render_diagnostics(path: &str, text: &str, errors: &[SyntaxError]) -> String {
    let mut out = Vec::new();
    let config = Config::default()
        .with_color(false)
        .with_index_type(IndexType::Byte);
    let mut source = (path, Source::from(text));
    for error in errors {
        let span = span(text, error.range);
        let report = Report::build(ReportKind::Error, (path, span.clone()))
            .with_config(config)
            .with_message(&error.message)
            .with_label(Label::new((path, span)).with_message(&error.message))
            .finish();
        // Writing to a Vec cannot fail.
        let _ = report.write(&mut source, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A CPython-style report of one error:
///
/// ```text
///   File "x.py", line 3
///     if x
///         ^
/// SyntaxError: expected ':'
/// ```
pub fn cpython_style_error(path: &str, text: &str, error: &SyntaxError) -> String {
    let index = LineIndex::new(text);
    let LineCol { line, col } = index.line_col(error.range.start());
    let line_text = index.line_text(line);
    let trimmed = line_text.trim_start();
    let indent = line_text.chars().count() - trimmed.chars().count();
    let caret = (col as usize).saturating_sub(indent + 1);
    let kind = if error.message.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let kind = if error.message.contains("tabs and spaces") {
        "TabError"
    } else {
        kind
    };
    format!(
        "  File \"{path}\", line {line}\n    {trimmed}\n    {}^\n{kind}: {}\n",
        " ".repeat(caret),
        error.message
    )
}
