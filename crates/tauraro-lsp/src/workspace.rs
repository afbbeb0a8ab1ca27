//! The server's state: the salsa database holding one [`SourceFile`] input per document (open
//! in the editor, or read from disk because an open one imports it), the workspace roots, and
//! module lookup for imports across files.
//!
//! An edit sets the file's text input; everything derived from it is recomputed on demand by
//! salsa, only where the edit reaches.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::SystemTime;

use lsp_types::Uri;
use salsa::Setter;
use tauraro_hir::{Database, Db, SourceFile};
use tauraro_syntax::Dialect;

use crate::line_index::LineIndex;

/// Where a document's text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// The editor owns the text (between didOpen and didClose).
    Editor { version: i32 },
    /// Read from disk, with the modification time it had then.
    Disk { modified: Option<SystemTime> },
}

struct Document {
    file: SourceFile,
    uri: Uri,
    path: Option<PathBuf>,
    origin: Origin,
}

pub struct Workspace {
    db: Database,
    roots: Vec<PathBuf>,
    documents: HashMap<String, Document>,
}

/// The line index of a file's text, memoized per revision.
#[salsa::tracked(returns(clone), no_eq)]
pub fn line_index(db: &dyn Db, file: SourceFile) -> Arc<LineIndex> {
    Arc::new(LineIndex::new(file.text(db)))
}

impl Workspace {
    pub fn new(db: Database) -> Workspace {
        Workspace {
            db,
            roots: Vec::new(),
            documents: HashMap::new(),
        }
    }

    pub fn db(&self) -> &Database {
        &self.db
    }

    pub fn set_roots(&mut self, roots: Vec<PathBuf>) {
        self.roots = roots;
    }

    pub fn file(&self, uri: &Uri) -> Option<SourceFile> {
        self.documents.get(uri.as_str()).map(|d| d.file)
    }

    pub fn is_open(&self, uri: &Uri) -> bool {
        self.documents
            .get(uri.as_str())
            .is_some_and(|d| matches!(d.origin, Origin::Editor { .. }))
    }

    pub fn version(&self, uri: &Uri) -> Option<i32> {
        match self.documents.get(uri.as_str())?.origin {
            Origin::Editor { version } => Some(version),
            Origin::Disk { .. } => None,
        }
    }

    pub fn uri_of(&self, file: SourceFile) -> Option<Uri> {
        self.documents
            .values()
            .find(|d| d.file == file)
            .map(|d| d.uri.clone())
    }

    pub fn text(&self, file: SourceFile) -> &str {
        file.text(&self.db)
    }

    pub fn line_index(&self, file: SourceFile) -> Arc<LineIndex> {
        line_index(&self.db, file)
    }

    /// `textDocument/didOpen`: the editor's text replaces whatever was known.
    pub fn open(&mut self, uri: Uri, version: i32, text: String) -> SourceFile {
        let path = uri_to_path(&uri);
        let origin = Origin::Editor { version };
        if let Some(document) = self.documents.get_mut(uri.as_str()) {
            document.origin = origin;
            let file = document.file;
            if file.text(&self.db) != &text {
                file.set_text(&mut self.db).to(text);
            }
            return file;
        }
        let dialect = dialect_of(&uri, path.as_deref());
        let file = SourceFile::program(&self.db, uri.as_str().to_owned(), text, dialect);
        self.documents.insert(
            uri.as_str().to_owned(),
            Document {
                file,
                uri,
                path,
                origin,
            },
        );
        file
    }

    /// Replaces the text of an open document.
    pub fn set_text(&mut self, uri: &Uri, version: i32, text: String) -> Option<SourceFile> {
        let document = self.documents.get_mut(uri.as_str())?;
        document.origin = Origin::Editor { version };
        let file = document.file;
        file.set_text(&mut self.db).to(text);
        Some(file)
    }

    /// `textDocument/didClose`: the file is again what the disk says (if it is on disk).
    pub fn close(&mut self, uri: &Uri) {
        let Some(document) = self.documents.get(uri.as_str()) else {
            return;
        };
        match document.path.clone() {
            Some(path) => {
                self.documents.get_mut(uri.as_str()).unwrap().origin =
                    Origin::Disk { modified: None };
                self.refresh_from_disk(uri.as_str(), &path);
            }
            None => {
                self.documents.remove(uri.as_str());
            }
        }
    }

    /// Re-reads a file the editor does not own when its modification time changed.
    fn refresh_from_disk(&mut self, key: &str, path: &Path) -> Option<SourceFile> {
        let document = self.documents.get(key)?;
        let file = document.file;
        let Origin::Disk { modified } = document.origin else {
            return Some(file);
        };
        let now = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        if now.is_some() && now == modified {
            return Some(file);
        }
        let text = std::fs::read_to_string(path).ok()?;
        if file.text(&self.db) != &text {
            file.set_text(&mut self.db).to(text);
        }
        self.documents.get_mut(key)?.origin = Origin::Disk { modified: now };
        Some(file)
    }

    /// The file at `path`: an open document, or read from disk.
    pub fn load(&mut self, path: &Path) -> Option<SourceFile> {
        let uri = path_to_uri(path)?;
        let key = uri.as_str().to_owned();
        if self.documents.contains_key(&key) {
            return self.refresh_from_disk(&key, path);
        }
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let text = std::fs::read_to_string(path).ok()?;
        let dialect = Dialect::from_path(path);
        let file = SourceFile::program(&self.db, key.clone(), text, dialect);
        self.documents.insert(
            key,
            Document {
                file,
                uri,
                path: Some(path.to_owned()),
                origin: Origin::Disk { modified },
            },
        );
        Some(file)
    }

    fn path_of(&self, file: SourceFile) -> Option<PathBuf> {
        self.documents
            .values()
            .find(|d| d.file == file)
            .and_then(|d| d.path.clone())
    }

    /// The file of module `module` (dotted) imported from `from` with `level` leading dots:
    /// relative imports start at the importing file's package; absolute ones are looked up
    /// next to the importing file, then in each workspace root.
    pub fn resolve_module(
        &mut self,
        from: SourceFile,
        module: &str,
        level: u32,
    ) -> Option<SourceFile> {
        let from_dir = self
            .path_of(from)
            .and_then(|p| p.parent().map(Path::to_owned));
        let bases: Vec<PathBuf> = if level > 0 {
            let mut dir = from_dir?;
            for _ in 1..level {
                dir = dir.parent()?.to_owned();
            }
            vec![dir]
        } else {
            from_dir.into_iter().chain(self.roots.clone()).collect()
        };
        let relative: PathBuf = module.split('.').filter(|p| !p.is_empty()).collect();
        for base in bases {
            let stem = base.join(&relative);
            let mut candidates = vec![stem.join("__init__.py"), stem.join("__init__.tr")];
            if !module.is_empty() {
                candidates.insert(0, stem.with_extension("py"));
                candidates.insert(1, stem.with_extension("tr"));
            }
            for candidate in candidates {
                if candidate.is_file()
                    && let Some(file) = self.load(&candidate)
                {
                    return Some(file);
                }
            }
        }
        None
    }
}

fn dialect_of(uri: &Uri, path: Option<&Path>) -> Dialect {
    match path {
        Some(path) => Dialect::from_path(path),
        None if uri.as_str().ends_with(".tr") => Dialect::Tauraro,
        None => Dialect::Python,
    }
}

/// The local path of a `file:` URI (percent-decoded); `None` for other schemes.
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///p` has an empty authority; `file://localhost/p` names this machine.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(slash) if &rest[..slash] == "localhost" => &rest[slash..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let mut bytes = Vec::with_capacity(path.len());
    let raw = path.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if raw[i] == b'%'
            && let (Some(high), Some(low)) = (
                raw.get(i + 1).and_then(|b| hex(*b)),
                raw.get(i + 2).and_then(|b| hex(*b)),
            )
        {
            bytes.push((high * 16 + low) as u8);
            i += 3;
            continue;
        }
        bytes.push(raw[i]);
        i += 1;
    }
    let decoded = String::from_utf8(bytes).ok()?;
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    if !text.starts_with('/') {
        return None;
    }
    let mut encoded = String::from("file://");
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    Uri::from_str(&encoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_round_trip_with_percent_encoding() {
        let path = Path::new("/tmp/a dir/ƙasa.py");
        let uri = path_to_uri(path).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/a%20dir/%C6%99asa.py");
        assert_eq!(uri_to_path(&uri).unwrap(), path);
        let odd = Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(uri_to_path(&odd), None);
        let remote = Uri::from_str("file://server/share/x.py").unwrap();
        assert_eq!(uri_to_path(&remote), None);
    }
}
