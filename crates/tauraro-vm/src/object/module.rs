//! Modules and their global slots.

use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::object::PyStr;
use crate::value::Value;

/// Module-level variables, indexed by the slots the compiler resolved.
///
/// Reads clone a value out and writes replace it; no reference into a slot ever escapes these
/// methods, so the `UnsafeCell` is never aliased (see the safety comments). This avoids a
/// `RefCell` flag check on every global access.
pub struct GlobalSlots {
    slots: Box<[UnsafeCell<Value>]>,
}

impl GlobalSlots {
    pub fn new(count: usize) -> GlobalSlots {
        GlobalSlots {
            slots: (0..count)
                .map(|_| UnsafeCell::new(Value::Undefined))
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The value of slot `index` (`Undefined` if unbound).
    #[inline]
    pub fn get(&self, index: usize) -> Value {
        // SAFETY: the only accesses to a slot are this method and `replace`, neither of which
        // lets a reference escape or runs code while holding one: cloning a `Value` only
        // increments a reference count. `Value` is not `Sync` and `GlobalSlots` is `!Sync`
        // (it holds `UnsafeCell`), so there are no concurrent accesses.
        unsafe { (*self.slots[index].get()).clone() }
    }

    /// The function in slot `index`, if it holds one (the call fast path: no `Value` clone).
    #[inline]
    pub fn function_at(&self, index: usize) -> Option<std::rc::Rc<crate::object::Function>> {
        // SAFETY: as in `get`; the shared reference lives only for the pattern match and the
        // `Rc` clone, which cannot run code.
        match unsafe { &*self.slots[index].get() } {
            Value::Function(function) => Some(function.clone()),
            _ => None,
        }
    }

    /// Stores `value` into slot `index`, returning the previous value. The caller drops the
    /// old value after this returns, outside the unsafe access.
    #[inline]
    pub fn replace(&self, index: usize, value: Value) -> Value {
        // SAFETY: as in `get`; the mutable reference lives only for the `mem::replace`.
        unsafe { std::mem::replace(&mut *self.slots[index].get(), value) }
    }
}

/// A module: its name, its global slots and the names of those slots.
pub struct Module {
    pub name: Rc<PyStr>,
    pub globals: GlobalSlots,
    pub slot_names: Box<[Rc<PyStr>]>,
    pub slot_by_name: HashMap<Box<str>, usize>,
}

impl Module {
    pub fn new(name: Rc<PyStr>, slot_names: Box<[Rc<PyStr>]>) -> Module {
        let slot_by_name = slot_names
            .iter()
            .enumerate()
            .map(|(index, name)| (Box::from(name.as_str()), index))
            .collect();
        Module {
            name,
            globals: GlobalSlots::new(slot_names.len()),
            slot_names,
            slot_by_name,
        }
    }

    /// The value of the global called `name`, if it exists and is bound.
    pub fn get_by_name(&self, name: &str) -> Option<Value> {
        let slot = *self.slot_by_name.get(name)?;
        let value = self.globals.get(slot);
        (!value.is_undefined()).then_some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_read_and_replace() {
        let slots = GlobalSlots::new(2);
        assert!(slots.get(0).is_undefined());
        let old = slots.replace(1, Value::Int(7));
        assert!(old.is_undefined());
        assert_eq!(slots.get(1).as_small_int(), Some(7));
        let shared = Value::str("x");
        drop(slots.replace(0, shared.clone()));
        assert!(slots.get(0).is(&shared));
    }
}
