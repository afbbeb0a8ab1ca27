//! Python exceptions as Rust errors.
//!
//! A [`PyErr`] is created cheaply from anywhere (`PyErr::new(ExcKind::TypeError, msg)`)
//! without access to the interpreter: the exception object is only materialised when a
//! program catches or inspects it. The traceback grows as the error unwinds through frames.

use std::rc::Rc;

use crate::object::{Code, Instance};
use crate::value::Value;

macro_rules! exception_kinds {
    ($($kind:ident : $parent:tt),* $(,)?) => {
        /// The builtin exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            $($kind),*
        }

        impl ExcKind {
            /// Every kind, parents before children.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$kind => stringify!($kind)),*
                }
            }

            /// The base class (`None` for `BaseException`).
            pub fn parent(self) -> Option<ExcKind> {
                match self {
                    $(ExcKind::$kind => exception_kinds!(@parent $parent)),*
                }
            }
        }
    };
    (@parent None) => { None };
    (@parent $parent:ident) => { Some(ExcKind::$parent) };
}

exception_kinds! {
    BaseException: None,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    BaseExceptionGroup: BaseException,
    Exception: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// One frame of a traceback: the code and the instruction that was executing.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Rc<Code>,
    pub pc: usize,
}

/// The exception an error carries.
pub enum ExcValue {
    /// Not yet materialised: a builtin class and its arguments.
    Lazy { kind: ExcKind, args: Vec<Value> },
    /// An exception instance.
    Object(Rc<Instance>),
}

/// A raised Python exception travelling through Rust code.
pub struct PyErr(Box<PyErrInner>);

pub struct PyErrInner {
    pub value: ExcValue,
    /// Innermost frame first; frames are appended as the error unwinds outwards.
    pub traceback: Vec<TraceEntry>,
    /// Re-raised (bare `raise`, end of `finally`): the frame it is raised in is already in
    /// the exception's traceback, so unwinding adds no entry for that frame.
    pub resumed: bool,
    /// A "Did you mean" hint for the traceback (NameError, AttributeError), computed where
    /// the error arose, which knows the names in scope.
    pub suggestion: Option<Box<str>>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An exception of a builtin class with a message.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(message.into())])
    }

    /// An exception of a builtin class with arbitrary arguments (`KeyError(key)`).
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(PyErrInner {
            value: ExcValue::Lazy { kind, args },
            traceback: Vec::new(),
            resumed: false,
            suggestion: None,
        }))
    }

    /// An error carrying an existing exception instance.
    pub fn from_instance(instance: Rc<Instance>) -> PyErr {
        PyErr(Box::new(PyErrInner {
            value: ExcValue::Object(instance),
            traceback: Vec::new(),
            resumed: false,
            suggestion: None,
        }))
    }

    /// Adds a "Did you mean" hint (see [`PyErrInner::suggestion`]).
    pub fn with_suggestion(mut self, suggestion: Option<&str>) -> PyErr {
        self.0.suggestion = suggestion.map(Box::from);
        self
    }

    /// An exception raised again where it was caught: see [`PyErrInner::resumed`].
    pub fn resumed(instance: Rc<Instance>) -> PyErr {
        let mut err = PyErr::from_instance(instance);
        err.0.resumed = true;
        err
    }

    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, message)
    }

    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, message)
    }

    /// A feature Tauraro does not implement yet; the message names it.
    pub fn not_supported(feature: impl std::fmt::Display) -> PyErr {
        PyErr::new(
            ExcKind::NotImplementedError,
            format!("not supported yet: {feature}"),
        )
    }

    pub fn inner(&self) -> &PyErrInner {
        &self.0
    }

    pub fn inner_mut(&mut self) -> &mut PyErrInner {
        &mut self.0
    }

    pub fn into_inner(self) -> PyErrInner {
        *self.0
    }

    /// The builtin kind, when the exception is a lazy builtin one.
    pub fn lazy_kind(&self) -> Option<ExcKind> {
        match &self.0.value {
            ExcValue::Lazy { kind, .. } => Some(*kind),
            ExcValue::Object(_) => None,
        }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0.value {
            ExcValue::Lazy { kind, args } => write!(f, "{}{:?}", kind.name(), args),
            ExcValue::Object(_) => write!(f, "<exception object>"),
        }
    }
}

impl From<crate::text::PyErr> for PyErr {
    fn from(err: crate::text::PyErr) -> PyErr {
        use crate::text::PyErrKind;
        let kind = match err.kind {
            PyErrKind::ValueError => ExcKind::ValueError,
            PyErrKind::TypeError => ExcKind::TypeError,
            PyErrKind::OverflowError => ExcKind::OverflowError,
            PyErrKind::IndexError => ExcKind::IndexError,
            PyErrKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
            PyErrKind::SyntaxError => ExcKind::SyntaxError,
            PyErrKind::MemoryError => ExcKind::MemoryError,
            PyErrKind::NotSupported => {
                return PyErr::not_supported(err.message);
            }
        };
        PyErr::new(kind, err.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_lists_parents_first() {
        for (index, kind) in ExcKind::ALL.iter().enumerate() {
            if let Some(parent) = kind.parent() {
                let parent_index = ExcKind::ALL.iter().position(|k| *k == parent).unwrap();
                assert!(parent_index < index, "{kind:?}");
            }
        }
        assert_eq!(
            ExcKind::ZeroDivisionError.parent(),
            Some(ExcKind::ArithmeticError)
        );
        assert_eq!(std::mem::size_of::<PyResult<Value>>(), 16);
    }
}
