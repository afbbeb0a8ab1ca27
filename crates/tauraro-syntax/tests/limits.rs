//! Huge generated inputs: no stack overflow (tests run on 2 MiB threads), CPython's limits and
//! messages, and lossless trees.

use tauraro_syntax::{Dialect, Parse, parse};

fn check(text: &str) -> Parse {
    let parse = parse(text, Dialect::Python);
    assert_eq!(
        parse.syntax_node().to_string(),
        text,
        "tree text differs from input"
    );
    parse
}

fn messages(parse: &Parse) -> Vec<&str> {
    parse.errors().iter().map(|e| e.message.as_str()).collect()
}

#[test]
fn two_hundred_parentheses_are_fine() {
    let text = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    let parse = check(&text);
    assert!(parse.errors().is_empty(), "{:?}", parse.errors());
}

#[test]
fn too_many_nested_parentheses() {
    let text = format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201));
    let parse = check(&text);
    assert_eq!(messages(&parse), ["too many nested parentheses"]);
}

#[test]
fn very_deep_brackets_do_not_overflow() {
    for open in ["(", "[", "{", "f(", "a["] {
        let text = format!("x = {}\n", open.repeat(50_000));
        let parse = check(&text);
        assert!(
            messages(&parse).contains(&"too many nested parentheses"),
            "{open}"
        );
    }
}

#[test]
fn deep_unary_is_too_complex() {
    for op in ["-", "not ", "~", "+", "lambda: ", "* "] {
        let text = format!("{}1\n", op.repeat(10_000));
        let parse = check(&text);
        assert!(
            messages(&parse).contains(&"too complex to parse"),
            "{op}: {:?}",
            messages(&parse)
        );
    }
}

#[test]
fn deep_right_associative_chains() {
    for op in ["**", " if 1 else "] {
        let text = format!("x = 1{}\n", format!("{op}1").repeat(10_000));
        let parse = check(&text);
        assert!(messages(&parse).contains(&"too complex to parse"), "{op}");
    }
    // Left-associative chains are loops in the parser but nest in the tree: 4000 links are
    // fine, 50,000 are too complex (CPython's compiler gives up on those as well).
    for link in [" + 1", ".a", "()", "[0]"] {
        let text = format!("x = y{}\n", link.repeat(4000));
        assert!(check(&text).errors().is_empty(), "{link}");
        let text = format!("x = y{}\n", link.repeat(50_000));
        assert_eq!(messages(&check(&text)), ["too complex to parse"], "{link}");
    }
}

#[test]
fn moderately_deep_nesting_is_fine() {
    // 100 levels mixing brackets and unary operators parse without errors.
    let text = format!("x = {}1{}\n", "-(not [".repeat(60), "])".repeat(60));
    let parse = check(&text);
    assert!(parse.errors().is_empty(), "{:?}", messages(&parse));
}

#[test]
fn too_many_indentation_levels() {
    let mut text = String::new();
    for i in 0..120 {
        text.push_str(&" ".repeat(i));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(120));
    text.push_str("pass\n");
    let parse = check(&text);
    assert!(messages(&parse).contains(&"too many levels of indentation"));
    let mut ok = String::new();
    for i in 0..99 {
        ok.push_str(&" ".repeat(i));
        ok.push_str("if x:\n");
    }
    ok.push_str(&" ".repeat(99));
    ok.push_str("pass\n");
    assert!(check(&ok).errors().is_empty(), "{:?}", check(&ok).errors());
}

#[test]
fn deep_patterns_and_fstrings() {
    let text = format!(
        "match x:\n    case {}a{}:\n        pass\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    check(&text);
    let text = format!("x = {}\n", "f'{".repeat(3000));
    check(&text);
    let text = format!("x = f'{{x:{}}}'\n", "{y:".repeat(3000));
    check(&text);
}

#[test]
fn long_flat_inputs() {
    let text = "x = 1\n".repeat(100_000);
    assert!(check(&text).errors().is_empty());
    let text = format!("x = [{}]\n", "1, ".repeat(100_000));
    assert!(check(&text).errors().is_empty());
    let text = "(".repeat(100_000);
    check(&text);
    let text = ")".repeat(100_000);
    check(&text);
}
