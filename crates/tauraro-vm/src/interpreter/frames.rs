//! The frame stack. Popped frame records stay in place and are overwritten field by field by
//! the next push at that depth: building a whole record and moving it into the vector costs a
//! store-forwarding stall on every call, which showed up as a fifth of call time.

use std::rc::Rc;

use crate::object::Function;

/// One activation record: 24 bytes.
pub(crate) struct Frame {
    pub function: Rc<Function>,
    /// The first register of this frame's window on the stack.
    pub base: u32,
    /// The instruction to resume at (meaningful while another frame runs above this one).
    pub pc: u32,
    /// The absolute stack index that receives the return value, or [`ENTRY`] when returning
    /// from this frame ends the current `run` (frames pushed by Rust code, generators
    /// resumed from Rust); a generator frame resumed by the loop holds a resumer marker
    /// ([`RESUMED_BY_FOR`], [`RESUMED_BY_SEND`]).
    pub return_slot: u32,
}

const _: () = assert!(std::mem::size_of::<Frame>() == 24);

/// The `return_slot` of an entry frame.
pub(crate) const ENTRY: u32 = u32::MAX;

/// The `return_slot` of a generator frame resumed from Rust to be drained (an entry frame:
/// see `interpreter::generator_drain`).
pub(crate) const DRAIN: u32 = u32::MAX - 1;

/// Set in the `return_slot` of an `__init__` frame pushed by a class call: the caller's
/// register already holds the new instance, and `__init__` must return None.
pub(crate) const INIT_FRAME: u32 = 1 << 31;

/// Set in the `return_slot` of a generator frame resumed by a `for` loop's `ForIter` of the
/// frame below; the other bits are the absolute stack index of the loop variable, which
/// receives each yielded value. Generator code leaves its frame through `Yield` and
/// `GenReturn*`, never `Return`, so these markers cost the plain return path nothing.
pub(crate) const RESUMED_BY_FOR: u32 = 1 << 30;

/// Set in the `return_slot` of a generator frame resumed by a `yield from` (`SendTo`) of the
/// generator frame below; the other bits are the absolute stack index of `SendTo`'s `dst`.
pub(crate) const RESUMED_BY_SEND: u32 = 1 << 29;

/// The stack index in the `return_slot` of a generator frame resumed in the loop.
pub(crate) const RESUMER_SLOT: u32 = RESUMED_BY_SEND - 1;

// The stack index must fit below the resumer flags.
const _: () = assert!(super::STACK_CAPACITY as u64 <= RESUMER_SLOT as u64);

impl Frame {
    pub fn is_entry(&self) -> bool {
        self.return_slot >= DRAIN
    }
}

/// The active frames, innermost last.
#[derive(Default)]
pub(crate) struct FrameStack {
    records: Vec<Frame>,
    len: usize,
}

impl FrameStack {
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn last(&self) -> Option<&Frame> {
        let index = self.len.checked_sub(1)?;
        debug_assert!(index < self.records.len());
        // SAFETY: `len <= records.len()` always holds (`push` only counts a record it
        // wrote, `pop` only lowers `len`), so `len - 1` indexes a record. This runs on every
        // frame change; the bounds check it saves showed in call costs.
        Some(unsafe { self.records.get_unchecked(index) })
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        self.records[..self.len].last_mut()
    }

    #[inline(always)]
    pub fn push(&mut self, function: Rc<Function>, base: u32, pc: u32, return_slot: u32) {
        if let Some(record) = self.records.get_mut(self.len) {
            record.function = function;
            record.base = base;
            record.pc = pc;
            record.return_slot = return_slot;
        } else {
            self.records.push(Frame {
                function,
                base,
                pc,
                return_slot,
            });
        }
        self.len += 1;
    }

    /// `push` for a function the caller only borrows: a record left at this depth by an
    /// earlier call of the same function keeps its reference, so repeated calls (a loop
    /// calling one function, recursion) cost no reference-count traffic.
    #[inline(always)]
    pub fn push_borrowed(&mut self, function: &Rc<Function>, base: u32, pc: u32, return_slot: u32) {
        if let Some(record) = self.records.get_mut(self.len) {
            if !Rc::ptr_eq(&record.function, function) {
                record.function = function.clone();
            }
            record.base = base;
            record.pc = pc;
            record.return_slot = return_slot;
            self.len += 1;
        } else {
            self.push(function.clone(), base, pc, return_slot);
        }
    }

    /// `set_pc(caller_pc)` then `push_borrowed(function, base, 0, return_slot)`, sharing the
    /// address computation when the record at this depth already exists (the common case).
    #[inline(always)]
    pub fn push_call(
        &mut self,
        caller_pc: u32,
        function: &Rc<Function>,
        base: u32,
        return_slot: u32,
    ) {
        let len = self.len;
        if len >= 1 && len < self.records.len() {
            // SAFETY: `len - 1` and `len` both index initialised records (checked just above).
            let (caller, record) = unsafe {
                let records = self.records.as_mut_ptr();
                (&mut *records.add(len - 1), &mut *records.add(len))
            };
            caller.pc = caller_pc;
            if !Rc::ptr_eq(&record.function, function) {
                record.function = function.clone();
            }
            record.base = base;
            record.pc = 0;
            record.return_slot = return_slot;
            self.len = len + 1;
        } else {
            self.set_pc(caller_pc);
            self.push_borrowed(function, base, 0, return_slot);
        }
    }

    /// `push_call` when it needs no call out of line, for the lane's frame entry (see
    /// `Vm::enter_without_calls`): the record at this depth exists, and the function it held
    /// (when not `function`) keeps another reference, so replacing it only counts down. False,
    /// having changed nothing, otherwise.
    #[inline(always)]
    pub fn push_call_without_calls(
        &mut self,
        caller_pc: u32,
        function: &Rc<Function>,
        base: u32,
        return_slot: u32,
    ) -> bool {
        let len = self.len;
        if len == 0 || len >= self.records.len() {
            return false;
        }
        // SAFETY: `len - 1` and `len` both index initialised records (checked just above).
        let (caller, record) = unsafe {
            let records = self.records.as_mut_ptr();
            (&mut *records.add(len - 1), &mut *records.add(len))
        };
        if !Rc::ptr_eq(&record.function, function) {
            if Rc::strong_count(&record.function) == 1 {
                return false;
            }
            // SAFETY: the old reference is read out and dropped before the slot is written
            // again, so it is released exactly once. It is not the last one (checked just
            // above, with no store in between), so dropping it only counts down and the
            // compiler can leave out the call that would free the function.
            unsafe {
                drop(std::ptr::read(&record.function));
                std::ptr::write(&mut record.function, function.clone());
            }
        }
        caller.pc = caller_pc;
        record.base = base;
        record.pc = 0;
        record.return_slot = return_slot;
        self.len = len + 1;
        true
    }

    /// Records where the running frame will resume.
    #[inline(always)]
    pub fn set_pc(&mut self, pc: u32) {
        if let Some(index) = self.len.checked_sub(1) {
            debug_assert!(index < self.records.len());
            // SAFETY: as in `last`.
            unsafe { self.records.get_unchecked_mut(index) }.pc = pc;
        }
    }

    /// `set_pc` as a call, for the loop's slow paths (see `tri!` in dispatch.rs).
    #[inline(never)]
    pub fn set_pc_out_of_line(&mut self, pc: u32) {
        self.set_pc(pc);
    }

    /// Pops the innermost frame; its record stays readable until the next push.
    #[inline]
    pub fn pop(&mut self) -> Option<&Frame> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        debug_assert!(self.len < self.records.len());
        // SAFETY: as in `last`: the popped record was counted by `len`.
        Some(unsafe { self.records.get_unchecked(self.len) })
    }
}
