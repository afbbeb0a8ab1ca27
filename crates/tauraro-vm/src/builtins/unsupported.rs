//! Builtins Tauraro does not implement yet: calling one raises a clear "not supported yet"
//! error naming it, never a wrong answer.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::value::Value;

macro_rules! unsupported_builtins {
    ($($name:ident),* $(,)?) => {
        /// One builtin function per unimplemented name.
        pub static UNSUPPORTED: &[BuiltinFunction] = &[
            $(BuiltinFunction::new(stringify!($name), {
                fn call(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
                    Err(PyErr::not_supported(concat!("the builtin ", stringify!($name), "()")))
                }
                call
            })),*
        ];
    };
}

unsupported_builtins! {
    __import__, aiter, anext, breakpoint, compile, copyright, credits, eval,
    exec, help, license, memoryview,
}

/// A builtin name with no implementation at all (kept so every slot holds a value).
pub static UNKNOWN: BuiltinFunction = BuiltinFunction::new("<unknown builtin>", |_, _| {
    Err(PyErr::not_supported("this builtin"))
});
