//! `tauraro parse FILE... [--tree] [--stats]`: parses files, prints syntax errors (ariadne)
//! and optionally the syntax tree and throughput. Exit code: 0 if every file parsed without
//! errors, 1 if any had a syntax error, 2 for usage errors or unreadable files.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use tauraro_syntax::{Dialect, debug_tree, parse, render_diagnostics};

pub fn run(args: &[String]) -> ExitCode {
    let mut tree = false;
    let mut stats = false;
    let mut files = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--tree" => tree = true,
            "--stats" => stats = true,
            opt if opt.starts_with("--") => {
                eprintln!("tauraro parse: unknown option '{opt}'");
                return ExitCode::from(2);
            }
            file => files.push(file),
        }
    }
    if files.is_empty() {
        eprintln!("usage: tauraro parse FILE... [--tree] [--stats]");
        return ExitCode::from(2);
    }
    let mut unreadable = false;
    let mut with_errors = 0usize;
    let mut bytes = 0usize;
    let mut elapsed = Duration::ZERO;
    for file in &files {
        let path = Path::new(file);
        let text = match std::fs::read(path) {
            Ok(data) => match String::from_utf8(data) {
                Ok(text) => text,
                Err(_) => {
                    eprintln!("tauraro: cannot read {file}: the file is not valid UTF-8");
                    unreadable = true;
                    continue;
                }
            },
            Err(err) => {
                eprintln!("tauraro: cannot read {file}: {err}");
                unreadable = true;
                continue;
            }
        };
        let start = Instant::now();
        let parsed = parse(&text, Dialect::from_path(path));
        elapsed += start.elapsed();
        bytes += text.len();
        if tree {
            print!("{}", debug_tree(&parsed.syntax_node()));
        }
        if !parsed.errors().is_empty() {
            with_errors += 1;
            eprint!("{}", render_diagnostics(file, &text, parsed.errors()));
        }
    }
    if stats {
        let secs = elapsed.as_secs_f64();
        let mbps = if secs > 0.0 {
            bytes as f64 / 1e6 / secs
        } else {
            0.0
        };
        println!(
            "{} files, {} bytes, {:.3} s, {:.1} MB/s, {} with syntax errors",
            files.len(),
            bytes,
            secs,
            mbps,
            with_errors
        );
    }
    if unreadable {
        ExitCode::from(2)
    } else if with_errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
