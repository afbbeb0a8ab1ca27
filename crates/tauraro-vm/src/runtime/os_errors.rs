//! `OSError` and its subclasses: the `errno`, `strerror`, `filename` and `filename2` fields,
//! the subclass CPython picks for an errno (`OSError(2, ...)` is a `FileNotFoundError`), the
//! `[Errno 2] No such file or directory: 'x'` text, and the errors of failed system calls.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr};
use crate::interpreter::Vm;
use crate::object::{Class, Instance, PyStr};
use crate::value::Value;

/// The `OSError` subclass CPython raises for an errno (Linux numbering).
pub fn kind_for_errno(errno: i64) -> ExcKind {
    match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => ExcKind::OSError,
    }
}

/// The C library's text for an errno, without the ` (os error N)` Rust appends.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

fn set_field(instance: &Instance, name: &str, value: Value) {
    let key = Rc::new(PyStr::new(name));
    let hash = key.hash();
    let dict = instance.dict();
    let mut table = dict.table.borrow_mut();
    let existing = table.find(hash, |key| {
        Ok::<bool, ()>(matches!(key, Value::Str(k) if k.as_str() == name))
    });
    let old = match existing {
        Ok(Some(position)) => Some(std::mem::replace(table.value_mut(position), value)),
        _ => {
            table.push(hash, Value::Str(key), value);
            None
        }
    };
    // Dropped after the table borrow ends.
    drop(table);
    drop(old);
}

fn field(instance: &Instance, name: &str) -> Value {
    instance.attribute(name).unwrap_or(Value::None)
}

/// CPython's `OSError.__init__`: with 2 to 5 arguments they are `errno, strerror[, filename[,
/// winerror[, filename2]]]`, and `args` keeps only the first two when a filename is given.
/// Returns the `args` the instance keeps.
pub fn os_error_fields(instance: &Instance, mut args: Vec<Value>) -> Vec<Value> {
    let (errno, text, filename, filename2) = if (2..=5).contains(&args.len()) {
        (
            args[0].clone(),
            args[1].clone(),
            args.get(2).cloned().unwrap_or(Value::None),
            args.get(4).cloned().unwrap_or(Value::None),
        )
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    set_field(instance, "errno", errno);
    set_field(instance, "strerror", text);
    set_field(instance, "filename", filename.clone());
    set_field(instance, "filename2", filename2);
    if args.len() >= 3 && !filename.is_none() {
        args.truncate(2);
    }
    args
}

/// The class `OSError(errno, ...)` really creates: the errno's subclass.
pub fn os_error_class_for(vm: &Vm, class: &Rc<Class>, args: &[Value]) -> Rc<Class> {
    let is_plain = Rc::ptr_eq(class, vm.types.exception(ExcKind::OSError));
    match args.first() {
        Some(Value::Int(errno)) if is_plain && (2..=5).contains(&args.len()) => {
            vm.types.exception(kind_for_errno(*errno)).clone()
        }
        _ => class.clone(),
    }
}

impl Vm {
    /// Whether `class` is `OSError` or derives from it.
    pub fn is_os_error_class(&self, class: &Class) -> bool {
        class.is_subclass_of(self.types.exception(ExcKind::OSError))
    }

    /// `str()` of an OSError with an errno and text: `[Errno N] text[: 'file'[ -> 'file2']]`.
    pub(crate) fn os_error_str(&mut self, instance: &Instance) -> Option<String> {
        if !self.is_os_error_class(&instance.class) {
            return None;
        }
        let errno = field(instance, "errno");
        let text = field(instance, "strerror");
        if errno.is_none() && text.is_none() {
            return None;
        }
        let errno = self.to_str(&errno).ok()?;
        let text = self.to_str(&text).ok()?;
        let mut out = format!("[Errno {}] {}", errno.as_str(), text.as_str());
        let filename = field(instance, "filename");
        if !filename.is_none() {
            out.push_str(": ");
            out.push_str(self.repr(&filename).ok()?.as_str());
            let filename2 = field(instance, "filename2");
            if !filename2.is_none() {
                out.push_str(" -> ");
                out.push_str(self.repr(&filename2).ok()?.as_str());
            }
        }
        Some(out)
    }

    /// The error a failed system call raises, naming the file(s) it was about.
    pub fn os_error(&mut self, err: &std::io::Error, filenames: &[Value]) -> PyErr {
        let Some(errno) = err.raw_os_error() else {
            return PyErr::new(ExcKind::OSError, err.to_string());
        };
        self.os_error_from_errno(errno, filenames)
    }

    /// The error for `errno`, naming the file(s) it was about.
    pub fn os_error_from_errno(&mut self, errno: i32, filenames: &[Value]) -> PyErr {
        let class = self
            .types
            .exception(kind_for_errno(i64::from(errno)))
            .clone();
        let mut args = vec![Value::Int(i64::from(errno)), Value::string(strerror(errno))];
        if let Some(first) = filenames.first() {
            args.push(first.clone());
        }
        if let Some(second) = filenames.get(1) {
            args.push(Value::None);
            args.push(second.clone());
        }
        PyErr::from_instance(self.new_exception(class, args))
    }
}
