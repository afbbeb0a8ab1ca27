//! Expressions: Pratt parsing for the operators, recursive descent for atoms and trailers.

use super::name;
use crate::SyntaxKind::{self, *};
use crate::parser::{CompletedMarker, Parser};
use crate::token_set::TokenSet;

/// Tokens that can start an expression.
pub(super) const EXPR_FIRST: TokenSet = TokenSet::new(&[
    IDENT,
    INT_NUMBER,
    FLOAT_NUMBER,
    IMAG_NUMBER,
    STRING,
    FSTRING_START,
    NONE_KW,
    TRUE_KW,
    FALSE_KW,
    ELLIPSIS,
    L_PAREN,
    L_BRACK,
    L_CURLY,
    MINUS,
    PLUS,
    TILDE,
    NOT_KW,
    AWAIT_KW,
    LAMBDA_KW,
    STAR,
]);

/// Tokens where a missing expression does not consume anything.
pub(super) const EXPR_RECOVERY: TokenSet = TokenSet::new(&[
    R_PAREN,
    R_BRACK,
    R_CURLY,
    COMMA,
    COLON,
    SEMI,
    EQ,
    FSTRING_END,
    FSTRING_MIDDLE,
    DEF_KW,
    CLASS_KW,
    RETURN_KW,
    IMPORT_KW,
    PASS_KW,
    BREAK_KW,
    CONTINUE_KW,
    RAISE_KW,
    GLOBAL_KW,
    NONLOCAL_KW,
    DEL_KW,
    TRY_KW,
    WHILE_KW,
    WITH_KW,
    ASSERT_KW,
    ELSE_KW,
    ELIF_KW,
    EXCEPT_KW,
    FINALLY_KW,
]);

/// Tokens that end a bracketed list when recovering inside it.
const LIST_END: TokenSet = TokenSet::new(&[
    R_PAREN,
    R_BRACK,
    R_CURLY,
    NEWLINE,
    EOF,
    INDENT,
    DEDENT,
    FSTRING_END,
    SEMI,
]);

const BP_OR: u8 = 1;
const BP_AND: u8 = 2;
const BP_NOT: u8 = 3;
const BP_CMP: u8 = 4;
pub(super) const BP_BITOR: u8 = 5;
const BP_UNARY: u8 = 11;

fn binary_bp(kind: SyntaxKind) -> Option<u8> {
    Some(match kind {
        PIPE => 5,
        CARET => 6,
        AMP => 7,
        SHL | SHR => 8,
        PLUS | MINUS => 9,
        STAR | SLASH | SLASH2 | PERCENT | AT => 10,
        STAR2 => 12,
        _ => return None,
    })
}

fn at_cmp_op(p: &Parser<'_>) -> bool {
    match p.current() {
        EQ2 | NEQ | LT | LTEQ | GT | GTEQ | IN_KW | IS_KW => true,
        NOT_KW => p.nth_at(1, IN_KW),
        _ => false,
    }
}

fn at_comp_for(p: &Parser<'_>) -> bool {
    p.at(FOR_KW) || (p.at(ASYNC_KW) && p.nth_at(1, FOR_KW))
}

/// `expression`: a lambda, a conditional expression, or a disjunction.
pub(super) fn expr(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if p.at(LAMBDA_KW) {
        return lambda(p);
    }
    let lhs = expr_bp(p, BP_OR)?;
    if !p.at(IF_KW) {
        return Some(lhs);
    }
    let m = lhs.precede(p);
    p.bump(IF_KW);
    expr_bp(p, BP_OR);
    if !p.eat(ELSE_KW) {
        p.error("expected 'else' after 'if' expression");
    } else if p.enter() {
        expr(p);
        p.leave();
    }
    Some(m.complete(p, IF_EXPR))
}

/// `named_expression`: `name := expression` or an expression.
pub(super) fn named_expr(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let lhs = expr(p)?;
    if !p.at(COLON_EQ) {
        return Some(lhs);
    }
    if lhs.kind() != NAME_EXPR {
        p.error("cannot use assignment expressions with this target");
    }
    let m = lhs.precede(p);
    p.bump(COLON_EQ);
    expr(p);
    Some(m.complete(p, NAMED_EXPR))
}

/// `star_expressions` (and `star_named_expressions`): `a`, `a, *b, c,` (a `TupleExpr`).
pub(super) fn star_expressions(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let m = p.start();
    let first = named_expr(p);
    if first.is_none() || !p.at(COMMA) {
        m.abandon(p);
        return first;
    }
    while p.eat(COMMA) {
        if !p.at_ts(EXPR_FIRST) {
            break;
        }
        named_expr(p);
    }
    Some(m.complete(p, TUPLE_EXPR))
}

/// A `yield` expression or `star_expressions`.
pub(super) fn yield_or_star_expressions(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    if p.at(YIELD_KW) {
        Some(yield_expr(p))
    } else {
        star_expressions(p)
    }
}

pub(super) fn yield_expr(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(YIELD_KW);
    if p.eat(FROM_KW) {
        expr(p);
        return m.complete(p, YIELD_FROM_EXPR);
    }
    if p.at_ts(EXPR_FIRST) {
        star_expressions(p);
    }
    m.complete(p, YIELD_EXPR)
}

/// Targets of `for` and comprehensions: `a`, `a, (b, c)`, `*rest` (operands above
/// comparisons, so that `in` ends them).
pub(super) fn target_list(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let m = p.start();
    let first = expr_bp(p, BP_BITOR);
    if first.is_none() || !p.at(COMMA) {
        m.abandon(p);
        return first;
    }
    while p.eat(COMMA) {
        if !p.at_ts(EXPR_FIRST) {
            break;
        }
        expr_bp(p, BP_BITOR);
    }
    Some(m.complete(p, TUPLE_EXPR))
}

/// Operator-precedence parsing of everything from `or` down to `await` and primaries.
pub(super) fn expr_bp(p: &mut Parser<'_>, min_bp: u8) -> Option<CompletedMarker> {
    if !p.enter() {
        return None;
    }
    let res = expr_bp_inner(p, min_bp);
    p.leave();
    res
}

fn expr_bp_inner(p: &mut Parser<'_>, min_bp: u8) -> Option<CompletedMarker> {
    let mut lhs = match p.current() {
        NOT_KW => {
            if min_bp > BP_NOT {
                p.error("invalid syntax");
            }
            let m = p.start();
            p.bump(NOT_KW);
            expr_bp(p, BP_NOT);
            m.complete(p, UNARY_EXPR)
        }
        MINUS | PLUS | TILDE => {
            let m = p.start();
            p.bump_any();
            expr_bp(p, BP_UNARY);
            m.complete(p, UNARY_EXPR)
        }
        AWAIT_KW => {
            let m = p.start();
            p.bump(AWAIT_KW);
            if p.enter() {
                primary(p);
                p.leave();
            }
            m.complete(p, AWAIT_EXPR)
        }
        _ => primary(p)?,
    };
    let mut links = 0;
    loop {
        let kind = p.current();
        if at_cmp_op(p) {
            if BP_CMP < min_bp {
                break;
            }
            let m = lhs.precede(p);
            loop {
                if p.at(NOT_KW) {
                    p.bump(NOT_KW);
                    p.bump(IN_KW);
                } else if p.at(IS_KW) {
                    p.bump(IS_KW);
                    p.eat(NOT_KW);
                } else {
                    p.bump_any();
                }
                if expr_bp(p, BP_CMP + 1).is_none() || !at_cmp_op(p) {
                    break;
                }
            }
            lhs = m.complete(p, COMPARE_EXPR);
            continue;
        }
        if kind == AND_KW || kind == OR_KW {
            let bp = if kind == OR_KW { BP_OR } else { BP_AND };
            if bp < min_bp {
                break;
            }
            let m = lhs.precede(p);
            while p.eat(kind) {
                expr_bp(p, bp + 1);
            }
            lhs = m.complete(p, BOOL_OP_EXPR);
            continue;
        }
        let Some(bp) = binary_bp(kind) else { break };
        if bp < min_bp {
            break;
        }
        if !p.enter_chain() {
            break;
        }
        links += 1;
        let m = lhs.precede(p);
        p.bump(kind);
        // `**` is right-associative and its right operand may be unary: `2 ** -1`.
        let rhs_bp = if kind == STAR2 { BP_UNARY } else { bp + 1 };
        expr_bp(p, rhs_bp);
        lhs = m.complete(p, BIN_EXPR);
    }
    p.leave_chain(links);
    Some(lhs)
}

/// An atom followed by trailers: `.name`, `(args)`, `[slices]`.
fn primary(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let mut lhs = atom(p)?;
    let mut links = 0;
    loop {
        if matches!(p.current(), DOT | L_PAREN | L_BRACK) {
            if !p.enter_chain() {
                break;
            }
            links += 1;
        }
        match p.current() {
            DOT => {
                let m = lhs.precede(p);
                p.bump(DOT);
                name(p);
                lhs = m.complete(p, ATTRIBUTE_EXPR);
            }
            L_PAREN => {
                let m = lhs.precede(p);
                arg_list(p);
                lhs = m.complete(p, CALL_EXPR);
            }
            L_BRACK => {
                let m = lhs.precede(p);
                p.bump(L_BRACK);
                slices(p);
                p.expect(R_BRACK);
                lhs = m.complete(p, SUBSCRIPT_EXPR);
            }
            _ => break,
        }
    }
    p.leave_chain(links);
    Some(lhs)
}

fn atom(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let done = match p.current() {
        IDENT => {
            let m = p.start();
            p.bump(IDENT);
            m.complete(p, NAME_EXPR)
        }
        INT_NUMBER | FLOAT_NUMBER | IMAG_NUMBER | NONE_KW | TRUE_KW | FALSE_KW | ELLIPSIS => {
            let m = p.start();
            p.bump_any();
            m.complete(p, LITERAL_EXPR)
        }
        STRING | FSTRING_START => strings(p),
        L_PAREN => paren(p),
        L_BRACK => list(p),
        L_CURLY => dict_or_set(p),
        STAR => {
            let m = p.start();
            p.bump(STAR);
            expr_bp(p, BP_BITOR);
            m.complete(p, STARRED_EXPR)
        }
        LAMBDA_KW => return lambda(p),
        YIELD_KW => {
            p.error("invalid syntax: a 'yield' expression here must be parenthesized");
            yield_expr(p)
        }
        _ => {
            p.err_recover("invalid syntax", EXPR_RECOVERY);
            return None;
        }
    };
    Some(done)
}

/// Implicitly concatenated string literals: `"a" 'b' f"c{d}"`.
pub(super) fn strings(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    let mut bytes: Option<bool> = None;
    loop {
        let is_bytes = match p.current() {
            STRING => {
                let text = p.nth_text(0);
                let prefix = &text[..text.find(['"', '\'']).unwrap_or(0)];
                prefix.contains(['b', 'B'])
            }
            FSTRING_START => false,
            _ => break,
        };
        if bytes.is_some_and(|b| b != is_bytes) {
            p.error("cannot mix bytes and nonbytes literals");
        }
        bytes = Some(is_bytes);
        if p.at(STRING) {
            p.bump(STRING);
        } else {
            fstring(p);
        }
    }
    m.complete(p, STRING_EXPR)
}

fn fstring(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(FSTRING_START);
    loop {
        match p.current() {
            FSTRING_MIDDLE => p.bump(FSTRING_MIDDLE),
            L_CURLY => formatted_value(p),
            FSTRING_END => {
                p.bump(FSTRING_END);
                break;
            }
            // Unterminated: the lexer has reported it.
            _ => break,
        }
    }
    m.complete(p, F_STRING);
}

const FIELD_END: TokenSet = TokenSet::new(&[
    R_CURLY,
    FSTRING_END,
    FSTRING_MIDDLE,
    NEWLINE,
    EOF,
    INDENT,
    DEDENT,
]);

fn formatted_value(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(L_CURLY);
    if !p.enter() {
        m.complete(p, FORMATTED_VALUE);
        return;
    }
    if p.at(R_CURLY) || p.at(BANG) || p.at(COLON) {
        p.error("f-string: empty expression not allowed");
    } else {
        yield_or_star_expressions(p);
    }
    p.eat(EQ);
    if p.eat(BANG) {
        if p.at(IDENT) {
            if !matches!(p.nth_text(0), "r" | "s" | "a") {
                p.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            p.bump(IDENT);
        } else {
            p.error("f-string: missing conversion character");
        }
    }
    if p.at(COLON) {
        p.bump(COLON);
        let spec = p.start();
        loop {
            match p.current() {
                FSTRING_MIDDLE => p.bump(FSTRING_MIDDLE),
                L_CURLY => formatted_value(p),
                _ => break,
            }
        }
        spec.complete(p, FORMAT_SPEC);
    }
    if !p.eat(R_CURLY) {
        p.error("f-string: expecting '}'");
        if !p.at_ts(FIELD_END) {
            let e = p.start();
            while !p.at_ts(FIELD_END) {
                p.bump_any();
            }
            e.complete(p, ERROR);
        }
        p.eat(R_CURLY);
    }
    p.leave();
    m.complete(p, FORMATTED_VALUE);
}

/// After an element of a bracketed list: consumes the comma, or reports a missing one.
/// Returns whether another element may follow.
fn list_sep(p: &mut Parser<'_>, close: SyntaxKind) -> bool {
    if p.eat(COMMA) {
        return !p.at(close);
    }
    if p.at(close) || p.at_ts(LIST_END) {
        return false;
    }
    if p.at_ts(EXPR_FIRST) {
        p.error("invalid syntax. Perhaps you forgot a comma?");
        return true;
    }
    p.error("invalid syntax");
    let m = p.start();
    while !p.at(COMMA) && !p.at_ts(LIST_END) {
        p.bump_any();
    }
    m.complete(p, ERROR);
    p.eat(COMMA) && !p.at(close)
}

/// `( ... )`: a parenthesised expression, tuple, generator or yield.
fn paren(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(L_PAREN);
    if p.eat(R_PAREN) {
        return m.complete(p, TUPLE_EXPR);
    }
    if p.at(YIELD_KW) {
        yield_expr(p);
        p.expect(R_PAREN);
        return m.complete(p, PAREN_EXPR);
    }
    let first = named_expr(p);
    if first.is_some() && at_comp_for(p) {
        comp_clauses(p);
        p.expect(R_PAREN);
        return m.complete(p, GENERATOR_EXPR);
    }
    if p.at(COMMA) {
        while list_sep(p, R_PAREN) {
            named_expr(p);
        }
        p.expect(R_PAREN);
        return m.complete(p, TUPLE_EXPR);
    }
    if p.eat(R_PAREN) {
        return m.complete(p, PAREN_EXPR);
    }
    // `(a b)`: report and parse the rest as a tuple.
    if list_sep(p, R_PAREN) {
        loop {
            named_expr(p);
            if !list_sep(p, R_PAREN) {
                break;
            }
        }
        p.expect(R_PAREN);
        return m.complete(p, TUPLE_EXPR);
    }
    p.expect(R_PAREN);
    m.complete(p, PAREN_EXPR)
}

fn list(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(L_BRACK);
    if p.eat(R_BRACK) {
        return m.complete(p, LIST_EXPR);
    }
    let first = named_expr(p);
    if first.is_some() && at_comp_for(p) {
        comp_clauses(p);
        p.expect(R_BRACK);
        return m.complete(p, LIST_COMP_EXPR);
    }
    while list_sep(p, R_BRACK) {
        named_expr(p);
    }
    p.expect(R_BRACK);
    m.complete(p, LIST_EXPR)
}

fn dict_or_set(p: &mut Parser<'_>) -> CompletedMarker {
    let m = p.start();
    p.bump(L_CURLY);
    if p.eat(R_CURLY) {
        return m.complete(p, DICT_EXPR);
    }
    if p.at(STAR2) {
        dict_item(p);
        while list_sep(p, R_CURLY) {
            dict_item(p);
        }
        p.expect(R_CURLY);
        return m.complete(p, DICT_EXPR);
    }
    let item = p.start();
    let first = named_expr(p);
    if p.at(COLON) {
        p.bump(COLON);
        expr(p);
        if first.is_some() && at_comp_for(p) {
            item.abandon(p);
            comp_clauses(p);
            p.expect(R_CURLY);
            return m.complete(p, DICT_COMP_EXPR);
        }
        item.complete(p, DICT_ITEM);
        while list_sep(p, R_CURLY) {
            dict_item(p);
        }
        p.expect(R_CURLY);
        return m.complete(p, DICT_EXPR);
    }
    item.abandon(p);
    if first.is_some() && at_comp_for(p) {
        comp_clauses(p);
        p.expect(R_CURLY);
        return m.complete(p, SET_COMP_EXPR);
    }
    while list_sep(p, R_CURLY) {
        named_expr(p);
    }
    p.expect(R_CURLY);
    m.complete(p, SET_EXPR)
}

fn dict_item(p: &mut Parser<'_>) {
    let m = p.start();
    if p.eat(STAR2) {
        expr_bp(p, BP_BITOR);
    } else {
        expr(p);
        p.expect(COLON);
        expr(p);
    }
    m.complete(p, DICT_ITEM);
}

/// `for x in y if c` clauses of a comprehension.
pub(super) fn comp_clauses(p: &mut Parser<'_>) {
    while at_comp_for(p) {
        let m = p.start();
        p.eat(ASYNC_KW);
        p.bump(FOR_KW);
        target_list(p);
        p.expect(IN_KW);
        expr_bp(p, BP_OR);
        while p.at(IF_KW) {
            let c = p.start();
            p.bump(IF_KW);
            expr_bp(p, BP_OR);
            c.complete(p, COMP_IF);
        }
        m.complete(p, COMPREHENSION);
    }
}

/// Subscript contents: slices and expressions, a tuple if there are commas.
fn slices(p: &mut Parser<'_>) {
    let m = p.start();
    slice(p);
    if !p.at(COMMA) {
        m.abandon(p);
        return;
    }
    while list_sep(p, R_BRACK) {
        slice(p);
    }
    m.complete(p, TUPLE_EXPR);
}

fn slice(p: &mut Parser<'_>) {
    let m = if p.at(COLON) {
        p.start()
    } else {
        match named_expr(p) {
            Some(e) if p.at(COLON) => e.precede(p),
            _ => return,
        }
    };
    p.bump(COLON);
    if !p.at_ts(SLICE_PART_END) {
        expr(p);
    }
    if p.eat(COLON) && !p.at_ts(SLICE_PART_END) {
        expr(p);
    }
    m.complete(p, SLICE_EXPR);
}

const SLICE_PART_END: TokenSet = TokenSet::new(&[COLON, COMMA, R_BRACK, NEWLINE, EOF]);

/// Call arguments `( ... )`.
pub(super) fn arg_list(p: &mut Parser<'_>) {
    let m = p.start();
    p.bump(L_PAREN);
    let mut count = 0;
    let mut saw_keyword = false;
    let mut saw_kwargs = false;
    let mut genexp_at = None;
    while !p.at(R_PAREN) && !p.at_ts(LIST_END) {
        count += 1;
        let range = p.nth_range(0);
        if p.at(STAR2) {
            let k = p.start();
            p.bump(STAR2);
            expr(p);
            k.complete(p, KEYWORD);
            saw_kwargs = true;
        } else if p.at(IDENT) && p.nth_at(1, EQ) {
            let k = p.start();
            super::name(p);
            p.bump(EQ);
            expr(p);
            k.complete(p, KEYWORD);
            saw_keyword = true;
        } else if p.at(STAR) {
            if saw_kwargs {
                p.error_at(
                    range,
                    "iterable argument unpacking follows keyword argument unpacking",
                );
            }
            named_expr(p);
        } else {
            if saw_kwargs {
                p.error_at(
                    range,
                    "positional argument follows keyword argument unpacking",
                );
            } else if saw_keyword {
                p.error_at(range, "positional argument follows keyword argument");
            }
            let arg = named_expr(p);
            if let Some(arg) = arg
                && at_comp_for(p)
            {
                let g = arg.precede(p);
                comp_clauses(p);
                g.complete(p, GENERATOR_EXPR);
                genexp_at = Some(range);
            }
        }
        if !list_sep(p, R_PAREN) {
            break;
        }
    }
    if let Some(range) = genexp_at
        && count > 1
    {
        p.error_at(range, "Generator expression must be parenthesized");
    }
    p.expect(R_PAREN);
    m.complete(p, ARG_LIST);
}

fn lambda(p: &mut Parser<'_>) -> Option<CompletedMarker> {
    let m = p.start();
    p.bump(LAMBDA_KW);
    if !p.at(COLON) {
        param_list(p, true);
    }
    p.expect(COLON);
    if p.enter() {
        expr(p);
        p.leave();
    }
    Some(m.complete(p, LAMBDA_EXPR))
}

const PARAM_LIST_END: TokenSet = TokenSet::new(&[NEWLINE, EOF, INDENT, DEDENT, R_BRACK, R_CURLY]);

#[derive(Default)]
struct ParamState {
    count: u32,
    saw_default: bool,
    saw_slash: bool,
    saw_star: bool,
    saw_kwargs: bool,
    /// A bare `*` still waiting for a keyword-only parameter.
    bare_star: Option<crate::TextRange>,
}

/// Parameters of a `def` (in parentheses) or a `lambda` (up to the colon).
pub(super) fn param_list(p: &mut Parser<'_>, lambda: bool) {
    let m = p.start();
    let close = if lambda { COLON } else { R_PAREN };
    if !lambda {
        p.bump(L_PAREN);
    }
    let mut st = ParamState::default();
    while !(p.at(close) || p.at_ts(PARAM_LIST_END) || (lambda && p.at(R_PAREN))) {
        let before = p.token_pos();
        param(p, lambda, &mut st);
        if p.eat(COMMA) {
            continue;
        }
        if p.at(close) {
            break;
        }
        p.error("invalid syntax");
        if p.token_pos() == before || !p.at_ts(TokenSet::new(&[IDENT, STAR, STAR2, SLASH])) {
            let e = p.start();
            while !p.at(COMMA) && !p.at(close) && !p.at_ts(PARAM_LIST_END) && !p.at(R_PAREN) {
                p.bump_any();
            }
            e.complete(p, ERROR);
            p.eat(COMMA);
        }
    }
    if let Some(range) = st.bare_star {
        p.error_at(range, "named arguments must follow bare *");
    }
    if !lambda {
        p.expect(R_PAREN);
    }
    m.complete(p, PARAM_LIST);
}

fn param(p: &mut Parser<'_>, lambda: bool, st: &mut ParamState) {
    let range = p.nth_range(0);
    if st.saw_kwargs {
        p.error("arguments cannot follow var-keyword argument");
    }
    let m = p.start();
    match p.current() {
        SLASH => {
            p.bump(SLASH);
            if st.saw_slash {
                p.error_at(range, "/ may appear only once");
            } else if st.saw_star {
                p.error_at(range, "/ must be ahead of *");
            } else if st.count == 0 {
                p.error_at(range, "at least one argument must precede /");
            }
            st.saw_slash = true;
        }
        STAR => {
            p.bump(STAR);
            if st.saw_star {
                p.error_at(range, "* argument may appear only once");
            }
            st.saw_star = true;
            if p.at(IDENT) {
                super::name(p);
                if !lambda && p.eat(COLON) {
                    // `*args: *Ts` (PEP 646): the atom parser handles the star.
                    expr(p);
                }
            } else {
                st.bare_star = Some(range);
            }
        }
        STAR2 => {
            p.bump(STAR2);
            super::name(p);
            if !lambda && p.eat(COLON) {
                expr(p);
            }
            st.saw_kwargs = true;
            st.bare_star = None;
        }
        IDENT => {
            super::name(p);
            st.count += 1;
            st.bare_star = None;
            if !lambda && p.eat(COLON) {
                expr(p);
            }
            if p.eat(EQ) {
                expr(p);
                st.saw_default = true;
            } else if st.saw_default && !st.saw_star {
                p.error_at(range, "non-default argument follows default argument");
            }
        }
        _ => {
            m.abandon(p);
            p.err_recover("invalid syntax", TokenSet::new(&[COMMA, R_PAREN, COLON]));
            return;
        }
    }
    if p.at(EQ) {
        // `*args=1`
        p.error("var-positional argument cannot have default value");
        p.bump(EQ);
        expr(p);
    }
    m.complete(p, PARAM);
}
