//! Classes (`type` objects), builtin and user-defined.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::ExcKind;
use crate::object::{BuiltinFn, DictTable, PyStr};

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
    /// How calling a builtin class constructs an instance.
    pub constructor: Option<BuiltinFn>,
    /// Bumped whenever the namespace changes, for attribute caches.
    pub version: Cell<u32>,
}

impl Class {
    /// Whether `self` is `other` or inherits from it.
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        std::ptr::eq(self, other)
            || self
                .mro_tail
                .iter()
                .any(|class| std::ptr::eq(class.as_ref(), other))
    }

    /// The class and its MRO, in order.
    pub fn mro(self: &Rc<Class>) -> impl Iterator<Item = &Rc<Class>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }
}
