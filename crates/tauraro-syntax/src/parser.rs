//! The parser: hand-written recursive descent (Pratt parsing for binary operators) over the
//! non-trivia tokens, emitting flat events. It knows no tree type; [`build_tree`] turns the
//! events plus all tokens (trivia included) into a rowan green tree.
//!
//! Invariants: the parser consumes every token exactly once, in order, so the tree's text is
//! the input's; it never panics on any input (loops are guarded: each iteration consumes a
//! token or exits, and lookahead without progress runs out of "fuel"); and its recursion depth
//! is bounded ([`MAX_DEPTH`]) so that deep nesting reports "too complex to parse" instead of
//! overflowing the stack.

mod grammar;

use std::cell::{Cell, OnceCell};

use rowan::{GreenNode, GreenNodeBuilder};

use crate::SyntaxKind::{self, *};
use crate::diagnostics::LineIndex;
use crate::lexer::Lexed;
use crate::token_set::TokenSet;
use crate::{Dialect, SyntaxError, TextRange, TextSize};

/// Bound on the parser's recursion (nested expressions, patterns and statements). It keeps a
/// debug build within a 2 MiB thread stack (the test harness default).
pub const MAX_DEPTH: u32 = 1000;

/// Bound on left-associative chains (`a + b + ...`, `a.b.c...`, `f()()...`), which the parser
/// handles in loops but which nest in the tree; with [`MAX_DEPTH`] it bounds the tree's depth
/// so that consumers that recurse over it (and dropping it) stay within a small stack.
pub const MAX_CHAIN: u32 = 5000;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Event {
    Start {
        kind: SyntaxKind,
        forward_parent: Option<u32>,
    },
    Finish,
    Token {
        kind: SyntaxKind,
    },
}

pub(crate) struct Parser<'t> {
    text: &'t str,
    lexed: &'t Lexed,
    /// Kinds of the non-trivia tokens, followed by EOF.
    kinds: Vec<SyntaxKind>,
    /// Index into `lexed` of each non-trivia token.
    raw: Vec<u32>,
    dialect: Dialect,
    pos: usize,
    events: Vec<Event>,
    errors: Vec<SyntaxError>,
    fuel: Cell<u32>,
    depth: u32,
    chain: u32,
    too_complex_reported: bool,
    /// Set after bailing out of deep nesting: unwinding the recursion looks ahead many times
    /// without consuming, which is progress too.
    unwinding: bool,
    line_index: OnceCell<LineIndex>,
}

const FUEL: u32 = 256;

impl<'t> Parser<'t> {
    pub(crate) fn new(text: &'t str, lexed: &'t Lexed, dialect: Dialect) -> Parser<'t> {
        let mut kinds = Vec::with_capacity(lexed.len() + 1);
        let mut raw = Vec::with_capacity(lexed.len() + 1);
        for (i, &kind) in lexed.kinds().iter().enumerate() {
            if !kind.is_trivia() {
                kinds.push(kind);
                raw.push(i as u32);
            }
        }
        kinds.push(EOF);
        raw.push(lexed.len() as u32);
        Parser {
            text,
            lexed,
            kinds,
            raw,
            dialect,
            pos: 0,
            events: Vec::with_capacity(lexed.len() * 2),
            errors: Vec::new(),
            fuel: Cell::new(FUEL),
            depth: 0,
            chain: 0,
            too_complex_reported: false,
            unwinding: false,
            line_index: OnceCell::new(),
        }
    }

    // ---- lookahead ------------------------------------------------------------------------

    pub(crate) fn current(&self) -> SyntaxKind {
        self.nth(0)
    }

    pub(crate) fn nth(&self, n: usize) -> SyntaxKind {
        let fuel = self.fuel.get();
        if fuel == 0 {
            // A loop that does not advance. Debug builds make it loud; release builds bail out
            // (EOF ends every loop; the remaining tokens are put in an ERROR node).
            debug_assert!(false, "the parser seems stuck at token {}", self.pos);
            return EOF;
        }
        self.fuel.set(fuel - 1);
        self.kinds.get(self.pos + n).copied().unwrap_or(EOF)
    }

    pub(crate) fn at(&self, kind: SyntaxKind) -> bool {
        self.current() == kind
    }

    pub(crate) fn nth_at(&self, n: usize, kind: SyntaxKind) -> bool {
        self.nth(n) == kind
    }

    pub(crate) fn at_ts(&self, set: TokenSet) -> bool {
        set.contains(self.current())
    }

    /// The text of the `n`th token ahead.
    pub(crate) fn nth_text(&self, n: usize) -> &'t str {
        let i = self.pos + n;
        if i + 1 >= self.kinds.len() {
            return "";
        }
        let range = self.lexed.range(self.raw[i] as usize);
        &self.text[range]
    }

    /// Whether the current token is the soft keyword `kw` (`MATCH_KW`, `CASE_KW`, `TYPE_KW`),
    /// in English or (in the Tauraro dialect) Hausa.
    pub(crate) fn at_contextual_kw(&self, kw: SyntaxKind) -> bool {
        self.nth_at_contextual_kw(0, kw)
    }

    pub(crate) fn nth_at_contextual_kw(&self, n: usize, kw: SyntaxKind) -> bool {
        if self.nth(n) != IDENT {
            return false;
        }
        let text = self.nth_text(n);
        SyntaxKind::from_contextual_keyword(text) == Some(kw)
            || (self.dialect == Dialect::Tauraro
                && crate::hausa::contextual_keyword(text) == Some(kw))
    }

    /// Range of the `n`th token ahead (empty at the end of input).
    pub(crate) fn nth_range(&self, n: usize) -> TextRange {
        let i = self.pos + n;
        if i + 1 >= self.kinds.len() {
            let end = TextSize::of(self.text);
            return TextRange::empty(end);
        }
        self.lexed.range(self.raw[i] as usize)
    }

    pub(crate) fn token_pos(&self) -> usize {
        self.pos
    }

    /// Text of the source in `range`.
    pub(crate) fn text_at(&self, range: TextRange) -> &'t str {
        &self.text[range]
    }

    /// Text of the non-trivia token at absolute position `pos` (see [`Parser::token_pos`]).
    pub(crate) fn token_text(&self, pos: usize) -> &'t str {
        if pos + 1 >= self.kinds.len() {
            return "";
        }
        &self.text[self.lexed.range(self.raw[pos] as usize)]
    }

    /// 1-based line of `offset`.
    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        self.line_index
            .get_or_init(|| LineIndex::new(self.text))
            .line_col(offset)
            .line
    }

    /// Lookahead for scans over a whole line: costs no fuel.
    pub(crate) fn peek(&self, n: usize) -> SyntaxKind {
        self.kinds.get(self.pos + n).copied().unwrap_or(EOF)
    }

    // ---- consuming ------------------------------------------------------------------------

    pub(crate) fn bump_any(&mut self) {
        let kind = self.current();
        if kind == EOF {
            return;
        }
        self.do_bump(kind);
    }

    pub(crate) fn bump(&mut self, kind: SyntaxKind) {
        assert!(self.eat(kind), "bump({kind:?}) at {:?}", self.current());
    }

    /// Consumes the current token, giving it `kind` in the tree (soft keywords).
    pub(crate) fn bump_remap(&mut self, kind: SyntaxKind) {
        if self.current() != EOF {
            self.do_bump(kind);
        }
    }

    pub(crate) fn eat(&mut self, kind: SyntaxKind) -> bool {
        if !self.at(kind) {
            return false;
        }
        self.do_bump(kind);
        true
    }

    fn do_bump(&mut self, kind: SyntaxKind) {
        self.pos += 1;
        self.unwinding = false;
        self.fuel.set(FUEL);
        self.events.push(Event::Token { kind });
    }

    /// Consumes `kind` or reports "expected 'kind'".
    pub(crate) fn expect(&mut self, kind: SyntaxKind) -> bool {
        if self.eat(kind) {
            return true;
        }
        let what = kind
            .text()
            .map_or_else(|| format!("{kind:?}"), |t| format!("'{t}'"));
        self.error(format!("expected {what}"));
        false
    }

    // ---- errors ---------------------------------------------------------------------------

    /// Reports an error at the current token (unless the lexer already did: ERROR tokens).
    pub(crate) fn error(&mut self, message: impl Into<String>) {
        if self.current() == ERROR {
            return;
        }
        let range = self.nth_range(0);
        self.error_at(range, message);
    }

    pub(crate) fn error_at(&mut self, range: TextRange, message: impl Into<String>) {
        self.errors.push(SyntaxError::new(message, range));
    }

    /// Reports an error and wraps the current token in an ERROR node.
    pub(crate) fn err_and_bump(&mut self, message: impl Into<String>) {
        self.error(message);
        let m = self.start();
        self.bump_any();
        m.complete(self, ERROR);
    }

    /// Reports an error; consumes the current token into an ERROR node unless it is in
    /// `recovery` or ends a line.
    pub(crate) fn err_recover(&mut self, message: impl Into<String>, recovery: TokenSet) {
        if self.at_ts(recovery.union(ALWAYS_RECOVER)) {
            self.error(message);
        } else {
            self.err_and_bump(message);
        }
    }

    /// Skips to the end of the logical line (the NEWLINE is not consumed) into an ERROR node.
    pub(crate) fn skip_line(&mut self) {
        if self.at_ts(LINE_END) {
            return;
        }
        let m = self.start();
        while !self.at_ts(LINE_END) {
            self.bump_any();
        }
        m.complete(self, ERROR);
    }

    // ---- nesting --------------------------------------------------------------------------

    /// Enters one level of recursion; false (after an error and skipping the rest of the
    /// line) when the input nests too deeply.
    #[must_use]
    pub(crate) fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            self.too_complex();
            return false;
        }
        self.depth += 1;
        true
    }

    /// Like [`Parser::enter`], for one more link of a left-associative chain; undo with
    /// [`Parser::leave_chain`].
    #[must_use]
    pub(crate) fn enter_chain(&mut self) -> bool {
        if self.chain >= MAX_CHAIN {
            self.too_complex();
            return false;
        }
        self.chain += 1;
        true
    }

    pub(crate) fn leave_chain(&mut self, n: u32) {
        self.chain -= n;
    }

    fn too_complex(&mut self) {
        {
            if !self.too_complex_reported {
                self.too_complex_reported = true;
                let range = self.nth_range(0);
                self.error_at(range, "too complex to parse");
            }
            self.skip_line();
            self.unwinding = true;
        }
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
        // Unwinding recursion looks ahead without consuming; that is bounded progress.
        self.fuel.set(FUEL);
    }

    // ---- markers --------------------------------------------------------------------------

    pub(crate) fn start(&mut self) -> Marker {
        let pos = self.events.len() as u32;
        self.events.push(Event::Start {
            kind: TOMBSTONE,
            forward_parent: None,
        });
        Marker { pos }
    }

    pub(crate) fn finish(mut self) -> (Vec<Event>, Vec<SyntaxError>) {
        // Safety net: put any token the grammar left (only possible after running out of fuel)
        // in an ERROR node inside the root.
        if self.pos + 1 < self.kinds.len()
            && let Some(Event::Finish) = self.events.last()
        {
            self.events.pop();
            let m = self.start();
            while self.pos + 1 < self.kinds.len() {
                let kind = self.kinds[self.pos];
                self.do_bump(kind);
            }
            m.complete(&mut self, ERROR);
            self.events.push(Event::Finish);
        }
        (self.events, self.errors)
    }
}

/// Tokens where recovery always stops.
const ALWAYS_RECOVER: TokenSet = TokenSet::new(&[NEWLINE, EOF, INDENT, DEDENT]);
const LINE_END: TokenSet = TokenSet::new(&[NEWLINE, EOF]);

pub(crate) struct Marker {
    pos: u32,
}

impl Marker {
    pub(crate) fn complete(self, p: &mut Parser<'_>, kind: SyntaxKind) -> CompletedMarker {
        match &mut p.events[self.pos as usize] {
            Event::Start { kind: slot, .. } => *slot = kind,
            _ => unreachable!(),
        }
        p.events.push(Event::Finish);
        CompletedMarker {
            pos: self.pos,
            kind,
        }
    }

    /// Drops the marker: its children become children of the enclosing node.
    pub(crate) fn abandon(self, p: &mut Parser<'_>) {
        if self.pos as usize == p.events.len() - 1 {
            p.events.pop();
        }
    }
}

#[derive(Clone, Copy)]
pub(crate) struct CompletedMarker {
    pos: u32,
    kind: SyntaxKind,
}

impl CompletedMarker {
    /// Starts a node that will wrap this one (for infix operators, trailers, ...).
    pub(crate) fn precede(self, p: &mut Parser<'_>) -> Marker {
        let new = p.start();
        match &mut p.events[self.pos as usize] {
            Event::Start { forward_parent, .. } => *forward_parent = Some(new.pos - self.pos),
            _ => unreachable!(),
        }
        new
    }

    pub(crate) fn kind(&self) -> SyntaxKind {
        self.kind
    }
}

/// Parses `text` into events and errors.
pub(crate) fn parse_events(
    text: &str,
    lexed: &Lexed,
    dialect: Dialect,
) -> (Vec<Event>, Vec<SyntaxError>) {
    let mut p = Parser::new(text, lexed, dialect);
    grammar::module(&mut p);
    p.finish()
}

/// Builds the green tree from the events and all tokens. Trivia before a node's first token is
/// attached to the enclosing node (so nodes start at a real token); the first node (the root)
/// holds everything.
pub(crate) fn build_tree(text: &str, lexed: &Lexed, mut events: Vec<Event>) -> GreenNode {
    let mut builder = GreenNodeBuilder::new();
    let mut raw = 0usize;
    let mut depth = 0usize;
    let mut forward = Vec::new();
    let n_events = events.len();
    let flush_trivia = |builder: &mut GreenNodeBuilder<'_>, raw: &mut usize| {
        while *raw < lexed.len() && lexed.kind(*raw).is_trivia() {
            builder.token(lexed.kind(*raw).into(), &text[lexed.range(*raw)]);
            *raw += 1;
        }
    };
    for i in 0..n_events {
        match std::mem::replace(
            &mut events[i],
            Event::Start {
                kind: TOMBSTONE,
                forward_parent: None,
            },
        ) {
            Event::Start {
                kind: TOMBSTONE,
                forward_parent: None,
            } => {}
            Event::Start {
                kind,
                forward_parent,
            } => {
                forward.push(kind);
                let mut idx = i;
                let mut fp = forward_parent;
                while let Some(delta) = fp {
                    idx += delta as usize;
                    fp = match std::mem::replace(
                        &mut events[idx],
                        Event::Start {
                            kind: TOMBSTONE,
                            forward_parent: None,
                        },
                    ) {
                        Event::Start {
                            kind,
                            forward_parent,
                        } => {
                            forward.push(kind);
                            forward_parent
                        }
                        _ => unreachable!(),
                    };
                }
                for kind in forward.drain(..).rev() {
                    if kind == TOMBSTONE {
                        continue;
                    }
                    if depth > 0 {
                        flush_trivia(&mut builder, &mut raw);
                    }
                    builder.start_node(kind.into());
                    depth += 1;
                }
            }
            Event::Finish => {
                depth -= 1;
                if depth == 0 {
                    // Root: the rest of the input (trailing trivia) belongs to it.
                    while raw < lexed.len() {
                        builder.token(lexed.kind(raw).into(), &text[lexed.range(raw)]);
                        raw += 1;
                    }
                }
                builder.finish_node();
            }
            Event::Token { kind } => {
                flush_trivia(&mut builder, &mut raw);
                builder.token(kind.into(), &text[lexed.range(raw)]);
                raw += 1;
            }
        }
    }
    builder.finish()
}
