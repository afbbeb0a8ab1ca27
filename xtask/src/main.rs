//! `cargo xtask`: project automation (code generation, benchmarks against CPython).
//!
//! `cargo xtask codegen` regenerates, from their single sources of truth:
//! * `crates/tauraro-syntax/src/syntax_kind/generated.rs` and
//!   `crates/tauraro-syntax/src/ast/generated/nodes.rs` from `tauraro.ungram`;
//! * `docs/hausa-keywords.md` from the table in `crates/tauraro-syntax/src/hausa.rs`.
//!
//! `cargo xtask codegen --check` fails if a committed file is stale (the tests do the same).

mod codegen;

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
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            ExitCode::from(2)
        }
    }
}
