//! The typed AST layer, the public API and diagnostics.

use std::path::Path;

use tauraro_syntax::ast::{
    self, AstNode, BinOp, CmpOp, LiteralKind, ParamKind, StringPart, UnaryOp,
};
use tauraro_syntax::{
    Dialect, LineIndex, SyntaxError, SyntaxKind, TextRange, cpython_style_error, lex, parse,
    render_diagnostics,
};

fn first_stmt(text: &str) -> ast::Stmt {
    let parse = parse(text, Dialect::Python);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
    parse.tree().stmts().next().unwrap()
}

fn expr(text: &str) -> ast::Expr {
    match first_stmt(text) {
        ast::Stmt::ExprStmt(s) => s.expr().unwrap(),
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn binary_unary_and_bool_operators() {
    let ast::Expr::BinExpr(e) = expr("a + b * c") else {
        panic!()
    };
    assert_eq!(e.op(), Some(BinOp::Add));
    let Some(ast::Expr::BinExpr(rhs)) = e.rhs() else {
        panic!()
    };
    assert_eq!(rhs.op(), Some(BinOp::Mult));
    assert_eq!(e.lhs().unwrap().syntax().to_string(), "a");
    // `-2 ** 2` is `-(2 ** 2)`.
    let ast::Expr::UnaryExpr(u) = expr("-2 ** 2") else {
        panic!()
    };
    assert_eq!(u.op(), Some(UnaryOp::USub));
    assert!(matches!(u.operand(), Some(ast::Expr::BinExpr(b)) if b.op() == Some(BinOp::Pow)));
    let ast::Expr::BoolOpExpr(b) = expr("a or b or c") else {
        panic!()
    };
    assert_eq!(b.op(), Some(ast::BoolOp::Or));
    assert_eq!(b.exprs().count(), 3);
}

#[test]
fn comparison_chain() {
    let ast::Expr::CompareExpr(c) = expr("a < b not in c is not d == e") else {
        panic!()
    };
    let ops: Vec<CmpOp> = c.ops().into_iter().map(|(op, _)| op).collect();
    assert_eq!(ops, [CmpOp::Lt, CmpOp::NotIn, CmpOp::IsNot, CmpOp::Eq]);
    assert_eq!(c.left().unwrap().to_string(), "a");
    assert_eq!(c.comparators().count(), 4);
}

#[test]
fn assignments() {
    let ast::Stmt::AssignStmt(a) = first_stmt("a = b.c = d, e\n") else {
        panic!()
    };
    assert_eq!(a.targets().len(), 2);
    assert!(matches!(a.value(), Some(ast::Expr::TupleExpr(_))));
    let ast::Stmt::AugAssignStmt(a) = first_stmt("x //= 2\n") else {
        panic!()
    };
    assert_eq!(a.op(), Some(BinOp::FloorDiv));
    assert_eq!(a.target().unwrap().to_string(), "x");
    let ast::Stmt::AnnAssignStmt(a) = first_stmt("x: int = 1\n") else {
        panic!()
    };
    assert_eq!(a.annotation().unwrap().to_string(), "int");
    assert_eq!(a.value().unwrap().to_string(), "1");
}

#[test]
fn literals_and_numbers() {
    let ast::Expr::LiteralExpr(l) = expr("0x_FF") else {
        panic!()
    };
    assert_eq!(l.kind(), Some(LiteralKind::Int));
    assert_eq!(l.number_text().as_deref(), Some("0xFF"));
    let ast::Expr::LiteralExpr(l) = expr("1_0.5e3j") else {
        panic!()
    };
    assert_eq!(l.kind(), Some(LiteralKind::Imag));
    let ast::Expr::LiteralExpr(l) = expr("...") else {
        panic!()
    };
    assert_eq!(l.kind(), Some(LiteralKind::Ellipsis));
}

#[test]
fn strings_and_fstrings() {
    let ast::Expr::StringExpr(s) = expr(r#"'a\n' R"b" f"c{d!r:>{w}}e" "#) else {
        panic!()
    };
    let parts = s.parts();
    assert_eq!(parts.len(), 3);
    let StringPart::Literal(a) = &parts[0] else {
        panic!()
    };
    assert_eq!(a.content(), r"a\n");
    assert_eq!(a.value().unwrap(), ast::StringValue::Str("a\n".into()));
    let StringPart::Literal(b) = &parts[1] else {
        panic!()
    };
    assert!(b.flags().raw && !b.flags().bytes);
    let StringPart::FString(f) = &parts[2] else {
        panic!()
    };
    assert!(s.has_fstring());
    let elements = f.elements();
    assert_eq!(elements.len(), 3);
    let ast::FStringElement::Field(field) = &elements[1] else {
        panic!()
    };
    assert_eq!(field.conversion(), Some('r'));
    assert_eq!(field.expr().unwrap().to_string(), "d");
    let spec = field.format_spec().unwrap().elements();
    assert_eq!(spec.len(), 2);
    let ast::Expr::StringExpr(s) = expr(r#"f"{x = }""#) else {
        panic!()
    };
    let StringPart::FString(f) = &s.parts()[0] else {
        panic!()
    };
    let ast::FStringElement::Field(field) = &f.elements()[0] else {
        panic!()
    };
    assert_eq!(field.debug_text().as_deref(), Some("x = "));
    assert_eq!(
        ast::unescape(r"\x41\u00e9\101\q", false, false).unwrap(),
        ast::StringValue::Str("Aé\u{41}\\q".into())
    );
    assert_eq!(
        ast::unescape(r"\xff", false, true).unwrap(),
        ast::StringValue::Bytes(vec![0xff])
    );
}

#[test]
fn subscripts_slices_dicts_calls() {
    let ast::Expr::SubscriptExpr(s) = expr("x[1:2, ::3]") else {
        panic!()
    };
    let Some(ast::Expr::TupleExpr(t)) = s.slice() else {
        panic!()
    };
    let slices: Vec<ast::Expr> = t.exprs().collect();
    let ast::Expr::SliceExpr(a) = &slices[0] else {
        panic!()
    };
    assert_eq!(
        (a.lower().is_some(), a.upper().is_some(), a.step().is_some()),
        (true, true, false)
    );
    let ast::Expr::SliceExpr(b) = &slices[1] else {
        panic!()
    };
    assert_eq!(
        (
            b.lower().is_some(),
            b.upper().is_some(),
            b.step().unwrap().to_string()
        ),
        (false, false, "3".into())
    );
    let ast::Expr::DictExpr(d) = expr("{1: 2, **m}") else {
        panic!()
    };
    let items: Vec<ast::DictItem> = d.dict_items().collect();
    assert_eq!(items[0].key().unwrap().to_string(), "1");
    assert_eq!(items[0].value().unwrap().to_string(), "2");
    assert!(items[1].is_unpack() && items[1].key().is_none());
    let ast::Expr::CallExpr(c) = expr("f(a, *b, k=1, **kw)") else {
        panic!()
    };
    let args = c.arg_list().unwrap();
    assert_eq!(args.exprs().count(), 2);
    let kws: Vec<ast::Keyword> = args.keywords().collect();
    assert_eq!(kws[0].name().unwrap().text(), "k");
    assert!(kws[1].is_unpack());
    let ast::Expr::CallExpr(c) = expr("f(x for x in y)") else {
        panic!()
    };
    assert!(matches!(
        c.arg_list().unwrap().exprs().next(),
        Some(ast::Expr::GeneratorExpr(_))
    ));
}

#[test]
fn functions_and_parameters() {
    let ast::Stmt::FunctionDef(f) =
        first_stmt("@d\nasync def f(a, /, b=1, *c, d: int, **e) -> T: pass\n")
    else {
        panic!()
    };
    assert!(f.is_async());
    assert_eq!(f.name().unwrap().text(), "f");
    assert_eq!(f.decorators().count(), 1);
    assert_eq!(f.returns().unwrap().to_string(), "T");
    let params = f.param_list().unwrap();
    let kinds: Vec<ParamKind> = params.params().map(|p| p.kind()).collect();
    assert_eq!(
        kinds,
        [
            ParamKind::Normal,
            ParamKind::PositionalOnlyMarker,
            ParamKind::Normal,
            ParamKind::VarPositional,
            ParamKind::Normal,
            ParamKind::VarKeyword
        ]
    );
    let args = params.arguments();
    assert_eq!(args.posonlyargs.len(), 1);
    assert_eq!(args.args.len(), 1);
    assert_eq!(args.args[0].default_value().unwrap().to_string(), "1");
    assert_eq!(args.kwonlyargs[0].annotation().unwrap().to_string(), "int");
    assert!(args.vararg.is_some() && args.kwarg.is_some());
    assert_eq!(f.body().unwrap().stmts().count(), 1);
}

#[test]
fn statements() {
    let ast::Stmt::ImportFromStmt(i) = first_stmt("from ...a.b import (c as d, e)\n") else {
        panic!()
    };
    assert_eq!(i.level(), 3);
    assert_eq!(i.module().unwrap().text(), "a.b");
    let names: Vec<ast::ImportAlias> = i.names().collect();
    assert_eq!(names[0].asname().unwrap().text(), "d");
    let ast::Stmt::IfStmt(s) = first_stmt("if a: pass\nelif b: pass\nelif c: pass\nelse: pass\n")
    else {
        panic!()
    };
    assert_eq!(s.elif_clauses().count(), 2);
    assert!(s.else_clause().is_some());
    let ast::Stmt::TryStarStmt(t) = first_stmt("try: pass\nexcept* E as e: pass\n") else {
        panic!()
    };
    let h = t.except_handlers().next().unwrap();
    assert!(h.is_star());
    assert_eq!(h.name().unwrap().text(), "e");
    let ast::Stmt::WithStmt(w) = first_stmt("with (a as b, c): pass\n") else {
        panic!()
    };
    let items: Vec<ast::WithItem> = w.with_items().collect();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].optional_vars().unwrap().to_string(), "b");
    let ast::Stmt::ForStmt(f) = first_stmt("for a, b in c: pass\n") else {
        panic!()
    };
    assert!(matches!(f.target(), Some(ast::Expr::TupleExpr(_))));
    assert_eq!(f.iter().unwrap().to_string(), "c");
}

#[test]
fn match_patterns() {
    let ast::Stmt::MatchStmt(m) = first_stmt(
        "match x:\n    case [a, *_] | {'k': _} if a:\n        pass\n    case _:\n        pass\n",
    ) else {
        panic!()
    };
    let cases: Vec<ast::MatchCase> = m.match_cases().collect();
    assert_eq!(cases.len(), 2);
    assert!(matches!(
        cases[0].pattern(),
        Some(ast::Pattern::MatchOrPat(_))
    ));
    assert!(cases[0].guard().is_some());
    let Some(ast::Pattern::MatchAsPat(w)) = cases[1].pattern() else {
        panic!()
    };
    assert!(w.is_wildcard());
}

#[test]
fn dialect_and_lexer_api() {
    assert_eq!(Dialect::from_path(Path::new("a/b.tr")), Dialect::Tauraro);
    assert_eq!(Dialect::from_path(Path::new("a/b.py")), Dialect::Python);
    let toks = lex("if x:\n    y\n", Dialect::Python);
    let kinds: Vec<SyntaxKind> = toks.iter().map(|t| t.kind).collect();
    use SyntaxKind::*;
    assert_eq!(
        kinds,
        [
            IF_KW, WHITESPACE, IDENT, COLON, NEWLINE, WHITESPACE, INDENT, IDENT, NEWLINE, DEDENT
        ]
    );
}

#[test]
fn diagnostics() {
    let text = "s = 'é'\nif x\n    pass\n";
    let parse = parse(text, Dialect::Python);
    assert_eq!(parse.errors().len(), 1, "{:?}", parse.errors());
    let index = LineIndex::new(text);
    let lc = index.line_col(parse.errors()[0].range.start());
    assert_eq!((lc.line, lc.col), (2, 5));
    let rendered = render_diagnostics("t.py", text, parse.errors());
    assert!(rendered.contains("t.py:2:5"), "{rendered}");
    assert!(rendered.contains("expected ':'"));
    // Non-ASCII before the error on the same line: columns count characters.
    let err = SyntaxError::new("boom", TextRange::new(6.into(), 7.into()));
    let rendered = render_diagnostics("t.py", "'é' + $\n", std::slice::from_ref(&err));
    assert!(rendered.contains("t.py:1:6"), "{rendered}");
    let short = cpython_style_error("t.py", "'é' + $\n", &err);
    assert_eq!(
        short,
        "  File \"t.py\", line 1\n    'é' + $\n         ^\nSyntaxError: boom\n"
    );
}

#[test]
fn debug_dump_lists_errors() {
    let dump = parse("x = (\n", Dialect::Python).debug_dump();
    assert!(dump.starts_with("MODULE@0..6\n"));
    assert!(dump.contains("error 4..5: '(' was never closed"), "{dump}");
}

#[test]
fn named_unicode_escapes_follow_cpython() {
    let text = |source: &str| match ast::unescape(source, false, false) {
        Ok(ast::StringValue::Str(text)) => text,
        other => panic!("{source}: {other:?}"),
    };
    let error = |source: &str| ast::unescape(source, false, false).unwrap_err().message;
    assert_eq!(text(r"\N{GREEK SMALL LETTER ALPHA}"), "α");
    assert_eq!(text(r"\N{greek small letter alpha}!"), "α!");
    assert_eq!(text(r"\N{LINE FEED}\N{BEL}\N{LF}"), "\n\u{7}\n");
    assert_eq!(
        text(r"\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"),
        "각一"
    );
    let codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
    assert_eq!(
        error(r"ab\N{FOO}"),
        format!("{codec} 2-8: unknown Unicode character name")
    );
    assert_eq!(
        error(r"é\N{FOO}"),
        format!("{codec} 10-16: unknown Unicode character name")
    );
    for (source, span) in [
        (r"\N{FOO", "0-5"),
        (r"\N", "0-1"),
        (r"\N{}", "0-2"),
        (r"\Nx", "0-1"),
    ] {
        assert_eq!(
            error(source),
            format!("{codec} {span}: malformed \\N character escape")
        );
    }
    for name in [
        "hangul syllable ga",
        "CJK UNIFIED IDEOGRAPH-4e00",
        "SPACE ",
        "LATIN_SMALL LETTER A",
    ] {
        assert_eq!(
            error(&format!(r"\N{{{name}}}")),
            format!(
                "{codec} 0-{}: unknown Unicode character name",
                name.len() + 3
            )
        );
    }
    assert_eq!(
        error(r"ab\u12"),
        format!("{codec} 2-5: truncated \\uXXXX escape")
    );
    assert_eq!(
        error(r"\x4g"),
        format!("{codec} 0-2: truncated \\xXX escape")
    );
    assert_eq!(
        error(r"\U00110000"),
        format!("{codec} 0-9: illegal Unicode character")
    );
}
