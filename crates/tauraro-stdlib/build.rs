//! Embeds every file under `lib/` into the crate: compiles each with the real compiler to
//! `.trc` bytecode in `$OUT_DIR`, and writes `$OUT_DIR/embedded_files.rs`, a sorted table of
//! `(path relative to lib/, include_str!(source), include_bytes!(bytecode))`, so the standard
//! library ships inside the `tauraro` binary already compiled, and adding a module needs no
//! table edit. A library module with a syntax error fails the build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tauraro_hir::{Database, SourceFile, compile_file};
use tauraro_syntax::Dialect;

/// The `sys.path` entry that stands for the library (`tauraro_stdlib::ROOT`); module paths
/// compiled into the bytecode (`__file__`, tracebacks) start with it.
const ROOT: &str = "<tauraro-stdlib>";

fn collect(root: &Path, folder: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .unwrap_or_else(|err| panic!("reading {}: {err}", folder.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name == "__pycache__") {
                continue;
            }
            collect(root, &path, out);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let relative = path
                .strip_prefix(root)
                .expect("file under lib/")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    // Cargo only re-runs this script when lib/ itself changes; list every folder and file
    // so edits inside sub-folders are seen too.
    for (_, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        if let Some(parent) = path.parent() {
            println!("cargo:rerun-if-changed={}", parent.display());
        }
    }
    files.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let bytecode_folder = out.join("bytecode");
    std::fs::create_dir_all(&bytecode_folder).expect("creating the bytecode folder");
    let db = Database::default();
    let mut table = String::from("&[\n");
    for (index, (relative, path)) in files.iter().enumerate() {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
        let module_path = format!("{ROOT}/{relative}");
        let file = SourceFile::program(&db, module_path, text, Dialect::Python);
        let module = compile_file(&db, file).unwrap_or_else(|diagnostics| {
            panic!(
                "lib/{relative} does not compile: {:?}",
                diagnostics[0].message
            )
        });
        let bytecode_path = bytecode_folder.join(format!("{index}.trc"));
        std::fs::write(&bytecode_path, tauraro_bytecode::encode_module(&module))
            .expect("writing bytecode");
        writeln!(
            table,
            "    ({relative:?}, include_str!({:?}), include_bytes!({:?})),",
            path.display().to_string(),
            bytecode_path.display().to_string()
        )
        .expect("writing to a String");
    }
    table.push(']');
    std::fs::write(out.join("embedded_files.rs"), table).expect("writing the table");
}
