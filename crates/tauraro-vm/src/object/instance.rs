//! Instances of classes, including exception instances and the builtin descriptor objects
//! (`property`, `staticmethod`, `classmethod`, `super`).

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::TraceEntry;
use crate::object::{Class, DictTable, PyDict};
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

/// Native state of instances of some builtin classes.
pub enum Payload {
    None,
    Property {
        getter: Value,
        setter: Value,
        deleter: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(class, object)`: attribute lookup starts after `class` in `object`'s MRO.
    Super {
        class: Rc<Class>,
        object: Value,
    },
}

/// An instance of a class.
pub struct Instance {
    pub class: Rc<Class>,
    /// The instance's `__dict__`.
    pub attrs: Rc<PyDict>,
    /// Present exactly when the class derives from BaseException.
    pub exception: Option<RefCell<ExceptionData>>,
    pub payload: Payload,
}

impl Instance {
    /// A plain instance with an empty `__dict__`.
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        Instance {
            class,
            attrs: Rc::new(PyDict::new(DictTable::new())),
            exception: None,
            payload,
        }
    }
}
