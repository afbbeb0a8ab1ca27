//! Generator frames: a suspended generator keeps its registers in the generator object; to
//! resume, they are moved onto the register stack above the running frame and a nested run
//! executes until the next `Yield` (which moves them back) or the end of the body.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::{Vm, recursion_error};
use crate::object::{GenStatus, Generator};
use crate::value::Value;

/// How a resumption ended.
pub(crate) enum Resumed {
    Yielded(Value),
    #[expect(
        dead_code,
        reason = "the return value becomes StopIteration.value once send() lands"
    )]
    Returned(Value),
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
            for (saved, live) in state.registers.iter_mut().zip(&mut self.stack[base..end]) {
                *saved = std::mem::take(live);
            }
            state.pc = pc as usize;
            state.status = GenStatus::Suspended;
            state.resume_register = Some(resume_register);
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
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error());
        }
        let mut state = generator.state.borrow_mut();
        match state.status {
            GenStatus::Running => {
                return Err(PyErr::value_error("generator already executing"));
            }
            GenStatus::Finished => return Ok(Resumed::Returned(Value::None)),
            GenStatus::Created if !sent.is_none() => {
                return Err(PyErr::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            _ => {}
        }
        let function = state.function.clone();
        let base = self.stack_top();
        self.ensure_stack(base + function.code.register_count)?;
        for (live, saved) in self.stack[base..].iter_mut().zip(&mut state.registers) {
            *live = std::mem::take(saved);
        }
        if let Some(register) = state.resume_register {
            self.stack[base + register] = sent;
        }
        let pc = state.pc;
        state.status = GenStatus::Running;
        drop(state);
        self.frames
            .push(function, base as u32, pc as u32, crate::interpreter::ENTRY);
        self.running_generators.push(generator.clone());
        let outcome = self.run();
        self.running_generators.pop();
        match outcome {
            Ok(value) => {
                let mut state = generator.state.borrow_mut();
                if state.status == GenStatus::Suspended {
                    Ok(Resumed::Yielded(value))
                } else {
                    state.status = GenStatus::Finished;
                    Ok(Resumed::Returned(value))
                }
            }
            Err(err) => {
                generator.state.borrow_mut().status = GenStatus::Finished;
                if self.is_instance_of_kind(&err, ExcKind::StopIteration) {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "generator raised StopIteration",
                    ));
                }
                Err(err)
            }
        }
    }
}
