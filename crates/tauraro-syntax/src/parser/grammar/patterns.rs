//! `match` statement patterns.

use super::exprs::{self, EXPR_RECOVERY};
use super::name;
use crate::SyntaxKind::*;
use crate::parser::{CompletedMarker, Parser};
use crate::token_set::TokenSet;

const PATTERN_FIRST: TokenSet = TokenSet::new(&[
    STAR,
    MINUS,
    INT_NUMBER,
    FLOAT_NUMBER,
    IMAG_NUMBER,
    STRING,
    FSTRING_START,
    NONE_KW,
    TRUE_KW,
    FALSE_KW,
    IDENT,
    L_PAREN,
    L_BRACK,
    L_CURLY,
]);

const PATTERN_LIST_END: TokenSet = TokenSet::new(&[
    R_PAREN, R_BRACK, R_CURLY, NEWLINE, EOF, INDENT, DEDENT, COLON,
]);

/// The patterns of a `case`: one pattern or an open sequence `a, *b`.
pub(super) fn patterns(p: &mut Parser<'_>) {
    let m = p.start();
    let first = pattern(p);
    if first.is_none() || !p.at(COMMA) {
        m.abandon(p);
        return;
    }
    while p.eat(COMMA) {
        if !p.at_ts(PATTERN_FIRST) {
            break;
        }
        pattern(p);
    }
    m.complete(p, MATCH_SEQUENCE_PAT);
}

/// `or_pattern ['as' NAME]`
fn pattern(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if !p.enter() {
        return None;
    }
    let res = pattern_inner(p);
    p.leave();
    res
}

fn pattern_inner(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let lhs = or_pattern(p)?;
    if !p.at(AS_KW) {
        return Some(lhs);
    }
    let m = lhs.precede(p);
    p.bump(AS_KW);
    name(p);
    Some(m.complete(p, MATCH_AS_PAT))
}

fn or_pattern(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let first = closed_pattern(p)?;
    if !p.at(PIPE) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(PIPE) {
        closed_pattern(p);
    }
    Some(m.complete(p, MATCH_OR_PAT))
}

fn closed_pattern(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let m = p.start();
    let kind = match p.current() {
        STAR => {
            p.bump(STAR);
            name(p);
            MATCH_STAR_PAT
        }
        MINUS | INT_NUMBER | FLOAT_NUMBER | IMAG_NUMBER | STRING | FSTRING_START => {
            value(p);
            MATCH_VALUE_PAT
        }
        NONE_KW | TRUE_KW | FALSE_KW => {
            p.bump_any();
            MATCH_SINGLETON_PAT
        }
        IDENT if p.nth_at(1, DOT) || p.nth_at(1, L_PAREN) => {
            dotted_name_expr(p);
            if p.at(L_PAREN) {
                class_args(p);
                MATCH_CLASS_PAT
            } else {
                MATCH_VALUE_PAT
            }
        }
        IDENT => {
            name(p);
            MATCH_AS_PAT
        }
        L_PAREN => {
            p.bump(L_PAREN);
            if p.eat(R_PAREN) {
                MATCH_SEQUENCE_PAT
            } else {
                pattern(p);
                if p.at(COMMA) {
                    while p.eat(COMMA) && !p.at(R_PAREN) {
                        pattern(p);
                    }
                    p.expect(R_PAREN);
                    MATCH_SEQUENCE_PAT
                } else {
                    p.expect(R_PAREN);
                    MATCH_GROUP_PAT
                }
            }
        }
        L_BRACK => {
            p.bump(L_BRACK);
            while !p.at(R_BRACK) && !p.at_ts(PATTERN_LIST_END) {
                pattern(p);
                if !p.eat(COMMA) {
                    break;
                }
            }
            p.expect(R_BRACK);
            MATCH_SEQUENCE_PAT
        }
        L_CURLY => {
            mapping(p);
            MATCH_MAPPING_PAT
        }
        _ => {
            m.abandon(p);
            p.err_recover(
                "invalid syntax",
                EXPR_RECOVERY.union(TokenSet::new(&[PIPE, AS_KW])),
            );
            return None;
        }
    };
    Some(m.complete(p, kind))
}

fn mapping(p: &mut Parser<'_>) {
    p.bump(L_CURLY);
    while !p.at(R_CURLY) && !p.at_ts(PATTERN_LIST_END) {
        if p.eat(STAR2) {
            name(p);
        } else {
            let m = p.start();
            value(p);
            p.expect(COLON);
            pattern(p);
            m.complete(p, MATCH_MAPPING_ITEM);
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    p.expect(R_CURLY);
}

fn class_args(p: &mut Parser<'_>) {
    p.bump(L_PAREN);
    let mut saw_keyword = false;
    while !p.at(R_PAREN) && !p.at_ts(PATTERN_LIST_END) {
        if p.at(IDENT) && p.nth_at(1, EQ) {
            saw_keyword = true;
            let m = p.start();
            name(p);
            p.bump(EQ);
            pattern(p);
            m.complete(p, MATCH_KEYWORD_PAT);
        } else {
            if saw_keyword {
                p.error("positional patterns follow keyword patterns");
            }
            pattern(p);
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    p.expect(R_PAREN);
}

/// `a.b.c` as a `NameExpr` / `AttributeExpr` chain.
fn dotted_name_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(IDENT);
    let mut lhs = m.complete(p, NAME_EXPR);
    while p.at(DOT) {
        let m = lhs.precede(p);
        p.bump(DOT);
        name(p);
        lhs = m.complete(p, ATTRIBUTE_EXPR);
    }
    lhs
}

/// A literal or value in a pattern (or a mapping key): signed and complex numbers, strings,
/// `None`/`True`/`False`, dotted names.
fn value(p: &mut Parser<'_>) {
    match p.current() {
        STRING | FSTRING_START => {
            if p.at(FSTRING_START) {
                p.error("patterns may only match literals and attribute lookups");
            }
            exprs::strings(p);
        }
        IDENT => {
            dotted_name_expr(p);
        }
        NONE_KW | TRUE_KW | FALSE_KW => {
            let m = p.start();
            p.bump_any();
            m.complete(p, LITERAL_EXPR);
        }
        _ => {
            let real_is_imaginary = if p.at(MINUS) {
                p.nth_at(1, IMAG_NUMBER)
            } else {
                p.at(IMAG_NUMBER)
            };
            let Some(lhs) = signed_number(p) else { return };
            let number_follows = [INT_NUMBER, FLOAT_NUMBER, IMAG_NUMBER]
                .iter()
                .any(|kind| p.nth_at(1, *kind));
            if (p.at(PLUS) || p.at(MINUS)) && number_follows {
                // A complex literal `real +/- imaginary`, with CPython's messages for the
                // wrong kinds of number.
                if real_is_imaginary {
                    p.error("real number required in complex literal");
                }
                let m = lhs.precede(p);
                p.bump_any();
                if !p.at(IMAG_NUMBER) {
                    p.error("imaginary number required in complex literal");
                }
                let n = p.start();
                p.bump_any();
                n.complete(p, LITERAL_EXPR);
                m.complete(p, BIN_EXPR);
            }
        }
    }
}

fn signed_number(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let neg = p.at(MINUS).then(|| {
        let m = p.start();
        p.bump(MINUS);
        m
    });
    if !matches!(p.current(), INT_NUMBER | FLOAT_NUMBER | IMAG_NUMBER) {
        p.err_recover("invalid syntax", EXPR_RECOVERY);
        return neg.map(|m| m.complete(p, UNARY_EXPR));
    }
    let n = p.start();
    p.bump_any();
    let lit = n.complete(p, LITERAL_EXPR);
    Some(match neg {
        Some(m) => m.complete(p, UNARY_EXPR),
        None => lit,
    })
}
