//! Classes (`type` objects), builtin and user-defined.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::error::ExcKind;
use crate::object::{BuiltinFn, DictTable, PyStr};
use crate::value::Value;

/// Which builtin layout instances of a class have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Iterator,
    Generator,
    Module,
    DictView,
    Exception(ExcKind),
}

/// A class: its name, bases, method resolution order and namespace.
pub struct Class {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub module: Rc<PyStr>,
    pub bases: Box<[Rc<Class>]>,
    /// The method resolution order after the class itself.
    pub mro_tail: Box<[Rc<Class>]>,
    pub dict: RefCell<DictTable>,
    pub kind: BuiltinKind,
    pub is_builtin: bool,
    /// A class a native module made (`collections.deque`): not builtin, but named
    /// `module.name` in error messages, as CPython's static types are.
    pub is_native: bool,
    /// How calling a builtin class constructs an instance.
    pub constructor: Option<BuiltinFn>,
    /// Bumped whenever the namespace changes, for attribute caches.
    pub version: Cell<u32>,
    /// The `__init__` a call of this class runs in a frame of the loop (see
    /// `Vm::simple_init`), with the [`class_epoch`] it was computed at.
    pub init_cache: RefCell<Option<(u64, Option<Rc<crate::object::Function>>)>>,
    /// What the generic path of a call of this class runs (`Vm::instantiate`), found along
    /// the MRO once per [`class_epoch`].
    pub construct_cache: RefCell<Option<ConstructPlan>>,
    /// The `__enter__` and `__exit__` a `with` on an instance runs (both found), with the
    /// [`class_epoch`] they were looked up at.
    pub context_cache: RefCell<Option<(u64, Value, Value)>>,
    /// Whether the class has a `__del__`, with the [`class_epoch`] that was found at (read
    /// when an instance is dropped, so without a lookup each time).
    pub finalizer_cache: Cell<Option<(u64, bool)>>,
    /// Set once an instance may hold, in its dict, a name the class also defines (stored
    /// through a class attribute's name, or through `__dict__`): until then, attribute caches
    /// need not check instance dicts for methods and class values.
    pub instances_may_shadow: Cell<bool>,
    /// The most attributes an instance of the class was given through an attribute cache:
    /// the capacity a new instance's attribute values start with, so that `__init__` does
    /// not grow them step by step.
    pub attribute_hint: Cell<u8>,
    /// The empty shape its instances start from, made on first use (see `object/shape.rs`).
    pub shape_root: Cell<Option<&'static crate::object::Shape>>,
    /// The class of this class when it is not `type` (`class A(metaclass=Meta)`); `None`
    /// for `type`, so that plain classes pay nothing for metaclass support.
    pub metaclass: Option<Rc<Class>>,
    /// Set while the class's own `__abstractmethods__` is non-empty (what `abc.ABCMeta`
    /// stores): `object.__new__` then refuses to make instances.
    pub is_abstract: Cell<bool>,
    /// The classes naming this one as a direct base, for `__subclasses__()`; weak so that
    /// a base does not keep its subclasses alive.
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
}

/// The `__new__` and `__init__` a call of a user class runs, as found along its MRO.
#[derive(Clone)]
pub struct ConstructPlan {
    /// The [`class_epoch`] the lookups were made at.
    pub epoch: u64,
    /// A `__new__` written in Python (a function or static method), if any.
    pub user_new: Option<Value>,
    /// The `__init__` found, if any.
    pub init: Option<Value>,
    /// Whether that `__init__` is `object.__init__` (or there is none).
    pub init_is_object_init: bool,
}

/// Counts changes to any class namespace after creation. Caches of facts that depend on a
/// class and its bases (attribute lookups, the `__init__` of a class call) stay valid while
/// it is unchanged; changing a class is rare, so a single global counter is enough.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current class epoch (see [`CLASS_EPOCH`]).
#[inline]
pub fn class_epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Relaxed)
}

/// Set once a name is added to a class after its creation: instances may then already hold
/// that name in their dicts, unknown to [`Class::instances_may_shadow`].
static ATTRIBUTE_ADDED_LATER: AtomicBool = AtomicBool::new(false);

impl Class {
    /// Whether an instance dict may hold a name this class (or a base) also defines.
    #[inline]
    pub fn shadowing_possible(&self) -> bool {
        self.instances_may_shadow.get() || ATTRIBUTE_ADDED_LATER.load(Ordering::Relaxed)
    }

    /// Records that a name was added to this class's namespace after creation.
    pub fn attribute_added(&self) {
        ATTRIBUTE_ADDED_LATER.store(true, Ordering::Relaxed);
        self.namespace_changed();
    }

    /// Records that this class's namespace changed: invalidates every cache.
    pub fn namespace_changed(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        CLASS_EPOCH.fetch_add(1, Ordering::Relaxed);
    }
}

impl Class {
    /// The empty shape instances of this class start from.
    #[inline]
    pub fn shape_root(&self) -> &'static crate::object::Shape {
        match self.shape_root.get() {
            Some(root) => root,
            None => {
                let root = crate::object::Shape::new_root();
                self.shape_root.set(Some(root));
                root
            }
        }
    }

    /// Whether `self` is `other` or inherits from it.
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        std::ptr::eq(self, other)
            || self
                .mro_tail
                .iter()
                .any(|class| std::ptr::eq(class.as_ref(), other))
    }

    /// The name error messages give instances of this class: builtin types of other modules
    /// are named with it (`types.GenericAlias`), as CPython's static types are.
    pub fn type_name(&self) -> String {
        if (self.is_builtin || self.is_native) && self.module.as_str() != "builtins" {
            format!("{}.{}", self.module.as_str(), self.name.as_str())
        } else {
            self.name.as_str().to_owned()
        }
    }

    /// The module and qualified name a class's repr shows: its namespace's `__module__` and
    /// `__qualname__` when they are strings (they may be reassigned after creation, as the
    /// functional `Enum` API does), else those it was created with.
    pub fn repr_names(&self) -> (Rc<PyStr>, Rc<PyStr>) {
        let dict = self.dict.borrow();
        let lookup = |name: &str| {
            dict.iter()
                .find_map(|entry| match (&entry.key, &entry.value) {
                    (Value::Str(key), Value::Str(value)) if key.as_str() == name => {
                        Some(value.clone())
                    }
                    _ => None,
                })
        };
        let module = lookup("__module__").unwrap_or_else(|| self.module.clone());
        let qualname = lookup("__qualname__").unwrap_or_else(|| self.qualname.clone());
        (module, qualname)
    }

    /// Records `class` as a direct subclass of each of its bases.
    pub fn register_subclass(class: &Rc<Class>) {
        for base in class.bases.iter() {
            let mut subclasses = base.subclasses.borrow_mut();
            // Dead entries go only when the vector would grow, so that registering stays
            // amortised constant time however many classes `object` gets.
            if subclasses.len() == subclasses.capacity() {
                subclasses.retain(|weak| weak.strong_count() > 0);
            }
            subclasses.push(Rc::downgrade(class));
        }
    }

    /// The live direct subclasses, oldest first.
    pub fn live_subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .collect()
    }

    /// The class and its MRO, in order.
    pub fn mro(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }
}
