//! The module loader the VM calls for `import`: it finds a module's file on the search path
//! and compiles it with the compiler's database, turning the first diagnostic into the
//! SyntaxError CPython would raise.
//!
//! In each folder, in order: `NAME/__init__.py` or `NAME/__init__.tr` (a package), then
//! `NAME.py`, then `NAME.tr`. A folder `NAME` without an `__init__` file would be a
//! namespace package under CPython; Tauraro does not support those and says so when no
//! folder has a regular module of that name.
//!
//! `sys.path` starts with the main script's folder (or the current folder for `-c` and the
//! interactive prompt, written `''` as in CPython), followed by the folders of the
//! `TAURARO_PATH` environment variable, then those of `PYTHONPATH`, then the embedded
//! standard library ([`tauraro_stdlib::ROOT`], a virtual folder whose files are compiled
//! from the binary's own copy).

use std::path::{Path, PathBuf};

use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::{Dialect, LineIndex};
use tauraro_vm::{ExcKind, FoundModule, LoadFailure, ModuleLoader, SyntaxErrorInfo, Vm};

/// Finds module files and compiles them.
#[derive(Default)]
pub struct FileModuleLoader {
    db: Database,
}

/// The environment variables whose folders follow the script's folder on `sys.path`.
const PATH_VARIABLES: [&str; 2] = ["TAURARO_PATH", "PYTHONPATH"];

/// Installs the loader and `sys.path` in `vm`. `script` is the main program's file, or None
/// for code that does not come from a file.
pub fn install(vm: &mut Vm, script: Option<&Path>) {
    let first = match script {
        Some(script) => script_folder(script),
        None => String::new(),
    };
    let mut folders = vec![first];
    for variable in PATH_VARIABLES {
        if let Some(value) = std::env::var_os(variable) {
            folders.extend(
                std::env::split_paths(&value)
                    .filter(|folder| !folder.as_os_str().is_empty())
                    .map(|folder| folder.to_string_lossy().into_owned()),
            );
        }
    }
    folders.push(tauraro_stdlib::ROOT.to_owned());
    vm.set_module_search_path(folders);
    vm.set_module_loader(Box::new(FileModuleLoader::default()));
}

/// The absolute folder of the script, symbolic links resolved, as CPython's `sys.path[0]`.
fn script_folder(script: &Path) -> String {
    let resolved = std::fs::canonicalize(script).unwrap_or_else(|_| script.to_path_buf());
    resolved
        .parent()
        .map_or_else(String::new, |folder| folder.to_string_lossy().into_owned())
}

/// The candidate files of module `last` in `folder`: the package's `__init__` files, then
/// the module files, with whether each is a package.
fn candidates(folder: &Path, last: &str) -> [(PathBuf, bool); 4] {
    let package = folder.join(last);
    [
        (package.join("__init__.py"), true),
        (package.join("__init__.tr"), true),
        (folder.join(format!("{last}.py")), false),
        (folder.join(format!("{last}.tr")), false),
    ]
}

impl ModuleLoader for FileModuleLoader {
    fn find_and_compile(
        &mut self,
        name: &str,
        folders: &[String],
    ) -> Result<Option<FoundModule>, LoadFailure> {
        let last = name.rsplit('.').next().unwrap_or(name);
        let mut namespace_folder = None;
        for folder in folders {
            if let Some(embedded) = tauraro_stdlib::find(folder, last) {
                return load_embedded(&embedded).map(Some);
            }
            if folder.starts_with(tauraro_stdlib::ROOT) {
                continue;
            }
            // `''` is the current folder, as in CPython.
            let folder = if folder.is_empty() {
                std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
            } else {
                PathBuf::from(folder)
            };
            for (path, is_package) in candidates(&folder, last) {
                if path.is_file() {
                    return self.compile(&path, is_package).map(Some);
                }
            }
            let package = folder.join(last);
            if namespace_folder.is_none() && package.is_dir() {
                namespace_folder = Some(package);
            }
        }
        match namespace_folder {
            Some(folder) => Err(LoadFailure::NotSupported(format!(
                "namespace packages (the folder '{}' has no __init__.py)",
                folder.display()
            ))),
            None => Ok(None),
        }
    }
}

impl FileModuleLoader {
    fn compile(&mut self, path: &Path, is_package: bool) -> Result<FoundModule, LoadFailure> {
        let path_text = path.to_string_lossy().into_owned();
        let bytes = std::fs::read(path).map_err(|err| LoadFailure::Unreadable {
            path: path_text.clone(),
            message: format!("cannot read '{path_text}': {err}"),
        })?;
        let text = String::from_utf8(bytes).map_err(|_| LoadFailure::Unreadable {
            path: path_text.clone(),
            message: format!("cannot read '{path_text}': it is not valid UTF-8"),
        })?;
        self.compile_text(path_text, text, Dialect::from_path(path), is_package)
    }

    fn compile_text(
        &mut self,
        path_text: String,
        text: String,
        dialect: Dialect,
        is_package: bool,
    ) -> Result<FoundModule, LoadFailure> {
        let file = SourceFile::program(&self.db, path_text.clone(), text.clone(), dialect);
        match compile_file(&self.db, file) {
            Ok(bytecode) => Ok(FoundModule {
                path: path_text,
                is_package,
                bytecode,
            }),
            Err(diagnostics) => {
                let first = &diagnostics[0];
                let index = LineIndex::new(&text);
                let position = index.line_col(first.range.start());
                Err(LoadFailure::Syntax(SyntaxErrorInfo {
                    kind: syntax_error_kind(&first.message),
                    message: first.message.clone(),
                    path: path_text,
                    line: position.line,
                    offset: position.col,
                    text: index.line_text(position.line).to_owned(),
                }))
            }
        }
    }
}

/// A library module from its bytecode, compiled when the binary was built.
fn load_embedded(embedded: &tauraro_stdlib::EmbeddedModule) -> Result<FoundModule, LoadFailure> {
    let bytecode = tauraro_vm::load_module_bytes(embedded.bytecode).map_err(|err| {
        LoadFailure::Unreadable {
            path: embedded.path.to_owned(),
            message: format!("cannot load the library module '{}': {err}", embedded.path),
        }
    })?;
    Ok(FoundModule {
        path: embedded.path.to_owned(),
        is_package: embedded.is_package,
        bytecode,
    })
}

/// The SyntaxError subclass for a message, as the CLI names them for the main program.
fn syntax_error_kind(message: &str) -> ExcKind {
    if message.contains("tabs and spaces") {
        ExcKind::TabError
    } else if message.contains("indent") {
        ExcKind::IndentationError
    } else {
        ExcKind::SyntaxError
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_folder(test: &str) -> PathBuf {
        let folder =
            std::env::temp_dir().join(format!("tauraro-loader-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        folder
    }

    #[test]
    fn finds_packages_before_modules_and_folders_in_order() {
        let first = temp_folder("order-a");
        let second = temp_folder("order-b");
        std::fs::create_dir_all(first.join("pkg")).unwrap();
        std::fs::write(first.join("pkg/__init__.py"), "x = 1\n").unwrap();
        std::fs::write(first.join("pkg.py"), "x = 2\n").unwrap();
        std::fs::write(second.join("other.tr"), "x = 3\n").unwrap();
        let folders = [
            first.to_string_lossy().into_owned(),
            second.to_string_lossy().into_owned(),
        ];
        let mut loader = FileModuleLoader::default();
        let found = loader.find_and_compile("pkg", &folders).unwrap().unwrap();
        assert!(found.is_package);
        assert!(found.path.ends_with("pkg/__init__.py"), "{}", found.path);
        let found = loader
            .find_and_compile("a.other", &folders)
            .unwrap()
            .unwrap();
        assert!(!found.is_package);
        assert!(found.path.ends_with("other.tr"), "{}", found.path);
        assert!(
            loader
                .find_and_compile("missing", &folders)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn syntax_errors_carry_position_and_kind() {
        let folder = temp_folder("syntax");
        std::fs::write(folder.join("bad.py"), "x = 1\nif x\n    pass\n").unwrap();
        std::fs::write(folder.join("indent.py"), "x = 1\n  y = 2\n").unwrap();
        let folders = [folder.to_string_lossy().into_owned()];
        let mut loader = FileModuleLoader::default();
        let Err(LoadFailure::Syntax(info)) = loader.find_and_compile("bad", &folders) else {
            panic!("expected a syntax error");
        };
        assert_eq!(info.kind, ExcKind::SyntaxError);
        assert_eq!(info.message, "expected ':'");
        assert_eq!((info.line, info.offset), (2, 5));
        assert_eq!(info.text, "if x");
        assert!(info.path.ends_with("bad.py"));
        let Err(LoadFailure::Syntax(info)) = loader.find_and_compile("indent", &folders) else {
            panic!("expected an indentation error");
        };
        assert_eq!(info.kind, ExcKind::IndentationError);
        assert_eq!(info.line, 2);
    }

    #[test]
    fn folders_without_init_are_reported_as_unsupported() {
        let folder = temp_folder("namespace");
        std::fs::create_dir_all(folder.join("space")).unwrap();
        let folders = [folder.to_string_lossy().into_owned()];
        let mut loader = FileModuleLoader::default();
        match loader.find_and_compile("space", &folders) {
            Err(LoadFailure::NotSupported(message)) => {
                assert!(message.contains("namespace packages"), "{message}")
            }
            _ => panic!("expected 'not supported'"),
        }
    }

    #[test]
    fn unreadable_files_are_import_errors() {
        let folder = temp_folder("unreadable");
        std::fs::write(folder.join("binary.py"), [0xff, 0xfe, 0x00]).unwrap();
        let folders = [folder.to_string_lossy().into_owned()];
        let mut loader = FileModuleLoader::default();
        match loader.find_and_compile("binary", &folders) {
            Err(LoadFailure::Unreadable { message, .. }) => {
                assert!(message.contains("not valid UTF-8"), "{message}")
            }
            _ => panic!("expected an unreadable file"),
        }
    }
}
