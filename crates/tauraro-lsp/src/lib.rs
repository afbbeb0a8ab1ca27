//! `tauraro-lsp`: a language server for Tauraro and Python files, on `tauraro-syntax` and the
//! salsa database of `tauraro-hir`, speaking LSP over stdio through `lsp-server` (synchronous,
//! no async runtime). `tauraro lsp` starts it.
//!
//! The database holds one input per document; an edit re-parses that file, re-lowers only the
//! functions whose text changed (the HIR's per-item queries) and rebuilds only their name
//! indexes ([`names`]). Features: diagnostics, document symbols, go to definition (across the
//! workspace's files for imports), hover, semantic tokens, folding ranges, references and
//! rename of locals. See `docs/lsp.md`.
//!
//! Layout: [`transport`] (framing) → [`server`] (lifecycle, dispatch) → one module per feature,
//! over [`workspace`] (documents, module lookup), [`names`] (per-unit name indexes, salsa) and
//! [`resolve`] (name resolution over a file).

mod builtins;
pub mod definition;
pub mod diagnostics;
pub mod folding;
pub mod hover;
pub mod line_index;
pub mod names;
pub mod references;
pub mod resolve;
pub mod semantic_tokens;
pub mod server;
mod signature;
pub mod symbols;
pub mod sync;
pub mod transport;
pub mod workspace;

use std::process::ExitCode;

pub use crate::server::{Exit, Server};

/// Stack size of the server thread: name resolution and the HIR recurse over syntax trees,
/// whose depth the parser bounds (`tauraro_syntax::MAX_DEPTH`) but generously.
const SERVER_STACK: usize = 256 << 20;

/// Runs the server on standard input and output until the client says `exit` (exit status 0
/// after `shutdown`, 1 otherwise, as the protocol asks).
pub fn run_stdio() -> ExitCode {
    let server = std::thread::Builder::new()
        .name("tauraro-lsp".to_owned())
        .stack_size(SERVER_STACK)
        .spawn(|| {
            let (connection, writer) = transport::stdio();
            let exit = Server::new(connection, tauraro_hir::Database::default()).run();
            // The server (and so the connection's sender) is gone: the writer drains and ends.
            let written = writer.join();
            (exit, written)
        });
    match server.map(|handle| handle.join()) {
        Ok(Ok((Exit::Clean, Ok(())))) => ExitCode::SUCCESS,
        Ok(Ok((_, Err(error)))) => {
            eprintln!("tauraro lsp: {error}");
            ExitCode::FAILURE
        }
        Ok(Ok((Exit::Abrupt, Ok(())))) => ExitCode::FAILURE,
        Ok(Err(_)) => {
            eprintln!("tauraro lsp: the server thread panicked");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("tauraro lsp: cannot start the server thread: {error}");
            ExitCode::FAILURE
        }
    }
}
