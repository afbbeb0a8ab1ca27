//! `cargo xtask expected [--python PATH] [FILTER]`: regenerate the expected outputs of the
//! differential test suite in `tests/programs/` by running CPython.
//!
//! Files and folders whose name starts with `_` are helper modules imported by programs, not
//! programs (see `crates/tauraro-cli/tests/programs.rs`).
//!
//! For every `tests/programs/**/NAME.py` whose path (relative to `tests/programs`) contains
//! `FILTER`, the interpreter runs `NAME.py` with the program's folder as working directory,
//! `NAME.in` (if present) as stdin, and writes:
//! * `NAME.out`: the exact stdout;
//! * `NAME.err`: the last non-empty line of stderr, when the exit code is not 0 (1 for an
//!   uncaught exception); a stale `NAME.err` is removed when the exit code is 0;
//! * `NAME.status`: the exit code, when it is neither 0 nor 1 (`sys.exit(2)`, argparse's
//!   usage errors); a stale one is removed otherwise.
//!
//! A nonzero exit with an empty stderr is an error, and so is output that changes between two
//! runs with different `PYTHONHASHSEED`s (a nondeterministic program, e.g. iterating a set of
//! strings).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::codegen::project_root;

const DEFAULT_PYTHON: &str = "/usr/bin/python3";

/// Parses the subcommand's arguments (everything after `expected`) and runs it.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut python: Option<String> = None;
    let mut filter: Option<String> = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--python" {
            python = Some(it.next().ok_or("--python needs a path")?.clone());
        } else if let Some(p) = arg.strip_prefix("--python=") {
            python = Some(p.to_string());
        } else if arg.starts_with("--") {
            return Err(format!("unknown option {arg}"));
        } else if filter.is_none() {
            filter = Some(arg.clone());
        } else {
            return Err(format!("unexpected argument {arg}"));
        }
    }
    let python = python.unwrap_or_else(|| {
        if Path::new(DEFAULT_PYTHON).exists() {
            DEFAULT_PYTHON.to_string()
        } else {
            "python3".to_string()
        }
    });

    let root = project_root().join("tests/programs");
    let mut programs = Vec::new();
    collect_programs(&root, &mut programs)?;
    programs.sort();
    let filter = filter.unwrap_or_default();
    programs.retain(|p| relative(&root, p).contains(&filter));
    if programs.is_empty() {
        return Err(format!(
            "no programs under {} match {filter:?}",
            root.display()
        ));
    }

    let mut updated = 0;
    let mut errors = Vec::new();
    for program in &programs {
        let rel = relative(&root, program);
        match generate(&python, program) {
            Ok(true) => {
                updated += 1;
                eprintln!("updated {rel}");
            }
            Ok(false) => {}
            Err(err) => errors.push(format!("{rel}: {err}")),
        }
    }
    eprintln!(
        "{} programs, {updated} updated, {} errors",
        programs.len(),
        errors.len()
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('_'))
        {
            continue;
        }
        if path.is_dir() {
            collect_programs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
    Ok(())
}

struct Outcome {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn execute(python: &str, program: &Path, hash_seed: &str) -> Result<Outcome, String> {
    let dir = program.parent().ok_or("program has no folder")?;
    let name = program.file_name().ok_or("program has no file name")?;
    let stdin = std::fs::read(program.with_extension("in")).ok();
    let mut child = Command::new(python)
        .arg(name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", hash_seed)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => Some(std::thread::spawn(move || {
            // The program may exit without reading all of its input.
            let _ = pipe.write_all(&bytes);
        })),
        _ => None,
    };
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    Ok(Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    })
}

/// Runs one program and writes its expected files; returns whether any file changed.
fn generate(python: &str, program: &Path) -> Result<bool, String> {
    let first = execute(python, program, "1")?;
    let second = execute(python, program, "2")?;
    if first.code != second.code || first.stdout != second.stdout || first.stderr != second.stderr {
        return Err("nondeterministic: output differs between PYTHONHASHSEED=1 and 2".into());
    }
    let mut changed = write_if_changed(&program.with_extension("out"), &first.stdout)?;
    let err_path = program.with_extension("err");
    let status_path = program.with_extension("status");
    if first.code == 0 {
        if !first.stderr.trim().is_empty() {
            eprintln!(
                "warning: {} exited 0 but wrote to stderr:\n{}",
                program.display(),
                first.stderr
            );
        }
        changed |= remove_if_present(&err_path)?;
    } else {
        let last = first
            .stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .ok_or_else(|| format!("exit code {} with an empty stderr", first.code))?;
        changed |= write_if_changed(&err_path, format!("{last}\n").as_bytes())?;
    }
    if first.code == 0 || first.code == 1 {
        changed |= remove_if_present(&status_path)?;
    } else {
        changed |= write_if_changed(&status_path, format!("{}\n", first.code).as_bytes())?;
    }
    Ok(changed)
}

/// Removes a stale expected file; returns whether there was one.
fn remove_if_present(path: &Path) -> Result<bool, String> {
    if !path.exists() {
        return Ok(false);
    }
    std::fs::remove_file(path).map_err(|e| format!("removing {}: {e}", path.display()))?;
    Ok(true)
}

fn write_if_changed(path: &Path, contents: &[u8]) -> Result<bool, String> {
    if std::fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(false);
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(true)
}
