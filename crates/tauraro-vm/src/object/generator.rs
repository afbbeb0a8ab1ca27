//! Generators: a suspended frame that lives outside the register stack between resumptions.
//!
//! A suspended generator dropped without `close()` must still run its `finally` blocks and
//! `with` exits, as CPython closes it on deallocation. Dropping cannot run Python code (it
//! happens anywhere, possibly while some object is borrowed), so `Drop` moves the live frame
//! into a new generator on a queue of abandoned generators, which the VM closes at its next
//! safe point (see `interpreter::generator_finalization`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyErr;
use crate::object::Function;
use crate::value::Value;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

/// The saved frame of a generator.
pub struct GeneratorState {
    pub function: Rc<Function>,
    /// The frame's registers while suspended, up to the last one live at its `yield`
    /// (moved onto the stack while running).
    pub registers: Vec<Value>,
    pub pc: usize,
    pub status: GenStatus,
    /// The register that receives the value sent on resumption.
    pub resume_register: Option<usize>,
    /// The iterator a `yield from` suspended in this generator delegates to.
    pub delegate: Option<Value>,
    /// A `throw()` or `close()` to forward to `delegate` when the `yield from` resumes.
    pub pending: Option<PendingThrow>,
    /// The exceptions being handled inside the generator when it suspended (inside an
    /// `except` block), restored on the handling stack when it resumes.
    pub saved_handling: Vec<Value>,
    /// The depth of the VM's handling stack when the running resumption started.
    pub handling_base: usize,
    /// Already queued for closing once after being dropped: like CPython's finalizers, that
    /// happens at most once (a generator that ignores GeneratorExit is then just dropped).
    pub finalized: bool,
}

/// What `throw()` or `close()` asks a delegating `yield from` to do.
pub enum PendingThrow {
    Throw(PyErr),
    Close,
}

/// A generator object.
pub struct Generator {
    pub state: RefCell<GeneratorState>,
}

impl GeneratorState {
    /// Whether closing the generator can have an effect: it is suspended inside a `try`,
    /// `with` or `except` block (an exception-table entry covers its `yield`), or in a
    /// `yield from` whose delegate must be closed too. Closing any other suspended generator
    /// only raises GeneratorExit at the `yield` and lets it out.
    fn close_has_effect(&self) -> bool {
        if self.status != GenStatus::Suspended || self.finalized {
            return false;
        }
        if self.delegate.is_some() {
            return true;
        }
        let fault = self.pc.saturating_sub(1);
        self.function
            .code
            .exception_table
            .iter()
            .any(|entry| entry.start.index() <= fault && fault < entry.end.index())
    }
}

thread_local! {
    /// Generators dropped while suspended in a block that needs closing, to close at the
    /// VM's next safe point.
    static ABANDONED: RefCell<Vec<Rc<Generator>>> = const { RefCell::new(Vec::new()) };
    /// `ABANDONED` is not empty: the one check the safe points make.
    static ABANDONED_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether abandoned generators wait to be closed.
#[inline]
pub fn abandoned_generators_pending() -> bool {
    ABANDONED_PENDING.with(Cell::get)
}

/// Asks the interpreter's next safe point to run its deferred work (closing abandoned
/// generators, calling queued `__del__` finalizers).
pub fn request_safe_point_work() {
    ABANDONED_PENDING.with(|pending| pending.set(true));
}

/// Takes the abandoned generators waiting to be closed.
pub fn take_abandoned_generators() -> Vec<Rc<Generator>> {
    ABANDONED_PENDING.with(|pending| pending.set(false));
    ABANDONED
        .try_with(|queue| std::mem::take(&mut *queue.borrow_mut()))
        .unwrap_or_default()
}

impl Drop for Generator {
    fn drop(&mut self) {
        let state = self.state.get_mut();
        if !state.close_has_effect() {
            return;
        }
        // The frame moves to a new generator object (the one being dropped is gone): only
        // its `repr` address differs, which CPython's own finalizer also does not promise.
        let husk = GeneratorState {
            function: state.function.clone(),
            registers: Vec::new(),
            pc: state.pc,
            status: GenStatus::Finished,
            resume_register: None,
            delegate: None,
            pending: None,
            saved_handling: Vec::new(),
            handling_base: 0,
            finalized: true,
        };
        let mut live = std::mem::replace(state, husk);
        live.finalized = true;
        let revived = Rc::new(Generator {
            state: RefCell::new(live),
        });
        // At thread exit the queue may be gone already: the generator is then dropped unclosed.
        let queued = ABANDONED.try_with(|queue| {
            if let Ok(mut queue) = queue.try_borrow_mut() {
                queue.push(revived);
                true
            } else {
                false
            }
        });
        if queued == Ok(true) {
            ABANDONED_PENDING.with(|pending| pending.set(true));
        }
    }
}
