//! The `with` protocol: looking up `__enter__`/`__exit__` on the manager's type (as CPython's
//! special-method lookup does, ignoring instance attributes) and calling `__exit__` with the
//! exception that ended the body.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

impl Vm {
    /// `with ctx`: returns (the result of `__enter__()`, the bound `__exit__`).
    pub(crate) fn with_enter(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let class = self.type_of(ctx);
        let enter = class_lookup(&class, "__enter__");
        let exit = class_lookup(&class, "__exit__");
        let (enter, exit) = match (enter, exit) {
            (Some(enter), Some(exit)) => (enter, exit),
            (Some(_), None) => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support the context manager protocol (missed __exit__ method)",
                    class.name.as_str()
                )));
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    class.name.as_str()
                )));
            }
        };
        let enter = self.bind_descriptor(enter, ctx, &class)?;
        let exit = self.bind_descriptor(exit, ctx, &class)?;
        let value = self.call(&enter, &[])?;
        Ok((value, exit))
    }

    /// Calls a bound `__exit__`: with `(None, None, None)` when `exc` is None, else with the
    /// exception's type, the exception and its traceback.
    pub(crate) fn with_exit(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        if exc.is_none() {
            return self.call(exit, &[Value::None, Value::None, Value::None]);
        }
        let class = Value::Class(self.type_of(exc));
        // Traceback objects do not exist yet; `exc.__traceback__` is None as well, so the
        // two views agree.
        self.call(exit, &[class, exc.clone(), Value::None])
    }

    /// `isinstance(exc, class)` for an `except class:` clause.
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match class {
            Value::Tuple(items) => items.items.to_vec(),
            other => vec![other.clone()],
        };
        for candidate in &classes {
            match candidate {
                Value::Class(class) if self.is_exception_class(class) => {}
                _ => {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
            }
        }
        let exc_class = self.type_of(exc);
        Ok(classes.iter().any(|candidate| match candidate {
            Value::Class(class) => exc_class.is_subclass_of(class),
            _ => false,
        }))
    }
}
