//! `tauraro`, the command-line driver: runs, compiles, checks and disassembles programs.
//!
//! A small hand-written dispatcher (no argument-parsing crate): each subcommand is one entry of
//! [`COMMANDS`] with its usage line and a function taking the remaining arguments and returning
//! the process exit code. `tauraro FILE` and `tauraro -c CODE` are routed in [`main`].

mod commands;
mod driver;
mod module_loader;
mod parse_cmd;
mod repl;
mod small_object_allocator;

use std::process::ExitCode;

/// Small blocks are recycled through per-thread free lists; see [`small_object_allocator`].
#[global_allocator]
static ALLOCATOR: small_object_allocator::SmallObjectAllocator =
    small_object_allocator::SmallObjectAllocator;

/// A subcommand: `tauraro NAME ARGS...`.
struct Command {
    name: &'static str,
    usage: &'static str,
    summary: &'static str,
    run: fn(&[String]) -> ExitCode,
}

const COMMANDS: &[Command] = &[
    Command {
        name: "parse",
        usage: "tauraro parse FILE... [--tree] [--stats]",
        summary: "parse files and report syntax errors",
        run: parse_cmd::run,
    },
    Command {
        name: "run",
        usage: "tauraro run FILE [ARGS...]",
        summary: "run a program",
        run: commands::run,
    },
    Command {
        name: "compile",
        usage: "tauraro compile FILE [-o OUT.trc]",
        summary: "compile a program to bytecode",
        run: commands::compile,
    },
    Command {
        name: "check",
        usage: "tauraro check FILE...",
        summary: "check programs without running them",
        run: commands::check,
    },
    Command {
        name: "dis",
        usage: "tauraro dis FILE",
        summary: "disassemble a program's bytecode",
        run: commands::dis,
    },
    Command {
        name: "lsp",
        usage: "tauraro lsp [--stdio]",
        summary: "run the language server on standard input/output",
        run: lsp,
    },
];

/// `tauraro lsp`: the language server of `tauraro-lsp`. Clients that launch servers over stdio
/// often pass `--stdio`; it is the only transport, so it is accepted and changes nothing.
fn lsp(args: &[String]) -> ExitCode {
    if let Some(other) = args.iter().find(|a| *a != "--stdio") {
        eprintln!("tauraro lsp: unknown option '{other}'");
        return ExitCode::from(2);
    }
    tauraro_lsp::run_stdio()
}

fn usage() -> String {
    let mut s = String::from(
        "usage:\n  tauraro                                    interactive prompt (or run standard input)\n  tauraro -i                                 interactive prompt even when input is piped\n  tauraro FILE [ARGS...]                     run a program (.py, .tr or .trc)\n  tauraro -c CODE [ARGS...]                  run a program given as a string\n  tauraro --version                          show the CLI, VM and bytecode versions\n",
    );
    for c in COMMANDS {
        s.push_str(&format!("  {:<42} {}\n", c.usage, c.summary));
    }
    s
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        return repl::run(false);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => {
            print!("{}", usage());
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            println!(
                "tauraro {} (vm {}, bytecode format {})",
                env!("CARGO_PKG_VERSION"),
                tauraro_vm::VM_VERSION,
                tauraro_bytecode::FORMAT_VERSION
            );
            ExitCode::SUCCESS
        }
        "-i" => repl::run(true),
        "-c" => match args.get(1) {
            Some(code) => {
                let mut argv = vec!["-c".to_owned()];
                argv.extend(args[2..].iter().cloned());
                driver::run_code(code.clone(), argv)
            }
            None => {
                eprintln!("Argument expected for the -c option");
                ExitCode::from(2)
            }
        },
        name => match COMMANDS.iter().find(|c| c.name == name) {
            Some(cmd) => (cmd.run)(&args[1..]),
            None if name.starts_with('-') => {
                eprintln!("tauraro: unknown option '{name}'\n{}", usage());
                ExitCode::from(2)
            }
            // `tauraro FILE`: run it.
            None => driver::run_path(name.to_owned(), args.clone()),
        },
    }
}
