//! Exception unwinding: find a handler in the exception table of the running frame, or pop
//! frames (recording the traceback) until one is found or the entry frame of this run is left.
//! Leaving a generator's frame finishes the generator.
//! The non-raising path costs nothing: there are no setup instructions.

use crate::error::{PyErr, TraceEntry};
use crate::interpreter::Vm;
use crate::interpreter::dispatch::Unwound;
use crate::value::Value;

impl Vm {
    /// Handles `err` raised by the instruction before `pc` of the running frame.
    pub(crate) fn unwind(&mut self, mut err: PyErr) -> Result<Unwound, PyErr> {
        loop {
            let frame = self.frames.last_mut().expect("a frame is running");
            let code = frame.function.code.clone();
            let fault = (frame.pc as usize).saturating_sub(1);
            if std::mem::take(&mut err.inner_mut().resumed) {
                // Re-raised: this frame is already in the traceback.
            } else {
                err.inner_mut().traceback.push(TraceEntry {
                    code: code.clone(),
                    pc: fault,
                });
            }
            let handler = code
                .exception_table
                .iter()
                .find(|entry| entry.start.index() <= fault && fault < entry.end.index());
            if let Some(handler) = handler {
                frame.pc = handler.handler.raw();
                let slot = frame.base as usize + handler.exception.index();
                let exception = self.exception_value(err);
                self.stack[slot] = exception;
                return Ok(Unwound::Resume);
            }
            let frame = self.frames.pop().expect("a frame is running");
            let base = frame.base as usize;
            let end = base + frame.function.code.register_count;
            let is_entry = frame.is_entry();
            for slot in &mut self.stack[base..end] {
                *slot = Value::Undefined;
            }
            // A generator's frame: the generator is finished, and a generator resumed by the
            // loop passes the exception on to its resumer's frame, below.
            if code.is_generator() {
                err = self.generator_raised(err);
            }
            if is_entry {
                return Err(err);
            }
        }
    }
}
