//! Instances of classes, including exception instances.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::TraceEntry;
use crate::object::{Class, DictTable};
use crate::value::Value;

/// What an exception instance carries beyond its attributes.
pub struct ExceptionData {
    /// The `args` tuple.
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// An instance of a class.
pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: RefCell<DictTable>,
    /// Present exactly when the class derives from BaseException.
    pub exception: Option<RefCell<ExceptionData>>,
}
