//! Instances of classes, including exception instances and the builtin descriptor objects
//! (`property`, `staticmethod`, `classmethod`, `super`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::TraceEntry;
use crate::object::{Class, DictTable, PyDict};
use crate::value::Value;

/// What an exception instance carries beyond its attributes.
pub struct ExceptionData {
    /// The `args` tuple.
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// A "Did you mean" hint printed after the message in tracebacks.
    pub suggestion: Option<Box<str>>,
}

/// Native state of instances of some builtin classes.
pub enum Payload {
    None,
    /// Boxed, like the other large variants, so that ordinary instances stay small.
    Property(Box<PropertyParts>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(class, object)`: attribute lookup starts after `class` in `object`'s MRO.
    Super {
        class: Rc<Class>,
        object: Value,
    },
    /// An instance of a user class deriving from a builtin type (`class Stack(list)`): the
    /// builtin value it extends. Mutable values (list, dict, set) are updated in place by
    /// the base type's methods; immutable ones are fixed by `__new__`.
    Builtin(Value),
    /// The iterator `iter()` makes for an object that has `__getitem__` but no `__iter__`:
    /// it calls `__getitem__(0)`, `__getitem__(1)`, ... until IndexError or StopIteration.
    /// `reversed()` of an object with `__len__` and `__getitem__` but no `__reversed__`
    /// counts down instead, `index` then being one past the next position. `target`
    /// becomes `None` once exhausted.
    SequenceIterator(Box<SequenceIteration>),
    /// `list[int]` (`types.GenericAlias`): a class or other origin with type arguments.
    GenericAlias {
        origin: Value,
        args: Rc<crate::object::PyTuple>,
    },
    /// What `globals()` returns: a mapping that reads and writes the module's globals.
    ModuleNamespace(Rc<crate::object::Module>),
    /// `int | str` (`types.UnionType`): flattened, without duplicates.
    Union {
        args: Rc<crate::object::PyTuple>,
    },
    /// The state of an object a native module created (a compiled regular expression, a
    /// `random.Random`'s generator):
    /// only that module knows its type and downcasts it back. It holds no Python values,
    /// so the cycle collector has nothing to trace in it.
    Native(Box<dyn std::any::Any>),
}

/// The functions of a `property`.
pub struct PropertyParts {
    pub getter: Value,
    pub setter: Value,
    pub deleter: Value,
    pub doc: Value,
}

/// The state of a [`Payload::SequenceIterator`].
pub struct SequenceIteration {
    pub target: RefCell<Option<Value>>,
    pub index: Cell<usize>,
    pub reversed: bool,
}

impl Payload {
    /// The builtin value of a builtin-subclass instance.
    pub fn builtin(&self) -> Option<&Value> {
        match self {
            Payload::Builtin(value) => Some(value),
            _ => None,
        }
    }
}

/// An instance of a class.
pub struct Instance {
    pub class: Rc<Class>,
    /// The instance's `__dict__`.
    pub attrs: Rc<PyDict>,
    /// Present exactly when the class derives from BaseException; boxed so that ordinary
    /// instances stay small.
    pub exception: Option<Box<RefCell<ExceptionData>>>,
    pub payload: Payload,
}

impl Instance {
    /// A plain instance with an empty `__dict__`.
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        Instance {
            class,
            attrs: Rc::new(PyDict::new(DictTable::new())),
            exception: None,
            payload,
        }
    }
}

/// The builtin value an instance of a builtin subclass carries (`None` for anything else).
#[inline]
pub fn builtin_payload(value: &Value) -> Option<&Value> {
    match value {
        Value::Instance(instance) => instance.payload.builtin(),
        _ => None,
    }
}

/// `value` itself, or for an instance of a builtin subclass the builtin value it carries:
/// what the C code of a builtin type sees of an operand that passes its type check.
#[inline]
pub fn as_builtin(value: &Value) -> &Value {
    builtin_payload(value).unwrap_or(value)
}

#[cfg(test)]
mod size_tests {
    use super::*;

    #[test]
    fn instances_stay_small() {
        // Every object a program creates is one of these: growth here costs memory and
        // cache misses everywhere.
        assert!(
            std::mem::size_of::<Instance>() <= 56,
            "{}",
            std::mem::size_of::<Instance>()
        );
    }
}
