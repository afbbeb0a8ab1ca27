//! `tauraro-hir` lowers syntax trees into a position-independent high-level IR (scopes,
//! constant folding, global slot resolution) and then into register bytecode, all driven by
//! incremental salsa queries.
//!
//! It does not execute anything; the VM lives in `tauraro-vm`.
