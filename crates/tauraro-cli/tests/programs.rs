//! Differential test suite: runs every `tests/programs/**/NAME.py` with the `tauraro` binary
//! and compares the result with what CPython 3.11 produced (`cargo xtask expected`):
//! * stdout must equal `NAME.out` byte for byte;
//! * if `NAME.err` exists, the exit code must be 1 (or the number in `NAME.status`, for
//!   programs that exit with another code, like argparse's usage errors) and the last
//!   non-empty line of stderr must equal it (the exception line of the traceback);
//!   otherwise the exit code must be 0;
//! * `NAME.in`, if present, is fed to stdin; the working directory is the program's folder.
//!
//! Helper modules: a file or folder whose name starts with `_` is not a program. Programs
//! import such helpers from their own folder (the first entry of `sys.path`), e.g.
//! `imports/_shapes.py` (`import _shapes`) or the package `imports/_pkg/__init__.py`
//! (`from _pkg import sub`); this also skips `__init__.py` files and `__pycache__` folders.
//!
//! Programs run in parallel, each with a timeout. Every failure is reported, then the test
//! fails. `TAURARO_TEST_FILTER=substring` runs only the programs whose path (relative to
//! `tests/programs`) contains the substring. `TAURARO_TEST_BIN=path` runs the programs with
//! that `tauraro` binary instead of this build's (CI runs them with the release build too:
//! its interpreter takes paths that debug builds leave sooner, see `interpreter::threaded`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const THREADS: usize = 4;
const TIMEOUT: Duration = Duration::from_secs(30);
/// How many lines of context to show around the first differing line.
const CONTEXT_AFTER: usize = 3;

fn programs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('_'))
        {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

fn spawn_reader(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn wait_with_timeout(child: &mut Child) -> (Option<i32>, bool) {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (status.code(), false),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return (None, true);
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for tauraro: {e}"),
        }
    }
}

fn run_program(program: &Path) -> Result<Run, String> {
    let dir = program.parent().unwrap();
    let stdin = std::fs::read(program.with_extension("in")).ok();
    let binary = std::env::var_os("TAURARO_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_tauraro")));
    let mut child = Command::new(binary)
        .arg(program.file_name().unwrap())
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot spawn tauraro: {e}"))?;
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => Some(thread::spawn(move || {
            // The program may exit without reading all of its input.
            let _ = pipe.write_all(&bytes);
        })),
        _ => None,
    };
    let stdout = spawn_reader(child.stdout.take().unwrap());
    let stderr = spawn_reader(child.stderr.take().unwrap());
    let (code, timed_out) = wait_with_timeout(&mut child);
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Ok(Run {
        code,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        timed_out,
    })
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
}

/// Shows the tail of stderr (where a traceback or panic message ends up).
fn stderr_excerpt(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let start = lines.len().saturating_sub(8);
    lines[start..]
        .iter()
        .map(|l| format!("    | {l}\n"))
        .collect()
}

/// A unified-diff-like excerpt around the first line where `got` differs from `expected`.
fn diff_excerpt(expected: &str, got: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(&got_lines)
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(got_lines.len()));
    let mut out = format!(
        "  stdout differs at line {} (expected {} lines, got {}; -expected +got):\n",
        first + 1,
        exp.len(),
        got_lines.len()
    );
    if first > 0 {
        out.push_str(&format!("     {}\n", show(exp[first - 1])));
    }
    for line in exp.iter().skip(first).take(CONTEXT_AFTER) {
        out.push_str(&format!("    -{}\n", show(line)));
    }
    if first >= exp.len() {
        out.push_str("    -<end of expected output>\n");
    }
    for line in got_lines.iter().skip(first).take(CONTEXT_AFTER) {
        out.push_str(&format!("    +{}\n", show(line)));
    }
    if first >= got_lines.len() {
        out.push_str("    +<end of output>\n");
    }
    out
}

/// A line without its newline; a missing final newline is made visible.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(l) => l.to_string(),
        None => format!("{line}\\ (no newline at end)"),
    }
}

/// Runs one program and compares; `Err` holds the failure report.
fn check(program: &Path) -> Result<(), String> {
    let expected_out = std::fs::read(program.with_extension("out"))
        .map_err(|_| "  missing .out file (run `cargo xtask expected`)\n".to_string())?;
    let expected_err = std::fs::read_to_string(program.with_extension("err")).ok();
    let run = run_program(program)?;
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    if run.timed_out {
        return Err(format!(
            "  timed out after {}s (killed); stdout so far {} bytes\n{}",
            TIMEOUT.as_secs(),
            run.stdout.len(),
            stderr_excerpt(&stderr)
        ));
    }
    let mut report = String::new();
    let expected_status = std::fs::read_to_string(program.with_extension("status")).ok();
    let expected_code = match (&expected_err, expected_status) {
        (Some(_), Some(status)) => status
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("  bad .status file: {e}\n"))?,
        (Some(_), None) => 1,
        (None, _) => 0,
    };
    if run.code != Some(expected_code) {
        let code = run.code.map_or_else(
            || "none (killed by a signal)".to_string(),
            |c| c.to_string(),
        );
        report.push_str(&format!(
            "  exit code {code}, expected {expected_code}; stderr ends with:\n{}",
            stderr_excerpt(&stderr)
        ));
    } else if let Some(expected_err) = &expected_err {
        let want = last_line(expected_err);
        let got = last_line(&stderr);
        if want != got {
            report.push_str(&format!(
                "  last stderr line differs:\n    -{want}\n    +{got}\n"
            ));
        }
    }
    if run.stdout != expected_out {
        report.push_str(&diff_excerpt(
            &String::from_utf8_lossy(&expected_out),
            &stdout,
        ));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

#[test]
fn programs_match_cpython() {
    let root = programs_root();
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.sort();
    let total_found = programs.len();
    assert!(
        total_found > 0,
        "no programs found under {}",
        root.display()
    );
    let filter = std::env::var("TAURARO_TEST_FILTER").unwrap_or_default();
    programs.retain(|p| relative(&root, p).contains(&filter));
    assert!(
        !programs.is_empty(),
        "TAURARO_TEST_FILTER={filter:?} matches none of the {total_found} programs"
    );

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..THREADS.min(programs.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(i) else {
                        break;
                    };
                    let outcome = check(program);
                    results
                        .lock()
                        .unwrap()
                        .push((relative(&root, program), outcome));
                }
            });
        }
    });

    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(results.len(), programs.len(), "every program must be run");
    let failures: Vec<&(String, Result<(), String>)> =
        results.iter().filter(|(_, r)| r.is_err()).collect();
    for (name, outcome) in &failures {
        if let Err(report) = outcome {
            eprintln!("FAIL {name}\n{report}");
        }
    }
    let passed = results.len() - failures.len();
    eprintln!(
        "programs: {passed} passed, {} failed, {} run{}",
        failures.len(),
        results.len(),
        if filter.is_empty() {
            String::new()
        } else {
            format!(" (TAURARO_TEST_FILTER={filter:?}, {total_found} in all)")
        }
    );
    if !failures.is_empty() {
        let names: Vec<&str> = failures.iter().map(|(n, _)| n.as_str()).collect();
        panic!(
            "{} of {} programs differ from CPython: {}",
            failures.len(),
            results.len(),
            names.join(", ")
        );
    }
}
