//! The cycle collector. Values are reference counted, so garbage that refers to itself (a
//! `Variable` whose `constraints` list holds a `Constraint` pointing back at it, a list that
//! contains itself) is never freed by counting alone. Instances of user classes and the lists
//! and dicts the program builds are registered when created; every so many registrations the
//! collector runs CPython's trial deletion over them and the containers reachable from them:
//!
//! 1. each object's *outside* count starts as its strong count;
//! 2. every reference from one examined object to another lowers the target's count;
//! 3. objects left with a positive count are referenced from outside (registers, Rust code,
//!    globals of a module...), and so is everything they reach;
//! 4. the rest is cyclic garbage: emptying those containers breaks the cycles and counting
//!    frees them.
//!
//! Soundness rests on step 2 never counting a reference that does not exist: the traversal
//! follows only references it can see exactly (instance dicts and builtin payloads, list,
//! tuple and dict items). References it does not follow only make objects look more
//! reachable, so at worst some garbage stays (a cycle through a closure cell, say).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::{Attributes, DictTable, Instance, Payload, PyDict, PyList, RcTuple};
use crate::value::Value;

/// Registrations between two collections at least (CPython's first generation uses 700).
const MIN_THRESHOLD: usize = 10_000;

/// An object that knows its position in its registry (`UNTRACKED` when it has none), so
/// that it can leave the registry when it is dropped.
pub(crate) trait Registered {
    fn gc_slot(&self) -> &Cell<u32>;
}

impl Registered for Instance {
    fn gc_slot(&self) -> &Cell<u32> {
        &self.gc_slot
    }
}

impl Registered for PyList {
    fn gc_slot(&self) -> &Cell<u32> {
        &self.gc_slot
    }
}

impl Registered for PyDict {
    fn gc_slot(&self) -> &Cell<u32> {
        &self.gc_slot
    }
}

thread_local! {
    /// Registered instances, lists and dicts. Each knows its position here (`gc_slot`) and leaves
    /// when it is dropped, so that its memory is freed at once rather than held by this
    /// weak reference until the next collection (freeing thousands of objects in one burst
    /// misses the allocator's fast paths, for those frees and for the allocations after).
    static INSTANCES: RefCell<Vec<Weak<Instance>>> = const { RefCell::new(Vec::new()) };
    static LISTS: RefCell<Vec<Weak<PyList>>> = const { RefCell::new(Vec::new()) };
    static DICTS: RefCell<Vec<Weak<PyDict>>> = const { RefCell::new(Vec::new()) };
    /// Registrations since the last collection. Frees by reference counting are not
    /// subtracted: without generations every collection examines the whole registry, so
    /// its threshold is large, and subtracting frees let programs that mix short-lived
    /// objects with cyclic garbage (deltablue) pile up a third more memory, with no
    /// measurable speed gain on list churn (nqueens).
    static SINCE_LAST: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(MIN_THRESHOLD) };
    /// Whether collections run automatically (`gc.enable()` / `gc.disable()`).
    static AUTOMATIC: Cell<bool> = const { Cell::new(true) };
}

/// `gc.enable()` / `gc.disable()`: whether collections run automatically. `collect` still
/// runs when asked.
pub fn set_automatic(automatic: bool) {
    AUTOMATIC.set(automatic);
}

/// `gc.isenabled()`.
pub fn is_automatic() -> bool {
    AUTOMATIC.get()
}

/// Adds `object` to `registry` unless it is there; returns whether a collection is due.
fn enter<T: Registered>(
    registry: &'static std::thread::LocalKey<RefCell<Vec<Weak<T>>>>,
    object: &Rc<T>,
) -> bool {
    if object.gc_slot().get() == crate::object::UNTRACKED {
        registry.with(|entries| {
            let mut entries = entries.borrow_mut();
            object.gc_slot().set(entries.len() as u32);
            entries.push(Rc::downgrade(object));
        });
    }
    count_registration()
}

fn count_registration() -> bool {
    let since = SINCE_LAST.get() + 1;
    SINCE_LAST.set(since);
    since >= THRESHOLD.get() && AUTOMATIC.get()
}

/// Removes a registered object being dropped (from its `Drop`): the entry that was last
/// takes its place. Entries that cannot be matched (the registry busy, or gone at thread
/// exit) stay until the next collection drops them, which is merely slower.
fn leave<T: Registered>(
    registry: &'static std::thread::LocalKey<RefCell<Vec<Weak<T>>>>,
    object: &T,
) {
    let slot = object.gc_slot().get() as usize;
    let _ = registry.try_with(|entries| {
        let Ok(mut entries) = entries.try_borrow_mut() else {
            return;
        };
        if entries
            .get(slot)
            .is_none_or(|entry| !std::ptr::eq(entry.as_ptr(), object))
        {
            return;
        }
        let removed = entries.swap_remove(slot);
        if let Some(moved) = entries.get(slot).and_then(Weak::upgrade) {
            moved.gc_slot().set(slot as u32);
        }
        drop(entries);
        // The object's own weak count keeps its memory until its drop completes.
        drop(removed);
    });
}

/// Registers a new instance; returns whether a collection is due.
pub(crate) fn track(instance: &Rc<Instance>) -> bool {
    enter(&INSTANCES, instance)
}

/// Removes a registered instance being dropped (from `Drop for Instance`).
pub(crate) fn forget_instance(instance: &Instance) {
    leave(&INSTANCES, instance);
}

/// Registers a list the program built; returns whether a collection is due.
pub(crate) fn track_list(list: &Rc<PyList>) -> bool {
    enter(&LISTS, list)
}

/// Removes a registered list being dropped (from `Drop for PyList`).
pub(crate) fn forget_list(list: &PyList) {
    leave(&LISTS, list);
}

/// Registers a dict the program built; returns whether a collection is due.
pub(crate) fn track_dict(dict: &Rc<PyDict>) -> bool {
    enter(&DICTS, dict)
}

/// Removes a registered dict being dropped (from `Drop for PyDict`).
pub(crate) fn forget_dict(dict: &PyDict) {
    leave(&DICTS, dict);
}

/// A heap object the collector examines.
#[derive(Clone)]
enum Node {
    Instance(Rc<Instance>),
    List(Rc<PyList>),
    Tuple(RcTuple),
    Dict(Rc<PyDict>),
}

impl Node {
    fn of(value: &Value) -> Option<Node> {
        match value {
            Value::Instance(instance) => Some(Node::Instance(instance.clone())),
            Value::List(list) => Some(Node::List(list.clone())),
            Value::Tuple(tuple) => Some(Node::Tuple(tuple.clone())),
            Value::Dict(dict) => Some(Node::Dict(dict.clone())),
            _ => None,
        }
    }

    fn address(&self) -> usize {
        match self {
            Node::Instance(rc) => Rc::as_ptr(rc) as *const () as usize,
            Node::List(rc) => Rc::as_ptr(rc) as *const () as usize,
            Node::Tuple(tuple) => RcTuple::as_ptr(tuple) as usize,
            Node::Dict(rc) => Rc::as_ptr(rc) as *const () as usize,
        }
    }

    /// Strong references other than the collector's own.
    fn outside_count(&self) -> isize {
        let count = match self {
            Node::Instance(rc) => Rc::strong_count(rc),
            Node::List(rc) => Rc::strong_count(rc),
            Node::Tuple(tuple) => RcTuple::strong_count(tuple),
            Node::Dict(rc) => Rc::strong_count(rc),
        };
        count as isize - 1
    }

    /// Appends the examined objects this one refers to, one entry per reference; `None`
    /// when a container is borrowed right now (then the collection is abandoned).
    fn children(&self, out: &mut Vec<Node>) -> Option<()> {
        match self {
            Node::Instance(instance) => {
                let attributes = instance.try_attributes()?;
                match &*attributes {
                    Attributes::Shaped { values, .. } => {
                        out.extend(values.iter().filter_map(Node::of));
                    }
                    Attributes::Dict(dict) => out.push(Node::Dict(dict.clone())),
                }
                if let Payload::Builtin(value) = &instance.payload {
                    out.extend(Node::of(value));
                }
            }
            Node::List(list) => {
                let items = list.try_referents().ok()?;
                out.extend(items.iter().filter_map(Node::of));
            }
            Node::Tuple(tuple) => out.extend(tuple.items.iter().filter_map(Node::of)),
            Node::Dict(dict) => {
                let table = dict.table.try_borrow().ok()?;
                for entry in table.iter() {
                    out.extend(Node::of(&entry.key));
                    out.extend(Node::of(&entry.value));
                }
            }
        }
        Some(())
    }

    /// Empties a garbage container; its contents are dropped after the borrow ends.
    fn clear(&self) {
        match self {
            Node::Instance(instance) => instance.clear_attributes(),
            Node::Tuple(_) => {}
            Node::List(list) => {
                drop(list.try_take_items());
            }
            Node::Dict(dict) => {
                let taken = dict
                    .table
                    .try_borrow_mut()
                    .map(|mut table| std::mem::replace(&mut *table, DictTable::new()));
                drop(taken);
            }
        }
    }
}

/// What a collection found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Collected {
    /// Objects examined.
    pub examined: usize,
    /// Unreachable objects whose cycles were broken.
    pub unreachable: usize,
}

/// Runs a collection now.
pub fn collect() -> Collected {
    SINCE_LAST.set(0);
    let mut roots: Vec<Node> = Vec::new();
    roots_of(&DICTS, &mut roots, Node::Dict);
    roots_of(&LISTS, &mut roots, Node::List);
    roots_of(&INSTANCES, &mut roots, Node::Instance);
    // Every object reachable from a registered instance through followed references.
    let mut nodes: Vec<Node> = Vec::with_capacity(roots.len() * 2);
    let mut index: HashMap<usize, usize, BuildAddressHasher> =
        HashMap::with_capacity_and_hasher(roots.len() * 2, BuildAddressHasher);
    for node in roots {
        index.entry(node.address()).or_insert_with(|| {
            nodes.push(node);
            nodes.len() - 1
        });
    }
    // The references of node `i` are `targets[starts[i]..starts[i + 1]]`.
    let mut targets: Vec<usize> = Vec::with_capacity(nodes.len() * 2);
    let mut starts: Vec<usize> = Vec::with_capacity(nodes.len() + 1);
    let mut children = Vec::new();
    let mut next = 0;
    while next < nodes.len() {
        starts.push(targets.len());
        if nodes[next].children(&mut children).is_none() {
            finish(nodes.len(), 0);
            return Collected::default();
        }
        for child in children.drain(..) {
            let position = *index.entry(child.address()).or_insert_with(|| {
                nodes.push(child);
                nodes.len() - 1
            });
            targets.push(position);
        }
        next += 1;
    }
    starts.push(targets.len());
    let edges = |i: usize| &targets[starts[i]..starts[i + 1]];
    // Trial deletion. `nodes` holds one extra strong reference to each object, and each
    // `children()` result was dropped, so the counts are the program's own.
    let mut outside: Vec<isize> = nodes.iter().map(Node::outside_count).collect();
    for &target in &targets {
        outside[target] -= 1;
    }
    let mut reachable = vec![false; nodes.len()];
    let mut work: Vec<usize> = (0..nodes.len()).filter(|&i| outside[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        for &target in edges(i) {
            if !reachable[target] {
                reachable[target] = true;
                work.push(target);
            }
        }
    }
    let garbage: Vec<&Node> = nodes
        .iter()
        .zip(&reachable)
        .filter(|(_, reached)| !**reached)
        .map(|(node, _)| node)
        .collect();
    let result = Collected {
        examined: nodes.len(),
        unreachable: garbage.len(),
    };
    for node in garbage {
        node.clear();
    }
    drop(nodes);
    finish(result.examined - result.unreachable, targets.len());
    result
}

/// Appends the live objects of a registry to `roots`, dropping dead entries (left by drops
/// that found the registry busy) and renumbering the slots.
fn roots_of<T: Registered>(
    registry: &'static std::thread::LocalKey<RefCell<Vec<Weak<T>>>>,
    roots: &mut Vec<Node>,
    node: fn(Rc<T>) -> Node,
) {
    registry.with(|entries| {
        let mut entries = entries.borrow_mut();
        entries.retain(|weak| weak.strong_count() > 0);
        for (slot, weak) in entries.iter().enumerate() {
            if let Some(object) = weak.upgrade() {
                object.gc_slot().set(slot as u32);
                roots.push(node(object));
            }
        }
    });
}

/// Hashes object addresses (already well spread apart from their low bits).
#[derive(Clone, Copy, Default)]
struct BuildAddressHasher;

#[derive(Default)]
struct AddressHasher(u64);

impl std::hash::BuildHasher for BuildAddressHasher {
    type Hasher = AddressHasher;
    fn build_hasher(&self) -> AddressHasher {
        AddressHasher(0)
    }
}

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8 | u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, value: usize) {
        self.0 = ((value as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Sets the next threshold from the work this collection did (objects that survived,
/// references followed), so that collecting stays linear in the allocations made.
fn finish(survivors: usize, references: usize) {
    THRESHOLD.set(MIN_THRESHOLD.max(survivors + references / 2));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Class;

    fn instance(class: &Rc<Class>) -> Rc<Instance> {
        let instance = Rc::new(Instance::new(class.clone(), Payload::None));
        track(&instance);
        instance
    }

    fn set(instance: &Rc<Instance>, name: &str, value: Value) {
        let key = Rc::new(crate::object::PyStr::new(name));
        assert!(matches!(instance.set_shaped(&key, value), Ok(None)));
    }

    #[test]
    fn frees_a_cycle_and_keeps_what_is_referenced() {
        let types = crate::runtime::types::BuiltinTypes::new();
        let class = types.object.clone();
        // a <-> b through a list, unreachable once dropped; c -> d kept by `c`.
        let a = instance(&class);
        let b = instance(&class);
        set(&a, "peer", Value::list(vec![Value::Instance(b.clone())]));
        set(&b, "peer", Value::Instance(a.clone()));
        let weak_a = Rc::downgrade(&a);
        let weak_b = Rc::downgrade(&b);
        drop((a, b));
        let c = instance(&class);
        let d = instance(&class);
        set(&c, "child", Value::Instance(d.clone()));
        set(&d, "parent", Value::Instance(c.clone()));
        let weak_d = Rc::downgrade(&d);
        drop(d);
        assert!(
            weak_a.upgrade().is_some(),
            "a cycle is not freed by counting"
        );
        let result = collect();
        // a, b and the list (their attributes live in the instances: no dict objects).
        assert!(result.unreachable >= 3, "{result:?}");
        assert!(weak_a.upgrade().is_none());
        assert!(weak_b.upgrade().is_none());
        assert!(weak_d.upgrade().is_some(), "reachable from c");
        assert_eq!(c.attribute_count(), 1);
    }
}
