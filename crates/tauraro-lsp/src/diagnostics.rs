//! `textDocument/publishDiagnostics`: the parser's syntax errors and the compile-time
//! SyntaxErrors of the HIR (assignment to a literal, `return` outside a function, misplaced
//! `nonlocal`, ...), with ranges in UTF-16 positions.

use lsp_types::{Diagnostic, DiagnosticSeverity, NumberOrString};
use tauraro_hir::{Db, SourceFile, file_diagnostics};

use crate::workspace::line_index;

/// The diagnostics of a file, as the LSP wants them.
pub fn diagnostics(db: &dyn Db, file: SourceFile) -> Vec<Diagnostic> {
    let index = line_index(db, file);
    file_diagnostics(db, file)
        .into_iter()
        .map(|diagnostic| Diagnostic {
            range: index.range(diagnostic.range),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String(
                exception_name(&diagnostic.message).to_owned(),
            )),
            source: Some("tauraro".to_owned()),
            message: diagnostic.message,
            ..Diagnostic::default()
        })
        .collect()
}

/// The exception CPython would raise for the message (as `tauraro-syntax` reports it).
fn exception_name(message: &str) -> &'static str {
    if message.contains("tabs and spaces") {
        "TabError"
    } else if message.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    }
}
