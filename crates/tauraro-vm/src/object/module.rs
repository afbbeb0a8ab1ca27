//! Modules and their global slots.

use std::cell::{RefCell, UnsafeCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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

    /// The function in slot `index`, if it holds one, borrowed in place (the call fast path:
    /// no reference-count traffic).
    ///
    /// # Safety
    /// The caller must not store into slot `index` (`replace`), nor run code that could,
    /// while the returned reference is alive.
    #[inline]
    pub unsafe fn function_at(
        &self,
        index: usize,
    ) -> Option<&std::rc::Rc<crate::object::Function>> {
        // SAFETY: as in `get`; the caller guarantees no store to the slot while the shared
        // reference lives.
        match unsafe { &*self.slots[index].get() } {
            Value::Function(function) => Some(function),
            _ => None,
        }
    }

    /// The value of slot `index` when it is bound to an inline value (an int, float, bool or
    /// None: copying it takes no reference); `None` otherwise. Calls nothing, for the
    /// interpreter's threaded fast lane.
    #[inline(always)]
    pub fn inline_get(&self, index: usize) -> Option<Value> {
        // SAFETY: as in `get`; the reference lives only for this read.
        let value = unsafe { &*self.slots.get(index)?.get() };
        (!value.is_heap() && !value.is_undefined()).then(|| crate::value::read(value))
    }

    /// The value bound to slot `index`, borrowed in place (`None` when unbound), for the
    /// interpreter's threaded fast lane, which copies it into a register at once.
    ///
    /// # Safety
    /// The caller must not store into slot `index`, nor run code that could, while the
    /// returned reference is alive.
    #[inline(always)]
    pub unsafe fn bound_at(&self, index: usize) -> Option<&Value> {
        // SAFETY: as in `function_at`.
        let value = unsafe { &*self.slots.get(index)?.get() };
        (!value.is_undefined()).then_some(value)
    }

    /// The value of slot `index` when it is bound to an int that fits in 64 bits; `None`
    /// otherwise. Calls nothing, for the interpreter's threaded fast lane. (A `Value` copy
    /// made there kept a call to the drop glue on every comparison.)
    #[inline(always)]
    pub fn int_get(&self, index: usize) -> Option<i64> {
        // SAFETY: as in `get`; the reference lives only for this read.
        match unsafe { &*self.slots.get(index)?.get() } {
            Value::Int(value) => Some(*value),
            _ => None,
        }
    }

    /// Binds slot `index` to the inline `value` when it is bound to an inline value already
    /// (so nothing is released); false, storing nothing, otherwise. Calls nothing, for the
    /// interpreter's threaded fast lane.
    #[inline(always)]
    pub fn inline_set(&self, index: usize, value: &Value) -> bool {
        let Some(slot) = self.slots.get(index) else {
            return false;
        };
        // SAFETY: as in `replace`; the reference lives only for this check and store.
        let slot = unsafe { &mut *slot.get() };
        if slot.is_heap() || slot.is_undefined() || value.is_heap() {
            return false;
        }
        // SAFETY: `slot` is a valid, exclusive place whose old value is inline: overwriting
        // it without dropping releases nothing.
        unsafe { std::ptr::write(slot, crate::value::read(value)) };
        true
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
///
/// A program's module has exactly the slots its compiler resolved. An interactive session's
/// namespace is created with spare slots that later inputs claim for their new names.
///
/// Names the compiler could not know — those bound by `from m import *`, attributes set on
/// the module from outside (`m.x = 1`) — live in the *dynamic namespace* beside the slots.
/// A name is never in both: claiming a slot for a dynamic name moves its value into the slot.
/// Code reads dynamic names with `LoadName` (which the compiler emits for every global
/// without a slot), so a module's own slotted globals keep their fast path.
pub struct Module {
    pub name: Rc<PyStr>,
    pub globals: GlobalSlots,
    names: RefCell<Vec<Rc<PyStr>>>,
    slot_by_name: RefCell<HashMap<Box<str>, usize>>,
    /// Slots by the cached hash of their name, for attribute reads (`math.sqrt`) that have
    /// the name as a `PyStr` already: no string hashing on that path.
    slot_by_hash: RefCell<HashMap<i64, usize, BuildHasherDefault<PrehashedKey>>>,
    dynamic: RefCell<DynamicNames>,
}

/// Marks a hash shared by two slot names: such lookups take the path by text.
const SHARED_HASH: usize = usize::MAX;

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct PrehashedKey(u64);

impl Hasher for PrehashedKey {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_i64` is used (the keys are i64); fold anything else in all the same.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }

    fn write_i64(&mut self, value: i64) {
        self.0 = value as u64;
    }
}

/// The dynamic namespace of a module, in insertion order. A deleted name keeps its entry,
/// holding `Undefined`, until it is bound again.
#[derive(Default)]
struct DynamicNames {
    position: HashMap<Box<str>, usize>,
    entries: Vec<(Rc<PyStr>, Value)>,
}

impl Module {
    pub fn new(name: Rc<PyStr>, slot_names: Box<[Rc<PyStr>]>) -> Module {
        let module = Module::with_capacity(name, slot_names.len());
        module.bind_names(&slot_names);
        module
    }

    /// A namespace with room for `capacity` names and none bound yet.
    pub fn with_capacity(name: Rc<PyStr>, capacity: usize) -> Module {
        Module {
            name,
            globals: GlobalSlots::new(capacity),
            names: RefCell::new(Vec::new()),
            slot_by_name: RefCell::new(HashMap::new()),
            slot_by_hash: RefCell::new(HashMap::default()),
            dynamic: RefCell::new(DynamicNames::default()),
        }
    }

    /// Makes `names[i]` the name of slot `i`, adding the names not yet known. Returns false
    /// when that is impossible (a name already has another slot, or no room is left). A new
    /// slot's name that was bound in the dynamic namespace takes its value along.
    pub fn bind_names(&self, names: &[Rc<PyStr>]) -> bool {
        let mut moved = Vec::new();
        {
            let mut known = self.names.borrow_mut();
            let mut slots = self.slot_by_name.borrow_mut();
            let mut dynamic = self.dynamic.borrow_mut();
            for (index, name) in names.iter().enumerate() {
                match known.get(index) {
                    Some(existing) if existing.as_str() == name.as_str() => {}
                    Some(_) => return false,
                    None => {
                        if index >= self.globals.len() || slots.contains_key(name.as_str()) {
                            return false;
                        }
                        known.push(name.clone());
                        slots.insert(Box::from(name.as_str()), index);
                        self.slot_by_hash
                            .borrow_mut()
                            .entry(name.hash())
                            .and_modify(|slot| *slot = SHARED_HASH)
                            .or_insert(index);
                        if let Some(position) = dynamic.position.remove(name.as_str()) {
                            let value = std::mem::take(&mut dynamic.entries[position].1);
                            moved.push((index, value));
                        }
                    }
                }
            }
        }
        for (index, value) in moved {
            // Old values are dropped outside the borrows above.
            drop(self.globals.replace(index, value));
        }
        true
    }

    /// The names of the slots in use, in slot order.
    pub fn slot_names(&self) -> Vec<Rc<PyStr>> {
        self.names.borrow().clone()
    }

    /// The name of slot `slot`.
    pub fn slot_name(&self, slot: usize) -> Rc<PyStr> {
        self.names
            .borrow()
            .get(slot)
            .cloned()
            .unwrap_or_else(|| Rc::new(PyStr::new("?")))
    }

    /// The slot of a name, if it has one.
    pub fn slot_of(&self, name: &str) -> Option<usize> {
        self.slot_by_name.borrow().get(name).copied()
    }

    /// The value of the global called `name`, if it exists and is bound: its slot, or else
    /// the dynamic namespace.
    pub fn get_by_name(&self, name: &str) -> Option<Value> {
        let value = match self.slot_of(name) {
            Some(slot) => self.globals.get(slot),
            None => {
                let dynamic = self.dynamic.borrow();
                let position = *dynamic.position.get(name)?;
                dynamic.entries[position].1.clone()
            }
        };
        (!value.is_undefined()).then_some(value)
    }

    /// `get_by_name` for a name held as a `PyStr`, using its cached hash.
    #[inline]
    pub fn get_by_pystr(&self, name: &PyStr) -> Option<Value> {
        let slot = self.slot_by_hash.borrow().get(&name.hash()).copied();
        // Names are usually interned, so the pointer comparison decides.
        if let Some(slot) = slot
            && slot != SHARED_HASH
            && self.names.borrow().get(slot).is_some_and(|known| {
                std::ptr::eq(Rc::as_ptr(known), name) || known.as_str() == name.as_str()
            })
        {
            let value = self.globals.get(slot);
            return (!value.is_undefined()).then_some(value);
        }
        self.get_by_name(name.as_str())
    }

    /// Binds the global `name`: its slot if it has one, else the dynamic namespace.
    pub fn set_by_name(&self, name: &Rc<PyStr>, value: Value) {
        let old = match self.slot_of(name.as_str()) {
            Some(slot) => self.globals.replace(slot, value),
            None => {
                let mut dynamic = self.dynamic.borrow_mut();
                match dynamic.position.get(name.as_str()) {
                    Some(&position) => std::mem::replace(&mut dynamic.entries[position].1, value),
                    None => {
                        let position = dynamic.entries.len();
                        dynamic.position.insert(Box::from(name.as_str()), position);
                        dynamic.entries.push((name.clone(), value));
                        Value::Undefined
                    }
                }
            }
        };
        // Dropped here, after the borrow ended.
        drop(old);
    }

    /// Unbinds the global `name`; false if it was not bound.
    pub fn delete_by_name(&self, name: &str) -> bool {
        let old = match self.slot_of(name) {
            Some(slot) => self.globals.replace(slot, Value::Undefined),
            None => {
                let mut dynamic = self.dynamic.borrow_mut();
                match dynamic.position.get(name) {
                    Some(&position) => std::mem::take(&mut dynamic.entries[position].1),
                    None => Value::Undefined,
                }
            }
        };
        !old.is_undefined()
    }

    /// Every bound global with its value: slots in slot order, then dynamic names in the
    /// order they were first bound.
    pub fn bound_items(&self) -> Vec<(Rc<PyStr>, Value)> {
        let mut items: Vec<(Rc<PyStr>, Value)> = self
            .slot_names()
            .into_iter()
            .enumerate()
            .map(|(slot, name)| (name, self.globals.get(slot)))
            .collect();
        items.extend(self.dynamic.borrow().entries.iter().cloned());
        items.retain(|(_, value)| !value.is_undefined());
        items
    }

    /// The names in the dynamic namespace that are bound, in the order they were bound (an
    /// interactive session gives them slots in the next input).
    pub fn dynamic_names(&self) -> Vec<Rc<PyStr>> {
        self.dynamic
            .borrow()
            .entries
            .iter()
            .filter(|(_, value)| !value.is_undefined())
            .map(|(name, _)| name.clone())
            .collect()
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

    #[test]
    fn dynamic_names_sit_beside_slots_and_move_into_new_slots() {
        let name = |text: &str| Rc::new(PyStr::new(text));
        let module = Module::with_capacity(name("m"), 2);
        assert!(module.bind_names(&[name("a")]));
        module.set_by_name(&name("a"), Value::Int(1));
        module.set_by_name(&name("b"), Value::Int(2));
        assert_eq!(module.globals.get(0).as_small_int(), Some(1));
        assert_eq!(
            module.get_by_name("b").and_then(|v| v.as_small_int()),
            Some(2)
        );
        let names: Vec<String> = module
            .bound_items()
            .iter()
            .map(|(n, _)| n.as_str().to_owned())
            .collect();
        assert_eq!(names, ["a", "b"]);
        assert!(module.bind_names(&[name("a"), name("b")]));
        assert_eq!(module.globals.get(1).as_small_int(), Some(2));
        assert!(module.dynamic_names().is_empty());
        assert!(module.delete_by_name("b"));
        assert!(!module.delete_by_name("b"));
        assert!(module.get_by_name("b").is_none());
        assert!(module.get_by_pystr(&PyStr::new("b")).is_none());
        assert_eq!(
            module
                .get_by_pystr(&PyStr::new("a"))
                .and_then(|v| v.as_small_int()),
            Some(1)
        );
    }
}
