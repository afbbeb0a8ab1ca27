//! The fields particular builtin exception classes derive from their arguments, as CPython's
//! member descriptors: `SystemExit.code`, `BaseExceptionGroup.message`/`exceptions`, and the
//! `__notes__` tracebacks print (OSError's fields are in `os_errors.rs`).

use crate::error::ExcKind;
use crate::interpreter::Vm;
use crate::object::Instance;
use crate::value::Value;

impl Vm {
    fn exception_args(instance: &Instance) -> Vec<Value> {
        match instance
            .exception
            .as_ref()
            .map(|data| data.borrow().args.clone())
        {
            Some(Value::Tuple(args)) => args.items.to_vec(),
            _ => Vec::new(),
        }
    }

    /// A field of an exception computed from its `args`, if `name` is one for its class.
    pub(crate) fn exception_field(&mut self, instance: &Instance, name: &str) -> Option<Value> {
        let class = instance.class.clone();
        let is = |vm: &Vm, kind: ExcKind| class.is_subclass_of(vm.types.exception(kind));
        match name {
            "code" if is(self, ExcKind::SystemExit) => {
                let args = Self::exception_args(instance);
                Some(match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args),
                })
            }
            "message" if is(self, ExcKind::BaseExceptionGroup) => Some(
                Self::exception_args(instance)
                    .first()
                    .cloned()
                    .unwrap_or(Value::None),
            ),
            "exceptions" if is(self, ExcKind::BaseExceptionGroup) => {
                let args = Self::exception_args(instance);
                let items = match args.get(1) {
                    Some(sequence) => self.collect(sequence).unwrap_or_default(),
                    None => Vec::new(),
                };
                Some(Value::tuple(items))
            }
            _ => None,
        }
    }

    /// `str()` of an exception group: `message (N sub-exceptions)`.
    pub(crate) fn exception_group_str(&mut self, instance: &Instance) -> Option<String> {
        if !instance
            .class
            .is_subclass_of(self.types.exception(ExcKind::BaseExceptionGroup))
        {
            return None;
        }
        let message = self.exception_field(instance, "message")?;
        let count = match self.exception_field(instance, "exceptions")? {
            Value::Tuple(items) => items.items.len(),
            _ => 0,
        };
        let message = self.to_str(&message).ok()?;
        let plural = if count == 1 { "" } else { "s" };
        Some(format!(
            "{} ({count} sub-exception{plural})",
            message.as_str()
        ))
    }

    /// The lines a traceback prints after an exception's summary: its `__notes__`.
    pub(crate) fn exception_notes_text(&mut self, instance: &Instance) -> String {
        let Some(notes) = crate::runtime::descriptors::dict_lookup(instance, "__notes__") else {
            return String::new();
        };
        let mut out = String::new();
        match &notes {
            Value::List(_) | Value::Tuple(_) => {
                for note in self.collect(&notes).unwrap_or_default() {
                    let text = match self.to_str(&note) {
                        Ok(text) => text.as_str().to_owned(),
                        Err(_) => "<note str() failed>".to_owned(),
                    };
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            other => {
                let text = match self.repr(other) {
                    Ok(text) => text.as_str().to_owned(),
                    Err(_) => "<__notes__ repr() failed>".to_owned(),
                };
                out.push_str(&text);
                out.push('\n');
            }
        }
        out
    }
}
