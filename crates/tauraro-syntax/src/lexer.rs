//! The lexer: the logos layer ([`raw`]) wrapped by a stateful layer that tracks brackets,
//! indentation and f-string modes, and produces NEWLINE, INDENT and DEDENT like CPython's
//! tokenizer.
//!
//! Output is a flat list of tokens (trivia included) covering the input exactly: every byte
//! belongs to one token, so concatenating the token texts gives the input back. INDENT, DEDENT
//! and the NEWLINE added at end of input are zero-width. Anything invalid becomes an ERROR token
//! plus an error; lexing never fails and runs in linear time.

mod raw;

use logos::Logos;

use crate::SyntaxKind::{self, *};
use crate::diagnostics::LineIndex;
use crate::{Dialect, SyntaxError, TextRange, TextSize, hausa};

use self::raw::{Raw, StrEnd};

/// CPython's limit on nested brackets (`MAXLEVEL`).
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`).
pub const MAX_INDENT_DEPTH: usize = 100;

/// One token of [`lex`]'s output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: SyntaxKind,
    pub range: TextRange,
}

/// The lexer's output: token kinds and start offsets (trivia included), plus errors.
#[derive(Debug, Default)]
pub struct Lexed {
    kinds: Vec<SyntaxKind>,
    /// `starts[i]` is where token `i` begins; one extra entry holds the input's length.
    starts: Vec<u32>,
    errors: Vec<SyntaxError>,
}

impl Lexed {
    /// Lexes `text` (which must be shorter than 4 GiB).
    pub fn new(text: &str, dialect: Dialect) -> Lexed {
        Lexer::new(text, dialect).run()
    }
    pub fn len(&self) -> usize {
        self.kinds.len()
    }
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
    pub fn kind(&self, i: usize) -> SyntaxKind {
        self.kinds[i]
    }
    pub fn kinds(&self) -> &[SyntaxKind] {
        &self.kinds
    }
    pub fn range(&self, i: usize) -> TextRange {
        TextRange::new(self.starts[i].into(), self.starts[i + 1].into())
    }
    pub fn start(&self, i: usize) -> u32 {
        self.starts[i]
    }
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }
    pub(crate) fn into_errors(self) -> Vec<SyntaxError> {
        self.errors
    }
    pub fn tokens(&self) -> impl Iterator<Item = Token> + '_ {
        (0..self.len()).map(|i| Token {
            kind: self.kinds[i],
            range: self.range(i),
        })
    }
}

/// Lexes `text` into tokens (trivia included). Errors are available through [`Lexed`].
pub fn lex(text: &str, dialect: Dialect) -> Vec<Token> {
    Lexed::new(text, dialect).tokens().collect()
}

/// The state of an f-string being lexed.
#[derive(Debug, Clone, Copy)]
struct FCtx {
    quote: u8,
    triple: bool,
    raw: bool,
    start: u32,
    /// Length of the bracket stack when the f-string started.
    bracket_base: usize,
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    /// In the literal text of an f-string.
    Literal(FCtx),
    /// In a replacement field's expression; `depth` is the bracket depth including its `{`.
    Field { depth: usize, ctx: FCtx },
    /// In a format spec after `:`; `depth` as for `Field`.
    Spec { ctx: FCtx },
}

#[derive(Debug, Clone, Copy)]
struct Indent {
    col: u32,
    alt: u32,
    /// Pushed while recovering from an inconsistent dedent: no INDENT/DEDENT token for it.
    phantom: bool,
}

struct Lexer<'a> {
    text: &'a str,
    dialect: Dialect,
    raw: logos::Lexer<'a, Raw>,
    pos: usize,
    out: Lexed,
    brackets: Vec<(u8, u32)>,
    indents: Vec<Indent>,
    modes: Vec<Mode>,
    at_line_start: bool,
    line_has_tokens: bool,
    line_index: Option<LineIndex>,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str, dialect: Dialect) -> Lexer<'a> {
        assert!(
            u32::try_from(text.len()).is_ok(),
            "input too large (4 GiB or more)"
        );
        let mut out = Lexed::default();
        out.kinds.reserve(text.len() / 3);
        out.starts.reserve(text.len() / 3);
        Lexer {
            text,
            dialect,
            raw: Raw::lexer(text),
            pos: 0,
            out,
            brackets: Vec::new(),
            indents: vec![Indent {
                col: 0,
                alt: 0,
                phantom: false,
            }],
            modes: Vec::new(),
            at_line_start: true,
            line_has_tokens: false,
            line_index: None,
        }
    }

    fn push(&mut self, kind: SyntaxKind, len: usize) {
        self.out.kinds.push(kind);
        self.out.starts.push(self.pos as u32);
        self.pos += len;
    }

    fn error(&mut self, message: impl Into<String>, range: TextRange) {
        self.out.errors.push(SyntaxError::new(message, range));
    }

    fn range(start: usize, end: usize) -> TextRange {
        TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32))
    }

    fn line_of(&mut self, offset: usize) -> u32 {
        let text = self.text;
        self.line_index
            .get_or_insert_with(|| LineIndex::new(text))
            .line_col(TextSize::from(offset as u32))
            .line
    }

    /// Moves the logos lexer to `self.pos` (after text scanned by hand).
    fn sync_raw(&mut self) {
        let end = self.raw.span().end;
        if end > self.pos {
            // Re-lex text the logos lexer had consumed (after an f-string error); O(1).
            self.raw = Raw::lexer(self.text);
            self.raw.bump(self.pos);
        } else if end < self.pos {
            self.raw.bump(self.pos - end);
        }
    }

    fn run(mut self) -> Lexed {
        loop {
            match self.modes.last().copied() {
                Some(Mode::Literal(ctx)) => {
                    self.lex_fstring_literal(ctx, false);
                    continue;
                }
                Some(Mode::Spec { ctx }) => {
                    self.lex_fstring_literal(ctx, true);
                    continue;
                }
                Some(Mode::Field { depth, ctx }) => {
                    if self.lex_field_boundary(depth, ctx) {
                        continue;
                    }
                }
                None => {
                    if self.at_line_start && self.brackets.is_empty() {
                        self.at_line_start = false;
                        self.indentation();
                    }
                }
            }
            if self.pos >= self.text.len() {
                break;
            }
            self.sync_raw();
            let Some(tok) = self.raw.next() else { break };
            let len = self.raw.span().len();
            match tok {
                Ok(tok) => self.token(tok, len),
                Err(()) => self.invalid(len),
            }
        }
        self.finish()
    }

    fn finish(mut self) -> Lexed {
        // Unterminated f-strings.
        if let Some(ctx) = self.modes.iter().find_map(|m| match m {
            Mode::Literal(ctx) => Some(*ctx),
            _ => None,
        }) {
            self.unterminated(ctx, self.text.len());
            self.modes.clear();
        }
        if let Some(&(open, at)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", open as char);
            self.error(msg, Self::range(at as usize, at as usize + 1));
        }
        if self.line_has_tokens {
            self.push(NEWLINE, 0);
        }
        while self.indents.len() > 1 {
            if !self.indents.pop().unwrap().phantom {
                self.push(DEDENT, 0);
            }
        }
        self.out.starts.push(self.text.len() as u32);
        self.out.errors.sort_by_key(|e| e.range.start());
        self.out
    }

    fn token(&mut self, tok: Raw, len: usize) {
        let in_field = matches!(self.modes.last(), Some(Mode::Field { .. }));
        match tok {
            Raw::Whitespace => self.push(WHITESPACE, len),
            Raw::Newline => {
                if let Some(Mode::Field { ctx, .. }) = self.modes.last().copied()
                    && !ctx.triple
                {
                    self.unterminated(ctx, self.pos);
                    self.pop_fstring(ctx);
                    // Re-lex the line break outside the f-string.
                    return;
                }
                if self.brackets.is_empty() && self.modes.is_empty() {
                    if self.line_has_tokens {
                        self.push(NEWLINE, len);
                        self.line_has_tokens = false;
                    } else {
                        self.push(WHITESPACE, len);
                    }
                    self.at_line_start = true;
                } else {
                    self.push(WHITESPACE, len);
                }
            }
            Raw::Comment => {
                if in_field {
                    let r = Self::range(self.pos, self.pos + len);
                    self.error("f-string expression part cannot include '#'", r);
                }
                self.push(COMMENT, len)
            }
            Raw::Continuation => {
                if in_field {
                    let r = Self::range(self.pos, self.pos + 1);
                    self.error("f-string expression part cannot include a backslash", r);
                }
                self.push(WHITESPACE, len)
            }
            Raw::Ident => self.ident(len),
            Raw::DecInt => self.number(INT_NUMBER, len, true),
            Raw::PrefixedInt => self.number(INT_NUMBER, len, false),
            Raw::Float => self.number(FLOAT_NUMBER, len, false),
            Raw::Imag => self.number(IMAG_NUMBER, len, false),
            Raw::String(end) => {
                self.line_has_tokens = true;
                let quote_at = self.text[self.pos..].find(['"', '\'']).unwrap() + self.pos;
                let quote = self.text.as_bytes()[quote_at];
                let tok = &self.text.as_bytes()[quote_at..self.pos + len];
                let triple = tok.len() >= 3 && tok[..3] == [quote; 3];
                self.check_nested_quote(quote, triple, len);
                self.check_quote_inside(len);
                match end {
                    StrEnd::Terminated => self.push(STRING, len),
                    StrEnd::Unterminated { triple } => {
                        let msg = self.unterminated_message(triple, self.pos + len);
                        self.error(msg, Self::range(self.pos, self.pos + len));
                        self.push(ERROR, len);
                    }
                }
            }
            Raw::FStringStart => {
                self.line_has_tokens = true;
                let slice = &self.text.as_bytes()[self.pos..self.pos + len];
                let quote = *slice.last().unwrap();
                let triple =
                    slice.len() >= 3 && slice[slice.len() - 3..].iter().all(|&b| b == quote);
                let raw = slice.iter().any(|&b| b == b'r' || b == b'R');
                self.check_nested_quote(quote, triple, len);
                let ctx = FCtx {
                    quote,
                    triple,
                    raw,
                    start: self.pos as u32,
                    bracket_base: self.brackets.len(),
                };
                self.modes.push(Mode::Literal(ctx));
                self.push(FSTRING_START, len);
            }
            Raw::Keyword(kind) => {
                self.line_has_tokens = true;
                self.push(kind, len);
            }
            Raw::Open(kind) => {
                self.line_has_tokens = true;
                let ch = self.text.as_bytes()[self.pos];
                if self.brackets.len() == MAX_BRACKET_DEPTH {
                    self.error(
                        "too many nested parentheses",
                        Self::range(self.pos, self.pos + 1),
                    );
                }
                self.brackets.push((ch, self.pos as u32));
                self.push(kind, len);
            }
            Raw::Close(kind) => {
                self.line_has_tokens = true;
                self.close_bracket(kind);
            }
            Raw::Punct(kind) => {
                self.line_has_tokens = true;
                self.push(kind, len);
            }
            Raw::LtGt => {
                self.line_has_tokens = true;
                let r = Self::range(self.pos, self.pos + len);
                self.error("invalid syntax: use '!=' instead of '<>'", r);
                self.push(NEQ, len);
            }
        }
    }

    fn close_bracket(&mut self, kind: SyntaxKind) {
        let ch = self.text.as_bytes()[self.pos];
        let here = Self::range(self.pos, self.pos + 1);
        let floor = match self.modes.last() {
            Some(Mode::Field { depth, .. }) => *depth,
            _ => 0,
        };
        if self.brackets.len() <= floor {
            if floor == 0 {
                self.error(format!("unmatched '{}'", ch as char), here);
            } else {
                self.error(format!("f-string: unmatched '{}'", ch as char), here);
            }
            self.push(kind, 1);
            return;
        }
        let (open, at) = self.brackets.pop().unwrap();
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if expected != ch {
            let mut msg = format!(
                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                ch as char, open as char
            );
            let (l1, l2) = (self.line_of(at as usize), self.line_of(self.pos));
            if l1 != l2 {
                msg.push_str(&format!(" on line {l1}"));
            }
            self.error(msg, here);
        }
        self.push(kind, 1);
    }

    fn ident(&mut self, len: usize) {
        self.line_has_tokens = true;
        let mut kind = IDENT;
        let mut len = len;
        if self.dialect == Dialect::Tauraro {
            let word = &self.text[self.pos..self.pos + len];
            if let Some(kw) = hausa::keyword(word) {
                kind = kw;
            } else if word == hausa::ELIF_FIRST {
                // `kokuma idan`: one ELIF keyword spelled as two words.
                let rest = &self.text[self.pos + len..];
                let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\x0C']).len();
                let after = &rest[gap..];
                if gap > 0
                    && after.starts_with(hausa::ELIF_SECOND)
                    && !after[hausa::ELIF_SECOND.len()..]
                        .chars()
                        .next()
                        .is_some_and(is_ident_continue)
                {
                    kind = ELIF_KW;
                    len += gap + hausa::ELIF_SECOND.len();
                }
            }
        }
        self.push(kind, len);
    }

    fn number(&mut self, kind: SyntaxKind, len: usize, decimal: bool) {
        self.line_has_tokens = true;
        let bytes = self.text.as_bytes();
        let end = self.pos + len;
        let text = &self.text[self.pos..end];
        let next = self.text[end..].chars().next();
        let mut bad_end = None;
        let mut message = "invalid decimal literal";
        if decimal && text.starts_with('0') && next.is_some_and(|c| c.is_ascii_digit()) {
            let mut e = end;
            while e < bytes.len() && (bytes[e].is_ascii_digit() || bytes[e] == b'_') {
                e += 1;
            }
            bad_end = Some(e);
            message = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        } else if next.is_some_and(is_ident_continue) {
            let rest = &self.text[end..];
            let word_len = rest
                .find(|c: char| !is_ident_continue(c))
                .unwrap_or(rest.len());
            let word = &rest[..word_len];
            // `1if x else y` is (deprecated but) valid: a keyword may follow a number directly.
            let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
                .iter()
                .any(|kw| word.starts_with(kw));
            if !keyword_follows {
                bad_end = Some(end + word_len);
                let lower = text.to_ascii_lowercase();
                message = if kind == IMAG_NUMBER {
                    "invalid imaginary literal"
                } else if lower.starts_with("0x") {
                    "invalid hexadecimal literal"
                } else if lower.starts_with("0o") {
                    "invalid octal literal"
                } else if lower.starts_with("0b") {
                    "invalid binary literal"
                } else {
                    "invalid decimal literal"
                };
            }
        }
        match bad_end {
            Some(e) => {
                self.error(message, Self::range(self.pos, e));
                self.push(ERROR, e - self.pos);
            }
            None => self.push(kind, len),
        }
    }

    fn invalid(&mut self, len: usize) {
        self.line_has_tokens = true;
        let text = &self.text[self.pos..self.pos + len];
        let c = text.chars().next().unwrap();
        let msg = if c == '\\' {
            "unexpected character after line continuation character".to_owned()
        } else if c.is_ascii() {
            if c.is_ascii_graphic() {
                "invalid syntax".to_owned()
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            }
        } else if c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}')
        {
            format!("invalid non-printable character U+{:04X}", c as u32)
        } else {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        };
        // Keep error tokens to one character so that the rest is lexed normally.
        let len = c.len_utf8();
        if !(self.pos == 0 && c == '\u{FEFF}') {
            self.error(msg, Self::range(self.pos, self.pos + len));
            self.push(ERROR, len);
        } else {
            // A byte-order mark at the start of the file is trivia.
            self.push(WHITESPACE, len);
        }
    }

    fn unterminated_message(&mut self, triple: bool, end: usize) -> String {
        // At the end of a file that ends with a line break, CPython counts the last line.
        let at = if end == self.text.len() && self.text.ends_with('\n') {
            end - 1
        } else {
            end
        };
        let line = self.line_of(at);
        if triple {
            format!("unterminated triple-quoted string literal (detected at line {line})")
        } else {
            format!("unterminated string literal (detected at line {line})")
        }
    }

    fn unterminated(&mut self, ctx: FCtx, end: usize) {
        let msg = self.unterminated_message(ctx.triple, end);
        let start = ctx.start as usize;
        self.error(msg, Self::range(start, end.max(start)));
    }

    /// Leaves the f-string `ctx` (and any nested state) after an error.
    fn pop_fstring(&mut self, ctx: FCtx) {
        while let Some(m) = self.modes.pop() {
            if let Mode::Literal(c) = m
                && c.start == ctx.start
            {
                break;
            }
        }
        self.brackets.truncate(ctx.bracket_base);
    }

    /// Python 3.11 does not let a string inside a replacement field reuse an enclosing
    /// f-string's quote character.
    fn check_nested_quote(&mut self, quote: u8, triple: bool, len: usize) {
        if !matches!(self.modes.last(), Some(Mode::Field { .. })) {
            return;
        }
        let reused = self
            .modes
            .iter()
            .any(|m| matches!(m, Mode::Literal(c) if c.quote == quote && (!c.triple || triple)));
        if reused {
            let r = Self::range(self.pos, self.pos + len);
            self.error(
                "f-string: expressions nested in an f-string cannot reuse its quote character",
                r,
            );
        }
    }

    /// Python 3.11 ends an f-string at its quote character even inside a nested string.
    fn check_quote_inside(&mut self, len: usize) {
        if !matches!(self.modes.last(), Some(Mode::Field { .. })) {
            return;
        }
        let text = &self.text.as_bytes()[self.pos..self.pos + len];
        let inside = self
            .modes
            .iter()
            .any(|m| matches!(m, Mode::Literal(c) if !c.triple && text.contains(&c.quote)));
        if inside {
            let r = Self::range(self.pos, self.pos + len);
            self.error(
                "f-string: expressions nested in an f-string cannot reuse its quote character",
                r,
            );
        }
    }

    /// In a replacement field: handles the closing `}` and the `:` that starts a format spec.
    /// Returns true if it consumed something.
    fn lex_field_boundary(&mut self, depth: usize, ctx: FCtx) -> bool {
        if self.pos >= self.text.len() {
            self.unterminated(ctx, self.text.len());
            self.pop_fstring(ctx);
            return true;
        }
        // Python 3.11: the f-string ends at its closing quote even inside a replacement field.
        let close = if ctx.triple { 3 } else { 1 };
        let rest = &self.text.as_bytes()[self.pos..];
        if rest.len() >= close && rest[..close].iter().all(|&b| b == ctx.quote) {
            self.error("f-string: expecting '}'", Self::range(self.pos, self.pos));
            while let Some(m) = self.modes.last() {
                if matches!(m, Mode::Literal(c) if c.start == ctx.start) {
                    break;
                }
                self.modes.pop();
            }
            self.brackets.truncate(ctx.bracket_base);
            return true;
        }
        if self.brackets.len() != depth {
            return false;
        }
        match self.text.as_bytes()[self.pos] {
            b'}' => {
                self.brackets.pop();
                self.modes.pop();
                self.push(R_CURLY, 1);
                true
            }
            b':' => {
                *self.modes.last_mut().unwrap() = Mode::Spec { ctx };
                self.push(COLON, 1);
                true
            }
            b'\\' => {
                let r = Self::range(self.pos, self.pos + 1);
                self.error("f-string expression part cannot include a backslash", r);
                false
            }
            _ => false,
        }
    }

    /// Scans the literal text of an f-string (or of a format spec, `in_spec`).
    fn lex_fstring_literal(&mut self, ctx: FCtx, in_spec: bool) {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let nested = self
            .modes
            .iter()
            .filter(|m| matches!(m, Mode::Literal(_)))
            .count()
            > 1;
        let mut i = start;
        loop {
            if i >= bytes.len() {
                self.push_middle(start, i);
                self.unterminated(ctx, i);
                self.pop_fstring(ctx);
                return;
            }
            match bytes[i] {
                b'\\' => {
                    if nested {
                        let r = Self::range(i, i + 1);
                        self.error("f-string expression part cannot include a backslash", r);
                    }
                    if !ctx.raw
                        && bytes.get(i + 1) == Some(&b'N')
                        && bytes.get(i + 2) == Some(&b'{')
                    {
                        // `\N{NAME}`: the braces belong to the escape.
                        match bytes[i + 3..]
                            .iter()
                            .position(|&b| b == b'}' || b == ctx.quote || b == b'\n')
                        {
                            Some(p) if bytes[i + 3 + p] == b'}' => i += 3 + p + 1,
                            _ => i += 2,
                        }
                        continue;
                    }
                    match bytes.get(i + 1) {
                        Some(b'{' | b'}') | None => i += 1,
                        Some(b'\r') if bytes.get(i + 2) == Some(&b'\n') => i += 3,
                        Some(_) => i += 2,
                    }
                }
                b'{' => {
                    if !in_spec && bytes.get(i + 1) == Some(&b'{') {
                        i += 2;
                        continue;
                    }
                    self.push_middle(start, i);
                    if self.brackets.len() == MAX_BRACKET_DEPTH {
                        self.error("too many nested parentheses", Self::range(i, i + 1));
                    }
                    self.brackets.push((b'{', i as u32));
                    let depth = self.brackets.len();
                    self.modes.push(Mode::Field { depth, ctx });
                    self.push(L_CURLY, 1);
                    return;
                }
                b'}' => {
                    if in_spec {
                        self.push_middle(start, i);
                        self.brackets.pop();
                        self.modes.pop();
                        self.push(R_CURLY, 1);
                        return;
                    }
                    if bytes.get(i + 1) == Some(&b'}') {
                        i += 2;
                        continue;
                    }
                    let r = Self::range(i, i + 1);
                    self.error("f-string: single '}' is not allowed", r);
                    i += 1;
                }
                b'\n' | b'\r' if !ctx.triple => {
                    self.push_middle(start, i);
                    self.unterminated(ctx, i);
                    self.pop_fstring(ctx);
                    return;
                }
                q if q == ctx.quote => {
                    let n = if ctx.triple { 3 } else { 1 };
                    if bytes.len() >= i + n && bytes[i..i + n].iter().all(|&b| b == q) {
                        self.push_middle(start, i);
                        if in_spec {
                            self.error("f-string: expecting '}'", Self::range(i, i));
                        }
                        self.pop_fstring(ctx);
                        self.push(FSTRING_END, n);
                        return;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
    }

    fn push_middle(&mut self, start: usize, end: usize) {
        debug_assert_eq!(self.pos, start);
        if end > start {
            self.push(FSTRING_MIDDLE, end - start);
        }
    }

    /// At the start of a logical line: measures the indentation and emits INDENT/DEDENT.
    fn indentation(&mut self) {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let (mut col, mut alt) = (0u32, 0u32);
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0C' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        if i > start {
            self.push(WHITESPACE, i - start);
        }
        // Blank and comment-only lines do not count.
        match bytes.get(i) {
            None | Some(b'#' | b'\n' | b'\r') => return,
            Some(b'\\') if matches!(bytes.get(i + 1), Some(b'\n' | b'\r')) => return,
            _ => {}
        }
        let here = Self::range(i, i + 1);
        let top = *self.indents.last().unwrap();
        if col > top.col {
            if alt <= top.alt {
                self.error("inconsistent use of tabs and spaces in indentation", here);
            }
            if self.indents.len() > MAX_INDENT_DEPTH {
                self.error("too many levels of indentation", here);
                return;
            }
            self.indents.push(Indent {
                col,
                alt,
                phantom: false,
            });
            self.push(INDENT, 0);
        } else if col == top.col {
            if alt != top.alt {
                self.error("inconsistent use of tabs and spaces in indentation", here);
            }
        } else {
            while self.indents.len() > 1 && self.indents.last().unwrap().col > col {
                if !self.indents.pop().unwrap().phantom {
                    self.push(DEDENT, 0);
                }
            }
            let top = *self.indents.last().unwrap();
            if top.col != col {
                self.error("unindent does not match any outer indentation level", here);
                self.indents.push(Indent {
                    col,
                    alt,
                    phantom: true,
                });
            } else if top.alt != alt {
                self.error("inconsistent use of tabs and spaces in indentation", here);
            }
        }
    }
}

fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && c.is_alphanumeric())
}
