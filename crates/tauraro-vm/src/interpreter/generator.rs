//! Generator frames: a suspended generator keeps its registers in the generator object; to
//! resume, they are moved onto the register stack above the running frame and a nested run
//! executes until the next `Yield` (which moves them back) or the end of the body.
//!
//! `throw()` raises at the suspended `yield` by unwinding the resumed frame before running
//! it; `close()` throws GeneratorExit. A generator suspended in `yield from` forwards both to
//! the iterator it delegates to (see [`Vm::yield_from_step`]).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::dispatch::Unwound;
use crate::interpreter::{Vm, recursion_error};
use crate::object::{GenStatus, Generator, PendingThrow};
use crate::value::Value;

/// How a resumption ended.
pub(crate) enum Resumed {
    Yielded(Value),
    /// The generator finished, returning this value (StopIteration's `value`).
    Returned(Value),
}

/// How a generator is resumed.
enum Resumption {
    Send(Value),
    Throw(PyErr),
}

impl Vm {
    /// Called by `Yield`: saves the running generator frame into its generator and pops it.
    pub(crate) fn suspend_generator(&mut self, value: Value, resume_register: usize) -> Value {
        let frame = self.frames.pop().expect("a frame is running");
        let base = frame.base as usize;
        let end = base + frame.function.code.register_count;
        let pc = frame.pc;
        if let Some(generator) = self.running_generators.last() {
            let mut state = generator.state.borrow_mut();
            // Swapping, not moving: the saved slots hold only inline values (see `resume`),
            // so neither side needs drop glue, and the stack keeps inline values only.
            for (saved, live) in state.registers.iter_mut().zip(&mut self.stack[base..end]) {
                std::mem::swap(saved, live);
            }
            state.pc = pc as usize;
            state.status = GenStatus::Suspended;
            state.resume_register = Some(resume_register);
            let handling_base = state.handling_base.min(self.handling.len());
            state.saved_handling = self.handling.split_off(handling_base);
        }
        value
    }

    /// Runs a generator until it yields or finishes, sending `sent` as the value of the
    /// `yield` expression it is suspended at.
    pub(crate) fn resume_generator(
        &mut self,
        generator: &Rc<Generator>,
        sent: Value,
    ) -> PyResult<Resumed> {
        self.resume(generator, Resumption::Send(sent))
    }

    /// `generator.throw(err)`: raises `err` where the generator is suspended.
    pub(crate) fn throw_into_generator(
        &mut self,
        generator: &Rc<Generator>,
        err: PyErr,
    ) -> PyResult<Resumed> {
        let delegating = {
            let mut state = generator.state.borrow_mut();
            if state.status == GenStatus::Suspended && state.delegate.is_some() {
                state.pending = Some(PendingThrow::Throw(err));
                None
            } else {
                Some(err)
            }
        };
        match delegating {
            None => self.resume(generator, Resumption::Send(Value::None)),
            Some(err) => self.resume(generator, Resumption::Throw(err)),
        }
    }

    /// `generator.close()`.
    pub(crate) fn close_generator(&mut self, generator: &Rc<Generator>) -> PyResult<()> {
        let outcome = {
            let mut state = generator.state.borrow_mut();
            match state.status {
                GenStatus::Created | GenStatus::Finished => {
                    state.status = GenStatus::Finished;
                    return Ok(());
                }
                GenStatus::Running => {
                    return Err(PyErr::value_error("generator already executing"));
                }
                GenStatus::Suspended => {}
            }
            if state.delegate.is_some() {
                state.pending = Some(PendingThrow::Close);
                drop(state);
                self.resume(generator, Resumption::Send(Value::None))
            } else {
                drop(state);
                let exit = PyErr::with_args(ExcKind::GeneratorExit, Vec::new());
                self.resume(generator, Resumption::Throw(exit))
            }
        };
        match outcome {
            Ok(Resumed::Yielded(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(err)
                if self.is_instance_of_kind(&err, ExcKind::GeneratorExit)
                    || self.is_instance_of_kind(&err, ExcKind::StopIteration) =>
            {
                Ok(())
            }
            Err(err) => Err(err),
        }
    }

    fn resume(&mut self, generator: &Rc<Generator>, how: Resumption) -> PyResult<Resumed> {
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error());
        }
        let mut state = generator.state.borrow_mut();
        match state.status {
            GenStatus::Running => {
                return Err(PyErr::value_error("generator already executing"));
            }
            GenStatus::Finished => {
                return match how {
                    Resumption::Send(_) => Ok(Resumed::Returned(Value::None)),
                    Resumption::Throw(err) => Err(err),
                };
            }
            GenStatus::Created => match how {
                Resumption::Send(ref sent) if !sent.is_none() => {
                    return Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
                // Nothing has run yet, so no handler in the body can see the exception.
                Resumption::Throw(err) => {
                    state.status = GenStatus::Finished;
                    return Err(err);
                }
                Resumption::Send(_) => {}
            },
            GenStatus::Suspended => {}
        }
        let function = state.function.clone();
        let base = self.stack_top();
        self.ensure_stack(base + function.code.register_count)?;
        // Slots above the stack top normally hold only inline values (frames release their
        // heap values when they return): swapping them into the saved registers needs no
        // drop glue. A heap value left there (by a call that failed while binding its
        // arguments) is released rather than kept alive by the generator.
        for (live, saved) in self.stack[base..].iter_mut().zip(&mut state.registers) {
            std::mem::swap(live, saved);
            if saved.is_heap() {
                drop(std::mem::take(saved));
            }
        }
        let throw = match how {
            Resumption::Send(sent) => {
                if let Some(register) = state.resume_register {
                    self.stack[base + register] = sent;
                }
                None
            }
            Resumption::Throw(err) => Some(err),
        };
        let pc = state.pc;
        state.status = GenStatus::Running;
        state.handling_base = self.handling.len();
        let saved_handling = std::mem::take(&mut state.saved_handling);
        self.handling.extend(saved_handling);
        let handling_base = state.handling_base;
        drop(state);
        self.frames
            .push(function, base as u32, pc as u32, crate::interpreter::ENTRY);
        self.running_generators.push(generator.clone());
        let outcome = match throw {
            None => self.run(),
            Some(err) => match self.unwind(err) {
                Ok(Unwound::Resume) => self.run(),
                Err(err) => Err(err),
            },
        };
        self.running_generators.pop();
        let mut state = generator.state.borrow_mut();
        if state.status == GenStatus::Suspended
            && let Ok(value) = outcome
        {
            return Ok(Resumed::Yielded(value));
        }
        state.status = GenStatus::Finished;
        state.delegate = None;
        drop(state);
        self.handling.truncate(handling_base);
        match outcome {
            Ok(value) => Ok(Resumed::Returned(value)),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::StopIteration) => {
                // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                let cause = self.exception_value(err);
                let replacement = self.new_exception(
                    self.types.exception(ExcKind::RuntimeError).clone(),
                    vec![Value::str("generator raised StopIteration")],
                );
                if let Some(data) = &replacement.exception {
                    let mut data = data.borrow_mut();
                    data.cause = cause.clone();
                    data.context = cause;
                    data.suppress_context = true;
                }
                Err(PyErr::from_instance(replacement))
            }
            Err(err) => Err(err),
        }
    }

    /// One step of `yield from iterator`: sends `sent` into `iterator` (or forwards a pending
    /// `throw()`/`close()` of the running generator). Returns `(true, value)` when the
    /// iterator is exhausted, `value` being the result of the `yield from` expression, and
    /// `(false, value)` when it yielded `value`, which the running generator yields in turn.
    pub(crate) fn yield_from_step(
        &mut self,
        iterator: &Value,
        sent: Value,
    ) -> PyResult<(bool, Value)> {
        let running = self.running_generators.last().cloned();
        let pending = running
            .as_ref()
            .and_then(|generator| generator.state.borrow_mut().pending.take());
        let step = match pending {
            None => self.send_into(iterator, sent),
            Some(PendingThrow::Throw(err)) => self.throw_into(iterator, err),
            Some(PendingThrow::Close) => {
                self.close_iterator(iterator)?;
                Err(PyErr::with_args(ExcKind::GeneratorExit, Vec::new()))
            }
        };
        if let Some(generator) = running {
            generator.state.borrow_mut().delegate = match &step {
                Ok((false, _)) => Some(iterator.clone()),
                _ => None,
            };
        }
        step
    }

    fn send_into(&mut self, iterator: &Value, sent: Value) -> PyResult<(bool, Value)> {
        match iterator {
            Value::Generator(generator) => match self.resume_generator(generator, sent)? {
                Resumed::Yielded(value) => Ok((false, value)),
                Resumed::Returned(value) => Ok((true, value)),
            },
            _ if sent.is_none() => match self.next_value(iterator)? {
                Some(value) => Ok((false, value)),
                None => Ok((true, Value::None)),
            },
            _ => {
                let send = self.get_attr(iterator, &crate::object::PyStr::new("send"))?;
                self.finished_by_stop_iteration(|vm| vm.call(&send, &[sent]))
            }
        }
    }

    fn throw_into(&mut self, iterator: &Value, err: PyErr) -> PyResult<(bool, Value)> {
        match iterator {
            Value::Generator(generator) => match self.throw_into_generator(generator, err)? {
                Resumed::Yielded(value) => Ok((false, value)),
                Resumed::Returned(value) => Ok((true, value)),
            },
            _ => match self.get_attr_opt(iterator, "throw")? {
                // Without a `throw` method the exception is raised in the delegating
                // generator.
                None => Err(err),
                Some(throw) => {
                    let exception = self.exception_value(err);
                    self.finished_by_stop_iteration(|vm| vm.call(&throw, &[exception]))
                }
            },
        }
    }

    fn close_iterator(&mut self, iterator: &Value) -> PyResult<()> {
        match iterator {
            Value::Generator(generator) => self.close_generator(generator),
            _ => {
                if let Some(close) = self.get_attr_opt(iterator, "close")? {
                    self.call(&close, &[])?;
                }
                Ok(())
            }
        }
    }

    /// Runs `f`; a StopIteration it raises means the iterator finished with its `value`.
    fn finished_by_stop_iteration(
        &mut self,
        f: impl FnOnce(&mut Vm) -> PyResult<Value>,
    ) -> PyResult<(bool, Value)> {
        match f(self) {
            Ok(value) => Ok((false, value)),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::StopIteration) => {
                let exception = self.exception_value(err);
                Ok((true, self.stop_iteration_value(&exception)))
            }
            Err(err) => Err(err),
        }
    }

    /// The `value` of a StopIteration: its first argument, or None.
    pub(crate) fn stop_iteration_value(&self, exception: &Value) -> Value {
        if let Value::Instance(instance) = exception
            && let Some(data) = &instance.exception
            && let Value::Tuple(args) = &data.borrow().args
        {
            return args.items.first().cloned().unwrap_or(Value::None);
        }
        Value::None
    }
}
