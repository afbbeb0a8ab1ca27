//! `tauraro-syntax` turns Python 3 (and Tauraro's Hausa-keyword dialect) source text into a
//! lossless, error-tolerant rowan syntax tree. It is the layer editor tooling reads directly.
//!
//! It is not a compiler stage with state: it knows nothing of salsa, the HIR or the VM, and
//! parsing never fails — every input yields a tree whose text equals the input, plus a list of
//! errors. Tests live in `tests/` (data-driven snapshots under `test_data/`).
//!
//! Layers: [`lex`] (logos + a stateful layer for NEWLINE/INDENT/DEDENT and f-strings) →
//! the event-emitting parser → the rowan tree ([`SyntaxNode`]) → typed wrappers in [`ast`],
//! generated from `tauraro.ungram` by `cargo xtask codegen`.
//!
//! ```
//! use tauraro_syntax::{ast, parse, Dialect};
//! let parse = parse("x = 1\n", Dialect::Python);
//! assert!(parse.errors().is_empty());
//! let stmt = parse.tree().stmts().next().unwrap();
//! assert!(matches!(stmt, ast::Stmt::AssignStmt(_)));
//! ```

pub mod ast;
mod diagnostics;
pub mod hausa;
mod lexer;
mod parser;
mod syntax_kind;
mod token_set;

use std::fmt;
use std::path::Path;

pub use rowan::{Direction, GreenNode, TextRange, TextSize, WalkEvent};

pub use crate::diagnostics::{LineCol, LineIndex, cpython_style_error, render_diagnostics};
pub use crate::lexer::{Lexed, MAX_BRACKET_DEPTH, MAX_INDENT_DEPTH, Token, lex};
pub use crate::parser::MAX_DEPTH;
pub use crate::syntax_kind::{SyntaxKind, TauraroLanguage};

pub type SyntaxNode = rowan::SyntaxNode<TauraroLanguage>;
pub type SyntaxToken = rowan::SyntaxToken<TauraroLanguage>;
pub type SyntaxElement = rowan::SyntaxElement<TauraroLanguage>;
pub type SyntaxNodeChildren = rowan::SyntaxNodeChildren<TauraroLanguage>;
pub type SyntaxElementChildren = rowan::SyntaxElementChildren<TauraroLanguage>;

/// Which language a file is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Dialect {
    /// Plain Python 3: no Hausa keywords.
    #[default]
    Python,
    /// Tauraro (`.tr` files): Hausa keyword aliases are keywords too.
    Tauraro,
}

impl Dialect {
    /// `.tr` files are Tauraro; everything else is Python.
    pub fn from_path(path: &Path) -> Dialect {
        match path.extension().and_then(|e| e.to_str()) {
            Some("tr") => Dialect::Tauraro,
            _ => Dialect::Python,
        }
    }
}

/// A syntax error: a CPython-like message and the range of text it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    pub message: String,
    pub range: TextRange,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError {
            message: message.into(),
            range,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// The result of parsing: always a tree (whose text is the input) and a list of errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parse {
    green: GreenNode,
    errors: Vec<SyntaxError>,
}

impl Parse {
    /// The root of the (immutable, thread-safe) green tree, e.g. for storing in a database.
    pub fn green(&self) -> &GreenNode {
        &self.green
    }
    /// The root `MODULE` node of the tree.
    pub fn syntax_node(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }
    /// The typed root.
    pub fn tree(&self) -> ast::Module {
        use ast::AstNode;
        ast::Module::cast(self.syntax_node()).expect("the root is always a MODULE")
    }
    /// Errors, sorted by position.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }
    /// The tree dump of [`debug_tree`] followed by one line per error.
    pub fn debug_dump(&self) -> String {
        let mut buf = debug_tree(&self.syntax_node());
        for e in &self.errors {
            buf.push_str(&format!(
                "error {}..{}: {}\n",
                u32::from(e.range.start()),
                u32::from(e.range.end()),
                e.message
            ));
        }
        buf
    }
}

/// Parses a whole file.
pub fn parse(text: &str, dialect: Dialect) -> Parse {
    let lexed = Lexed::new(text, dialect);
    let (events, parse_errors) = parser::parse_events(text, &lexed, dialect);
    let green = parser::build_tree(text, &lexed, events);
    let mut errors = lexed.into_errors();
    // After "'(' was never closed", the rest of the file is one logical line: errors the parser
    // finds there are consequences, not news (CPython reports only the unclosed bracket).
    let unclosed = errors
        .iter()
        .filter(|e| e.message.ends_with("was never closed"))
        .map(|e| e.range.start())
        .min()
        .unwrap_or(TextSize::of(text) + TextSize::from(1));
    errors.extend(
        parse_errors
            .into_iter()
            .filter(|e| e.range.start() < unclosed),
    );
    // Stable: lexer errors come first at the same position; keep one error per position.
    errors.sort_by_key(|e| e.range.start());
    errors.dedup_by_key(|e| e.range.start());
    Parse { green, errors }
}

/// A readable dump of a tree: one line per node or token, `KIND@start..end`, tokens with their
/// text.
pub fn debug_tree(node: &SyntaxNode) -> String {
    use std::fmt::Write;
    let mut buf = String::new();
    let mut indent = 0usize;
    for event in node.preorder_with_tokens() {
        match event {
            WalkEvent::Enter(element) => {
                for _ in 0..indent {
                    buf.push_str("  ");
                }
                match element {
                    rowan::NodeOrToken::Node(n) => {
                        writeln!(buf, "{:?}@{:?}", n.kind(), n.text_range()).unwrap();
                    }
                    rowan::NodeOrToken::Token(t) => {
                        writeln!(buf, "{:?}@{:?} {:?}", t.kind(), t.text_range(), t.text())
                            .unwrap();
                    }
                }
                indent += 1;
            }
            WalkEvent::Leave(_) => indent -= 1,
        }
    }
    buf
}
