//! Exception objects: materialising lazy errors, `raise`, matching by class, `str()` of an
//! exception, and CPython-style traceback printing.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ExcKind, ExcValue, PyErr, PyErrInner, TraceEntry};
use crate::interpreter::Vm;
use crate::object::{BuiltinKind, Class, ExceptionData, Instance, PyStr, RcTuple};
use crate::value::Value;

impl Vm {
    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&self, class: Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        // A subclass with its own `__init__` leaves the fields to `OSError.__init__`, as
        // CPython's `OSError.__new__` does.
        let is_os_error = self.is_os_error_class(&class)
            && matches!(
                crate::runtime::attribute::class_lookup(&class, "__init__"),
                Some(Value::Builtin(_)) | None
            );
        let instance = Instance::new(class, crate::object::Payload::None);
        let args = if is_os_error {
            super::os_errors::os_error_fields(&instance, args)
        } else {
            args
        };
        with_exception_args(instance, Value::tuple(args))
    }

    /// [`Vm::new_exception`] with borrowed arguments: the args tuple is built straight from
    /// them (no intermediate `Vec`) unless OSError's field rules need them.
    pub fn new_exception_from_slice(&self, class: Rc<Class>, args: &[Value]) -> Rc<Instance> {
        if self.is_os_error_class(&class) {
            return self.new_exception(class, args.to_vec());
        }
        let instance = Instance::new(class, crate::object::Payload::None);
        with_exception_args(instance, Value::Tuple(RcTuple::from_slice(args)))
    }

    /// The exception instance an error carries, creating it if it was lazy; the traceback
    /// collected so far moves into the instance.
    pub fn exception_value(&mut self, err: PyErr) -> Value {
        let PyErrInner {
            value,
            traceback,
            suggestion,
            ..
        } = err.into_inner();
        let instance = match value {
            ExcValue::Lazy { kind, args } => {
                self.new_exception(self.types.exception(kind).clone(), args)
            }
            ExcValue::Object(instance) => instance,
        };
        if let Some(data) = &instance.exception {
            // Entries are innermost first; frames recorded now are further out than any the
            // instance already carries (from an earlier raise of the same exception).
            let mut data = data.borrow_mut();
            if data.traceback.is_empty() {
                // A first raise: the collected entries become the instance's, no copy.
                data.traceback = traceback;
            } else {
                data.traceback.extend(traceback);
            }
            if suggestion.is_some() {
                data.suggestion = suggestion;
            }
        }
        Value::Instance(instance)
    }

    /// The error for `raise value [from cause]`.
    pub(crate) fn make_raise(&mut self, value: &Value, cause: Option<&Value>) -> PyErr {
        let instance = match value {
            Value::Class(class) if self.is_exception_class(class) => {
                match self.call_class(class, crate::object::Args::new(&[])) {
                    Ok(Value::Instance(instance)) if instance.exception.is_some() => instance,
                    Ok(_) => {
                        return PyErr::type_error(
                            "calling the exception class did not return an exception",
                        );
                    }
                    Err(err) => return err,
                }
            }
            Value::Instance(instance) if instance.exception.is_some() => instance.clone(),
            _ => return PyErr::type_error("exceptions must derive from BaseException"),
        };
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => Value::None,
                Value::Class(class) if self.is_exception_class(class) => {
                    match self.call_class(class, crate::object::Args::new(&[])) {
                        Ok(value) => value,
                        Err(err) => return err,
                    }
                }
                Value::Instance(cause) if cause.exception.is_some() => cause.clone().into(),
                _ => {
                    return PyErr::type_error("exception causes must derive from BaseException");
                }
            };
            if let Some(data) = &instance.exception {
                let mut data = data.borrow_mut();
                data.cause = cause;
                data.suppress_context = true;
            }
        }
        if let Some(handled) = self.handling.last()
            && let Some(data) = &instance.exception
            && !handled.is(&Value::Instance(instance.clone()))
        {
            let mut data = data.borrow_mut();
            if data.context.is_none() {
                data.context = handled.clone();
            }
        }
        PyErr::from_instance(instance)
    }

    /// A new exception of `kind` whose `__cause__` (and `__context__`) is `cause`, as
    /// CPython's `_PyErr_FormatFromCause` makes.
    pub(crate) fn error_from_cause(
        &mut self,
        kind: ExcKind,
        message: String,
        cause: PyErr,
    ) -> PyErr {
        let cause = self.exception_value(cause);
        let class = self.types.exception(kind).clone();
        let instance = self.new_exception(class, vec![Value::string(message)]);
        if let Some(data) = &instance.exception {
            let mut data = data.borrow_mut();
            data.cause = cause.clone();
            data.context = cause;
            data.suppress_context = true;
        }
        PyErr::from_instance(instance)
    }

    /// The error for a bare `raise`.
    pub(crate) fn reraise(&mut self) -> PyErr {
        match self.handling.last() {
            Some(Value::Instance(instance)) => PyErr::resumed(instance.clone()),
            _ => PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"),
        }
    }

    /// Whether `class` derives from BaseException.
    pub fn is_exception_class(&self, class: &Class) -> bool {
        class.is_subclass_of(self.types.exception(ExcKind::BaseException))
    }

    /// Whether an error is an instance of the builtin exception `kind` (or a subclass).
    pub fn is_instance_of_kind(&self, err: &PyErr, kind: ExcKind) -> bool {
        match &err.inner().value {
            ExcValue::Lazy { kind: actual, .. } => {
                let mut current = Some(*actual);
                while let Some(k) = current {
                    if k == kind {
                        return true;
                    }
                    current = k.parent();
                }
                false
            }
            ExcValue::Object(instance) => instance.class.is_subclass_of(self.types.exception(kind)),
        }
    }

    /// `str(exception)` as a string object. An exception whose one argument is a plain
    /// `str` (the usual `raise E("message")`) gives that very string, as CPython does,
    /// with no copy of its text.
    pub fn exception_str_object(&mut self, instance: &Instance) -> Rc<PyStr> {
        if let Some(message) = self.sole_message(instance) {
            return message;
        }
        Rc::new(PyStr::from_string(self.exception_str(instance)))
    }

    /// The one plain `str` argument of an exception whose `str()` is that argument: not a
    /// class that builds its text from fields or shows the argument's repr (see
    /// [`Vm::exception_str`]).
    fn sole_message(&self, instance: &Instance) -> Option<Rc<PyStr>> {
        let message = match &instance.exception.as_ref()?.borrow().args {
            Value::Tuple(args) => match &args.items[..] {
                [Value::Str(message)] => message.clone(),
                _ => return None,
            },
            _ => return None,
        };
        let formats_itself = [
            ExcKind::SyntaxError,
            ExcKind::KeyError,
            ExcKind::BaseExceptionGroup,
        ]
        .into_iter()
        .any(|kind| instance.class.is_subclass_of(self.types.exception(kind)))
            || self.is_os_error_class(&instance.class);
        (!formats_itself).then_some(message)
    }

    /// `str(exception)`.
    pub fn exception_str(&mut self, instance: &Instance) -> String {
        if let Some(text) = self
            .syntax_error_str(instance)
            .or_else(|| self.os_error_str(instance))
        {
            return text;
        }
        let Some(data) = &instance.exception else {
            return String::new();
        };
        let args = data.borrow().args.clone();
        let Value::Tuple(args) = args else {
            return String::new();
        };
        if let Some(text) = self.exception_group_str(instance) {
            return text;
        }
        let is_key_error = instance
            .class
            .is_subclass_of(self.types.exception(ExcKind::KeyError));
        match args.items.len() {
            0 => String::new(),
            1 if is_key_error => self.repr_or_placeholder(&args.items[0]),
            1 => self.str_or_placeholder(&args.items[0]),
            _ => self.repr_or_placeholder(&Value::Tuple(args)),
        }
    }

    fn str_or_placeholder(&mut self, value: &Value) -> String {
        match self.to_str(value) {
            Ok(text) => text.as_str().to_owned(),
            Err(_) => "<exception str() failed>".to_owned(),
        }
    }

    fn repr_or_placeholder(&mut self, value: &Value) -> String {
        match self.repr(value) {
            Ok(text) => text.as_str().to_owned(),
            Err(_) => "<exception repr() failed>".to_owned(),
        }
    }

    /// The qualified class name CPython prints for an exception (`ValueError`,
    /// `mymodule.MyError`).
    fn exception_type_label(class: &Class) -> String {
        let module = class.module.as_str();
        if class.is_builtin || module == "__main__" || module == "builtins" {
            class.qualname.as_str().to_owned()
        } else {
            format!("{module}.{}", class.qualname.as_str())
        }
    }

    /// The last line of a traceback: `ValueError: message`.
    pub fn exception_summary(&mut self, instance: &Instance) -> String {
        let label = Self::exception_type_label(&instance.class);
        let message = self.exception_str(instance);
        let hint = instance
            .exception
            .as_ref()
            .and_then(|data| data.borrow().suggestion.clone())
            .map(|name| format!(". Did you mean: '{name}'?"))
            .unwrap_or_default();
        if message.is_empty() {
            format!("{label}{hint}")
        } else {
            format!("{label}: {message}{hint}")
        }
    }

    /// The full traceback CPython prints for an uncaught exception, chained causes and
    /// contexts first.
    pub fn format_exception(&mut self, err: PyErr) -> String {
        let value = self.exception_value(err);
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(&value, &mut out, &mut seen);
        out
    }

    /// One exception's traceback and summary, without its causes or contexts (what
    /// CPython's unraisable hook prints).
    pub(crate) fn format_exception_alone(&mut self, err: PyErr) -> String {
        let value = self.exception_value(err);
        let mut out = String::new();
        let Value::Instance(instance) = &value else {
            return out;
        };
        let Some(data) = &instance.exception else {
            return out;
        };
        let traceback = data.borrow().traceback.clone();
        if !traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in traceback.iter().rev() {
                out.push_str(&self.format_trace_entry(entry));
            }
        }
        out.push_str(&self.exception_summary(instance));
        out.push('\n');
        let notes = self.exception_notes_text(instance);
        out.push_str(&notes);
        out
    }

    fn format_exception_chain(&mut self, value: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let mut context = GroupPrintContext::default();
        self.format_exception_nested(value, out, seen, &mut context);
    }

    /// One exception with its chain, indented inside the exception groups being printed
    /// (CPython's `TracebackException.format` with its print context).
    fn format_exception_nested(
        &mut self,
        value: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
        ctx: &mut GroupPrintContext,
    ) {
        let Value::Instance(instance) = value else {
            return;
        };
        let address = Rc::as_ptr(instance) as usize;
        if seen.contains(&address) {
            return;
        }
        seen.push(address);
        let Some(data) = &instance.exception else {
            return;
        };
        let (cause, context, suppress, traceback) = {
            let data = data.borrow();
            (
                data.cause.clone(),
                data.context.clone(),
                data.suppress_context,
                data.traceback.clone(),
            )
        };
        if !cause.is_none() {
            self.format_exception_nested(&cause, out, seen, ctx);
            ctx.emit(
                out,
                "\nThe above exception was the direct cause of the following exception:\n\n",
                '|',
            );
        } else if !context.is_none() && !suppress {
            self.format_exception_nested(&context, out, seen, ctx);
            ctx.emit(
                out,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
                '|',
            );
        }
        let members = match self.exception_field(instance, "exceptions") {
            Some(Value::Tuple(items)) if !items.items.is_empty() => Some(items.items.to_vec()),
            _ => None,
        };
        let is_toplevel = ctx.depth == 0;
        if members.is_some() && is_toplevel {
            ctx.depth += 1;
        }
        if !traceback.is_empty() {
            let (title, margin) = match (&members, is_toplevel) {
                (None, _) => ("Traceback (most recent call last):\n", '|'),
                (Some(_), true) => ("Exception Group Traceback (most recent call last):\n", '+'),
                (Some(_), false) => ("Exception Group Traceback (most recent call last):\n", '|'),
            };
            ctx.emit(out, title, margin);
            for entry in traceback.iter().rev() {
                let text = self.format_trace_entry(entry);
                ctx.emit(out, &text, '|');
            }
        }
        let mut summary = match self.syntax_error_report(instance) {
            Some(report) => report,
            None => self.exception_summary(instance),
        };
        summary.push('\n');
        summary.push_str(&self.exception_notes_text(instance));
        ctx.emit(out, &summary, '|');
        let Some(members) = members else {
            return;
        };
        const MAX_GROUP_WIDTH: usize = 15;
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for index in 0..shown {
            let last = index + 1 == shown;
            if last {
                ctx.need_close = true;
            }
            let truncated = index >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (index + 1).to_string()
            };
            out.push_str(&ctx.indent());
            out.push_str(if index == 0 { "+-" } else { "  " });
            out.push_str(&format!("+---------------- {title} ----------------\n"));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            } else {
                self.format_exception_nested(&members[index], out, seen, ctx);
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if is_toplevel {
            ctx.depth = 0;
        }
    }

    fn format_trace_entry(&mut self, entry: &TraceEntry) -> String {
        let code = &entry.code;
        let line = code.line_of(entry.pc);
        let mut text = format!(
            "  File \"{}\", line {line}, in {}\n",
            code.source_path,
            code.name.as_str()
        );
        if let Some(source) = self.source_line(&code.source_path, line) {
            text.push_str("    ");
            text.push_str(source.trim());
            text.push('\n');
        }
        text
    }

    /// A line of a source file, for tracebacks (like CPython's `linecache`).
    fn source_line(&mut self, path: &str, line: u32) -> Option<String> {
        let text = match self.source_cache.get(path) {
            Some(text) => text.clone(),
            None => {
                let text: Rc<str> = std::fs::read_to_string(path).ok()?.into();
                self.source_cache.insert(path.to_owned(), text.clone());
                text
            }
        };
        let line = text.lines().nth(line.checked_sub(1)? as usize)?;
        let trimmed = line.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_owned())
    }

    /// Registers source text for a path (the CLI knows it already; `-c` code has no file).
    pub fn register_source(&mut self, path: &str, text: &str) {
        self.source_cache.insert(path.to_owned(), Rc::from(text));
    }

    /// Whether an exception instance is a `SystemExit`, and its exit code.
    pub fn system_exit_code(&mut self, err: &PyErr) -> Option<Result<i32, String>> {
        if !self.is_instance_of_kind(err, ExcKind::SystemExit) {
            return None;
        }
        let args = match &err.inner().value {
            ExcValue::Lazy { args, .. } => args.clone(),
            ExcValue::Object(instance) => {
                match instance.exception.as_ref().map(|d| d.borrow().args.clone()) {
                    Some(Value::Tuple(args)) => args.items.to_vec(),
                    _ => Vec::new(),
                }
            }
        };
        Some(match args.first() {
            None | Some(Value::None) => Ok(0),
            Some(code) if code.is_int() => Ok(code.as_small_int().unwrap_or(1) as i32),
            Some(other) => Err(self.str_or_placeholder(other)),
        })
    }
}

/// Builtin exception classes construct instances with their arguments as `args`.
/// `instance` made an exception whose `args` are `args`.
fn with_exception_args(mut instance: Instance, args: Value) -> Rc<Instance> {
    instance.exception = Some(Box::new(RefCell::new(ExceptionData {
        args,
        traceback: Vec::new(),
        cause: Value::None,
        context: Value::None,
        suppress_context: false,
        suggestion: None,
    })));
    Rc::new(instance)
}

pub fn is_builtin_exception_kind(class: &Class) -> Option<ExcKind> {
    match class.kind {
        BuiltinKind::Exception(kind) => Some(kind),
        _ => None,
    }
}

impl From<Rc<Instance>> for Value {
    fn from(instance: Rc<Instance>) -> Value {
        Value::Instance(instance)
    }
}

/// Where a traceback is inside the exception groups being printed.
#[derive(Default)]
struct GroupPrintContext {
    depth: usize,
    need_close: bool,
}

impl GroupPrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with every line indented for the current group depth and its margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}
