//! The grammar, one function per construct, grouped by concept.

mod exprs;
mod patterns;
mod stmts;

use super::Parser;
use crate::SyntaxKind::*;

pub(super) use self::stmts::module;

/// Parses a `Name` node (an identifier that is bound or referenced by name).
fn name(p: &mut Parser<'_>) -> bool {
    if p.at(IDENT) {
        let m = p.start();
        p.bump(IDENT);
        m.complete(p, NAME);
        true
    } else {
        p.err_recover("invalid syntax", exprs::EXPR_RECOVERY);
        false
    }
}
