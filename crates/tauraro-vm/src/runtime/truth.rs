//! Truth testing (`if x:`, `bool(x)`, `not x`).

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::value::Value;

impl Vm {
    /// `bool(value)`.
    pub fn is_true(&mut self, value: &Value) -> PyResult<bool> {
        Ok(match value {
            Value::Undefined | Value::None | Value::False => false,
            Value::True | Value::Ellipsis | Value::NotImplemented => true,
            Value::Int(v) => *v != 0,
            Value::BigInt(_) => true,
            Value::Float(v) => *v != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.bytes.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::DictView(view) => !view.dict.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => return self.user_truth(value),
            // A class whose metaclass may define `__bool__` or `__len__`.
            Value::Class(class) if class.metaclass.is_some() => return self.user_truth(value),
            _ => true,
        })
    }
}

/// `bool(value)` for the values whose truth needs no call and cannot fail (the interpreter's
/// threaded fast lane); `None` for the rest (instances, classes, and a list or dict being
/// written), which `Vm::is_true` answers.
#[inline(always)]
pub fn truth_without_calls(value: &Value) -> Option<bool> {
    Some(match value {
        Value::None | Value::False => false,
        Value::True => true,
        Value::Int(v) => *v != 0,
        Value::Float(v) => *v != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::List(l) => l.len_without_calls()? != 0,
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.table.try_borrow().ok()?.is_empty(),
        _ => return None,
    })
}
