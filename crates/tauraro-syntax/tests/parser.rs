//! Data-driven parser tests: `test_data/parser/{ok,err}/NAME.{py,tr}` beside `NAME.rast`, the
//! tree dump (plus error lines). Update the dumps with `UPDATE_EXPECT=1 cargo test`.
//! `ok` files must parse without errors, `err` files with at least one; every tree must be
//! lossless.

use std::path::{Path, PathBuf};

use tauraro_syntax::{Dialect, parse};

fn data_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("test_data")
        .join(sub)
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("py" | "tr")))
        .collect();
    files.sort();
    files
}

fn run(sub: &str, expect_errors: bool) {
    let files = sources(&data_dir(sub));
    assert!(files.len() >= 10, "too few test files in {sub}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let parse = parse(&text, Dialect::from_path(&path));
        assert_eq!(
            parse.syntax_node().to_string(),
            text,
            "{}: not lossless",
            path.display()
        );
        let errors = parse.errors();
        if expect_errors {
            assert!(
                !errors.is_empty(),
                "{}: expected syntax errors, got none",
                path.display()
            );
        } else {
            assert!(
                errors.is_empty(),
                "{}: unexpected errors: {errors:?}",
                path.display()
            );
        }
        expect_test::expect_file![path.with_extension("rast")].assert_eq(&parse.debug_dump());
    }
}

#[test]
fn parser_ok() {
    run("parser/ok", false);
}

#[test]
fn parser_err() {
    run("parser/err", true);
}

#[test]
fn lexer_snapshots() {
    let files = sources(&data_dir("lexer"));
    assert!(!files.is_empty());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let lexed = tauraro_syntax::Lexed::new(&text, Dialect::from_path(&path));
        let mut dump = String::new();
        let mut rebuilt = String::new();
        for tok in lexed.tokens() {
            let t = &text[tok.range];
            rebuilt.push_str(t);
            dump.push_str(&format!("{:?} {:?}\n", tok.kind, t));
        }
        for e in lexed.errors() {
            dump.push_str(&format!("error {:?}: {}\n", e.range, e.message));
        }
        assert_eq!(
            rebuilt,
            text,
            "{}: tokens do not cover the input",
            path.display()
        );
        expect_test::expect_file![path.with_extension("tokens")].assert_eq(&dump);
    }
}
