//! The exceptions of the module system, with CPython's messages and attributes:
//! ModuleNotFoundError and ImportError carry `msg`, `name` and `path`; a SyntaxError from an
//! imported file carries `msg`, `filename`, `lineno`, `offset` and `text`, prints as
//! `msg (file.py, line N)` and is reported in a traceback with the offending line and a caret.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr};
use crate::interpreter::Vm;
use crate::object::Instance;
use crate::value::Value;

use super::SyntaxErrorInfo;

impl Vm {
    /// An exception instance of builtin `kind` with `args` and the given attributes.
    fn exception_with_attributes(
        &mut self,
        kind: ExcKind,
        args: Vec<Value>,
        attributes: Vec<(&str, Value)>,
    ) -> PyErr {
        let instance = self.new_exception(self.types.exception(kind).clone(), args);
        for (name, value) in attributes {
            let key = Value::Str(self.intern(name));
            // A fresh dict with string keys: setting an item cannot fail.
            let _ = self.dict_set(&instance.dict(), key, value);
        }
        PyErr::from_instance(instance)
    }

    /// `ModuleNotFoundError: No module named 'name'` (or another message about `name`).
    pub(crate) fn module_not_found(&mut self, message: String, name: &str) -> PyErr {
        let attributes = vec![
            ("msg", Value::str(&message)),
            ("name", Value::str(name)),
            ("path", Value::None),
        ];
        self.exception_with_attributes(
            ExcKind::ModuleNotFoundError,
            vec![Value::string(message)],
            attributes,
        )
    }

    /// `ImportError: message`, naming the module it is about and its file.
    pub(crate) fn import_error(
        &mut self,
        message: String,
        name: Option<&str>,
        path: Option<&str>,
    ) -> PyErr {
        let attributes = vec![
            ("msg", Value::str(&message)),
            ("name", name.map_or(Value::None, Value::str)),
            ("path", path.map_or(Value::None, Value::str)),
        ];
        self.exception_with_attributes(
            ExcKind::ImportError,
            vec![Value::string(message)],
            attributes,
        )
    }

    /// The SyntaxError (or IndentationError, TabError) for a syntax error in an imported file.
    pub(crate) fn import_syntax_error(&mut self, info: &SyntaxErrorInfo) -> PyErr {
        let text = Value::string(format!("{}\n", info.text));
        let line = Value::Int(i64::from(info.line));
        let offset = Value::Int(i64::from(info.offset));
        let details = Value::tuple(vec![
            Value::str(&info.path),
            line.clone(),
            offset.clone(),
            text.clone(),
            line.clone(),
            offset.clone(),
        ]);
        let attributes = vec![
            ("msg", Value::str(&info.message)),
            ("filename", Value::str(&info.path)),
            ("lineno", line.clone()),
            ("offset", offset.clone()),
            ("text", text),
            ("end_lineno", line),
            ("end_offset", offset),
            ("print_file_and_line", Value::None),
        ];
        self.exception_with_attributes(
            info.kind,
            vec![Value::str(&info.message), details],
            attributes,
        )
    }

    /// Whether `err` is a ModuleNotFoundError about the module `name` exactly (importing a
    /// submodule that does not exist is not an error for `from package import name`).
    pub(crate) fn is_module_not_found_for(&mut self, err: &PyErr, name: &str) -> bool {
        if !self.is_instance_of_kind(err, ExcKind::ModuleNotFoundError) {
            return false;
        }
        match &err.inner().value {
            crate::error::ExcValue::Object(instance) => {
                matches!(self.exception_attribute(instance, "name"), Some(Value::Str(n)) if n.as_str() == name)
            }
            crate::error::ExcValue::Lazy { .. } => false,
        }
    }

    /// An attribute stored in an exception instance's `__dict__`.
    fn exception_attribute(&mut self, instance: &Instance, name: &str) -> Option<Value> {
        let key = Value::Str(self.intern(name));
        self.dict_get(&instance.dict(), &key).ok().flatten()
    }

    /// `str()` of a SyntaxError that knows where it happened: `msg (file.py, line N)`, with
    /// the file's base name, as CPython's `SyntaxError.__str__`. None for other exceptions.
    pub(crate) fn syntax_error_str(&mut self, instance: &Instance) -> Option<String> {
        if !instance
            .class
            .is_subclass_of(self.types.exception(ExcKind::SyntaxError))
        {
            return None;
        }
        let msg = match self.exception_attribute(instance, "msg")? {
            Value::Str(msg) => msg.as_str().to_owned(),
            _ => return None,
        };
        let filename = match self.exception_attribute(instance, "filename") {
            Some(Value::Str(path)) => Some(
                path.as_str()
                    .rsplit('/')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
            ),
            _ => None,
        };
        let line = self
            .exception_attribute(instance, "lineno")
            .and_then(|line| line.as_small_int());
        Some(match (filename, line) {
            (Some(file), Some(line)) => format!("{msg} ({file}, line {line})"),
            (Some(file), None) => format!("{msg} ({file})"),
            (None, Some(line)) => format!("{msg} (line {line})"),
            (None, None) => msg,
        })
    }

    /// The end of a traceback for a SyntaxError that knows where it happened: the file and
    /// line, the source line with a caret under the error, then `SyntaxError: msg` (the
    /// message alone, as CPython prints it, without a final line break). None for other
    /// exceptions.
    pub(crate) fn syntax_error_report(&mut self, instance: &Rc<Instance>) -> Option<String> {
        if !instance
            .class
            .is_subclass_of(self.types.exception(ExcKind::SyntaxError))
        {
            return None;
        }
        let Some(Value::Str(msg)) = self.exception_attribute(instance, "msg") else {
            return None;
        };
        let Some(Value::Str(filename)) = self.exception_attribute(instance, "filename") else {
            return None;
        };
        let line = self
            .exception_attribute(instance, "lineno")
            .and_then(|line| line.as_small_int())?;
        let mut out = format!("  File \"{}\", line {line}\n", filename.as_str());
        if let Some(Value::Str(text)) = self.exception_attribute(instance, "text") {
            let full = text.as_str().trim_end_matches(['\n', '\r']);
            let trimmed = full.trim_start();
            let indent = full.chars().count() - trimmed.chars().count();
            out.push_str(&format!("    {trimmed}\n"));
            if let Some(offset) = self
                .exception_attribute(instance, "offset")
                .and_then(|offset| offset.as_small_int())
            {
                let caret = usize::try_from(offset)
                    .unwrap_or(1)
                    .saturating_sub(indent + 1)
                    .min(trimmed.chars().count());
                out.push_str(&format!("    {}^\n", " ".repeat(caret)));
            }
        }
        let label = instance.class.qualname.as_str().to_owned();
        out.push_str(&format!("{label}: {}", msg.as_str()));
        Some(out)
    }
}
