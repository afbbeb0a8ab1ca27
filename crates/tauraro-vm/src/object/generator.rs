//! Generators: a suspended frame that lives outside the register stack between resumptions.

use std::cell::RefCell;
use std::rc::Rc;

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
}

/// A generator object.
pub struct Generator {
    pub state: RefCell<GeneratorState>,
}
