//! Typed AST: zero-cost wrappers over [`SyntaxNode`]s.
//!
//! The node structs and the `Stmt`/`Expr`/`Pattern` enums are generated from `tauraro.ungram`
//! (`ast/generated/nodes.rs`); accessors that need more than "the child of this type" are
//! hand-written in `*_ext.rs` (operators, literal values, assignment targets, parameters, ...).
//! Every accessor returns `Option`/an iterator: an erroneous tree may lack any part.

mod expr_ext;
mod generated {
    pub(crate) mod nodes;
}
mod stmt_ext;
mod string_ext;

use std::marker::PhantomData;

use crate::{SyntaxKind, SyntaxNode, SyntaxNodeChildren, SyntaxToken};

pub use self::expr_ext::{BinOp, BoolOp, CmpOp, LiteralKind, UnaryOp};
pub use self::generated::nodes::*;
pub use self::stmt_ext::{Arguments, ParamKind};
pub use self::string_ext::{
    FStringElement, StringFlags, StringLiteral, StringPart, StringValue, UnescapeError, unescape,
};

/// A typed view of a syntax node.
pub trait AstNode {
    fn can_cast(kind: SyntaxKind) -> bool
    where
        Self: Sized;
    fn cast(syntax: SyntaxNode) -> Option<Self>
    where
        Self: Sized;
    fn syntax(&self) -> &SyntaxNode;
}

/// Iterator over the children of a node that cast to `N`.
#[derive(Debug, Clone)]
pub struct AstChildren<N> {
    inner: SyntaxNodeChildren,
    ph: PhantomData<N>,
}

impl<N> AstChildren<N> {
    fn new(parent: &SyntaxNode) -> Self {
        AstChildren {
            inner: parent.children(),
            ph: PhantomData,
        }
    }
}

impl<N: AstNode> Iterator for AstChildren<N> {
    type Item = N;
    fn next(&mut self) -> Option<N> {
        self.inner.find_map(N::cast)
    }
}

pub(crate) mod support {
    use super::{AstChildren, AstNode};
    use crate::{SyntaxKind, SyntaxNode, SyntaxToken};

    pub(crate) fn child<N: AstNode>(parent: &SyntaxNode) -> Option<N> {
        parent.children().find_map(N::cast)
    }

    pub(crate) fn children<N: AstNode>(parent: &SyntaxNode) -> AstChildren<N> {
        AstChildren::new(parent)
    }

    pub(crate) fn token(parent: &SyntaxNode, kind: SyntaxKind) -> Option<SyntaxToken> {
        parent
            .children_with_tokens()
            .filter_map(|it| it.into_token())
            .find(|it| it.kind() == kind)
    }
}

/// The non-trivia tokens directly under `node`.
pub(crate) fn tokens(node: &SyntaxNode) -> impl Iterator<Item = SyntaxToken> + use<> {
    node.children_with_tokens()
        .filter_map(|it| it.into_token())
        .filter(|t| !t.kind().is_trivia())
}
