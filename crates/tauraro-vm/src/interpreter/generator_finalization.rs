//! Closing generators their program dropped while suspended (CPython closes a generator when
//! it is deallocated), and running queued `__del__` finalizers (`runtime/finalizers.rs`). `Drop for Generator` queues them; the interpreter closes the queue at
//! safe points, where no Rust borrow of an object is held: after a frame returns to its
//! caller, after `del`, after a handler catches an exception, when a global is rebound, and
//! at the end of the program. The check at those points is one thread-local flag.
//!
//! An error raised while closing is reported as CPython's unraisable hook does
//! ("Exception ignored in: <generator ...>" and the traceback on stderr) and not raised.

use crate::interpreter::Vm;
use crate::object::{abandoned_generators_pending, take_abandoned_generators};
use crate::value::Value;

impl Vm {
    /// Closes the generators abandoned since the last safe point (and those their closing
    /// abandons in turn).
    pub(crate) fn close_abandoned_generators(&mut self) {
        loop {
            let batch = take_abandoned_generators();
            let finalizing = crate::runtime::finalizers::take_finalizing();
            if batch.is_empty() && finalizing.is_empty() {
                return;
            }
            for generator in batch {
                if let Err(err) = self.close_generator(&generator) {
                    let object = Value::Generator(generator);
                    self.report_unraisable(err, &object);
                }
            }
            for instance in finalizing {
                self.run_finalizer(instance);
            }
        }
    }

    /// Closes abandoned generators if any are waiting.
    #[inline]
    pub(crate) fn close_abandoned_generators_if_pending(&mut self) {
        if abandoned_generators_pending() {
            self.close_abandoned_generators();
        }
    }

    /// Prints an exception that cannot be raised (CPython's `sys.unraisablehook`).
    pub(crate) fn report_unraisable(&mut self, err: crate::error::PyErr, object: &Value) {
        let described = match self.repr(object) {
            Ok(text) => text.as_str().to_owned(),
            Err(_) => "<object repr() failed>".to_owned(),
        };
        let traceback = self.format_exception_alone(err);
        self.flush_output();
        eprint!("Exception ignored in: {described}\n{traceback}");
    }

    /// At the end of the program: clears the main module's globals as CPython's finalization
    /// does (names starting with one underscore first, then the others, in order), closing
    /// the generators that abandons as it goes.
    pub fn finalize_main_module(&mut self, module: &crate::object::Module) {
        self.close_abandoned_generators();
        let names = module.slot_names();
        let private = |name: &str| name.starts_with('_') && !name.starts_with("__");
        for first_pass in [true, false] {
            for (slot, name) in names.iter().enumerate() {
                if private(name.as_str()) != first_pass || name.as_str() == "__builtins__" {
                    continue;
                }
                if slot < module.globals.len() {
                    let old = module.globals.replace(slot, Value::None);
                    drop(old);
                    self.close_abandoned_generators_if_pending();
                }
            }
        }
        self.flush_output();
    }
}

impl Vm {
    /// The program's module, `sys.modules["__main__"]`, if it is a module.
    pub fn main_module(&mut self) -> Option<std::rc::Rc<crate::object::Module>> {
        match self.sys_modules_get("__main__") {
            Ok(Some(Value::Module(module))) => Some(module),
            _ => None,
        }
    }
}
