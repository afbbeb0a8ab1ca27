//! The `with` protocol: looking up `__enter__`/`__exit__` on the manager's type (as CPython's
//! special-method lookup does, ignoring instance attributes; remembered per class until a
//! class namespace changes) and calling `__exit__` with the exception that ended the body.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

impl Vm {
    /// `with ctx`: returns (the result of `__enter__()`, the bound `__exit__`).
    pub(crate) fn with_enter(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let class = self.type_of(ctx);
        let epoch = crate::object::class_epoch();
        let cached = class
            .context_cache
            .borrow()
            .as_ref()
            .filter(|(cached_epoch, ..)| *cached_epoch == epoch)
            .map(|(_, enter, exit)| (enter.clone(), exit.clone()));
        let was_cached = cached.is_some();
        let (enter, exit) = match cached {
            Some((enter, exit)) => (Some(enter), Some(exit)),
            None => (
                class_lookup(&class, "__enter__"),
                class_lookup(&class, "__exit__"),
            ),
        };
        let (enter, exit) = match (enter, exit) {
            (Some(enter), Some(exit)) => {
                if !was_cached {
                    *class.context_cache.borrow_mut() = Some((epoch, enter.clone(), exit.clone()));
                }
                (enter, exit)
            }
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
        let exit = self.bind_descriptor(exit, ctx, &class)?;
        // A plain function is called with the manager as `self` directly: the bound method
        // `bind_descriptor` would make is thrown away after this one call.
        let value = match enter {
            Value::Function(_) => self.call(&enter, std::slice::from_ref(ctx))?,
            other => {
                let enter = self.bind_descriptor(other, ctx, &class)?;
                self.call(&enter, &[])?
            }
        };
        Ok((value, exit))
    }

    /// Calls a bound `__exit__`: with `(None, None, None)` when `exc` is None, else with the
    /// exception's type, the exception and its traceback.
    pub(crate) fn with_exit(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let (class, exc) = if exc.is_none() {
            (Value::None, Value::None)
        } else {
            (Value::Class(self.type_of(exc)), exc.clone())
        };
        // Traceback objects do not exist yet; `exc.__traceback__` is None as well, so the
        // two views agree.
        match exit {
            // The usual bound `__exit__` of a Python class: called with its receiver directly,
            // without the argument vector a generic bound-method call builds.
            Value::BoundMethod(method) if matches!(method.function, Value::Function(_)) => self
                .call(
                    &method.function,
                    &[method.receiver.clone(), class, exc, Value::None],
                ),
            _ => self.call(exit, &[class, exc, Value::None]),
        }
    }

    /// `isinstance(exc, class)` for an `except class:` clause.
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let exc_class = self.type_of(exc);
        match class {
            Value::Tuple(items) => {
                // Every entry is checked, even after a match, as CPython does.
                let mut matched = false;
                for candidate in items.items.iter() {
                    matched |= self.exception_class_matches(&exc_class, candidate)?;
                }
                Ok(matched)
            }
            single => self.exception_class_matches(&exc_class, single),
        }
    }

    /// Whether `exc_class` derives from `candidate`, which must be an exception class.
    fn exception_class_matches(
        &self,
        exc_class: &std::rc::Rc<crate::object::Class>,
        candidate: &Value,
    ) -> PyResult<bool> {
        match candidate {
            Value::Class(class) if self.is_exception_class(class) => {
                Ok(exc_class.is_subclass_of(class))
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}
