//! `cargo xtask`: project automation (code generation, benchmarks against CPython).
//!
//! `cargo xtask codegen` regenerates, from their single sources of truth:
//! * `crates/tauraro-syntax/src/syntax_kind/generated.rs` and
//!   `crates/tauraro-syntax/src/ast/generated/nodes.rs` from `tauraro.ungram`;
//! * `docs/hausa-keywords.md` from the table in `crates/tauraro-syntax/src/hausa.rs`.
//!
//! `cargo xtask codegen --check` fails if a committed file is stale (the tests do the same).
//!
//! `cargo xtask expected [--python PATH] [FILTER]` regenerates the expected outputs of the
//! differential test suite (`tests/programs/**/*.py`) by running CPython.
//!
//! `cargo xtask bench [OPTIONS]` builds the release binary and compares it with CPython on
//! the benchmark suite in `benches/programs/` (speed, memory, output); `--help` for options.
//!
//! `cargo xtask lane-check [BINARY]` checks that the release interpreter's threaded fast lane
//! continues from handler to handler by jumps, never by calls that would grow the stack.

mod bench;
mod codegen;
mod expected;
mod lane_check;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => {
            let check = args.iter().any(|a| a == "--check");
            match codegen::run(check) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("xtask codegen: {err}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("expected") => match expected::run(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("xtask expected: {err}");
                ExitCode::FAILURE
            }
        },
        Some("bench") => match bench::run(&args[1..]) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(err) => {
                eprintln!("xtask bench: {err}");
                ExitCode::from(2)
            }
        },
        Some("lane-check") => match lane_check::run(&args[1..]) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(err) => {
                eprintln!("xtask lane-check: {err}");
                ExitCode::from(2)
            }
        },
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            eprintln!("       cargo xtask expected [--python PATH] [FILTER]");
            eprintln!(
                "       cargo xtask bench [--runs N] [--filter REGEX] [--json FILE] [--svg FILE] [--readme] ..."
            );
            eprintln!("       cargo xtask lane-check [BINARY]");
            ExitCode::from(2)
        }
    }
}
