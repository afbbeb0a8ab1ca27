//! Per-site attribute caches: `obj.name`, `obj.name = value` and `obj.name(...)` on
//! instances of user classes skip the class walk (MRO, descriptor checks, `__getattribute__`
//! and `__setattr__` overrides, `__slots__`) when the instance's class is the one the site
//! saw last and no class namespace has changed since ([`class_epoch`]). The instance's own
//! attributes are then found by slot when its [`Shape`] is the one the site saw last (a
//! pointer comparison), and a write that adds the name moves the instance to the shape the
//! site remembers. Instances whose attributes moved to a real dict are probed at the dict
//! position where the name was found last time, before falling back to a hashed lookup.
//!
//! Reads and method calls on a class itself (`Base.__init__(self, ...)`, `Class.CONSTANT`)
//! have caches of their own, keyed by that class: they remember the value the class lookup
//! found when it does not depend on anything but the class namespaces.
//!
//! Each code object has one get cache, one class-get cache and one set cache per name it
//! uses.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::{CallTarget, Vm};
use crate::object::{
    Attributes, BuiltinFunction, Class, Function, Instance, Payload, PyDict, PyStr, Shape,
    class_epoch,
};
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

/// The slot recorded for a name its shape does not have.
const ABSENT: u32 = u32::MAX;

/// What a site learnt about attribute `name` on instances of one class.
pub struct AttrCacheEntry {
    /// Kept alive so that its address cannot be reused by another class.
    class: Rc<Class>,
    epoch: u64,
    kind: CachedKind,
    /// The shape last seen on an instance (null before any): shapes are never freed, so the
    /// address identifies it for good.
    shape: Cell<*const Shape>,
    /// The name's slot in `shape`, or [`ABSENT`].
    slot: Cell<u32>,
    /// For writes adding the name to an instance of `shape`: the shape after adding it.
    next: Cell<Option<&'static Shape>>,
    /// The dict position the name was last found at, for instances with a real dict.
    hint: Cell<u32>,
}

impl AttrCacheEntry {
    fn new(class: Rc<Class>, epoch: u64, kind: CachedKind) -> AttrCacheEntry {
        AttrCacheEntry {
            class,
            epoch,
            kind,
            shape: Cell::new(std::ptr::null()),
            slot: Cell::new(ABSENT),
            next: Cell::new(None),
            hint: Cell::new(0),
        }
    }

    /// The slot of `name` in `shape`, or [`ABSENT`].
    #[inline]
    fn slot_in(&self, shape: &'static Shape, name: &PyStr) -> u32 {
        if std::ptr::eq(self.shape.get(), shape) {
            return self.slot.get();
        }
        self.learn_shape(shape, name)
    }

    #[cold]
    #[inline(never)]
    fn learn_shape(&self, shape: &'static Shape, name: &PyStr) -> u32 {
        let slot = shape.slot_of(name).map_or(ABSENT, |slot| slot as u32);
        self.shape.set(shape);
        self.slot.set(slot);
        self.next.set(None);
        slot
    }
}

enum CachedKind {
    /// The attribute lives in the instance dict (reads: the class has no attribute of that
    /// name; writes: no descriptor, `__setattr__` or `__slots__` is involved).
    InstanceDict,
    /// A plain Python function on the class: a method, unless the instance dict shadows it.
    Method(Rc<Function>),
    /// A class attribute that is no descriptor (a number, string, tuple, class, None), unless
    /// the instance dict shadows it.
    ClassValue(Value),
    /// A method of a builtin type, for receivers of that exact type (builtin namespaces do not
    /// change once the VM is set up).
    BuiltinMethod(&'static BuiltinFunction),
    /// A static method wrapping a Python function (read: the function itself), unless the
    /// instance dict shadows it.
    StaticMethod(Rc<Function>),
    /// A class method wrapping a Python function: calls pass the instance's class first.
    /// Reads take the generic path (they make a bound method of the class).
    ClassMethod(Rc<Function>),
    /// The generic path is needed every time (a property, `__getattribute__`, ...): known,
    /// so that the site does not keep re-examining the class.
    Generic,
}

/// How many classes one site remembers (sites in base-class methods see several).
const SITE_CLASSES: usize = 4;

/// A cache slot of one site: up to [`SITE_CLASSES`] entries.
pub type AttrCache = RefCell<Vec<AttrCacheEntry>>;

/// A code object's caches: `get[name]` for reads and method calls on instances and builtin
/// values, `class_get[name]` for reads and calls on classes, `set[name]` for writes.
pub struct AttrCaches {
    pub get: Box<[AttrCache]>,
    pub class_get: Box<[AttrCache]>,
    pub set: Box<[AttrCache]>,
}

impl AttrCaches {
    pub fn new(names: usize) -> AttrCaches {
        AttrCaches {
            get: (0..names).map(|_| RefCell::new(Vec::new())).collect(),
            class_get: (0..names).map(|_| RefCell::new(Vec::new())).collect(),
            set: (0..names).map(|_| RefCell::new(Vec::new())).collect(),
        }
    }
}

/// Adds what a site learnt about `class` to its cache, dropping entries of older epochs
/// and, when full, the oldest entry.
fn remember(cache: &AttrCache, class: &Rc<Class>, kind: CachedKind) {
    if let Ok(mut entries) = cache.try_borrow_mut() {
        let epoch = class_epoch();
        entries.retain(|entry| entry.epoch == epoch);
        if entries.len() == SITE_CLASSES {
            entries.remove(0);
        }
        entries.push(AttrCacheEntry::new(class.clone(), epoch, kind));
    }
}

/// A site's entries for a read that keeps no borrow count (the count's update showed in
/// every cached access); `None` while the site is being updated.
///
/// # Safety
/// The caller must not let the site be updated while it uses the slice: it runs no Python
/// code and drops no value before its last use (`remember`, the only writer, runs after
/// generic lookups).
#[inline(always)]
unsafe fn entries_unguarded(cache: &AttrCache) -> Option<&[AttrCacheEntry]> {
    // SAFETY: the caller guarantees no update while the slice lives.
    unsafe { cache.try_borrow_unguarded() }
        .ok()
        .map(Vec::as_slice)
}

#[inline(always)]
fn valid<'a>(cache: &'a [AttrCacheEntry], class: &Rc<Class>) -> Option<&'a AttrCacheEntry> {
    let epoch = class_epoch();
    let matches = |entry: &&AttrCacheEntry| Rc::ptr_eq(&entry.class, class) && entry.epoch == epoch;
    // Most sites see one class: its entry is tested without the loop.
    match cache.first() {
        Some(first) if matches(&first) => Some(first),
        _ => cache.iter().skip(1).find(matches),
    }
}

/// The position of `name` in a dict, trying `hint` first.
fn dict_position(dict: &PyDict, name: &Rc<PyStr>, hint: &Cell<u32>) -> Option<usize> {
    let table = dict.table.borrow();
    let guess = hint.get() as usize;
    if let Some(entry) = table.entry(guess)
        && matches!(&entry.key, Value::Str(key) if Rc::ptr_eq(key, name))
    {
        return Some(guess);
    }
    let position = table
        .find::<()>(name.hash(), |key| {
            Ok(matches!(key, Value::Str(key) if Rc::ptr_eq(key, name) || key.as_str() == name.as_str()))
        })
        .unwrap_or(None)?;
    hint.set(position as u32);
    Some(position)
}

/// The instance's own value of `name`, if it has one (`None` too while its attributes are
/// being written, which sends the access to the generic path).
// Always inlined: as a call (LLVM's choice once it had two callers) the value came back
// through memory and the call cost as much as the read.
#[inline(always)]
fn own_value(instance: &Instance, entry: &AttrCacheEntry, name: &Rc<PyStr>) -> Option<Value> {
    // SAFETY: only a clone of one value leaves this function; nothing here writes the
    // attributes, runs Python code or drops a value.
    match unsafe { instance.attributes_unguarded() }? {
        Attributes::Shaped { shape, values } => {
            let slot = entry.slot_in(shape, name);
            values.get(slot as usize).cloned()
        }
        Attributes::Dict(dict) => {
            let position = dict_position(dict, name, &entry.hint)?;
            let table = dict.table.borrow();
            table.entry(position).map(|entry| entry.value.clone())
        }
    }
}

/// Whether the instance has its own value of `name`.
#[inline]
fn has_own(instance: &Instance, entry: &AttrCacheEntry, name: &Rc<PyStr>) -> bool {
    // SAFETY: a pure read: nothing here writes the attributes, runs Python code or drops a
    // value. (Attributes being written count as shadowing: the generic path decides.)
    let Some(attributes) = (unsafe { instance.attributes_unguarded() }) else {
        return true;
    };
    match attributes {
        Attributes::Shaped { shape, .. } => {
            !shape.is_empty() && entry.slot_in(shape, name) != ABSENT
        }
        Attributes::Dict(dict) => {
            !dict.is_empty() && dict_position(dict, name, &entry.hint).is_some()
        }
    }
}

/// `instance.name` from the cache; `None` when the cache cannot answer (then the generic
/// lookup runs and refills it).
// Always inlined: the loop and the lane both call it, and as a call the value came
// back through memory.
#[inline(always)]
pub fn cached_get(instance: &Rc<Instance>, cache: &AttrCache, name: &Rc<PyStr>) -> Option<Value> {
    // SAFETY: what leaves is a clone or a new bound method; nothing here runs Python code or
    // drops a value.
    let cache = unsafe { entries_unguarded(cache) }?;
    let entry = valid(cache, &instance.class)?;
    // The common case first, without the general dispatch on the kind below: an attribute
    // the instance itself holds.
    if let CachedKind::InstanceDict = entry.kind {
        return own_value(instance, entry, name);
    }
    let own = match &entry.kind {
        CachedKind::Generic => return None,
        CachedKind::Method(_)
        | CachedKind::ClassValue(_)
        | CachedKind::BuiltinMethod(_)
        | CachedKind::StaticMethod(_)
        | CachedKind::ClassMethod(_)
            if !instance.class.shadowing_possible() =>
        {
            None
        }
        _ => own_value(instance, entry, name),
    };
    if own.is_some() {
        return own;
    }
    match &entry.kind {
        CachedKind::InstanceDict | CachedKind::Generic | CachedKind::ClassMethod(_) => None,
        CachedKind::StaticMethod(function) => Some(Value::Function(function.clone())),
        CachedKind::BuiltinMethod(function) => {
            Some(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                receiver: Value::Instance(instance.clone()),
                function: Value::Builtin(function),
            })))
        }
        CachedKind::ClassValue(value) => Some(value.clone()),
        CachedKind::Method(function) => {
            Some(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
                receiver: Value::Instance(instance.clone()),
                function: Value::Function(function.clone()),
            })))
        }
    }
}

/// `instance.name` from the cache, for a caller that must not make calls (the fast lane):
/// a reference to the value, when the site has seen this class and this shape and the
/// answer is a value held by the instance or a plain class value. Anything else (a bound
/// method to make, a dict instance, a shape to learn) is `None` and left to `cached_get`.
///
/// # Safety
/// The reference is unguarded: the caller must copy it before it runs Python code, drops a
/// value whose release could free the instance or writes an attribute.
#[inline(always)]
pub unsafe fn cached_get_in_place<'a>(
    instance: &'a Instance,
    cache: &'a AttrCache,
) -> Option<&'a Value> {
    // SAFETY: the caller's guarantee covers the entries and the attributes alike.
    let cache = unsafe { entries_unguarded(cache) }?;
    let entry = valid(cache, &instance.class)?;
    let own = || match unsafe { instance.attributes_unguarded() }? {
        Attributes::Shaped { shape, values } if std::ptr::eq(entry.shape.get(), *shape) => {
            values.get(entry.slot.get() as usize)
        }
        _ => None,
    };
    match &entry.kind {
        CachedKind::InstanceDict => own(),
        CachedKind::ClassValue(value) if !instance.class.shadowing_possible() => Some(value),
        _ => None,
    }
}

/// What a cached method call `instance.name(...)` runs.
pub enum CachedMethod<'a> {
    /// A Python function, called with the instance as first argument. Borrowed from the
    /// site's cache entry, which keeps it alive: a method call then costs no reference-count
    /// update until the frame record takes its own reference.
    Function(&'a Rc<Function>),
    /// A method of a native class (`collections.deque.append`), likewise.
    Builtin(&'static BuiltinFunction),
}

/// The method `instance.name(...)` calls, from the cache: the function to call with the
/// instance as first argument, or `None` when the cache cannot tell.
///
/// # Safety
/// The function is borrowed from the site's entries without a borrow count: the caller must
/// not let the site be updated while it uses the reference. Entering the function's frame
/// is fine (it runs no Python code and updates no cache); the generic call paths, which may
/// refill the cache, must get a clone.
// Always inlined: the loop and the lane both call it, and as a call the value came
// back through memory.
#[inline(always)]
pub unsafe fn cached_method<'a>(
    instance: &Rc<Instance>,
    cache: &'a AttrCache,
    name: &Rc<PyStr>,
) -> Option<CachedMethod<'a>> {
    // SAFETY: the caller keeps the site from being updated while the result is used;
    // nothing here runs Python code or drops a value.
    let cache = unsafe { entries_unguarded(cache) }?;
    let entry = valid(cache, &instance.class)?;
    let method = match &entry.kind {
        CachedKind::Method(function) => CachedMethod::Function(function),
        CachedKind::BuiltinMethod(function) => CachedMethod::Builtin(function),
        _ => return None,
    };
    if instance.class.shadowing_possible() && has_own(instance, entry, name) {
        return None;
    }
    Some(method)
}

/// The Python function `cached_method` would give for a class whose instances cannot
/// shadow the name (the caller checked `shadowing_possible`): calls nothing, for the lane's
/// method calls.
///
/// # Safety
/// As for `cached_method`.
#[inline(always)]
pub unsafe fn cached_unshadowed_method<'a>(
    instance: &Rc<Instance>,
    cache: &'a AttrCache,
) -> Option<&'a Rc<Function>> {
    // SAFETY: the caller's guarantee, as in `cached_method`.
    let cache = unsafe { entries_unguarded(cache) }?;
    match &valid(cache, &instance.class)?.kind {
        CachedKind::Method(function) => Some(function),
        _ => None,
    }
}

/// How a method call through a static or class method the cache knows passes its
/// arguments.
enum DescriptorCall {
    /// A static method's function, called without the instance.
    Static(Rc<Function>),
    /// A class method's function, called with the instance's class first.
    OfClass(Rc<Function>),
}

/// The static or class method `instance.name(...)` calls, from the cache.
fn cached_descriptor_method(
    instance: &Rc<Instance>,
    cache: &AttrCache,
    name: &Rc<PyStr>,
) -> Option<DescriptorCall> {
    let cache = cache.borrow();
    let entry = valid(&cache, &instance.class)?;
    let call = match &entry.kind {
        CachedKind::StaticMethod(function) => DescriptorCall::Static(function.clone()),
        CachedKind::ClassMethod(function) => DescriptorCall::OfClass(function.clone()),
        _ => return None,
    };
    if instance.class.shadowing_possible() && has_own(instance, entry, name) {
        return None;
    }
    Some(call)
}

/// `instance.name = value` through the cache; gives the value back when the cache cannot
/// do it.
// Always inlined: the loop and the lane both call it, and as a call the value came
// back through memory.
#[inline(always)]
pub fn cached_set(
    instance: &Rc<Instance>,
    cache: &AttrCache,
    name: &Rc<PyStr>,
    value: Value,
) -> Result<(), Value> {
    // SAFETY: the entries are used only until the attributes are written; the replaced
    // value, whose release may run Python code, is dropped after their last use (below).
    let Some(cache) = (unsafe { entries_unguarded(cache) }) else {
        return Err(value);
    };
    let Some(entry) = valid(cache, &instance.class) else {
        return Err(value);
    };
    if matches!(entry.kind, CachedKind::Generic) {
        return Err(value);
    }
    let Some(mut attributes) = instance.attributes_mut() else {
        return Err(value);
    };
    let old = match &mut *attributes {
        Attributes::Shaped { shape, values } => {
            let slot = entry.slot_in(shape, name);
            match values.get_mut(slot as usize) {
                Some(place) => std::mem::replace(place, value),
                None => {
                    let next = match entry.next.get() {
                        Some(next) => next,
                        None => match shape.with(name) {
                            Some(next) => {
                                entry.next.set(Some(next));
                                next
                            }
                            // The generic path gives the instance a dict.
                            None => return Err(value),
                        },
                    };
                    values.push_hinted(value, &instance.class.attribute_hint);
                    *shape = next;
                    Value::None
                }
            }
        }
        Attributes::Dict(dict) => match dict_position(dict, name, &entry.hint) {
            Some(position) => {
                let mut table = dict.table.borrow_mut();
                std::mem::replace(table.value_mut(position), value)
            }
            None => {
                let mut table = dict.table.borrow_mut();
                entry.hint.set(table.entries_len() as u32);
                table.push(name.hash(), Value::Str(name.clone()), value);
                Value::None
            }
        },
    };
    // Dropped after the borrow ends and the cache entries' last use: dropping may run Python
    // code. (Inline values, the usual old value of a counter or flag, skip the drop glue.)
    drop(attributes);
    crate::value::discard(old);
    Ok(())
}

/// `instance.name = src` through the cache, for a caller that must not make calls (the
/// fast lane): done when the site has seen this class and this shape, the instance already
/// holds the name, and the value replaced is not the last reference to its object (freeing
/// it could run Python code). Anything else changes nothing and answers false.
#[inline(always)]
pub fn cached_set_in_place(instance: &Instance, cache: &AttrCache, src: &Value) -> bool {
    // SAFETY: the entries are used before anything is written or dropped, and nothing here
    // runs Python code.
    let Some(cache) = (unsafe { entries_unguarded(cache) }) else {
        return false;
    };
    let Some(entry) = valid(cache, &instance.class) else {
        return false;
    };
    if matches!(entry.kind, CachedKind::Generic) {
        return false;
    }
    let Some(mut attributes) = instance.attributes_mut() else {
        return false;
    };
    let Attributes::Shaped { shape, values } = &mut *attributes else {
        return false;
    };
    if !std::ptr::eq(entry.shape.get(), *shape) {
        return false;
    }
    match values.get_mut(entry.slot.get() as usize) {
        // SAFETY: the place is borrowed mutably through the attributes' guard, and `src`,
        // a register, is not inside it.
        Some(place) => unsafe { crate::value::replace_without_freeing(place, src) },
        // A name the shape lacks, with the next shape known (a constructor's writes).
        None => match entry.next.get() {
            Some(next) if values.push_copy_without_growing(src, &instance.class.attribute_hint) => {
                *shape = next;
                true
            }
            _ => false,
        },
    }
}

/// The builtin method `receiver.name(...)` calls when the receiver's type is the builtin
/// `class`, from the cache.
#[inline]
pub fn cached_builtin_method(
    class: &Rc<Class>,
    cache: &AttrCache,
) -> Option<&'static BuiltinFunction> {
    // SAFETY: a pure read of one entry.
    let cache = unsafe { entries_unguarded(cache) }?;
    match valid(cache, class)?.kind {
        CachedKind::BuiltinMethod(function) => Some(function),
        _ => None,
    }
}

/// Learns which builtin method `name` is on the builtin type `class`.
pub fn fill_builtin_method_cache(class: &Rc<Class>, cache: &AttrCache, name: &PyStr) {
    if !class.is_builtin || valid(&cache.borrow(), class).is_some() {
        return;
    }
    let kind = match class_lookup(class, name.as_str()) {
        Some(Value::Builtin(function)) => CachedKind::BuiltinMethod(function),
        _ => CachedKind::Generic,
    };
    remember(cache, class, kind);
}

/// `class.name` for a class itself, from the cache: the value the class lookup gives, when
/// it was learnt to be fixed while no class namespace changes.
#[inline]
pub fn cached_class_get(class: &Rc<Class>, cache: &AttrCache) -> Option<Value> {
    let cache = cache.borrow();
    match &valid(&cache, class)?.kind {
        CachedKind::ClassValue(value) => Some(value.clone()),
        _ => None,
    }
}

/// Whether a class attribute is an immutable plain value that no descriptor protocol
/// touches (`None`, bools, numbers, strs, tuples, classes): reading it through the class
/// or an instance gives the value itself, so caches may hold it.
fn is_plain_class_value(value: &Value) -> bool {
    matches!(
        value,
        Value::None
            | Value::True
            | Value::False
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Tuple(_)
            | Value::Class(_)
    )
}

/// Learns what `class.name` gives, for later [`cached_class_get`]s.
pub fn fill_class_get_cache(class: &Rc<Class>, cache: &AttrCache, name: &PyStr) {
    if valid(&cache.borrow(), class).is_some() {
        return;
    }
    let kind = fixed_class_attribute(class, name.as_str())
        .map_or(CachedKind::Generic, CachedKind::ClassValue);
    remember(cache, class, kind);
}

/// The value `class.name` gives when it depends on nothing but the namespaces along the
/// MRO: a function or builtin function (read from a class, neither binds), a static
/// method's function, or an immutable plain value. `None` when the lookup must run every
/// time: a metaclass may intercept it, the name is one `type` answers itself, or the
/// attribute is a descriptor with behaviour (classmethod, property, `__get__`).
fn fixed_class_attribute(class: &Rc<Class>, name: &str) -> Option<Value> {
    if class.metaclass.is_some()
        || matches!(
            name,
            "__class__" | "__annotations__" | "__abstractmethods__"
        )
    {
        return None;
    }
    match class_lookup(class, name)? {
        value @ (Value::Function(_) | Value::Builtin(_)) => Some(value),
        value if is_plain_class_value(&value) => Some(value),
        Value::Instance(descriptor) => match &descriptor.payload {
            Payload::StaticMethod(function) => Some(function.clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `obj.name` when the loop's inline cache check did not answer: classes are tried in
    /// their own cache, then the generic lookup runs and the caches learn from it. Out of
    /// line, so that the loop stays small.
    #[inline(never)]
    pub(crate) fn get_attr_uncached(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        caches: &AttrCaches,
        index: usize,
    ) -> PyResult<Value> {
        if let Value::Class(class) = obj
            && let Some(value) = cached_class_get(class, &caches.class_get[index])
        {
            return Ok(value);
        }
        let value = self.get_attr(obj, name)?;
        match obj {
            Value::Instance(instance) => self.fill_get_cache(instance, &caches.get[index], name),
            Value::Class(class) => fill_class_get_cache(class, &caches.class_get[index], name),
            _ => {}
        }
        Ok(value)
    }

    /// `receiver.name(...)` (the receiver in `stack[receiver_slot]`, `argc` arguments after
    /// it) when the loop's inline cache check did not answer. Static and class methods of
    /// instances and functions read from classes (`Base.__init__(self, ...)`) are found in
    /// the caches and run in a frame of the loop; anything else takes the generic method
    /// call, and the caches learn from it. Out of line, so that the loop stays small.
    #[inline(never)]
    pub(crate) fn call_method_uncached(
        &mut self,
        receiver_slot: usize,
        name: &Rc<PyStr>,
        argc: usize,
        return_slot: usize,
        caches: &AttrCaches,
        index: usize,
    ) -> PyResult<CallTarget> {
        // The function to call, and where its arguments start.
        let cached = match &self.stack[receiver_slot] {
            Value::Instance(instance) => {
                match cached_descriptor_method(instance, &caches.get[index], name) {
                    Some(DescriptorCall::Static(function)) => Some((function, receiver_slot + 1)),
                    Some(DescriptorCall::OfClass(function)) => {
                        // The class replaces the instance in the receiver's register (a copy
                        // made for the call).
                        let class = Value::Class(instance.class.clone());
                        drop(std::mem::replace(&mut self.stack[receiver_slot], class));
                        Some((function, receiver_slot))
                    }
                    None => None,
                }
            }
            Value::Class(class) => match cached_class_get(class, &caches.class_get[index]) {
                Some(Value::Function(function)) => Some((function, receiver_slot + 1)),
                _ => None,
            },
            _ => None,
        };
        if let Some((function, args_start)) = cached {
            let argc = argc + 1 - (args_start - receiver_slot);
            if let Some(entered) = self.enter_function(&function, args_start, argc, return_slot) {
                entered?;
                return Ok(CallTarget::Frame);
            }
            return self.call_from_registers(
                Value::Function(function),
                args_start,
                argc,
                None,
                return_slot,
            );
        }
        match &self.stack[receiver_slot] {
            Value::Instance(instance) => {
                let instance = instance.clone();
                self.fill_get_cache(&instance, &caches.get[index], name);
            }
            Value::Class(class) => {
                let class = class.clone();
                fill_class_get_cache(&class, &caches.class_get[index], name);
            }
            _ => {}
        }
        self.call_method_from_registers(receiver_slot, name, argc, return_slot)
    }

    /// Learns how reads of `name` on `instance` work, for later [`cached_get`]s.
    pub(crate) fn fill_get_cache(&self, instance: &Rc<Instance>, cache: &AttrCache, name: &PyStr) {
        fill_cache(instance, cache, || {
            let class = &instance.class;
            if has_user_attribute(class, "__getattribute__") {
                return None;
            }
            match class_lookup(class, name.as_str()) {
                None => Some(CachedKind::InstanceDict),
                Some(Value::Function(function)) => Some(CachedKind::Method(function)),
                // Native classes' methods, which bind to instances as functions do.
                Some(Value::Builtin(function)) => Some(CachedKind::BuiltinMethod(function)),
                Some(value) if is_plain_class_value(&value) => Some(CachedKind::ClassValue(value)),
                Some(Value::Instance(descriptor)) => match &descriptor.payload {
                    Payload::StaticMethod(Value::Function(function)) => {
                        Some(CachedKind::StaticMethod(function.clone()))
                    }
                    Payload::ClassMethod(Value::Function(function)) => {
                        Some(CachedKind::ClassMethod(function.clone()))
                    }
                    _ => None,
                },
                Some(_) => None,
            }
        });
    }

    /// Learns how writes of `name` on `instance` work, for later [`cached_set`]s.
    pub(crate) fn fill_set_cache(&self, instance: &Rc<Instance>, cache: &AttrCache, name: &PyStr) {
        // Exception fields that live outside the instance dict (`e.args = ...`) take the
        // generic path; every other name of an exception is a plain dict entry.
        if instance.exception.is_some()
            && matches!(
                name.as_str(),
                "args" | "__cause__" | "__context__" | "__suppress_context__"
            )
        {
            return;
        }
        fill_cache(instance, cache, || {
            let class = &instance.class;
            let plain = !has_user_attribute(class, "__setattr__")
                && !has_user_attribute(class, "__slots__")
                && class_lookup(class, name.as_str()).is_none();
            plain.then_some(CachedKind::InstanceDict)
        });
    }
}

/// Whether a user class in the MRO of `class` defines `name` (builtin defaults such as
/// `object.__setattr__` do not count).
fn has_user_attribute(class: &Rc<Class>, name: &str) -> bool {
    class
        .mro()
        .take_while(|class| !class.is_builtin)
        .any(|class| {
            class
                .dict
                .borrow()
                .iter()
                .any(|entry| matches!(&entry.key, Value::Str(key) if key.as_str() == name))
        })
}

fn fill_cache(
    instance: &Rc<Instance>,
    cache: &AttrCache,
    decide: impl FnOnce() -> Option<CachedKind>,
) {
    let class = &instance.class;
    // Native state (a deque's items) does not take part in attribute lookup.
    if class.is_builtin || !matches!(instance.payload, Payload::None | Payload::Native(_)) {
        return;
    }
    if valid(&cache.borrow(), class).is_some() {
        return;
    }
    let kind = decide().unwrap_or(CachedKind::Generic);
    remember(cache, class, kind);
}
