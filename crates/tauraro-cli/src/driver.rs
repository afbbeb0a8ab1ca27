//! Compiling and running programs: the pipeline from source (or a `.trc` file) to the VM, run
//! on a thread with a large stack so that deep programs raise RecursionError instead of
//! overflowing, and CPython-style reporting of syntax errors and uncaught exceptions.

use std::path::Path;
use std::process::ExitCode;

use tauraro_bytecode::BytecodeModule;
use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::{Dialect, SyntaxError, cpython_style_error, render_diagnostics};
use tauraro_vm::Vm;

/// The stack of the interpreter thread. Only the pages actually used are committed.
pub const INTERPRETER_STACK: usize = 1 << 30;

/// Source text of a program and where it came from.
pub struct Source {
    pub path: String,
    pub text: String,
    pub dialect: Dialect,
}

impl Source {
    pub fn read(path: &str) -> Result<Source, String> {
        let bytes = std::fs::read(path).map_err(|err| {
            format!(
                "tauraro: can't open file '{path}': [Errno {}] {}",
                err.raw_os_error().unwrap_or(0),
                describe_io_error(&err)
            )
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("tauraro: can't read file '{path}': it is not valid UTF-8"))?;
        Ok(Source {
            dialect: Dialect::from_path(Path::new(path)),
            path: path.to_owned(),
            text,
        })
    }
}

fn describe_io_error(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_owned(),
        _ => err.to_string(),
    }
}

/// Why compilation failed: the diagnostics in CPython's one-error form and in full.
pub struct CompileFailure {
    pub first: String,
    pub all: String,
}

/// Compiles source text to a bytecode module.
pub fn compile(source: &Source) -> Result<BytecodeModule, CompileFailure> {
    let db = Database::default();
    let file = SourceFile::program(
        &db,
        source.path.clone(),
        source.text.clone(),
        source.dialect,
    );
    compile_file(&db, file).map_err(|diagnostics| {
        let errors: Vec<SyntaxError> = diagnostics
            .iter()
            .map(|d| SyntaxError::new(d.message.clone(), d.range))
            .collect();
        CompileFailure {
            first: cpython_style_error(&source.path, &source.text, &errors[0]),
            all: render_diagnostics(&source.path, &source.text, &errors),
        }
    })
}

/// Runs `body` on the interpreter thread and returns its exit code.
pub fn on_interpreter_thread(body: impl FnOnce() -> u8 + Send + 'static) -> ExitCode {
    let handle = std::thread::Builder::new()
        .name("tauraro".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(|| {
            // Without pools (the address space could not be reserved) it runs on glibc.
            let _ = crate::small_object_allocator::serve_this_thread();
            body()
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        Ok(Err(_)) => {
            eprintln!("tauraro: internal error (the interpreter panicked); please report this bug");
            ExitCode::from(70)
        }
        Err(err) => {
            eprintln!("tauraro: cannot start the interpreter thread: {err}");
            ExitCode::from(70)
        }
    }
}

/// Runs a compiled module as `__main__` and reports an uncaught exception like CPython.
pub fn run_module(vm: &mut Vm, module: &BytecodeModule, source: Option<&Source>) -> u8 {
    if let Some(source) = source {
        vm.register_source(&source.path, &source.text);
    }
    let result = vm.run_module(module, "__main__");
    vm.flush_output();
    let status = match result {
        Ok(_) => 0,
        Err(err) => match vm.system_exit_code(&err) {
            Some(Ok(code)) => code.clamp(0, 255) as u8,
            Some(Err(message)) => {
                eprintln!("{message}");
                1
            }
            None => {
                let text = vm.format_exception(err);
                eprint!("{text}");
                1
            }
        },
    };
    if let Some(main) = vm.main_module() {
        vm.finalize_main_module(&main);
    }
    status
}

/// `tauraro FILE` / `tauraro run FILE`: a source file or a `.trc` bytecode file.
pub fn run_path(path: String, argv: Vec<String>) -> ExitCode {
    on_interpreter_thread(move || {
        let mut vm = Vm::new(INTERPRETER_STACK);
        vm.set_argv(argv);
        crate::module_loader::install(&mut vm, Some(Path::new(&path)));
        if path.ends_with(".trc") {
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(err) => {
                    eprintln!(
                        "tauraro: can't open file '{path}': {}",
                        describe_io_error(&err)
                    );
                    return 2;
                }
            };
            let module = match tauraro_vm::load_module_bytes(&bytes) {
                Ok(module) => module,
                Err(err) => {
                    eprintln!("tauraro: cannot load '{path}': {err}");
                    return 1;
                }
            };
            return run_module(&mut vm, &module, None);
        }
        let source = match Source::read(&path) {
            Ok(source) => source,
            Err(message) => {
                eprintln!("{message}");
                return 2;
            }
        };
        match compile(&source) {
            Ok(module) => run_module(&mut vm, &module, Some(&source)),
            Err(failure) => {
                eprint!("{}", failure.first);
                1
            }
        }
    })
}

/// `tauraro -c CODE`.
pub fn run_code(code: String, argv: Vec<String>) -> ExitCode {
    on_interpreter_thread(move || {
        let mut vm = Vm::new(INTERPRETER_STACK);
        vm.set_argv(argv);
        crate::module_loader::install(&mut vm, None);
        let source = Source {
            path: "<string>".into(),
            text: code,
            dialect: Dialect::Python,
        };
        match compile(&source) {
            Ok(module) => run_module(&mut vm, &module, Some(&source)),
            Err(failure) => {
                eprint!("{}", failure.first);
                1
            }
        }
    })
}
