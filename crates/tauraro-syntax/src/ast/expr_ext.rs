//! Hand-written accessors for expressions: operators, literals, slices, dict items.

use crate::SyntaxKind::{self, *};
use crate::ast::{self, AstNode, support};
use crate::{SyntaxElement, SyntaxToken};

/// Binary operators (CPython's `operator`), also used by augmented assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl BinOp {
    fn from_kind(kind: SyntaxKind) -> Option<BinOp> {
        Some(match kind {
            PLUS | PLUSEQ => BinOp::Add,
            MINUS | MINUSEQ => BinOp::Sub,
            STAR | STAREQ => BinOp::Mult,
            AT | ATEQ => BinOp::MatMult,
            SLASH | SLASHEQ => BinOp::Div,
            PERCENT | PERCENTEQ => BinOp::Mod,
            STAR2 | STAR2EQ => BinOp::Pow,
            SHL | SHLEQ => BinOp::LShift,
            SHR | SHREQ => BinOp::RShift,
            PIPE | PIPEEQ => BinOp::BitOr,
            CARET | CARETEQ => BinOp::BitXor,
            AMP | AMPEQ => BinOp::BitAnd,
            SLASH2 | SLASH2EQ => BinOp::FloorDiv,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

/// Comparison operators; `not in` and `is not` are two tokens in the tree but one operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// What a `LiteralExpr` holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LiteralKind {
    /// Text as written (`0x_FF`, `1_000`); see [`crate::ast::LiteralExpr::token`].
    Int,
    Float,
    /// An imaginary number (`1j`).
    Imag,
    None,
    True,
    False,
    Ellipsis,
}

fn op_token(node: &crate::SyntaxNode, pred: impl Fn(SyntaxKind) -> bool) -> Option<SyntaxToken> {
    ast::tokens(node).find(|t| pred(t.kind()))
}

impl ast::BinExpr {
    pub fn op_token(&self) -> Option<SyntaxToken> {
        op_token(self.syntax(), |k| {
            BinOp::from_kind(k).is_some() && !k.text().unwrap_or("").ends_with('=')
        })
    }
    pub fn op(&self) -> Option<BinOp> {
        self.op_token().and_then(|t| BinOp::from_kind(t.kind()))
    }
}

impl ast::AugAssignStmt {
    pub fn op_token(&self) -> Option<SyntaxToken> {
        op_token(self.syntax(), |k| {
            BinOp::from_kind(k).is_some() && k.text().unwrap_or("").ends_with('=')
        })
    }
    /// The operator without its `=`: `x **= 2` gives `BinOp::Pow`.
    pub fn op(&self) -> Option<BinOp> {
        self.op_token().and_then(|t| BinOp::from_kind(t.kind()))
    }
}

impl ast::UnaryExpr {
    pub fn op_token(&self) -> Option<SyntaxToken> {
        op_token(self.syntax(), |k| {
            matches!(k, NOT_KW | MINUS | PLUS | TILDE)
        })
    }
    pub fn op(&self) -> Option<UnaryOp> {
        Some(match self.op_token()?.kind() {
            NOT_KW => UnaryOp::Not,
            MINUS => UnaryOp::USub,
            PLUS => UnaryOp::UAdd,
            _ => UnaryOp::Invert,
        })
    }
}

impl ast::BoolOpExpr {
    pub fn op(&self) -> Option<BoolOp> {
        match op_token(self.syntax(), |k| matches!(k, AND_KW | OR_KW))?.kind() {
            AND_KW => Some(BoolOp::And),
            _ => Some(BoolOp::Or),
        }
    }
}

impl ast::CompareExpr {
    /// The first operand (CPython's `left`).
    pub fn left(&self) -> Option<ast::Expr> {
        self.exprs().next()
    }
    /// The operands after the first (CPython's `comparators`).
    pub fn comparators(&self) -> impl Iterator<Item = ast::Expr> {
        self.exprs().skip(1)
    }
    /// The operators with their first token, in order.
    pub fn ops(&self) -> Vec<(CmpOp, SyntaxToken)> {
        let mut ops = Vec::new();
        let mut toks = ast::tokens(self.syntax()).peekable();
        while let Some(t) = toks.next() {
            let op = match t.kind() {
                EQ2 => CmpOp::Eq,
                NEQ => CmpOp::NotEq,
                LT => CmpOp::Lt,
                LTEQ => CmpOp::LtE,
                GT => CmpOp::Gt,
                GTEQ => CmpOp::GtE,
                IN_KW => CmpOp::In,
                NOT_KW => {
                    toks.next_if(|n| n.kind() == IN_KW);
                    CmpOp::NotIn
                }
                IS_KW => {
                    if toks.next_if(|n| n.kind() == NOT_KW).is_some() {
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => continue,
            };
            ops.push((op, t));
        }
        ops
    }
}

impl ast::LiteralExpr {
    pub fn token(&self) -> Option<SyntaxToken> {
        ast::tokens(self.syntax()).next()
    }
    pub fn kind(&self) -> Option<LiteralKind> {
        Some(match self.token()?.kind() {
            INT_NUMBER => LiteralKind::Int,
            FLOAT_NUMBER => LiteralKind::Float,
            IMAG_NUMBER => LiteralKind::Imag,
            NONE_KW => LiteralKind::None,
            TRUE_KW => LiteralKind::True,
            FALSE_KW => LiteralKind::False,
            ELLIPSIS => LiteralKind::Ellipsis,
            _ => return None,
        })
    }
    /// For numbers: the text without `_` separators (`"0xff"`, `"1.5e3"`, `"2j"`).
    pub fn number_text(&self) -> Option<String> {
        let t = self.token()?;
        matches!(t.kind(), INT_NUMBER | FLOAT_NUMBER | IMAG_NUMBER)
            .then(|| t.text().replace('_', ""))
    }
}

/// Expressions that are direct children, with the index of the colon-separated part each is in.
fn parts_by_colon(node: &crate::SyntaxNode) -> [Option<ast::Expr>; 3] {
    let mut parts = [None, None, None];
    let mut part = 0;
    for child in node.children_with_tokens() {
        match child {
            SyntaxElement::Token(t) if t.kind() == COLON => part += 1,
            SyntaxElement::Node(n) => {
                if let Some(e) = ast::Expr::cast(n)
                    && part < 3
                    && parts[part].is_none()
                {
                    parts[part] = Some(e);
                }
            }
            _ => {}
        }
    }
    parts
}

impl ast::SliceExpr {
    pub fn lower(&self) -> Option<ast::Expr> {
        parts_by_colon(self.syntax())[0].clone()
    }
    pub fn upper(&self) -> Option<ast::Expr> {
        parts_by_colon(self.syntax())[1].clone()
    }
    pub fn step(&self) -> Option<ast::Expr> {
        parts_by_colon(self.syntax())[2].clone()
    }
}

impl ast::DictItem {
    /// `**mapping` entries have no key (CPython: `None` in `keys`).
    pub fn is_unpack(&self) -> bool {
        support::token(self.syntax(), STAR2).is_some()
    }
    pub fn key(&self) -> Option<ast::Expr> {
        if self.is_unpack() {
            None
        } else {
            parts_by_colon(self.syntax())[0].clone()
        }
    }
    pub fn value(&self) -> Option<ast::Expr> {
        if self.is_unpack() {
            support::child(self.syntax())
        } else {
            parts_by_colon(self.syntax())[1].clone()
        }
    }
}

impl ast::NameExpr {
    /// The identifier (soft keywords like `match` are ordinary names here).
    pub fn text(&self) -> String {
        self.ident_token()
            .map_or_else(String::new, |t| t.text().to_owned())
    }
}

impl ast::Name {
    pub fn text(&self) -> String {
        self.ident_token()
            .map_or_else(String::new, |t| t.text().to_owned())
    }
}

impl ast::Keyword {
    /// `**mapping` (no name).
    pub fn is_unpack(&self) -> bool {
        support::token(self.syntax(), STAR2).is_some()
    }
}

impl ast::ArgList {
    /// All arguments in source order: positional `Expr`s and `Keyword`s.
    pub fn all(&self) -> impl Iterator<Item = crate::SyntaxNode> {
        self.syntax()
            .children()
            .filter(|n| ast::Expr::can_cast(n.kind()) || n.kind() == KEYWORD)
    }
}

impl ast::FormattedValue {
    /// The conversion character of `!r`, `!s`, `!a`.
    pub fn conversion(&self) -> Option<char> {
        self.ident_token().and_then(|t| t.text().chars().next())
    }
    /// For the self-documenting `{expr=}`: the literal text CPython prepends (the expression's
    /// source, the `=` and surrounding whitespace).
    pub fn debug_text(&self) -> Option<String> {
        let eq = support::token(self.syntax(), EQ)?;
        let open = support::token(self.syntax(), L_CURLY)?;
        let mut text = String::new();
        let mut after_eq = false;
        for el in self.syntax().children_with_tokens() {
            if el.text_range().start() < open.text_range().end() {
                continue;
            }
            match &el {
                SyntaxElement::Token(t) if after_eq && t.kind() != WHITESPACE => break,
                SyntaxElement::Token(t) if t.text_range() == eq.text_range() => after_eq = true,
                _ => {}
            }
            text.push_str(&el.to_string());
        }
        Some(text)
    }
}

impl ast::MatchAsPat {
    /// `_` on its own (CPython: `MatchAs(pattern=None, name=None)`).
    pub fn is_wildcard(&self) -> bool {
        self.pattern().is_none() && self.capture().is_none()
    }
    /// The bound name, `None` for `_`.
    pub fn capture(&self) -> Option<ast::Name> {
        self.name().filter(|n| n.text() != "_")
    }
}

impl ast::MatchStarPat {
    /// The bound name, `None` for `*_`.
    pub fn capture(&self) -> Option<ast::Name> {
        self.name().filter(|n| n.text() != "_")
    }
}

impl ast::MatchMappingPat {
    /// Keys of the items (`MatchMappingItem::key`).
    pub fn items(&self) -> ast::AstChildren<ast::MatchMappingItem> {
        self.match_mapping_items()
    }
}
