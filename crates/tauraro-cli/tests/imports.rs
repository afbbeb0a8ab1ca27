//! The `tauraro` binary's module search: the script's folder, `TAURARO_PATH` and
//! `PYTHONPATH`, the current folder for `-c`, `.tr` modules, packages shadowing modules, and
//! the full traceback of a syntax error in an imported file (the differential suite only
//! compares its last line).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh folder for one test.
fn folder(test: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("tauraro-imports-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).expect("temporary folder");
    path
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("file");
}

fn tauraro(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tauraro"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("TAURARO_PATH")
        .env_remove("PYTHONPATH");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("tauraro runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn search_path_is_script_folder_then_tauraro_path_then_pythonpath() {
    let root = folder("search");
    write(
        &root.join("app/main.py"),
        "import near, far, farther\nprint(near.X, far.X, farther.X)\n",
    );
    write(&root.join("app/near.py"), "X = 'near'\n");
    write(&root.join("lib1/far.py"), "X = 'far'\n");
    write(&root.join("lib1/near.py"), "X = 'shadowed'\n");
    write(&root.join("lib2/farther.py"), "X = 'farther'\n");
    write(&root.join("lib2/far.py"), "X = 'shadowed'\n");
    let lib1 = root.join("lib1").to_string_lossy().into_owned();
    let lib2 = root.join("lib2").to_string_lossy().into_owned();
    let output = tauraro(
        &["app/main.py"],
        &root,
        &[("TAURARO_PATH", &lib1), ("PYTHONPATH", &lib2)],
    );
    assert_eq!(stdout(&output), "near far farther\n", "{}", stderr(&output));
    assert!(output.status.success());
}

#[test]
fn sys_path_starts_with_the_absolute_script_folder() {
    let root = folder("syspath");
    write(&root.join("main.py"), "import sys\nprint(sys.path[0])\n");
    let output = tauraro(&["main.py"], &root, &[]);
    let expected = std::fs::canonicalize(&root).expect("canonical folder");
    assert_eq!(stdout(&output).trim_end(), expected.to_string_lossy());
}

#[test]
fn code_given_with_dash_c_imports_from_the_current_folder() {
    let root = folder("dash-c");
    write(&root.join("here.py"), "WHERE = 'current folder'\n");
    let output = tauraro(
        &[
            "-c",
            "import here, sys\nprint(here.WHERE, repr(sys.path[0]))",
        ],
        &root,
        &[],
    );
    assert_eq!(
        stdout(&output),
        "current folder ''\n",
        "{}",
        stderr(&output)
    );
}

#[test]
fn hausa_dialect_modules_and_packages() {
    let root = folder("dialects");
    write(
        &root.join("main.py"),
        "import kayan_aiki, pkg\nprint(kayan_aiki.X, pkg.WHICH)\n",
    );
    write(&root.join("kayan_aiki.tr"), "X = 42\n");
    // A package takes precedence over a module of the same name in the same folder.
    write(&root.join("pkg/__init__.py"), "WHICH = 'package'\n");
    write(&root.join("pkg.py"), "WHICH = 'module'\n");
    let output = tauraro(&["main.py"], &root, &[]);
    assert_eq!(stdout(&output), "42 package\n", "{}", stderr(&output));
}

#[test]
fn a_syntax_error_in_an_imported_file_is_reported_like_cpython() {
    let root = folder("syntax");
    write(&root.join("main.py"), "print('start')\nimport broken\n");
    write(&root.join("broken.py"), "x = 1\nif x\n    pass\n");
    let output = tauraro(&["main.py"], &root, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "start\n");
    let broken = root.join("broken.py");
    let expected_tail = format!(
        "    import broken\n  File \"{}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n",
        std::fs::canonicalize(&broken).expect("file").display()
    );
    let err = stderr(&output);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.ends_with(&expected_tail), "{err}");
}

#[test]
fn a_folder_without_init_is_not_supported_yet() {
    let root = folder("namespace");
    write(&root.join("main.py"), "import space\n");
    std::fs::create_dir_all(root.join("space")).expect("folder");
    let output = tauraro(&["main.py"], &root, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("NotImplementedError: not supported yet: namespace packages"),
        "{}",
        stderr(&output)
    );
}
