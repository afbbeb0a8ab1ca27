//! Parses every `.py` file of the installed CPython standard library: zero errors, lossless.
//!
//! Skips `site-packages` and any path with a `test`/`tests` component (those hold files that
//! are broken on purpose, e.g. `test/badsyntax_*` and lib2to3's test data). Without `python3`
//! the test prints why it did nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use tauraro_syntax::{Dialect, parse};

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    dir.is_dir().then_some(dir)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>, tests: bool) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            let is_test = name == "test" || name == "tests";
            if name == "site-packages" || name == "__pycache__" || (is_test && !tests) {
                continue;
            }
            collect(&path, out, tests);
        } else if name.ends_with(".py") {
            out.push(path);
        }
    }
}

/// The `.py` files of the standard library, sorted; `None` without python3.
pub fn stdlib_files() -> Option<Vec<PathBuf>> {
    let dir = stdlib_dir()?;
    let mut files = Vec::new();
    collect(&dir, &mut files, false);
    files.sort();
    Some(files)
}

/// Every `.py` file under the standard library, test suites included.
fn all_files() -> Option<Vec<PathBuf>> {
    let dir = stdlib_dir()?;
    let mut files = Vec::new();
    collect(&dir, &mut files, true);
    files.sort();
    Some(files)
}

/// The test suites hold files with deliberate errors; there we only require a lossless tree
/// and no panic.
#[test]
fn stdlib_test_suites_are_lossless() {
    let Some(files) = all_files() else {
        eprintln!("skipped: no python3 (or no standard library directory) found");
        return;
    };
    let mut with_errors = 0;
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let parse = parse(&text, Dialect::Python);
        assert_eq!(
            parse.syntax_node().to_string(),
            text,
            "{}: not lossless",
            path.display()
        );
        with_errors += usize::from(!parse.errors().is_empty());
    }
    eprintln!("{} files, {with_errors} with syntax errors", files.len());
    assert!(with_errors < 20, "{with_errors} files with errors");
}

#[test]
fn stdlib_parses_without_errors() {
    let Some(files) = stdlib_files() else {
        eprintln!("skipped: no python3 (or no standard library directory) found");
        return;
    };
    assert!(files.len() > 500, "found only {} stdlib files", files.len());
    let chunks: Vec<Vec<PathBuf>> = files
        .chunks(files.len().div_ceil(2))
        .map(|c| c.to_vec())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| {
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                let mut bytes = 0usize;
                for path in chunk {
                    let Ok(data) = std::fs::read(&path) else {
                        continue;
                    };
                    // A few stdlib files are not UTF-8 (they declare another coding).
                    let Ok(text) = String::from_utf8(data) else {
                        continue;
                    };
                    bytes += text.len();
                    let parse = parse(&text, Dialect::Python);
                    if parse.syntax_node().to_string() != text {
                        failures.push(format!("{}: tree text differs from input", path.display()));
                    }
                    for e in parse.errors().iter().take(3) {
                        let line = text[..usize::from(e.range.start())].lines().count().max(1);
                        failures.push(format!("{}:{line}: {}", path.display(), e.message));
                    }
                }
                (failures, bytes)
            })
        })
        .collect();
    let mut failures = Vec::new();
    let mut bytes = 0;
    for h in handles {
        let (f, b) = h.join().expect("parser thread panicked");
        failures.extend(f);
        bytes += b;
    }
    eprintln!("parsed {} stdlib files, {} bytes", files.len(), bytes);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
