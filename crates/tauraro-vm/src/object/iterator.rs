//! Iterators over builtin containers and the lazy builtins (`enumerate`, `zip`, `map`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::{PyDict, PySet, PyStr};
use crate::value::Value;

/// What a dict iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

/// The state of an iterator.
pub enum IterState {
    /// Over a list (re-reads the list each step, as CPython does) or a tuple.
    Sequence {
        seq: Value,
        index: usize,
    },
    /// Over a string, by byte offset.
    Str {
        text: Rc<PyStr>,
        offset: usize,
    },
    /// Over a range.
    Range {
        next: i64,
        remaining: i64,
        step: i64,
    },
    /// Over a dict, by entry position; raises if the dict changes size.
    Dict {
        dict: Rc<PyDict>,
        position: usize,
        expected_len: usize,
        kind: DictIterKind,
    },
    /// Over a set, by table position.
    Set {
        set: Rc<PySet>,
        position: usize,
        expected_len: usize,
    },
    /// `reversed(list or tuple)`: the next index to yield, counting down.
    Reversed {
        seq: Value,
        next: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        function: Value,
        inners: Vec<Value>,
    },
    Filter {
        function: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        function: Value,
        sentinel: Value,
    },
    /// A finished iterator.
    Exhausted,
}

impl IterState {
    /// The Python type name of the iterator.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Sequence { seq, .. } => match seq {
                Value::Tuple(_) => "tuple_iterator",
                _ => "list_iterator",
            },
            IterState::Str { text, .. } => {
                if text.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictIterKind::Keys => "dict_keyiterator",
                DictIterKind::Values => "dict_valueiterator",
                DictIterKind::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Reversed { .. } => "list_reverseiterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

/// An iterator object.
pub struct PyIterator {
    pub state: RefCell<IterState>,
}

impl PyIterator {
    pub fn new(state: IterState) -> PyIterator {
        PyIterator {
            state: RefCell::new(state),
        }
    }
}
