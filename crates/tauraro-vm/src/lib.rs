//! `tauraro-vm` executes verified Tauraro bytecode: values, objects, the dispatch loop,
//! builtins and runtime errors.
//!
//! It depends only on `tauraro-bytecode`; it never sees source text or syntax trees.
