//! Instance shapes (hidden classes): the attribute names an instance holds, in insertion
//! order, shared by every instance that added the same names in the same order. An instance
//! then stores only its values, by slot; the names live once, in the shape. Attribute caches
//! compare the instance's shape with the one they saw and read the slot directly, without
//! hashing.
//!
//! Shapes form a tree from an empty root, one root per class (as CPython shares keys per
//! class), so that the bounds below apply to each class's instances separately: adding a
//! name to an instance moves it to the child shape for that name. The tree only grows and its shapes are never freed (they are
//! leaked on purpose), so a `&'static Shape` can be held anywhere, compared by address, and
//! cached without reference counting. Its size is bounded: past [`MAX_SLOTS`] names, past
//! [`MAX_TRANSITIONS`] distinct next names from one shape, or past [`MAX_SHAPES`] shapes in
//! all, instances keep their attributes in a real dict instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::PyStr;

/// The most attributes a shaped instance holds.
const MAX_SLOTS: usize = 48;
/// The most distinct names added after one shape (instances with names made at run time,
/// `setattr(obj, f"field{i}", ...)`, quickly fall back to dicts).
const MAX_TRANSITIONS: usize = 24;
/// The most shapes made in all.
const MAX_SHAPES: usize = 50_000;

/// One set of attribute names, in slot order.
pub struct Shape {
    names: Box<[Rc<PyStr>]>,
    /// The shapes reached by adding one name.
    transitions: RefCell<Vec<(Rc<PyStr>, &'static Shape)>>,
}

thread_local! {
    static ROOT: &'static Shape = Box::leak(Box::new(Shape {
        names: Box::new([]),
        transitions: RefCell::new(Vec::new()),
    }));
    static SHAPE_COUNT: Cell<usize> = const { Cell::new(1) };
}

impl Shape {
    /// The shape of an instance without attributes, shared by all classes: for emptied
    /// instances, and for classes made once the shape count is exhausted.
    #[inline]
    pub fn root() -> &'static Shape {
        ROOT.with(|root| *root)
    }

    /// A new empty shape, the root of one class's tree (the shared root once the shape
    /// count is exhausted).
    pub fn new_root() -> &'static Shape {
        let count = SHAPE_COUNT.get();
        if count >= MAX_SHAPES {
            return Shape::root();
        }
        SHAPE_COUNT.set(count + 1);
        Box::leak(Box::new(Shape {
            names: Box::new([]),
            transitions: RefCell::new(Vec::new()),
        }))
    }

    /// The names in slot order.
    #[inline]
    pub fn names(&self) -> &[Rc<PyStr>] {
        &self.names
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The slot of `name`, if this shape has it.
    #[inline]
    pub fn slot_of(&self, name: &PyStr) -> Option<usize> {
        // Names from code objects are interned, so the address test nearly always decides.
        if let Some(slot) = self
            .names
            .iter()
            .position(|known| std::ptr::eq(known.as_ref(), name))
        {
            return Some(slot);
        }
        let hash = name.hash();
        self.names
            .iter()
            .position(|known| known.hash() == hash && known.as_str() == name.as_str())
    }

    /// The slot of the name spelt `name`, if this shape has it.
    pub fn slot_of_str(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|known| known.as_str() == name)
    }

    /// The shape after adding `name` (not already present), or `None` when the instance
    /// should keep a dict instead.
    pub fn with(&'static self, name: &Rc<PyStr>) -> Option<&'static Shape> {
        let mut transitions = self.transitions.borrow_mut();
        if let Some((_, next)) = transitions
            .iter()
            .find(|(known, _)| Rc::ptr_eq(known, name) || known.as_str() == name.as_str())
        {
            return Some(next);
        }
        let count = SHAPE_COUNT.get();
        if self.names.len() >= MAX_SLOTS
            || transitions.len() >= MAX_TRANSITIONS
            || count >= MAX_SHAPES
        {
            return None;
        }
        SHAPE_COUNT.set(count + 1);
        let names: Box<[Rc<PyStr>]> = self.names.iter().chain([name]).cloned().collect();
        let next: &'static Shape = Box::leak(Box::new(Shape {
            names,
            transitions: RefCell::new(Vec::new()),
        }));
        transitions.push((name.clone(), next));
        Some(next)
    }
}
