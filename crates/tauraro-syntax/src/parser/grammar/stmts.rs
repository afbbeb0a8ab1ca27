//! Statements: the module, blocks, simple and compound statements.

use super::exprs::{
    self, BP_BITOR, EXPR_FIRST, arg_list, expr, expr_bp, named_expr, param_list, star_expressions,
    target_list, yield_or_star_expressions,
};
use super::{name, patterns};
use crate::SyntaxKind::{self, *};
use crate::TextRange;
use crate::parser::{Marker, Parser};
use crate::token_set::TokenSet;

const LINE_END: TokenSet = TokenSet::new(&[NEWLINE, EOF]);

const AUG_ASSIGN: TokenSet = TokenSet::new(&[
    PLUSEQ, MINUSEQ, STAREQ, ATEQ, SLASHEQ, PERCENTEQ, AMPEQ, PIPEEQ, CARETEQ, SHLEQ, SHREQ,
    STAR2EQ, SLASH2EQ,
]);

/// Keywords that start a compound statement (not allowed after `;` or in an inline suite).
const COMPOUND_FIRST: TokenSet = TokenSet::new(&[
    IF_KW, WHILE_KW, FOR_KW, TRY_KW, WITH_KW, DEF_KW, CLASS_KW, AT, ELIF_KW, ELSE_KW, EXCEPT_KW,
    FINALLY_KW,
]);

pub(crate) fn module(p: &mut Parser<'_>) {
    let m = p.start();
    stmt_list(p, false);
    m.complete(p, MODULE);
}

/// Statements until EOF (or, in a block, the DEDENT).
fn stmt_list(p: &mut Parser<'_>, in_block: bool) {
    loop {
        let before = p.token_pos();
        match p.current() {
            EOF => break,
            DEDENT if in_block => break,
            NEWLINE => p.bump(NEWLINE),
            INDENT => unexpected_indent(p),
            DEDENT | SEMI => p.err_and_bump("invalid syntax"),
            _ => statement(p),
        }
        if p.token_pos() == before {
            debug_assert!(false, "statement list made no progress");
            p.err_and_bump("invalid syntax");
        }
    }
}

fn unexpected_indent(p: &mut Parser<'_>) {
    let range = p.nth_range(1);
    p.error_at(range, "unexpected indent");
    let m = p.start();
    p.bump(INDENT);
    if p.enter() {
        stmt_list(p, true);
        p.leave();
    }
    p.eat(DEDENT);
    m.complete(p, ERROR);
}

fn statement(p: &mut Parser<'_>) {
    if !p.enter() {
        p.eat(NEWLINE);
        return;
    }
    match p.current() {
        IF_KW => if_stmt(p),
        WHILE_KW => while_stmt(p),
        FOR_KW => {
            let m = p.start();
            for_stmt(p, m)
        }
        TRY_KW => try_stmt(p),
        WITH_KW => {
            let m = p.start();
            with_stmt(p, m)
        }
        DEF_KW => {
            let m = p.start();
            func_def(p, m)
        }
        CLASS_KW => {
            let m = p.start();
            class_def(p, m)
        }
        AT => decorated(p),
        ASYNC_KW if p.nth_at(1, DEF_KW) => {
            let m = p.start();
            func_def(p, m)
        }
        ASYNC_KW if p.nth_at(1, FOR_KW) => {
            let m = p.start();
            for_stmt(p, m)
        }
        ASYNC_KW if p.nth_at(1, WITH_KW) => {
            let m = p.start();
            with_stmt(p, m)
        }
        IDENT if p.at_contextual_kw(MATCH_KW) && is_match_stmt(p) => match_stmt(p),
        _ => simple_stmts(p),
    }
    p.leave();
}

/// `a; b; c NEWLINE`
fn simple_stmts(p: &mut Parser<'_>) {
    loop {
        simple_stmt(p);
        if p.eat(SEMI) {
            if p.at_ts(LINE_END) {
                break;
            }
            continue;
        }
        break;
    }
    if !p.eat(NEWLINE) && !p.at(EOF) {
        p.error("invalid syntax");
        p.skip_line();
        p.eat(NEWLINE);
    }
}

fn simple_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    let kind = match p.current() {
        PASS_KW => {
            p.bump(PASS_KW);
            PASS_STMT
        }
        BREAK_KW => {
            p.bump(BREAK_KW);
            BREAK_STMT
        }
        CONTINUE_KW => {
            p.bump(CONTINUE_KW);
            CONTINUE_STMT
        }
        RETURN_KW => {
            p.bump(RETURN_KW);
            if p.at_ts(EXPR_FIRST) {
                star_expressions(p);
            }
            RETURN_STMT
        }
        RAISE_KW => {
            p.bump(RAISE_KW);
            if p.at_ts(EXPR_FIRST) {
                expr(p);
                if p.eat(FROM_KW) {
                    expr(p);
                }
            }
            RAISE_STMT
        }
        GLOBAL_KW | NONLOCAL_KW => {
            let kind = if p.at(GLOBAL_KW) {
                GLOBAL_STMT
            } else {
                NONLOCAL_STMT
            };
            p.bump_any();
            name(p);
            while p.eat(COMMA) {
                name(p);
            }
            kind
        }
        DEL_KW => {
            p.bump(DEL_KW);
            loop {
                expr_bp(p, BP_BITOR);
                if !p.eat(COMMA) || !p.at_ts(EXPR_FIRST) {
                    break;
                }
            }
            DELETE_STMT
        }
        ASSERT_KW => {
            p.bump(ASSERT_KW);
            expr(p);
            if p.eat(COMMA) {
                expr(p);
            }
            ASSERT_STMT
        }
        IMPORT_KW => {
            p.bump(IMPORT_KW);
            loop {
                import_alias(p, true);
                if !p.eat(COMMA) {
                    break;
                }
            }
            IMPORT_STMT
        }
        FROM_KW => {
            import_from(p);
            IMPORT_FROM_STMT
        }
        IDENT if p.at_contextual_kw(TYPE_KW) && p.nth_at(1, IDENT) && p.nth_at(2, EQ) => {
            p.bump_remap(TYPE_KW);
            name(p);
            p.bump(EQ);
            expr(p);
            TYPE_ALIAS_STMT
        }
        k if COMPOUND_FIRST.contains(k) => {
            p.error("invalid syntax");
            p.skip_line();
            // Swallow the clause's indented body too, instead of reporting it as unexpected.
            if p.at(NEWLINE) && p.nth_at(1, INDENT) {
                p.bump(NEWLINE);
                p.bump(INDENT);
                stmt_list(p, true);
                p.eat(DEDENT);
            }
            ERROR
        }
        _ => return expr_stmt(p, m),
    };
    m.complete(p, kind);
}

/// Expression statements and assignments.
fn expr_stmt(p: &mut Parser<'_>, m: Marker) {
    let start = p.token_pos();
    let start_range = p.nth_range(0);
    let Some(first) = yield_or_star_expressions(p) else {
        m.abandon(p);
        if !p.at_ts(LINE_END) && !p.at(SEMI) {
            p.skip_line();
        }
        return;
    };
    // Python 2's `print x` and `exec code`.
    if first.kind() == NAME_EXPR
        && p.token_pos() == start + 1
        && p.at_ts(EXPR_FIRST)
        && !p.at(L_PAREN)
        && matches!(p.token_text(start), "print" | "exec")
    {
        let word = p.token_text(start);
        p.error_at(
            start_range,
            format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
        );
        p.skip_line();
        m.complete(p, EXPR_STMT);
        return;
    }
    let kind = match p.current() {
        EQ => {
            while p.eat(EQ) {
                if yield_or_star_expressions(p).is_none() {
                    break;
                }
            }
            ASSIGN_STMT
        }
        k if AUG_ASSIGN.contains(k) => {
            p.bump(k);
            yield_or_star_expressions(p);
            AUG_ASSIGN_STMT
        }
        COLON => {
            p.bump(COLON);
            expr(p);
            if p.eat(EQ) {
                yield_or_star_expressions(p);
            }
            ANN_ASSIGN_STMT
        }
        _ => EXPR_STMT,
    };
    m.complete(p, kind);
}

fn import_alias(p: &mut Parser<'_>, dotted: bool) {
    let m = p.start();
    let d = p.start();
    name(p);
    while dotted && p.eat(DOT) {
        name(p);
    }
    d.complete(p, DOTTED_NAME);
    if p.eat(AS_KW) {
        name(p);
    }
    m.complete(p, IMPORT_ALIAS);
}

fn import_from(p: &mut Parser<'_>) {
    p.bump(FROM_KW);
    let mut dots = false;
    while p.at(DOT) || p.at(ELLIPSIS) {
        p.bump_any();
        dots = true;
    }
    if p.at(IDENT) {
        let d = p.start();
        name(p);
        while p.eat(DOT) {
            name(p);
        }
        d.complete(p, DOTTED_NAME);
    } else if !dots {
        p.error("invalid syntax");
    }
    if !p.expect(IMPORT_KW) {
        p.skip_line();
        return;
    }
    if p.eat(STAR) {
        return;
    }
    if p.eat(L_PAREN) {
        while !p.at(R_PAREN) && p.at(IDENT) {
            import_alias(p, false);
            if !p.eat(COMMA) {
                break;
            }
        }
        p.expect(R_PAREN);
        return;
    }
    loop {
        import_alias(p, false);
        if !p.eat(COMMA) {
            break;
        }
        if !p.at(IDENT) {
            p.error("trailing comma not allowed without surrounding parentheses");
            break;
        }
    }
}

// ---- compound statements ------------------------------------------------------------------

#[derive(Clone, Copy)]
enum HeaderKind {
    Stmt,
    Function,
    Class,
}

/// The keyword that introduced a block, for "expected an indented block after ..." errors.
#[derive(Clone, Copy)]
struct Header {
    range: TextRange,
    kind: HeaderKind,
}

fn header(p: &Parser<'_>, kind: HeaderKind) -> Header {
    Header {
        range: p.nth_range(0),
        kind,
    }
}

fn expect_colon(p: &mut Parser<'_>) {
    if p.eat(COLON) {
        return;
    }
    // Junk before the colon: `if x y:`.
    let mut i = 0;
    while !matches!(p.peek(i), NEWLINE | EOF | COLON) {
        i += 1;
    }
    if p.peek(i) == COLON && i > 0 && !p.at(ERROR) {
        p.error("invalid syntax");
        let m = p.start();
        while !p.at(COLON) {
            p.bump_any();
        }
        m.complete(p, ERROR);
        p.bump(COLON);
    } else {
        p.error("expected ':'");
    }
}

/// The body after a header's colon.
fn block(p: &mut Parser<'_>, hdr: Header) {
    let m = p.start();
    if p.eat(NEWLINE) {
        if p.eat(INDENT) {
            stmt_list(p, true);
            p.eat(DEDENT);
        } else {
            block_error(p, hdr);
        }
    } else if p.at(EOF) || p.at(DEDENT) || p.at(INDENT) {
        block_error(p, hdr);
    } else {
        simple_stmts(p);
    }
    m.complete(p, BLOCK);
}

fn block_error(p: &mut Parser<'_>, hdr: Header) {
    let line = p.line_of(hdr.range.start());
    let what = match hdr.kind {
        HeaderKind::Stmt => format!("'{}' statement", p.text_at(hdr.range)),
        HeaderKind::Function => "function definition".to_owned(),
        HeaderKind::Class => "class definition".to_owned(),
    };
    let range = p.nth_range(0);
    p.error_at(
        range,
        format!("expected an indented block after {what} on line {line}"),
    );
}

fn if_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(IF_KW);
    named_expr(p);
    expect_colon(p);
    block(p, hdr);
    while p.at(ELIF_KW) {
        let c = p.start();
        let hdr = header(p, HeaderKind::Stmt);
        p.bump(ELIF_KW);
        named_expr(p);
        expect_colon(p);
        block(p, hdr);
        c.complete(p, ELIF_CLAUSE);
    }
    else_clause(p);
    m.complete(p, IF_STMT);
}

fn else_clause(p: &mut Parser<'_>) {
    if !p.at(ELSE_KW) {
        return;
    }
    let c = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(ELSE_KW);
    expect_colon(p);
    block(p, hdr);
    c.complete(p, ELSE_CLAUSE);
}

fn while_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(WHILE_KW);
    named_expr(p);
    expect_colon(p);
    block(p, hdr);
    else_clause(p);
    m.complete(p, WHILE_STMT);
}

fn for_stmt(p: &mut Parser<'_>, m: Marker) {
    p.eat(ASYNC_KW);
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(FOR_KW);
    target_list(p);
    if p.expect(IN_KW) {
        star_expressions(p);
    }
    expect_colon(p);
    block(p, hdr);
    else_clause(p);
    m.complete(p, FOR_STMT);
}

fn try_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(TRY_KW);
    expect_colon(p);
    block(p, hdr);
    let mut star: Option<bool> = None;
    let mut handlers = 0;
    while p.at(EXCEPT_KW) {
        handlers += 1;
        let h = p.start();
        let hdr = header(p, HeaderKind::Stmt);
        p.bump(EXCEPT_KW);
        let is_star = p.eat(STAR);
        match star {
            None => star = Some(is_star),
            Some(s) if s != is_star => p.error_at(
                hdr.range,
                "cannot have both 'except' and 'except*' on the same 'try'",
            ),
            Some(_) => {}
        }
        if !p.at(COLON) {
            expr(p);
            if p.at(COMMA) {
                p.error("multiple exception types must be parenthesized");
                while !p.at(COLON) && !p.at_ts(LINE_END) && !p.at(AS_KW) {
                    p.bump_any();
                }
            }
            if p.eat(AS_KW) {
                name(p);
            }
        } else if is_star {
            p.error("expected one or more exception types");
        }
        expect_colon(p);
        block(p, hdr);
        h.complete(p, EXCEPT_HANDLER);
    }
    if p.at(ELSE_KW) && handlers == 0 {
        p.error("expected 'except' or 'finally' block");
    }
    else_clause(p);
    let mut has_finally = false;
    if p.at(FINALLY_KW) {
        has_finally = true;
        let c = p.start();
        let hdr = header(p, HeaderKind::Stmt);
        p.bump(FINALLY_KW);
        expect_colon(p);
        block(p, hdr);
        c.complete(p, FINALLY_CLAUSE);
    }
    if handlers == 0 && !has_finally {
        p.error("expected 'except' or 'finally' block");
    }
    m.complete(
        p,
        if star == Some(true) {
            TRY_STAR_STMT
        } else {
            TRY_STMT
        },
    );
}

fn with_stmt(p: &mut Parser<'_>, m: Marker) {
    p.eat(ASYNC_KW);
    let hdr = header(p, HeaderKind::Stmt);
    p.bump(WITH_KW);
    if p.at(L_PAREN) && parenthesized_with_items(p) {
        p.bump(L_PAREN);
        while !p.at(R_PAREN) && !p.at_ts(LINE_END) {
            with_item(p);
            if !p.eat(COMMA) {
                break;
            }
        }
        p.expect(R_PAREN);
    } else {
        loop {
            with_item(p);
            if !p.eat(COMMA) {
                break;
            }
        }
    }
    expect_colon(p);
    block(p, hdr);
    m.complete(p, WITH_STMT);
}

/// `with (a as b, c):` — the parentheses enclose the items iff a colon follows the matching `)`.
fn parenthesized_with_items(p: &Parser<'_>) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    loop {
        match p.peek(i) {
            L_PAREN | L_BRACK | L_CURLY => depth += 1,
            R_PAREN | R_BRACK | R_CURLY => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return p.peek(i + 1) == COLON;
                }
            }
            NEWLINE | EOF => return false,
            _ => {}
        }
        i += 1;
    }
}

fn with_item(p: &mut Parser<'_>) {
    let m = p.start();
    expr(p);
    if p.eat(AS_KW) {
        expr_bp(p, BP_BITOR);
    }
    m.complete(p, WITH_ITEM);
}

fn func_def(p: &mut Parser<'_>, m: Marker) {
    let hdr = header(p, HeaderKind::Function);
    p.eat(ASYNC_KW);
    p.bump(DEF_KW);
    name(p);
    if p.at(L_PAREN) {
        param_list(p, false);
    } else {
        p.error("expected '('");
    }
    if p.eat(THIN_ARROW) {
        expr(p);
    }
    expect_colon(p);
    block(p, hdr);
    m.complete(p, FUNCTION_DEF);
}

fn class_def(p: &mut Parser<'_>, m: Marker) {
    let hdr = header(p, HeaderKind::Class);
    p.bump(CLASS_KW);
    name(p);
    if p.at(L_PAREN) {
        arg_list(p);
    }
    expect_colon(p);
    block(p, hdr);
    m.complete(p, CLASS_DEF);
}

fn decorated(p: &mut Parser<'_>) {
    let m = p.start();
    while p.at(AT) {
        let d = p.start();
        p.bump(AT);
        named_expr(p);
        if !p.eat(NEWLINE) {
            p.error("invalid syntax");
            p.skip_line();
            p.eat(NEWLINE);
        }
        d.complete(p, DECORATOR);
    }
    match p.current() {
        DEF_KW => func_def(p, m),
        ASYNC_KW if p.nth_at(1, DEF_KW) => func_def(p, m),
        CLASS_KW => class_def(p, m),
        _ => {
            p.error("invalid syntax");
            m.complete(p, ERROR);
        }
    }
}

/// `match` starts a match statement iff an expression follows and the line ends with `:`.
fn is_match_stmt(p: &Parser<'_>) -> bool {
    let next = p.peek(1);
    if !EXPR_FIRST.contains(next) && next != IDENT {
        return false;
    }
    let mut i = 1;
    while !matches!(p.peek(i), NEWLINE | EOF) {
        i += 1;
    }
    p.peek(i - 1) == COLON
}

fn match_stmt(p: &mut Parser<'_>) {
    let m = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump_remap(MATCH_KW);
    star_expressions(p);
    expect_colon(p);
    if p.eat(NEWLINE) && p.eat(INDENT) {
        while !p.at(DEDENT) && !p.at(EOF) {
            let before = p.token_pos();
            if p.at_contextual_kw(CASE_KW) {
                case_block(p);
            } else if p.at(INDENT) {
                unexpected_indent(p);
            } else {
                p.error("invalid syntax");
                p.skip_line();
                p.eat(NEWLINE);
            }
            if p.token_pos() == before {
                p.err_and_bump("invalid syntax");
            }
        }
        p.eat(DEDENT);
    } else {
        block_error(p, hdr);
        if !p.at_ts(LINE_END) {
            p.skip_line();
        }
    }
    m.complete(p, MATCH_STMT);
}

fn case_block(p: &mut Parser<'_>) {
    let m = p.start();
    let hdr = header(p, HeaderKind::Stmt);
    p.bump_remap(CASE_KW);
    patterns::patterns(p);
    if p.eat(IF_KW) {
        named_expr(p);
    }
    expect_colon(p);
    block(p, hdr);
    m.complete(p, MATCH_CASE);
}

#[allow(dead_code)]
fn _kinds_used(_: SyntaxKind) {
    let _ = exprs::EXPR_RECOVERY;
}
