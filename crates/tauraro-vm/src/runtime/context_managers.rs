//! The `with` protocol: looking up `__enter__`/`__exit__` on the manager's type (as CPython's
//! special-method lookup does, ignoring instance attributes; remembered per class until a
//! class namespace changes) and calling `__exit__` with the exception that ended the body.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

/// What `with_enter_frame` did.
pub(crate) enum WithEnterStep {
    /// `__enter__` is a Python function whose frame was pushed; it returns into the `with`'s
    /// destination register. The bound `__exit__` is to be stored first.
    Frame(Value),
    /// `__enter__` ran to completion (a builtin or an unusual callable).
    Done(Value, Value),
}

impl Vm {
    /// `with ctx` from the loop: looks up `__enter__`/`__exit__` and, when `__enter__` is a
    /// plain Python function, pushes its frame at `window_end` (just above the running
    /// frame's registers) returning into `stack[return_slot]`, so no nested run is needed.
    /// The caller saved its pc.
    pub(crate) fn with_enter_frame(
        &mut self,
        ctx: &Value,
        window_end: usize,
        return_slot: usize,
    ) -> PyResult<WithEnterStep> {
        let class = self.type_of(ctx);
        let (enter, exit) = self.context_methods(&class)?;
        let exit = self.bind_descriptor(exit, ctx, &class)?;
        if let Value::Function(function) = &enter
            && self.push_frame_with_args(
                function,
                std::slice::from_ref(ctx),
                window_end,
                return_slot,
            )?
        {
            return Ok(WithEnterStep::Frame(exit));
        }
        let value = match enter {
            Value::Function(_) => self.call(&enter, std::slice::from_ref(ctx))?,
            other => {
                let enter = self.bind_descriptor(other, ctx, &class)?;
                self.call(&enter, &[])?
            }
        };
        Ok(WithEnterStep::Done(value, exit))
    }

    /// `with_exit` from the loop: a bound `__exit__` of a Python class runs in a frame pushed
    /// at `window_end` that returns into `stack[return_slot]`; `Ok(false)` when nothing was
    /// pushed (call `with_exit`). The caller saved its pc.
    pub(crate) fn with_exit_frame(
        &mut self,
        exit: &Value,
        exc: &Value,
        window_end: usize,
        return_slot: usize,
    ) -> PyResult<bool> {
        let Value::BoundMethod(method) = exit else {
            return Ok(false);
        };
        let Value::Function(function) = &method.function else {
            return Ok(false);
        };
        let (class, exc) = if exc.is_none() {
            (Value::None, Value::None)
        } else {
            (Value::Class(self.type_of(exc)), exc.clone())
        };
        let args = [method.receiver.clone(), class, exc, Value::None];
        self.push_frame_with_args(function, &args, window_end, return_slot)
    }

    /// Pushes a frame of `function` at `start` with `args` as its exact positional
    /// arguments; `Ok(false)`, having done nothing, when the call needs argument binding
    /// (defaults, `*args`, keywords) or makes a generator.
    fn push_frame_with_args(
        &mut self,
        function: &std::rc::Rc<crate::object::Function>,
        args: &[Value],
        start: usize,
        return_slot: usize,
    ) -> PyResult<bool> {
        let code = &function.code;
        if args.len() != code.arg_count || code.param_count != code.arg_count || code.is_generator()
        {
            return Ok(false);
        }
        self.ensure_stack(start + code.register_count.max(args.len()))?;
        for (slot, arg) in self.stack[start..start + args.len()].iter_mut().zip(args) {
            crate::value::discard(std::mem::replace(slot, arg.clone()));
        }
        match self.enter_function(function, start, args.len(), return_slot) {
            Some(entered) => entered?,
            None => self.push_frame(function.clone(), start, return_slot, false)?,
        }
        Ok(true)
    }

    /// The `__enter__` and `__exit__` of `class`, remembered per class.
    fn context_methods(
        &mut self,
        class: &std::rc::Rc<crate::object::Class>,
    ) -> PyResult<(Value, Value)> {
        let epoch = crate::object::class_epoch();
        let cached = class
            .context_cache
            .borrow()
            .as_ref()
            .filter(|(cached_epoch, ..)| *cached_epoch == epoch)
            .map(|(_, enter, exit)| (enter.clone(), exit.clone()));
        if let Some(methods) = cached {
            return Ok(methods);
        }
        match (
            class_lookup(class, "__enter__"),
            class_lookup(class, "__exit__"),
        ) {
            (Some(enter), Some(exit)) => {
                *class.context_cache.borrow_mut() = Some((epoch, enter.clone(), exit.clone()));
                Ok((enter, exit))
            }
            (Some(_), None) => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                class.name.as_str()
            ))),
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                class.name.as_str()
            ))),
        }
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
