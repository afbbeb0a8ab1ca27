//! Cells: the shared variables of closures.

use std::cell::UnsafeCell;

use crate::value::Value;

/// A closure cell; `Value::Undefined` means empty.
///
/// The value sits in an `UnsafeCell` rather than a `RefCell`: every closure call reads or
/// writes cells, and the borrow flag's updates showed in those handlers. Soundness rests on
/// the contents never being lent out: `get` clones and `set` swaps, neither runs Python code
/// or touches another cell while it holds the reference, and the old value `set` returns is
/// dropped by the caller after the swap.
pub struct PyCell {
    value: UnsafeCell<Value>,
}

impl PyCell {
    pub fn new(value: Value) -> PyCell {
        PyCell {
            value: UnsafeCell::new(value),
        }
    }

    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: see the type's comment: no other reference to the contents is live, and
        // cloning only increments a reference count.
        unsafe { (*self.value.get()).clone() }
    }

    /// The contents, borrowed in place, for the interpreter's fast lane, which copies them
    /// into a register at once.
    ///
    /// # Safety
    /// The caller must not store into the cell, nor run code that could, while the reference
    /// lives.
    #[inline(always)]
    pub unsafe fn contents(&self) -> &Value {
        // SAFETY: as in `get`, for as long as the caller's guarantee holds.
        unsafe { &*self.value.get() }
    }

    /// Stores `value` and returns the previous one (for the caller to drop).
    #[inline]
    pub fn set(&self, value: Value) -> Value {
        // SAFETY: as in `get`: the swap is the only access while the reference lives.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }
}
