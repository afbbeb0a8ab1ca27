//! `list`: a mutable sequence.

use std::cell::RefCell;

use crate::value::Value;

/// A Python list. The `RefCell` is never borrowed across a call that can run Python code.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// A copy of the items (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    pub fn get(&self, index: usize) -> Option<Value> {
        self.items.borrow().get(index).cloned()
    }
}
