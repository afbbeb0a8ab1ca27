//! String literals: prefixes, quotes, parts of implicit concatenation, f-string elements and
//! escape decoding.

use crate::SyntaxKind::*;
use crate::ast::{self, AstNode};
use crate::{SyntaxElement, SyntaxToken};

/// Prefix and quoting of one string literal or f-string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StringFlags {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// `u"..."` (no effect in Python 3).
    pub unicode: bool,
    pub triple: bool,
    /// `'` or `"`.
    pub quote: u8,
    /// Length in bytes of prefix plus opening quotes.
    pub open_len: u32,
}

impl StringFlags {
    /// Reads the flags from the start of a literal (`rb'''...`).
    pub fn parse(text: &str) -> StringFlags {
        let mut f = StringFlags::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\'' {
            match bytes[i].to_ascii_lowercase() {
                b'r' => f.raw = true,
                b'b' => f.bytes = true,
                b'f' => f.fstring = true,
                b'u' => f.unicode = true,
                _ => {}
            }
            i += 1;
        }
        f.quote = bytes.get(i).copied().unwrap_or(b'"');
        f.triple = bytes.len() >= i + 3 && bytes[i..i + 3].iter().all(|&b| b == f.quote);
        f.open_len = (i + if f.triple { 3 } else { 1 }) as u32;
        f
    }
}

/// A plain (non-f) string literal token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StringLiteral(pub SyntaxToken);

impl StringLiteral {
    pub fn flags(&self) -> StringFlags {
        StringFlags::parse(self.0.text())
    }
    /// The text between the quotes, escapes not decoded.
    pub fn content(&self) -> &str {
        let text = self.0.text();
        let f = self.flags();
        let close = if f.triple { 3 } else { 1 };
        let start = (f.open_len as usize).min(text.len());
        let end = text.len().saturating_sub(close).max(start);
        &text[start..end]
    }
    /// The decoded value.
    pub fn value(&self) -> Result<StringValue, UnescapeError> {
        let f = self.flags();
        unescape(self.content(), f.raw, f.bytes)
    }
}

/// One part of an implicitly concatenated string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StringPart {
    Literal(StringLiteral),
    FString(ast::FString),
}

impl ast::StringExpr {
    /// The concatenated parts in order.
    pub fn parts(&self) -> Vec<StringPart> {
        self.syntax()
            .children_with_tokens()
            .filter_map(|el| match el {
                SyntaxElement::Token(t) if t.kind() == STRING => {
                    Some(StringPart::Literal(StringLiteral(t)))
                }
                SyntaxElement::Node(n) => ast::FString::cast(n).map(StringPart::FString),
                _ => None,
            })
            .collect()
    }
    /// Whether this is a `bytes` literal.
    pub fn is_bytes(&self) -> bool {
        self.parts()
            .iter()
            .any(|p| matches!(p, StringPart::Literal(l) if l.flags().bytes))
    }
    /// Whether any part is an f-string (CPython: `JoinedStr` rather than `Constant`).
    pub fn has_fstring(&self) -> bool {
        self.parts()
            .iter()
            .any(|p| matches!(p, StringPart::FString(_)))
    }
}

/// Literal text or a replacement field of an f-string (or of a format spec).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FStringElement {
    /// FSTRING_MIDDLE text: escapes not decoded, `{{`/`}}` still doubled
    /// (decode with [`unescape`] after [`FStringElement::literal_text`]).
    Literal(SyntaxToken),
    Field(ast::FormattedValue),
}

impl FStringElement {
    /// For literal text: the text with `{{`/`}}` undoubled (escapes still to decode).
    pub fn literal_text(&self) -> Option<String> {
        match self {
            FStringElement::Literal(t) => Some(t.text().replace("{{", "{").replace("}}", "}")),
            FStringElement::Field(_) => None,
        }
    }
}

fn elements(node: &crate::SyntaxNode) -> Vec<FStringElement> {
    node.children_with_tokens()
        .filter_map(|el| match el {
            SyntaxElement::Token(t) if t.kind() == FSTRING_MIDDLE => {
                Some(FStringElement::Literal(t))
            }
            SyntaxElement::Node(n) => ast::FormattedValue::cast(n).map(FStringElement::Field),
            _ => None,
        })
        .collect()
}

impl ast::FString {
    pub fn flags(&self) -> StringFlags {
        self.fstring_start_token()
            .map(|t| StringFlags::parse(t.text()))
            .unwrap_or_default()
    }
    pub fn elements(&self) -> Vec<FStringElement> {
        elements(self.syntax())
    }
}

impl ast::FormatSpec {
    pub fn elements(&self) -> Vec<FStringElement> {
        elements(self.syntax())
    }
}

/// A decoded string or bytes literal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StringValue {
    Str(String),
    Bytes(Vec<u8>),
}

/// An invalid escape sequence, at a byte offset in the content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnescapeError {
    pub message: String,
    pub offset: usize,
}

/// Decodes Python escapes in a literal's content. Unknown escapes are kept (as CPython does,
/// with a warning). `\N{...}` is not supported (no Unicode name table) and is an error.
pub fn unescape(content: &str, raw: bool, bytes: bool) -> Result<StringValue, UnescapeError> {
    if bytes && !content.is_ascii() {
        let offset = content.find(|c: char| !c.is_ascii()).unwrap_or(0);
        return Err(UnescapeError {
            message: "bytes can only contain ASCII literal characters".into(),
            offset,
        });
    }
    if raw || !content.contains('\\') {
        return Ok(if bytes {
            StringValue::Bytes(content.as_bytes().to_vec())
        } else {
            StringValue::Str(content.to_owned())
        });
    }
    let mut out: Vec<u8> = Vec::with_capacity(content.len());
    let b = content.as_bytes();
    let mut i = 0;
    let err = |message: &str, offset| UnescapeError {
        message: message.to_owned(),
        offset,
    };
    let push_char = |out: &mut Vec<u8>, c: char| {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    };
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                if bytes {
                    out.push((v & 0xFF) as u8);
                } else {
                    push_char(&mut out, char::from_u32(v).unwrap_or('\u{FFFD}'));
                }
            }
            b'x' | b'u' | b'U' if !(bytes && c != b'x') => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = content
                    .get(i..i + n)
                    .filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(err("truncated \\xXX escape", start));
                };
                let v = u32::from_str_radix(hex, 16).unwrap();
                i += n;
                if bytes {
                    out.push(v as u8);
                } else {
                    match char::from_u32(v) {
                        Some(ch) => push_char(&mut out, ch),
                        None => return Err(err("illegal Unicode character", start)),
                    }
                }
            }
            b'N' if !bytes => return Err(err("\\N{...} escapes are not supported", start)),
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(if bytes {
        StringValue::Bytes(out)
    } else {
        StringValue::Str(String::from_utf8(out).map_err(|_| err("invalid UTF-8", 0))?)
    })
}
