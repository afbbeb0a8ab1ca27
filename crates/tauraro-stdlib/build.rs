//! Embeds every file under `lib/` into the crate: writes `$OUT_DIR/embedded_files.rs`, a sorted
//! table of `(path relative to lib/, include_str!(absolute path))`, so the standard library's
//! Python sources ship inside the `tauraro` binary and adding a module needs no table edit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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
    let mut table = String::from("&[\n");
    for (relative, path) in &files {
        writeln!(
            table,
            "    ({relative:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    table.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("embedded_files.rs"), table).expect("writing the table");
}
