//! Hand-written accessors for statements and parameters.

use crate::SyntaxKind::*;
use crate::ast::{self, AstNode};
use crate::{SyntaxElement, SyntaxToken};

impl ast::AssignStmt {
    /// `a = b = value`: every expression but the last.
    pub fn targets(&self) -> Vec<ast::Expr> {
        let mut all: Vec<ast::Expr> = self.exprs().collect();
        all.pop();
        all
    }
    pub fn value(&self) -> Option<ast::Expr> {
        self.exprs().last()
    }
}

impl ast::FunctionDef {
    pub fn is_async(&self) -> bool {
        self.async_token().is_some()
    }
}

impl ast::ForStmt {
    pub fn is_async(&self) -> bool {
        self.async_token().is_some()
    }
}

impl ast::WithStmt {
    pub fn is_async(&self) -> bool {
        self.async_token().is_some()
    }
}

impl ast::Comprehension {
    pub fn is_async(&self) -> bool {
        self.async_token().is_some()
    }
}

impl ast::ExceptHandler {
    /// `except* E`.
    pub fn is_star(&self) -> bool {
        self.star_token().is_some()
    }
}

impl ast::ImportFromStmt {
    /// Relative import level: `from ..a import b` is 2 (`...` counts 3).
    pub fn level(&self) -> u32 {
        ast::tokens(self.syntax())
            .take_while(|t| t.kind() != IMPORT_KW)
            .map(|t| match t.kind() {
                DOT => 1,
                ELLIPSIS => 3,
                _ => 0,
            })
            .sum()
    }
    /// The module, `None` for `from . import x`.
    pub fn module(&self) -> Option<ast::DottedName> {
        self.dotted_name()
    }
    /// `from m import *`.
    pub fn is_star(&self) -> bool {
        self.star_token().is_some()
    }
    /// The imported names (empty for `*`).
    pub fn names(&self) -> ast::AstChildren<ast::ImportAlias> {
        self.import_aliases()
    }
}

impl ast::DottedName {
    /// `a.b.c` without whitespace or comments.
    pub fn text(&self) -> String {
        self.names().map(|n| n.text()).collect::<Vec<_>>().join(".")
    }
}

impl ast::ImportAlias {
    /// The name bound by `as`.
    pub fn asname(&self) -> Option<ast::Name> {
        self.name()
    }
}

impl ast::Stmt {
    /// The keyword token that starts a compound statement or clause, as written (Hausa or
    /// English), e.g. for messages.
    pub fn first_token(&self) -> Option<SyntaxToken> {
        ast::tokens(self.syntax()).next()
    }
}

/// What a parameter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamKind {
    /// `x`, `x: T`, `x=1`.
    Normal,
    /// `*args`.
    VarPositional,
    /// `**kwargs`.
    VarKeyword,
    /// The bare `*` that starts keyword-only parameters.
    KeywordOnlyMarker,
    /// The `/` that ends positional-only parameters.
    PositionalOnlyMarker,
}

impl ast::Param {
    pub fn kind(&self) -> ParamKind {
        let has_name = self.name().is_some();
        match ast::tokens(self.syntax()).next().map(|t| t.kind()) {
            Some(STAR) if has_name => ParamKind::VarPositional,
            Some(STAR) => ParamKind::KeywordOnlyMarker,
            Some(STAR2) => ParamKind::VarKeyword,
            Some(SLASH) => ParamKind::PositionalOnlyMarker,
            _ => ParamKind::Normal,
        }
    }
    fn expr_after(&self, kind: crate::SyntaxKind) -> Option<ast::Expr> {
        let mut seen = false;
        for el in self.syntax().children_with_tokens() {
            match el {
                SyntaxElement::Token(t) if t.kind() == kind => seen = true,
                SyntaxElement::Token(t) if matches!(t.kind(), COLON | EQ) => seen = false,
                SyntaxElement::Node(n) if seen => return ast::Expr::cast(n),
                _ => {}
            }
        }
        None
    }
    /// The annotation after `:`.
    pub fn annotation(&self) -> Option<ast::Expr> {
        self.expr_after(COLON)
    }
    /// The default value after `=`.
    pub fn default_value(&self) -> Option<ast::Expr> {
        self.expr_after(EQ)
    }
}

/// CPython's `arguments`: the parameters of a `def` or `lambda` sorted by kind.
#[derive(Debug, Clone, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<ast::Param>,
    pub args: Vec<ast::Param>,
    pub vararg: Option<ast::Param>,
    pub kwonlyargs: Vec<ast::Param>,
    pub kwarg: Option<ast::Param>,
}

impl ast::ParamList {
    pub fn arguments(&self) -> Arguments {
        let mut res = Arguments::default();
        let mut after_star = false;
        for p in self.params() {
            match p.kind() {
                ParamKind::Normal if after_star => res.kwonlyargs.push(p),
                ParamKind::Normal => res.args.push(p),
                ParamKind::PositionalOnlyMarker => res.posonlyargs.append(&mut res.args),
                ParamKind::VarPositional => {
                    after_star = true;
                    res.vararg = Some(p);
                }
                ParamKind::KeywordOnlyMarker => after_star = true,
                ParamKind::VarKeyword => res.kwarg = Some(p),
            }
        }
        res
    }
}

impl ast::WithItem {
    /// CPython's `context_expr`.
    pub fn context_expr(&self) -> Option<ast::Expr> {
        self.context()
    }
    /// CPython's `optional_vars`.
    pub fn optional_vars(&self) -> Option<ast::Expr> {
        self.target()
    }
}
