//! `tauraro-vm` executes verified Tauraro bytecode: the value representation, heap objects,
//! the register-machine interpreter, Python's runtime semantics and the builtins.
//!
//! It depends only on `tauraro-bytecode`; it never sees source text or syntax trees. It has
//! its own version ([`VM_VERSION`]) and states which bytecode format versions it accepts
//! ([`ACCEPTED_FORMAT_VERSIONS`]). Unit tests sit beside the code; the language-level tests
//! (Python programs with CPython's expected output) live in the CLI crate.

pub mod builtins;
pub mod error;
pub mod gc;
pub mod import;
pub mod interpreter;
mod loader;
mod modules;
pub mod object;
pub mod runtime;
pub mod text;
pub mod value;

pub use error::{ExcKind, PyErr, PyResult};
pub use import::{FoundModule, LoadFailure, ModuleLoader, SyntaxErrorInfo};
pub use interpreter::Vm;
pub use loader::{LoadError, load_module_bytes};
pub use value::Value;

/// The version of the virtual machine.
pub const VM_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The bytecode format versions this VM executes.
pub const ACCEPTED_FORMAT_VERSIONS: &[u32] = &[6];
