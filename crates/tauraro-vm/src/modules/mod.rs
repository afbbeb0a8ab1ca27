//! The native modules, written in Rust with CPython 3.11's behaviour: one file per module,
//! each exporting a [`NativeModule`] that lists its attributes. A module object is created
//! when a program first imports it (see `crate::import`); its attributes are global slots
//! of a [`Module`] like those of a compiled module.
//!
//! State the modules keep between calls (the random generator, the clock origin, the
//! `sys.stdout` and `sys.stderr` objects) lives in [`NativeState`], part of the VM's
//! import state.

mod civil_time;
mod clocks;
mod collector;
mod deque;
mod json;
mod libm;
mod math;
mod math_float_algorithms;
mod math_integer;
mod mersenne_twister;
mod native_class;
mod number_arguments;
mod posix;
mod python_signature;
mod random;
mod regex;
mod regex_syntax;
mod sha512;
mod stdin;
mod struct_sequence;
mod sys;
mod time;

use std::rc::Rc;

pub(crate) use native_class::native_class;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::Module;
use crate::value::Value;

/// One line of standard input with its newline (empty at the end), as `input()` reads it.
pub(crate) fn read_stdin_line(vm: &mut Vm) -> PyResult<String> {
    stdin::read_line(vm)
}

/// A module implemented in Rust.
pub struct NativeModule {
    pub name: &'static str,
    /// Built into CPython's interpreter (`sys.builtin_module_names`): found before
    /// `sys.path` is searched. The others are found after it, like CPython's extension and
    /// standard-library modules, so a program's own file of that name shadows them.
    pub built_in: bool,
    /// Creates the module's attributes, in the order `__dict__` shows them.
    pub attributes: fn(&mut Vm) -> PyResult<Attributes>,
}

/// A native module's attributes: names and values.
pub type Attributes = Vec<(&'static str, Value)>;

/// Every native module.
static NATIVE_MODULES: &[&NativeModule] = &[
    &sys::MODULE,
    &time::MODULE,
    &math::MODULE,
    &random::MODULE,
    &posix::MODULE,
    &regex::MODULE,
    &json::MODULE,
    &deque::MODULE,
    &collector::MODULE,
];

/// The native module called `name`.
pub fn find(name: &str) -> Option<&'static NativeModule> {
    NATIVE_MODULES
        .iter()
        .copied()
        .find(|module| module.name == name)
}

/// The names of the native modules CPython builds into its interpreter.
pub fn built_in_names() -> impl Iterator<Item = &'static str> {
    NATIVE_MODULES
        .iter()
        .filter(|module| module.built_in)
        .map(|module| module.name)
}

/// A new module object for `native`.
pub(crate) fn instantiate(vm: &mut Vm, native: &NativeModule) -> PyResult<Rc<Module>> {
    let mut attributes = vec![
        ("__name__", Value::str(native.name)),
        ("__doc__", Value::None),
        ("__package__", Value::str("")),
    ];
    attributes.extend((native.attributes)(vm)?);
    let names = attributes.iter().map(|(name, _)| vm.intern(name)).collect();
    let module = Rc::new(Module::new(vm.intern(native.name), names));
    for (slot, (_, value)) in attributes.into_iter().enumerate() {
        drop(module.globals.replace(slot, value));
    }
    Ok(module)
}

/// What the native modules keep between calls.
#[derive(Default)]
pub struct NativeState {
    /// The generator behind `random`'s module-level functions, seeded on first use.
    pub(crate) random: Option<Rc<std::cell::RefCell<random::GeneratorState>>>,
    /// `time.struct_time`, created with the `time` module.
    pub(crate) struct_time: Option<Rc<crate::object::Class>>,
    /// `sys.stdout` and `sys.stderr`, created with the `sys` module.
    pub(crate) stdout: Option<Value>,
    pub(crate) stderr: Option<Value>,
    /// The files `posix.open` opened.
    pub(crate) files: posix::OpenFiles,
    /// The class of `_regex`'s compiled patterns, made on first use.
    pub(crate) regex_class: Option<std::rc::Rc<crate::object::Class>>,
    /// The classes of `collections.deque`'s iterators (forward, reversed), made with
    /// `_collections`.
    pub(crate) deque_iterator_classes: Option<[std::rc::Rc<crate::object::Class>; 2]>,
    /// The character offsets of the last non-ASCII string `_regex` searched.
    pub(crate) regex_char_index: Option<regex::CharIndex>,
}
