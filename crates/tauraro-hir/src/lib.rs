//! `tauraro-hir` lowers syntax trees into a position-independent high-level IR (scopes,
//! constant folding, global slot resolution) and then into register bytecode, all driven by
//! incremental salsa queries.
//!
//! It does not execute anything; the VM lives in `tauraro-vm`.

pub mod codegen;
pub mod db;
pub mod hir;
pub mod link;
pub mod lower;
pub mod scope;

pub use db::{Database, Db, Diagnostic, SourceFile, compile_file, file_diagnostics};
