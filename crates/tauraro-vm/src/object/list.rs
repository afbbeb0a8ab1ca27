//! `list`: a mutable sequence.

use std::cell::{Cell, RefCell};

use crate::value::Value;

/// The length from which [`PyList::push`] grows a full list by a quarter.
const GENTLE_GROWTH_FROM: usize = 256;

/// A Python list. The `RefCell` is never borrowed across a call that can run Python code.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
    /// The list's position in the cycle collector's registry, or [`super::UNTRACKED`].
    pub gc_slot: Cell<u32>,
}

impl Drop for PyList {
    fn drop(&mut self) {
        if self.gc_slot.get() != super::UNTRACKED {
            crate::gc::forget_list(self);
        }
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
            gc_slot: Cell::new(super::UNTRACKED),
        }
    }

    /// `list.append(value)`. Past a few hundred items a full list grows by a quarter instead
    /// of doubling (CPython's lists grow by about an eighth): a list built by appending then
    /// leaves at most a fifth of its slots unused, not up to half.
    #[inline]
    pub fn push(&self, value: Value) {
        let mut items = self.items.borrow_mut();
        if items.len() == items.capacity() && items.len() >= GENTLE_GROWTH_FROM {
            let more = items.len() / 4;
            items.reserve_exact(more);
        }
        items.push(value);
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
