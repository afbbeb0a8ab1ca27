//! The subcommands that compile: `run`, `compile`, `check`, `dis`.

use std::process::ExitCode;

use crate::driver::{self, Source};

/// `tauraro run FILE [ARGS...]`.
pub fn run(args: &[String]) -> ExitCode {
    match args.first() {
        Some(path) => driver::run_path(path.clone(), args.to_vec()),
        None => {
            eprintln!("usage: tauraro run FILE [ARGS...]");
            ExitCode::from(2)
        }
    }
}

/// `tauraro compile FILE [-o OUT.trc]`.
pub fn compile(args: &[String]) -> ExitCode {
    let mut input = None;
    let mut output = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-o" => match iter.next() {
                Some(path) => output = Some(path.clone()),
                None => {
                    eprintln!("tauraro compile: -o needs a file name");
                    return ExitCode::from(2);
                }
            },
            other if other.starts_with('-') => {
                eprintln!("tauraro compile: unknown option '{other}'");
                return ExitCode::from(2);
            }
            other => input = Some(other.to_owned()),
        }
    }
    let Some(input) = input else {
        eprintln!("usage: tauraro compile FILE [-o OUT.trc]");
        return ExitCode::from(2);
    };
    let output = output.unwrap_or_else(|| {
        let stem = input
            .strip_suffix(".py")
            .or_else(|| input.strip_suffix(".tr"))
            .unwrap_or(&input);
        format!("{stem}.trc")
    });
    driver::on_interpreter_thread(move || {
        let source = match Source::read(&input) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("{message}");
                return 2;
            }
        };
        match driver::compile(&source) {
            Ok(module) => {
                let bytes = tauraro_bytecode::encode_module(&module);
                match std::fs::write(&output, bytes) {
                    Ok(()) => 0,
                    Err(err) => {
                        eprintln!("tauraro compile: cannot write '{output}': {err}");
                        2
                    }
                }
            }
            Err(failure) => {
                eprint!("{}", failure.all);
                1
            }
        }
    })
}

/// `tauraro check FILE...`: every diagnostic of every file; exit 1 if any.
pub fn check(args: &[String]) -> ExitCode {
    if args.is_empty() {
        eprintln!("usage: tauraro check FILE...");
        return ExitCode::from(2);
    }
    let files = args.to_vec();
    driver::on_interpreter_thread(move || {
        let mut status = 0;
        for path in &files {
            let source = match Source::read(path) {
                Ok(source) => source,
                Err(message) => {
                    eprintln!("{message}");
                    status = 2;
                    continue;
                }
            };
            if let Err(failure) = driver::compile(&source) {
                eprint!("{}", failure.all);
                status = status.max(1);
            }
        }
        status
    })
}

/// `tauraro dis FILE`: the disassembly of a source or `.trc` file.
pub fn dis(args: &[String]) -> ExitCode {
    let Some(path) = args.first().cloned() else {
        eprintln!("usage: tauraro dis FILE");
        return ExitCode::from(2);
    };
    driver::on_interpreter_thread(move || {
        let module = if path.ends_with(".trc") {
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(err) => {
                    eprintln!("tauraro: can't open file '{path}': {err}");
                    return 2;
                }
            };
            match tauraro_vm::load_module_bytes(&bytes) {
                Ok(module) => module,
                Err(err) => {
                    eprintln!("tauraro: cannot load '{path}': {err}");
                    return 1;
                }
            }
        } else {
            let source = match Source::read(&path) {
                Ok(source) => source,
                Err(message) => {
                    eprintln!("{message}");
                    return 2;
                }
            };
            match driver::compile(&source) {
                Ok(module) => module,
                Err(failure) => {
                    eprint!("{}", failure.all);
                    return 1;
                }
            }
        };
        print!("{}", tauraro_bytecode::disassemble_module(&module));
        0
    })
}
