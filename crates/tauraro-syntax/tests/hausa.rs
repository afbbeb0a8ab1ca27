//! Hausa keywords: a `.tr` program parses to the same tree shape as its English twin, and in
//! `.py` files the Hausa words are plain names.

use tauraro_syntax::{Dialect, SyntaxKind, SyntaxNode, WalkEvent, lex, parse};

/// The tree's kinds and nesting, without token text or offsets.
fn shape(node: &SyntaxNode) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    for event in node.preorder_with_tokens() {
        match event {
            WalkEvent::Enter(el) => {
                if !el.kind().is_trivia() {
                    out.push(format!("{depth} {:?}", el.kind()));
                }
                depth += 1;
            }
            WalkEvent::Leave(_) => depth -= 1,
        }
    }
    out
}

fn data(path: &str) -> String {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("test_data")
        .join(path);
    std::fs::read_to_string(full).unwrap()
}

#[test]
fn hausa_program_has_the_shape_of_its_english_twin() {
    let hausa = parse(&data("parser/ok/hausa.tr"), Dialect::Tauraro);
    let english = parse(&data("hausa/twin_of_ok_hausa.py"), Dialect::Python);
    assert!(hausa.errors().is_empty(), "{:?}", hausa.errors());
    assert!(english.errors().is_empty(), "{:?}", english.errors());
    assert_eq!(shape(&hausa.syntax_node()), shape(&english.syntax_node()));
    // Spot checks: the Hausa spelling is kept, with the English kind.
    let text = hausa.syntax_node().to_string();
    assert!(text.contains("kokuma\tidan"));
    let kinds: Vec<(SyntaxKind, String)> = hausa
        .syntax_node()
        .descendants_with_tokens()
        .filter_map(|e| e.into_token())
        .map(|t| (t.kind(), t.text().to_owned()))
        .collect();
    for (kind, word) in [
        (SyntaxKind::ELIF_KW, "kokuma idan"),
        (SyntaxKind::LAMBDA_KW, "dan_aiki"),
        (SyntaxKind::TRUE_KW, "gaskiyane"),
        (SyntaxKind::NONLOCAL_KW, "ba_gida"),
        (SyntaxKind::MATCH_KW, "daidaita"),
        (SyntaxKind::CASE_KW, "yanayi"),
        (SyntaxKind::IS_KW, "shine"),
    ] {
        assert!(
            kinds.contains(&(kind, word.to_owned())),
            "{word} should be {kind:?}"
        );
    }
}

#[test]
fn hausa_words_are_names_in_python_files() {
    let parse = parse("ko = 1; ba = ko\nidan = aiki(duk)\n", Dialect::Python);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
    let idents = parse
        .syntax_node()
        .descendants_with_tokens()
        .filter_map(|e| e.into_token())
        .filter(|t| t.kind() == SyntaxKind::IDENT)
        .count();
    assert_eq!(idents, 6);
    assert!(
        lex("ko ba", Dialect::Python)
            .iter()
            .all(|t| t.kind != SyntaxKind::OR_KW)
    );
}

#[test]
fn kokuma_idan_is_one_token_with_any_horizontal_space() {
    for text in [
        "kokuma idan",
        "kokuma   idan",
        "kokuma\tidan",
        "kokuma \t idan",
    ] {
        let toks = lex(text, Dialect::Tauraro);
        assert_eq!(toks[0].kind, SyntaxKind::ELIF_KW, "{text:?}");
        assert_eq!(usize::from(toks[0].range.len()), text.len());
    }
    // Not across a line break, and not `kokumaidan` or `kokuma idanx`.
    assert_eq!(
        lex("kokuma\nidan", Dialect::Tauraro)[0].kind,
        SyntaxKind::IDENT
    );
    assert_eq!(
        lex("kokumaidan", Dialect::Tauraro)[0].kind,
        SyntaxKind::IDENT
    );
    assert_eq!(
        lex("kokuma idanx", Dialect::Tauraro)[0].kind,
        SyntaxKind::IDENT
    );
}

#[test]
fn hausa_soft_keywords_stay_names() {
    let parse = parse("daidaita = 1\nyanayi = daidaita\n", Dialect::Tauraro);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
}

#[test]
fn errors_name_the_keyword_as_written() {
    let p = parse("idan x:\nwuce\n", Dialect::Tauraro);
    assert_eq!(
        p.errors()[0].message,
        "expected an indented block after 'idan' statement on line 1"
    );
    let p = parse("aiki f():\nwuce\n", Dialect::Tauraro);
    assert_eq!(
        p.errors()[0].message,
        "expected an indented block after function definition on line 1"
    );
}
