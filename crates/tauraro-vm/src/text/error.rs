//! The error value every fallible function returns: a Python exception
//! type plus CPython's exact message, so the VM can raise it unchanged.

use std::fmt;

/// The Python exception types this crate can produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PyErrKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `IndexError`
    IndexError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `SyntaxError` (from the literal parsers)
    SyntaxError,
    /// `MemoryError` (an allocation sized by user input failed)
    MemoryError,
    /// Not a Python exception: the operation would produce a value the VM
    /// cannot represent yet (a complex number from `(-8.0) ** 0.5`).
    NotSupported,
}

impl PyErrKind {
    /// The exception class name as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            PyErrKind::ValueError => "ValueError",
            PyErrKind::TypeError => "TypeError",
            PyErrKind::OverflowError => "OverflowError",
            PyErrKind::IndexError => "IndexError",
            PyErrKind::ZeroDivisionError => "ZeroDivisionError",
            PyErrKind::SyntaxError => "SyntaxError",
            PyErrKind::MemoryError => "MemoryError",
            PyErrKind::NotSupported => "NotSupported",
        }
    }
}

/// A Python exception to be raised by the VM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyErr {
    /// The exception type.
    pub kind: PyErrKind,
    /// The message exactly as CPython 3.11 formats it (`str(exc)`).
    pub message: String,
}

/// Shorthand for results carrying a [`PyErr`].
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An error of any kind.
    pub fn new(kind: PyErrKind, message: impl Into<String>) -> PyErr {
        PyErr {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::ValueError, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::TypeError, message)
    }

    /// An `OverflowError`.
    pub fn overflow_error(message: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::OverflowError, message)
    }

    /// A `ZeroDivisionError`.
    pub fn zero_division_error(message: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::ZeroDivisionError, message)
    }

    /// A `SyntaxError`.
    pub fn syntax_error(message: impl Into<String>) -> PyErr {
        PyErr::new(PyErrKind::SyntaxError, message)
    }

    /// CPython raises a bare `MemoryError` (empty message) when an
    /// allocation fails.
    pub fn memory_error() -> PyErr {
        PyErr::new(PyErrKind::MemoryError, "")
    }
}

impl fmt::Display for PyErr {
    /// Formats like the last line of a traceback: `ValueError: message`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for PyErr {}

/// Reserves `additional` bytes or reports `MemoryError`, so that absurd
/// widths or precisions from user input fail like CPython instead of
/// aborting the process.
pub(crate) fn try_reserve(s: &mut String, additional: usize) -> PyResult<()> {
    s.try_reserve(additional).map_err(|_| PyErr::memory_error())
}
