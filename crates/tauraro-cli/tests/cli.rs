//! End-to-end tests of the `tauraro` binary.

use std::process::Command;

fn tauraro(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("tauraro-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn parse_ok_file_exits_zero() {
    let f = temp_file("ok.py", "x = 1\n");
    let (code, out, err) = tauraro(&["parse", &f]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty());
}

#[test]
fn parse_reports_errors_with_ariadne() {
    let f = temp_file("bad.py", "x = 1\nif x\n    pass\n");
    let (code, _, err) = tauraro(&["parse", &f]);
    assert_eq!(code, 1);
    assert!(err.contains("expected ':'"), "{err}");
    assert!(err.contains("bad.py:2:5"), "{err}");
    assert!(!err.contains('\u{1b}'), "no colours: {err}");
}

#[test]
fn parse_tree_and_stats() {
    let f = temp_file("tree.tr", "idan x:\n    wuce\n");
    let (code, out, _) = tauraro(&["parse", &f, "--tree", "--stats"]);
    assert_eq!(code, 0);
    assert!(out.contains("IF_KW@0..4 \"idan\""), "{out}");
    assert!(out.contains("1 files, 17 bytes"), "{out}");
    assert!(out.contains("MB/s"), "{out}");
}

#[test]
fn unreadable_file_is_a_clear_error() {
    let (code, _, err) = tauraro(&["parse", "/nonexistent/file.py"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read /nonexistent/file.py"), "{err}");
}

#[test]
fn usage_errors() {
    // Without arguments, `tauraro` runs standard input (empty here) like `python3` does.
    assert_eq!(tauraro(&[]).0, 0);
    assert_eq!(tauraro(&["parse"]).0, 2);
    assert_eq!(tauraro(&["parse", "--bogus", "x.py"]).0, 2);
    let (code, out, _) = tauraro(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("tauraro parse FILE"));
}
