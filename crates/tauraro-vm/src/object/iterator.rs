//! Iterators over builtin containers and the lazy builtins (`enumerate`, `zip`, `map`, ...).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::object::{PyDict, PyRange, PySet, PyStr};
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
    /// Over a range whose elements or length do not fit in 64 bits (`longrange_iterator`).
    LongRange {
        next: BigInt,
        remaining: BigInt,
        step: BigInt,
    },
    /// Over a dict, by entry position; raises if the dict changes size.
    Dict {
        dict: Rc<PyDict>,
        position: usize,
        expected_len: usize,
        kind: DictIterKind,
    },
    /// `reversed()` of a dict or dict view, by entry position counting down: `next` is one
    /// past the position to look at; raises if the dict changes size.
    DictReversed {
        dict: Rc<PyDict>,
        next: usize,
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
            IterState::LongRange { .. } => "longrange_iterator",
            IterState::Dict { kind, .. } => match kind {
                DictIterKind::Keys => "dict_keyiterator",
                DictIterKind::Values => "dict_valueiterator",
                DictIterKind::Items => "dict_itemiterator",
            },
            IterState::DictReversed { kind, .. } => match kind {
                DictIterKind::Keys => "dict_reversekeyiterator",
                DictIterKind::Values => "dict_reversevalueiterator",
                DictIterKind::Items => "dict_reverseitemiterator",
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

impl IterState {
    /// `iter(range)`, or `reversed(range)` with `reverse`: the 64-bit fast state when every
    /// element, the length and the step fit, otherwise the big-int one.
    pub fn over_range(range: &PyRange, reverse: bool) -> IterState {
        if let Some(small) = range.as_small() {
            let len = small.len();
            if !reverse {
                return IterState::Range {
                    next: small.start,
                    remaining: len,
                    step: small.step,
                };
            }
            if let Some(step) = small.step.checked_neg() {
                return IterState::Range {
                    next: if len == 0 {
                        small.start
                    } else {
                        small.get(len - 1)
                    },
                    remaining: len,
                    step,
                };
            }
        }
        let (start, _, step) = range.bounds();
        let len = range.len_big();
        if reverse {
            let last = range.item(&(&len - 1));
            IterState::LongRange {
                next: last,
                remaining: len,
                step: -step,
            }
        } else {
            IterState::LongRange {
                next: start,
                remaining: len,
                step,
            }
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
