//! `tauraro-lsp`: the language server as its own executable (the same server as `tauraro lsp`),
//! for editors configured with a bare server binary and for this crate's tests and benchmarks.

fn main() -> std::process::ExitCode {
    tauraro_lsp::run_stdio()
}
