//! Tauraro's standard library modules that are written in Python (`lib/*.py`), embedded in
//! the binary with their bytecode, compiled by the build script (as CPython freezes modules),
//! so importing them costs no parsing. This crate stores and finds them; the CLI's module
//! loader decodes the bytecode. Modules written in Rust live in `tauraro-vm`'s `modules`.
//!
//! The library appears on `sys.path` as the virtual folder [`ROOT`], after the script's
//! folder and the folders of `TAURARO_PATH`/`PYTHONPATH`, as CPython's own library follows
//! them: a program's own `copy.py` shadows the library's `copy`. A package's `__path__`
//! is a virtual folder under [`ROOT`] too, so its submodules are found here as well.

/// The `sys.path` entry that stands for the embedded library.
pub const ROOT: &str = "<tauraro-stdlib>";

/// Every embedded file: its path relative to `lib/` (`/`-separated), its text and its
/// compiled `.trc` bytecode, sorted by path.
static FILES: &[(&str, &str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));

/// A module found in the embedded library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbeddedModule {
    /// The module's path, `ROOT/...`, which becomes its `__file__`.
    pub path: &'static str,
    /// The file is a package's `__init__.py`.
    pub is_package: bool,
    pub source: &'static str,
    /// The module compiled to `.trc` bytes (`tauraro_bytecode::encode_module`), its paths
    /// starting with [`ROOT`].
    pub bytecode: &'static [u8],
}

/// The embedded file at `relative` (a path under `lib/`).
fn file(relative: &str) -> Option<(&'static str, &'static str, &'static [u8])> {
    FILES
        .binary_search_by(|(path, _, _)| (*path).cmp(relative))
        .ok()
        .map(|index| FILES[index])
}

/// The module whose file's last name part is `last`, in the virtual `folder` (`ROOT` or a
/// folder under it). None when `folder` is not part of the embedded library, or has no
/// such module. A package (`last/__init__.py`) is found before a module (`last.py`).
pub fn find(folder: &str, last: &str) -> Option<EmbeddedModule> {
    let inside = folder.strip_prefix(ROOT)?;
    let inside = inside.trim_start_matches('/');
    let prefix = if inside.is_empty() {
        String::new()
    } else {
        format!("{inside}/")
    };
    let package = format!("{prefix}{last}/__init__.py");
    let module = format!("{prefix}{last}.py");
    [(package, true), (module, false)]
        .into_iter()
        .find_map(|(relative, is_package)| {
            file(&relative).map(|(path, source, bytecode)| EmbeddedModule {
                path: leak_path(path),
                is_package,
                source,
                bytecode,
            })
        })
}

/// `ROOT/relative`, built once per file: module paths are `&'static str` like the sources.
fn leak_path(relative: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static PATHS: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let mut paths = PATHS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    paths
        .entry(relative)
        .or_insert_with(|| Box::leak(format!("{ROOT}/{relative}").into_boxed_str()))
}

/// The paths (relative to `lib/`) of every embedded file, for tests and tools.
pub fn files() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(path, _, _)| *path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        let paths: Vec<_> = files().collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted);
        assert!(!paths.is_empty());
    }

    #[test]
    fn finds_modules_only_inside_the_virtual_root() {
        let found = find(ROOT, "bisect").expect("bisect is embedded");
        assert_eq!(found.path, "<tauraro-stdlib>/bisect.py");
        assert!(!found.is_package);
        assert!(found.source.contains("def bisect_left"));
        assert!(found.bytecode.starts_with(b"\x7fTRC"));
        assert_eq!(find("/usr/lib", "bisect"), None);
        assert_eq!(find(ROOT, "no_such_module"), None);
    }
}
