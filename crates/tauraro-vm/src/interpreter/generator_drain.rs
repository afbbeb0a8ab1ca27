//! Builtins consuming a generator (`list(g)`, `set(g)`, `sum(g)`, `"".join(g)`, ...) run it
//! from Rust. Resuming and suspending it for every value would cost a nested run each time;
//! instead one run *drains* it: while the values it yields are ones the consumer can take
//! without any visible effect, `Yield` hands them to a buffer and the generator goes on
//! without suspending, or even leaving the loop's instruction fetch (see `take_drained`). A value the consumer's [`DrainPolicy`] refuses (its handling could run
//! Python code or fail) suspends the generator as usual, so that value is handled exactly
//! where CPython handles it; so does a full batch, which bounds the buffer.
//!
//! The generator's frame is marked [`DRAIN`] (an entry frame, like [`ENTRY`]) and the
//! buffers form a stack, for a drained generator whose body drains another.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::generator::Resumed;
use crate::interpreter::{DRAIN, Vm};
use crate::object::Generator;
use crate::value::Value;

/// The values a draining run takes without suspending the generator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DrainPolicy {
    /// No value: each one suspends the generator (the consumer's handling of any value may
    /// be visible).
    None,
    /// Every value: the consumer only stores them (`list`, `tuple`, collecting).
    Any,
    /// Values whose hash and equality are builtin and cannot fail: None, bools, numbers,
    /// strings, bytes and tuples of those (`set`).
    Hashable,
    /// Ints and floats: adding them to an int or float total runs no Python code and cannot
    /// fail (`sum`; a float overflow would need a total past 2**1024 from 64-bit ints).
    Number,
}

impl DrainPolicy {
    fn accepts(self, value: &Value) -> bool {
        match self {
            DrainPolicy::None => false,
            DrainPolicy::Any => true,
            DrainPolicy::Hashable => plainly_hashable(value, 0),
            DrainPolicy::Number => matches!(value, Value::Int(_) | Value::Float(_)),
        }
    }
}

/// Whether hashing and comparing `value` runs no Python code and cannot fail.
fn plainly_hashable(value: &Value, depth: usize) -> bool {
    match value {
        Value::None
        | Value::True
        | Value::False
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_) => true,
        Value::Tuple(tuple) if depth < 4 => tuple
            .items
            .iter()
            .all(|item| plainly_hashable(item, depth + 1)),
        _ => false,
    }
}

/// The buffer of one draining run.
pub(crate) struct Drain {
    policy: DrainPolicy,
    items: Vec<Value>,
    limit: usize,
}

/// How many values a batch holds when the consumer does not keep them all.
pub(crate) const DRAIN_BATCH: usize = 256;

impl Vm {
    /// Runs `generator` from Rust, appending to `items` each value it yields that `policy`
    /// accepts while `items` holds fewer than `limit`; the generator does not suspend for
    /// those. Returns `Yielded` with the first other value (the generator suspended there)
    /// or `Returned` when it finished.
    pub(crate) fn drain_generator(
        &mut self,
        generator: &Rc<Generator>,
        policy: DrainPolicy,
        items: &mut Vec<Value>,
        limit: usize,
    ) -> PyResult<Resumed> {
        self.check_rust_stack()?;
        let base = self.stack_top();
        if !self.enter_generator(generator.clone(), Value::None, DRAIN, base)? {
            return Ok(Resumed::Returned(Value::None));
        }
        self.drains.push(Drain {
            policy,
            items: std::mem::take(items),
            limit,
        });
        let outcome = self.run();
        let drain = self.drains.pop().expect("pushed above");
        *items = drain.items;
        let value = outcome?;
        if generator.state.borrow().status == crate::object::GenStatus::Suspended {
            Ok(Resumed::Yielded(value))
        } else {
            Ok(Resumed::Returned(value))
        }
    }

    /// For `Yield`: when the running frame is drained (marked [`DRAIN`]) and its drain
    /// takes `value`, `None`: the `yield` expression is worth None and the frame goes on
    /// without suspending, in the same loop iteration. Otherwise `value` comes back and
    /// the generator suspends as usual. Inlined into the loop: one compare for other
    /// frames.
    #[inline(always)]
    pub(crate) fn take_drained(&mut self, value: Value) -> Option<Value> {
        match self.frames.last() {
            Some(frame) if frame.return_slot == DRAIN => self.drain_yielded(value),
            _ => Some(value),
        }
    }

    /// Takes `value` into the running drain's buffer, or hands it back when the drain does
    /// not take it (the generator then suspends).
    #[inline(never)]
    fn drain_yielded(&mut self, value: Value) -> Option<Value> {
        let drain = self.drains.last_mut().expect("a drain is running");
        if drain.items.len() < drain.limit && drain.policy.accepts(&value) {
            drain.items.push(value);
            None
        } else {
            Some(value)
        }
    }

    /// Calls `each` with every value of the iterator `iterator`, in order. A generator is
    /// drained in batches (see the module comment): `each` must not be observable for the
    /// values `policy` accepts, since the generator runs ahead of it by up to a batch.
    pub(crate) fn for_each_item(
        &mut self,
        iterator: &Value,
        policy: DrainPolicy,
        mut each: impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        if let Some(result) = self.for_each_range_item(iterator, &mut each) {
            return result;
        }
        let Value::Generator(generator) = iterator else {
            while let Some(item) = self.next_value(iterator)? {
                each(self, item)?;
            }
            return Ok(());
        };
        // The batch buffer is kept for the next consumer: `set(g)` over a short generator
        // otherwise allocates it (and grows it) for a handful of values.
        thread_local! {
            static SPARE_BATCH: std::cell::Cell<Vec<Value>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let mut batch = SPARE_BATCH
            .try_with(std::cell::Cell::take)
            .unwrap_or_default();
        let result = self.for_each_batch(generator, policy, &mut batch, each);
        batch.clear();
        let _ = SPARE_BATCH.try_with(|spare| spare.set(batch));
        result
    }

    fn for_each_batch(
        &mut self,
        generator: &Rc<Generator>,
        policy: DrainPolicy,
        batch: &mut Vec<Value>,
        mut each: impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> PyResult<()> {
        loop {
            let step = self.drain_generator(generator, policy, batch, DRAIN_BATCH);
            for item in batch.drain(..) {
                each(self, item)?;
            }
            match step? {
                Resumed::Yielded(item) => each(self, item)?,
                Resumed::Returned(_) => return Ok(()),
            }
        }
    }

    /// All the values of the generator `generator`, as `collect` gives them.
    pub(crate) fn collect_generator(&mut self, generator: &Rc<Generator>) -> PyResult<Vec<Value>> {
        let mut items = Vec::new();
        loop {
            match self.drain_generator(generator, DrainPolicy::Any, &mut items, usize::MAX)? {
                Resumed::Yielded(item) => items.push(item),
                Resumed::Returned(_) => return Ok(items),
            }
        }
    }
}
