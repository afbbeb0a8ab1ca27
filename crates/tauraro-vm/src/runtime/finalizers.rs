//! `__del__`. When the last reference to an instance of a class with `__del__` goes,
//! `Drop for Instance` cannot run Python code: it moves the instance's contents into a revived
//! instance marked finalized and queues it here. The interpreter calls `__del__` on the queue
//! at its safe points, the ones that close abandoned generators (a frame returning, `del`, a
//! handled exception, a global rebound, the end of the program), then lets the object go
//! unless `__del__` kept a reference to it. CPython calls the finalizer at once; here it runs
//! at the next safe point, which is usually the same statement. A finalizer runs at most once
//! per object (PEP 442), and an error in it is reported, not raised, as CPython does.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interpreter::Vm;
use crate::object::{Args, Class, Instance, class_epoch};
use crate::value::Value;

thread_local! {
    /// Instances whose `__del__` waits for the next safe point.
    static FINALIZING: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

/// Whether instances of `class` have a `__del__` (cached per class until a class changes).
/// Called from `Drop`: a class namespace that is being changed right now reads as having none.
pub(crate) fn has_finalizer(class: &Rc<Class>) -> bool {
    let epoch = class_epoch();
    if let Some((seen_at, has)) = class.finalizer_cache.get()
        && seen_at == epoch
    {
        return has;
    }
    let hash = crate::object::str_hash("__del__");
    let mut has = false;
    for class in class.mro() {
        let Ok(dict) = class.dict.try_borrow() else {
            return false;
        };
        if let Ok(Some(_)) = dict.find::<()>(hash, |key| {
            Ok(matches!(key, Value::Str(key) if key.as_str() == "__del__"))
        }) {
            has = true;
            break;
        }
    }
    class.finalizer_cache.set(Some((epoch, has)));
    has
}

/// Queues a revived instance for its `__del__`.
pub(crate) fn queue(instance: Rc<Instance>) {
    // At thread exit the queue may be gone already: the object then goes unfinalized.
    let queued = FINALIZING.try_with(|queue| match queue.try_borrow_mut() {
        Ok(mut queue) => {
            queue.push(instance);
            true
        }
        Err(_) => false,
    });
    if queued == Ok(true) {
        crate::object::request_safe_point_work();
    }
}

/// Takes the instances waiting for their `__del__`.
pub(crate) fn take_finalizing() -> Vec<Rc<Instance>> {
    FINALIZING
        .try_with(|queue| std::mem::take(&mut *queue.borrow_mut()))
        .unwrap_or_default()
}

impl Vm {
    /// Calls the `__del__` of an instance taken from the queue; an error is reported as an
    /// unraisable exception.
    pub(crate) fn run_finalizer(&mut self, instance: Rc<Instance>) {
        let Some(finalizer) = crate::runtime::attribute::class_lookup(&instance.class, "__del__")
        else {
            return;
        };
        let receiver = [Value::Instance(instance)];
        if let Err(err) = self.call_value(&finalizer, Args::new(&receiver)) {
            self.report_unraisable(err, &finalizer);
        }
    }
}
