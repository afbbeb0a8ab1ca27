//! Generators: a suspended frame that lives outside the register stack between resumptions.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::PyErr;
use crate::object::Function;
use crate::value::Value;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

/// The saved frame of a generator.
pub struct GeneratorState {
    pub function: Rc<Function>,
    /// The frame's registers while suspended (moved onto the stack while running).
    pub registers: Vec<Value>,
    pub pc: usize,
    pub status: GenStatus,
    /// The register that receives the value sent on resumption.
    pub resume_register: Option<usize>,
    /// The iterator a `yield from` suspended in this generator delegates to.
    pub delegate: Option<Value>,
    /// A `throw()` or `close()` to forward to `delegate` when the `yield from` resumes.
    pub pending: Option<PendingThrow>,
    /// The exceptions being handled inside the generator when it suspended (inside an
    /// `except` block), restored on the handling stack when it resumes.
    pub saved_handling: Vec<Value>,
    /// The depth of the VM's handling stack when the running resumption started.
    pub handling_base: usize,
}

/// What `throw()` or `close()` asks a delegating `yield from` to do.
pub enum PendingThrow {
    Throw(PyErr),
    Close,
}

/// A generator object.
pub struct Generator {
    pub state: RefCell<GeneratorState>,
}
