//! Generator frames: a suspended generator keeps its registers in the generator object; to
//! resume, they are swapped onto the register stack above the running frame and the frame is
//! pushed like a call's. `Yield` swaps them back and pops the frame, like a return.
//!
//! Who resumed the frame is recorded in its `return_slot`:
//! - a `for` loop (`ForIter`) or a `yield from` (`SendTo`) of the frame below, in the same
//!   dispatch loop: a yield writes the value into the resumer's register and the loop goes on
//!   in the resumer, so a step costs about what a call does;
//! - Rust code (`next()`, `send()`, builtins consuming an iterator): [`ENTRY`] (or [`DRAIN`],
//!   see `generator_drain`), a nested run that `Yield` or the end of the body returns from.
//!
//! Generator code ends with `GenReturn`/`GenReturnNone` rather than `Return`, so the plain
//! call and return paths never test for generators; unwinding finishes a generator whose
//! frame an exception leaves (PEP 479 included) and goes on in its resumer.
//!
//! `throw()` raises at the suspended `yield` by unwinding the resumed frame before running
//! it; `close()` throws GeneratorExit. A generator suspended in `yield from` forwards both to
//! the iterator it delegates to (see [`Vm::yield_from_step`]).

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::dispatch::Unwound;
use crate::interpreter::{
    DRAIN, ENTRY, RESUMED_BY_FOR, RESUMED_BY_SEND, RESUMER_SLOT, Vm, recursion_error,
};
use crate::object::{GenStatus, Generator, PendingThrow};
use crate::value::Value;

/// How many register vectors of finished generators are kept for new ones.
const MAX_SPARE_REGISTERS: usize = 32;

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

/// Where the dispatch loop goes after a generator frame yielded or returned.
pub(crate) enum GenFrameExit {
    /// The frame was resumed from Rust: the current `run` returns this value.
    Entry(Value),
    /// The resumer's frame, now on top, continues (its register and pc are updated).
    Resumer,
}

// The entry points the dispatch loop calls are kept out of line: inlined into `run`, they
// changed its register allocation enough to slow the plain call path.
impl Vm {
    /// Pushes the frame of `generator`, suspended or not started, at `stack[base..]` so that
    /// the loop runs it next, with `sent` as the value of the `yield` it resumes at.
    /// `resumer` goes to the frame's `return_slot` (see the module comment). False, with
    /// nothing pushed, when the generator has finished. Inlined into its callers, which
    /// are themselves out of line from the loop (a resumption then costs one call).
    #[inline(always)]
    pub(crate) fn enter_generator(
        &mut self,
        generator: Rc<Generator>,
        sent: Value,
        resumer: u32,
        base: usize,
    ) -> PyResult<bool> {
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error());
        }
        {
            let mut state = generator.state.borrow_mut();
            // A suspended generator is by far the common case: tested first, without the
            // jump table a full `match` compiles to.
            if state.status != GenStatus::Suspended {
                match state.status {
                    GenStatus::Created => {
                        if !sent.is_none() {
                            return Err(PyErr::type_error(
                                "can't send non-None value to a just-started generator",
                            ));
                        }
                    }
                    GenStatus::Running => {
                        return Err(PyErr::value_error("generator already executing"));
                    }
                    GenStatus::Finished => return Ok(false),
                    GenStatus::Suspended => {}
                }
            }
            let state = &mut *state;
            let count = state.function.code.register_count;
            let end = base + count;
            self.ensure_stack(end)?;
            let window = &mut self.stack[base..end];
            let saved = state.registers.len().min(count);
            move_registers_in(&mut state.registers, window);
            // Debug builds make the registers a yield declared dead (see `Yield`'s `live`)
            // visibly wrong, so that a compiler bug reading one shows in the tests.
            #[cfg(debug_assertions)]
            for slot in &mut window[saved..] {
                *slot = Value::NotImplemented;
            }
            let _ = saved;
            if let Some(register) = state.resume_register
                && let Some(slot) = window.get_mut(register)
            {
                crate::value::discard(std::mem::replace(slot, sent));
            }
            state.status = GenStatus::Running;
            state.handling_base = self.handling.len();
            if !state.saved_handling.is_empty() {
                self.handling.append(&mut state.saved_handling);
            }
            self.frames
                .push_borrowed(&state.function, base as u32, state.pc as u32, resumer);
        }
        // The caller's reference moves to the running stack (no count traffic).
        self.running_generators.push(generator);
        Ok(true)
    }

    /// `ForIter` over the generator in register `iter` of the running frame (whose pc is
    /// saved, at the jump into the loop's body): pushes the generator's frame so that what
    /// it yields goes to register `dst`, or, if it has finished, skips the jump.
    ///
    /// A generator resumed this way often goes straight into a `ForIter` over a generator of
    /// its own (`for tail in source: yield ... tail`, a pipeline or a recursive generator):
    /// that step is taken here too, as the loop would take it next, so that resuming a chain
    /// of such generators does not go through the dispatch loop once per link.
    #[inline(never)]
    pub(crate) fn for_iter_generator(&mut self, iter: usize, dst: usize) -> PyResult<()> {
        let (mut iter, mut dst) = (iter, dst);
        loop {
            let frame = self.frames.last().expect("a frame is running");
            let base = frame.base as usize;
            let top = base + frame.function.code.register_count;
            let Value::Generator(generator) = &self.stack[base + iter] else {
                return Ok(());
            };
            let generator = generator.clone();
            let resumer = RESUMED_BY_FOR | (base + dst) as u32;
            if !self.enter_generator(generator, Value::None, resumer, top)? {
                if let Some(frame) = self.frames.last_mut() {
                    frame.pc += 1;
                }
                return Ok(());
            }
            match self.generator_loop_at_resumption() {
                Some((next_iter, next_dst)) => (iter, dst) = (next_iter, next_dst),
                None => return Ok(()),
            }
        }
    }

    /// For the generator frame just pushed: when the instruction it resumes at is a
    /// `ForIter` over a generator, the registers of that `ForIter`, with the frame's pc moved
    /// past it (to its paired jump, where the loop's `ForIter` leaves it before resuming).
    #[inline(always)]
    fn generator_loop_at_resumption(&mut self) -> Option<(usize, usize)> {
        let frame = self.frames.last_mut()?;
        let pc = frame.pc as usize;
        let Some(tauraro_bytecode::Instr::ForIter { iter, dst }) =
            frame.function.code.instructions.get(pc)
        else {
            return None;
        };
        let (iter, dst) = (iter.index(), dst.index());
        if !matches!(
            self.stack.get(frame.base as usize + iter),
            Some(Value::Generator(_))
        ) {
            return None;
        }
        frame.pc += 1;
        Some((iter, dst))
    }

    /// `SendTo` of the running generator frame, whose pc is saved (at the jump paired with
    /// `SendTo`): one step of `yield from` the iterator in register `iter`, sending the value
    /// of register `sent`. A Python generator's frame is pushed to run next (see
    /// `send_to_generator`); any other step writes its value to register `dst` and takes the
    /// jump when the iterator finished, or skips it to yield the value.
    #[inline(never)]
    pub(crate) fn send_to(&mut self, iter: usize, sent: usize, dst: usize) -> PyResult<()> {
        if self.send_to_generator(iter, sent, dst)? {
            return Ok(());
        }
        let base = self.frames.last().expect("a frame is running").base as usize;
        let iterator = self.stack[base + iter].clone();
        let value = self.stack[base + sent].clone();
        let (finished, result) = self.yield_from_step(&iterator, value)?;
        crate::value::discard(std::mem::replace(&mut self.stack[base + dst], result));
        let frame = self.frames.last_mut().expect("a frame is running");
        if finished {
            take_paired_jump(frame);
        } else {
            frame.pc += 1;
        }
        Ok(())
    }

    /// `SendTo` with the generator in register `iter` of the running generator frame as the
    /// delegate: pushes its frame so that what it yields goes to register `dst`, or, if it
    /// has finished, sets `dst` to None and takes the jump. False, doing nothing, when the
    /// iterator is no generator or a `throw()` or `close()` waits to be forwarded.
    fn send_to_generator(&mut self, iter: usize, sent: usize, dst: usize) -> PyResult<bool> {
        let frame = self.frames.last().expect("a frame is running");
        let base = frame.base as usize;
        let top = base + frame.function.code.register_count;
        let Value::Generator(delegate) = &self.stack[base + iter] else {
            return Ok(false);
        };
        let delegate = delegate.clone();
        if !self.delegate_in_loop(&delegate) {
            return Ok(false);
        }
        let sent = self.stack[base + sent].clone();
        let resumer = RESUMED_BY_SEND | (base + dst) as u32;
        match self.enter_generator(delegate, sent, resumer, top) {
            Ok(true) => Ok(true),
            Ok(false) => {
                self.stop_delegating();
                self.stack[base + dst] = Value::None;
                if let Some(frame) = self.frames.last_mut() {
                    take_paired_jump(frame);
                }
                Ok(true)
            }
            Err(err) => {
                self.stop_delegating();
                Err(err)
            }
        }
    }

    /// Called by `Yield` (a value a draining builtin takes never gets here: see
    /// `take_drained`): saves the running generator frame into its generator, pops it and
    /// hands `value` to the resumer. Only the registers below `live` are saved (the others
    /// are dead at this yield: what they hold is released).
    #[inline(never)]
    pub(crate) fn suspend_generator(
        &mut self,
        value: Value,
        resume_register: usize,
        live: usize,
    ) -> GenFrameExit {
        let frame = self.frames.pop().expect("a frame is running");
        let base = frame.base as usize;
        let end = base + frame.function.code.register_count;
        let live_end = end.min(base + live);
        release_dead_registers(&mut self.stack[live_end..end]);
        let (pc, resumer) = (frame.pc, frame.return_slot);
        let generator = self
            .running_generators
            .pop()
            .expect("a generator frame is running");
        {
            let mut state = generator.state.borrow_mut();
            move_registers_out(&mut self.stack[base..live_end], &mut state.registers);
            state.pc = pc as usize;
            state.status = GenStatus::Suspended;
            state.resume_register = Some(resume_register);
            if self.handling.len() > state.handling_base {
                state.saved_handling = self.handling.split_off(state.handling_base);
            }
        }
        drop(generator);
        if resumer >= DRAIN {
            return GenFrameExit::Entry(value);
        }
        let slot = (resumer & RESUMER_SLOT) as usize;
        crate::value::discard(std::mem::replace(&mut self.stack[slot], value));
        // The resumer's pc is at the jump paired with its `ForIter`/`SendTo`: a loop takes it
        // into the body, a `yield from` skips it to yield the value in turn.
        if resumer & RESUMED_BY_SEND != 0
            && let Some(frame) = self.frames.last_mut()
        {
            frame.pc += 1;
        }
        GenFrameExit::Resumer
    }

    /// Called by `GenReturn`: the running generator finished, returning `value`. Closes the
    /// generators its registers held the last references to when the resumer goes on.
    #[inline(never)]
    pub(crate) fn return_from_generator(&mut self, value: Value) -> GenFrameExit {
        let frame = self.frames.pop().expect("a frame is running");
        let base = frame.base as usize;
        let end = base + frame.function.code.register_count;
        let resumer = frame.return_slot;
        for slot in &mut self.stack[base..end] {
            if slot.is_heap() {
                drop(std::mem::take(slot));
            }
        }
        self.finish_running_generator();
        if resumer >= DRAIN {
            return GenFrameExit::Entry(value);
        }
        if resumer & RESUMED_BY_FOR != 0 {
            // The loop is over: skip the jump into its body.
            if let Some(frame) = self.frames.last_mut() {
                frame.pc += 1;
            }
        } else {
            // The `yield from` is over: its value is the generator's return value, and the
            // jump after `SendTo` leaves its loop.
            let slot = (resumer & RESUMER_SLOT) as usize;
            crate::value::discard(std::mem::replace(&mut self.stack[slot], value));
        }
        self.close_abandoned_generators_if_pending();
        GenFrameExit::Resumer
    }

    /// Called by `unwind` when `err` leaves a generator frame (already popped): finishes the
    /// generator; a StopIteration becomes a RuntimeError (PEP 479).
    pub(crate) fn generator_raised(&mut self, err: PyErr) -> PyErr {
        self.finish_running_generator();
        self.stop_iteration_escaped(err)
    }

    /// `err` leaving a generator's frame, or a generator expression compiled inline
    /// (`GenExprUnwind`): a StopIteration becomes a RuntimeError caused by it (PEP 479),
    /// anything else goes on unchanged.
    pub(crate) fn stop_iteration_escaped(&mut self, err: PyErr) -> PyErr {
        if !self.is_instance_of_kind(&err, ExcKind::StopIteration) {
            return err;
        }
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
        PyErr::from_instance(replacement)
    }

    /// Marks the generator whose frame was just popped finished. When it was delegated to by
    /// a `yield from` of the generator below, that one no longer delegates.
    fn finish_running_generator(&mut self) {
        let generator = self
            .running_generators
            .pop()
            .expect("a generator frame is running");
        let handling_base = {
            let mut state = generator.state.borrow_mut();
            state.status = GenStatus::Finished;
            state.delegate = None;
            // Empty (the registers were on the stack); its buffer serves a new generator.
            let registers = std::mem::take(&mut state.registers);
            if registers.is_empty()
                && registers.capacity() > 0
                && self.spare_registers.len() < MAX_SPARE_REGISTERS
            {
                self.spare_registers.push(registers);
            }
            state.handling_base
        };
        self.handling.truncate(handling_base);
        if let Some(delegating) = self.running_generators.last() {
            let mut state = delegating.state.borrow_mut();
            if let Some(Value::Generator(delegate)) = &state.delegate
                && Rc::ptr_eq(delegate, &generator)
            {
                state.delegate = None;
            }
        }
    }

    /// For `SendTo` of the running generator: whether it can resume `delegate` in the loop
    /// (no `throw()` or `close()` waits to be forwarded), recording the delegation if so.
    fn delegate_in_loop(&mut self, delegate: &Rc<Generator>) -> bool {
        let Some(running) = self.running_generators.last() else {
            return false;
        };
        let mut state = running.state.borrow_mut();
        if state.pending.is_some() {
            return false;
        }
        match &state.delegate {
            Some(Value::Generator(current)) if Rc::ptr_eq(current, delegate) => {}
            _ => state.delegate = Some(Value::Generator(delegate.clone())),
        }
        true
    }

    /// Undoes `delegate_in_loop` when the delegate could not be resumed.
    fn stop_delegating(&mut self) {
        if let Some(running) = self.running_generators.last() {
            running.state.borrow_mut().delegate = None;
        }
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

    /// Runs a generator from Rust in a nested run until it yields or finishes.
    fn resume(&mut self, generator: &Rc<Generator>, how: Resumption) -> PyResult<Resumed> {
        let (sent, throw) = {
            let mut state = generator.state.borrow_mut();
            match (state.status, how) {
                (GenStatus::Finished, Resumption::Send(_)) => {
                    return Ok(Resumed::Returned(Value::None));
                }
                (GenStatus::Finished, Resumption::Throw(err)) => return Err(err),
                // Nothing has run yet, so no handler in the body can see the exception.
                (GenStatus::Created, Resumption::Throw(err)) => {
                    state.status = GenStatus::Finished;
                    return Err(err);
                }
                (_, Resumption::Send(sent)) => (sent, None),
                (_, Resumption::Throw(err)) => {
                    // The exception is raised at the `yield`, which so produces no value:
                    // its target (`x` of `x = yield ...`) keeps what it held.
                    state.resume_register = None;
                    (Value::None, Some(err))
                }
            }
        };
        self.check_rust_stack()?;
        let base = self.stack_top();
        if !self.enter_generator(generator.clone(), sent, ENTRY, base)? {
            return Ok(Resumed::Returned(Value::None));
        }
        let outcome = match throw {
            None => self.run(),
            Some(err) => match self.unwind(err) {
                Ok(Unwound::Resume) => self.run(),
                Err(err) => Err(err),
            },
        };
        // `Yield` suspended the generator, `GenReturn` or `unwind` finished it.
        let value = outcome?;
        if generator.state.borrow().status == GenStatus::Suspended {
            Ok(Resumed::Yielded(value))
        } else {
            Ok(Resumed::Returned(value))
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

/// Moves `frame`, whose pc is at the jump paired with its last instruction, to that jump's
/// target.
fn take_paired_jump(frame: &mut crate::interpreter::frames::Frame) {
    let jump = frame.function.code.instructions.get(frame.pc as usize);
    if let Some(tauraro_bytecode::Instr::Jump { target }) = jump {
        frame.pc = target.raw();
    }
}

// A generator's registers move between its saved vector and the register stack on every
// resumption and suspension: bitwise moves rather than an element-wise swap, which cost
// twice as much (so did `swap_with_slice`). The saved vector is empty while the frame runs;
// while it is suspended it holds the frame's registers below the `live` bound of the
// `Yield` it stopped at (all of them before the first resumption).

/// Moves the saved registers onto the start of the stack `window`, leaving `saved` empty
/// (its capacity is kept for the next suspension). A generator suspended at a `Yield`
/// saved fewer registers than its frame has (see `suspend_generator`): the window's other
/// slots keep what they hold, which the frame writes before it reads.
fn move_registers_in(saved: &mut Vec<Value>, window: &mut [Value]) {
    if saved.len() > window.len() {
        // Never happens (a generator saves at most its frame); kept safe anyway.
        saved.truncate(window.len());
    }
    let count = saved.len();
    let source = saved.as_ptr();
    // The vector gives up its values first: should releasing an old slot panic, the values
    // not yet moved leak rather than being dropped twice.
    // SAFETY: the values stay in the buffer (`set_len` does not touch them) and each is
    // moved out exactly once below.
    unsafe { saved.set_len(0) };
    for (index, slot) in window[..count].iter_mut().enumerate() {
        // Slots above the stack top normally hold only inline values (frames release their
        // heap values when they leave); a heap value left there (by a call that failed while
        // binding its arguments) is released rather than leaked.
        if slot.is_heap() {
            release_heap_value(slot);
        }
        // SAFETY: `index < count`, so `source.add(index)` is an initialized value of the
        // vector's buffer, which does not overlap the stack; it is read once, so the stack
        // becomes its only owner. The slot's old value is inline (released above), so
        // overwriting it leaks nothing. Copied value by value: a `memcpy` call cost more
        // than the dozen registers a frame has.
        unsafe { std::ptr::write(slot, std::ptr::read(source.add(index))) };
    }
}

/// Releases what the registers a yield declared dead hold (temporaries of finished
/// expressions), as CPython's generator frame no longer holds them once suspended.
#[inline]
fn release_dead_registers(slots: &mut [Value]) {
    for slot in slots {
        if slot.is_heap() {
            drop(std::mem::take(slot));
        }
    }
}

#[cold]
#[inline(never)]
fn release_heap_value(slot: &mut Value) {
    drop(std::mem::take(slot));
}

/// Moves the registers of a suspending frame from the stack `window` into `saved` (empty),
/// leaving the window's slots unbound.
fn move_registers_out(window: &mut [Value], saved: &mut Vec<Value>) {
    // Empty while the frame runs (its values are on the stack); cleared anyway in case.
    if !saved.is_empty() {
        saved.clear();
    }
    saved.reserve(window.len());
    let target = saved.as_mut_ptr();
    for (index, slot) in window.iter_mut().enumerate() {
        // SAFETY: `saved` has room for `window.len()` values (reserved above) in its own
        // buffer, which does not overlap the stack. Each value moves to the vector and its
        // slot is overwritten with `Undefined` without dropping the bitwise copy, so every
        // value keeps exactly one owner.
        unsafe {
            std::ptr::write(target.add(index), std::ptr::read(slot));
            std::ptr::write(slot, Value::Undefined);
        }
    }
    // SAFETY: the first `window.len()` elements were initialized above.
    unsafe { saved.set_len(window.len()) };
}
