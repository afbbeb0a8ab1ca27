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

/// The character `\N{name}` names, as CPython 3.11 looks it up: names and aliases in any
/// case, but the generated names of Hangul syllables and CJK ideographs only with
/// upper-case parts, and no extra spaces or underscores (which `unicode_names2` forgives).
fn character_named(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let well_formed = name
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-')
        && !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ");
    if !well_formed {
        return None;
    }
    for prefix in ["HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"] {
        if upper.starts_with(prefix)
            && !name[prefix.len()..]
                .bytes()
                .all(|c| !c.is_ascii_lowercase())
        {
            return None;
        }
    }
    let found = unicode_names2::character(name)?;
    // `unicode_names2` also matches loosely (ignoring medial hyphens and spaces); CPython
    // wants the exact name or an alias, and an alias differs from the loose canonical name.
    let squeeze =
        |text: &str| -> String { text.chars().filter(|c| *c != ' ' && *c != '-').collect() };
    match unicode_names2::name(found) {
        Some(canonical) => {
            let canonical = canonical.to_string();
            (canonical == upper || squeeze(&canonical) != squeeze(&upper)).then_some(found)
        }
        None => Some(found),
    }
}

/// CPython's message for a bad escape in a str literal. Positions count bytes of the buffer
/// CPython decodes, where each non-ASCII character of the literal became a 10-byte `\U`
/// escape (and a backslash before one became `\u005c`).
fn unicode_escape_error(content: &str, start: usize, end: usize, reason: &str) -> String {
    let position = |until: usize| -> usize {
        let mut count = 0;
        let mut previous_backslash = false;
        for ch in content[..until.min(content.len())].chars() {
            count += if ch.is_ascii() { 1 } else { 10 };
            if !ch.is_ascii() && previous_backslash {
                count += 5;
            }
            previous_backslash = ch == '\\' && !previous_backslash;
        }
        count
    };
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {reason}",
        position(start),
        position(end).saturating_sub(1)
    )
}

/// Decodes Python escapes in a literal's content. Unknown escapes are kept (as CPython does,
/// with a warning).
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
                let digits = b[i..]
                    .iter()
                    .take(n)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if digits < n {
                    let reason = match c {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    let message = if bytes {
                        format!("(value error) invalid \\x escape at position {start}")
                    } else {
                        unicode_escape_error(content, start, i + digits, reason)
                    };
                    return Err(err(&message, start));
                }
                let v = u32::from_str_radix(&content[i..i + n], 16).expect("hex digits");
                i += n;
                if bytes {
                    out.push(v as u8);
                } else {
                    match char::from_u32(v) {
                        Some(ch) => push_char(&mut out, ch),
                        // Rust strings cannot hold the lone surrogates CPython allows.
                        None if (0xD800..0xE000).contains(&v) => {
                            return Err(err(
                                "not supported yet: surrogate code points in strings",
                                start,
                            ));
                        }
                        None => {
                            let message = unicode_escape_error(
                                content,
                                start,
                                i,
                                "illegal Unicode character",
                            );
                            return Err(err(&message, start));
                        }
                    }
                }
            }
            b'N' if !bytes => {
                // `\N{name}`: the name runs to the closing brace, as CPython reads it.
                let (found, end) = match b.get(i) {
                    Some(b'{') => match b[i + 1..].iter().position(|&c| c == b'}') {
                        Some(length) if length > 0 => {
                            let name = &content[i + 1..i + 1 + length];
                            (character_named(name), i + 2 + length)
                        }
                        Some(_) => (None, i + 1),
                        None => (None, b.len()),
                    },
                    _ => (None, i),
                };
                let found_name = matches!(b.get(i), Some(b'{')) && end > i + 2;
                match found {
                    Some(ch) => {
                        push_char(&mut out, ch);
                        i = end;
                    }
                    None => {
                        let reason = if found_name && end <= b.len() && b[end - 1] == b'}' {
                            "unknown Unicode character name"
                        } else {
                            "malformed \\N character escape"
                        };
                        return Err(err(
                            &unicode_escape_error(content, start, end, reason),
                            start,
                        ));
                    }
                }
            }
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
