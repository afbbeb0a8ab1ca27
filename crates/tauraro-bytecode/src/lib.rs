//! `tauraro-bytecode` defines Tauraro's versioned register bytecode: instructions with typed
//! operands, code objects, the `.trc` file format with its loader and verifier, and the
//! disassembler.
//!
//! It knows nothing about syntax or how values behave at run time.
