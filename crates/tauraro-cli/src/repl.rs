//! `tauraro` with no file: the interactive prompt on a terminal (state kept between inputs,
//! multi-line blocks, expression values echoed), or the program read from standard input
//! when it is not a terminal (like `python3 < prog.py`); `-i` forces the prompt.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::{Dialect, SyntaxError, cpython_style_error};
use tauraro_vm::Vm;

use crate::driver::{self, INTERPRETER_STACK, Source};

/// Global names an interactive session can define.
const SESSION_CAPACITY: usize = 1 << 14;

pub fn run(force_interactive: bool) -> ExitCode {
    driver::on_interpreter_thread(move || {
        let stdin = std::io::stdin();
        if !force_interactive && !stdin.is_terminal() {
            let mut text = String::new();
            if let Err(err) = stdin.lock().read_to_string(&mut text) {
                eprintln!("tauraro: cannot read standard input: {err}");
                return 2;
            }
            let source = Source {
                path: "<stdin>".into(),
                text,
                dialect: Dialect::Python,
            };
            let mut vm = Vm::new(INTERPRETER_STACK);
            vm.set_argv(vec![String::new()]);
            crate::module_loader::install(&mut vm, None);
            return match driver::compile(&source) {
                Ok(module) => driver::run_module(&mut vm, &module, Some(&source)),
                Err(failure) => {
                    eprint!("{}", failure.first);
                    1
                }
            };
        }
        interactive(stdin.is_terminal())
    })
}

/// Whether `text` is an unfinished statement that needs more lines.
fn needs_more(text: &str) -> bool {
    let parsed = tauraro_syntax::parse(text, Dialect::Python);
    let end = text.trim_end().len();
    parsed.errors().iter().any(|error| {
        error.message.contains("was never closed")
            || error.message.starts_with("expected an indented block")
            || error.message.contains("unterminated triple-quoted string")
            || u32::from(error.range.start()) as usize >= end
    })
}

fn interactive(terminal: bool) -> u8 {
    let mut vm = Vm::new(INTERPRETER_STACK);
    vm.set_argv(vec![String::new()]);
    crate::module_loader::install(&mut vm, None);
    let namespace = vm.new_session(SESSION_CAPACITY);
    if terminal {
        eprintln!(
            "Tauraro {} (Python 3.11 syntax; vm {})\nType Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION"),
            tauraro_vm::VM_VERSION
        );
    }
    let prompt = |text: &str| {
        if terminal {
            print!("{text}");
            let _ = std::io::stdout().flush();
        } else {
            eprint!("{text}");
        }
    };
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut input_number = 0;
    loop {
        prompt(">>> ");
        let Some(Ok(first)) = lines.next() else {
            if terminal {
                println!();
            }
            return 0;
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut text = format!("{first}\n");
        let block = first.trim_end().ends_with(':');
        while needs_more(&text) || (block && !text.ends_with("\n\n")) {
            prompt("... ");
            match lines.next() {
                Some(Ok(line)) => {
                    let ended = line.trim().is_empty();
                    text.push_str(&line);
                    text.push('\n');
                    if ended && block && !needs_more(text.trim_end()) {
                        break;
                    }
                    if ended && !block {
                        break;
                    }
                }
                _ => break,
            }
        }
        input_number += 1;
        let db = Database::default();
        // Names a star import bound in the dynamic namespace get slots from now on.
        let names: Vec<Box<str>> = namespace
            .slot_names()
            .iter()
            .chain(namespace.dynamic_names().iter())
            .map(|name| Box::from(name.as_str()))
            .collect();
        let file = SourceFile::new(
            &db,
            "<stdin>".into(),
            text.clone(),
            Dialect::Python,
            true,
            names,
        );
        let module = match compile_file(&db, file) {
            Ok(module) => module,
            Err(diagnostics) => {
                let error = SyntaxError::new(diagnostics[0].message.clone(), diagnostics[0].range);
                eprint!("{}", cpython_style_error("<stdin>", &text, &error));
                continue;
            }
        };
        let _ = input_number;
        let result = vm.run_module_in(&module, &namespace);
        vm.flush_output();
        if let Err(err) = result {
            if let Some(exit) = vm.system_exit_code(&err) {
                return match exit {
                    Ok(code) => code.clamp(0, 255) as u8,
                    Err(message) => {
                        eprintln!("{message}");
                        1
                    }
                };
            }
            eprint!("{}", vm.format_exception(err));
        }
    }
}
