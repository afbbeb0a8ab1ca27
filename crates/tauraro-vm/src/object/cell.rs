//! Cells: the shared variables of closures.

use std::cell::RefCell;

use crate::value::Value;

/// A closure cell; `Value::Undefined` means empty.
pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(value: Value) -> PyCell {
        PyCell {
            value: RefCell::new(value),
        }
    }

    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    pub fn set(&self, value: Value) -> Value {
        std::mem::replace(&mut *self.value.borrow_mut(), value)
    }
}
