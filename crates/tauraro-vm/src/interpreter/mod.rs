//! The interpreter: the [`Vm`] state, the register stack with its frames, and the dispatch
//! loop.
//!
//! Frames are windows on one contiguous register stack. A Python-to-Python call pushes a small
//! [`Frame`] record and continues in the same loop: it allocates nothing and does not recurse on
//! the Rust stack. Only calls that come from Rust code (a builtin calling a key function, a
//! generator being resumed) start a nested `run`, which returns when its entry frame returns.
//!
//! The loop keeps the instruction pointer, the instruction slice and the register base in
//! locals so they stay in machine registers; they are reloaded from the frame record whenever
//! the frame changes. Handlers keep int and float fast paths inline and call out to
//! `crate::runtime` for everything else.

pub(crate) mod call;
pub(crate) mod dispatch;
mod frames;
pub(crate) mod generator;
pub(crate) mod generator_drain;
mod generator_finalization;
pub(crate) mod threaded;
mod unwind;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::PyStr;
use crate::runtime::types::BuiltinTypes;
use crate::value::Value;

pub(crate) use call::CallTarget;
pub(crate) use frames::{
    DRAIN, ENTRY, FrameStack, INIT_FRAME, RESUMED_BY_FOR, RESUMED_BY_SEND, RESUMER_SLOT,
};

/// How many registers the stack can hold. The memory is reserved up front but only touched as
/// frames use it, so the stack never moves and register pointers stay valid.
const STACK_CAPACITY: usize = 1 << 22;
const _: () = assert!(STACK_CAPACITY < u32::MAX as usize);

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Bytes of Rust stack kept in reserve; a nested run that would go deeper raises
/// RecursionError instead of overflowing.
const RUST_STACK_RESERVE: usize = 256 * 1024;

/// Where program output goes; buffered like CPython's stdout when not a terminal.
pub(crate) struct Output {
    buffer: Vec<u8>,
    capture: Option<Vec<u8>>,
}

impl Output {
    pub fn write_str(&mut self, text: &str) {
        if let Some(capture) = &mut self.capture {
            capture.extend_from_slice(text.as_bytes());
            return;
        }
        self.buffer.extend_from_slice(text.as_bytes());
        if self.buffer.len() > 1 << 16 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buffer.is_empty() {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe or full disk is not something a program can recover from here;
            // CPython reports it at exit, we drop the output.
            let _ = stdout.write_all(&self.buffer);
            let _ = stdout.flush();
            self.buffer.clear();
        }
    }
}

/// The interpreter state.
pub struct Vm {
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: FrameStack,
    pub(crate) types: BuiltinTypes,
    pub(crate) builtins: Box<[Value]>,
    /// What `builtins` held once installed, for `BuiltinUnchanged`.
    pub(crate) original_builtins: Box<[Value]>,
    pub(crate) interned: HashMap<Box<str>, Rc<PyStr>>,
    pub(crate) recursion_limit: usize,
    pub(crate) output: Output,
    /// The address of a local in the outermost `run`, to measure Rust stack use.
    pub(crate) stack_origin: Option<usize>,
    /// Set by the threaded fast lane when it pushed or popped frames, so the loop reloads its
    /// frame state from the records when the lane returns.
    pub(crate) lane_changed_frames: bool,
    /// The Rust stack available to the interpreter thread.
    pub(crate) rust_stack_size: usize,
    /// Exceptions currently being handled (for bare `raise` and implicit chaining).
    pub(crate) handling: Vec<Value>,
    pub(crate) argv: Vec<String>,
    /// Depth of nested `repr` calls per container, to print `[...]` for cycles.
    pub(crate) repr_stack: Vec<usize>,
    /// Generators whose frames are running, innermost last.
    pub(crate) running_generators: Vec<Rc<crate::object::Generator>>,
    /// The buffers of generators being drained by builtins, innermost last.
    pub(crate) drains: Vec<generator_drain::Drain>,
    /// Register vectors of finished generators, reused by new ones (saves an allocation
    /// and a free per generator).
    pub(crate) spare_registers: Vec<Vec<Value>>,
    /// The class of `globals()` proxies, made when first needed.
    pub(crate) namespace_proxy_class: Option<Rc<crate::object::Class>>,
    /// Source text of files, for the lines printed in tracebacks.
    pub(crate) source_cache: HashMap<String, Rc<str>>,
    /// Parsed format specs of f-string fields, by spec string.
    pub(crate) format_specs: crate::runtime::format_spec_cache::FormatSpecCache,
    /// Scratch text for formatting one f-string field.
    pub(crate) format_buffer: String,
    /// The module system: `sys.modules`, `sys.path`, the loader, native modules' state.
    pub(crate) import: crate::import::ImportState,
}

impl Vm {
    /// A fresh interpreter. `rust_stack_size` is the stack of the thread it will run on.
    pub fn new(rust_stack_size: usize) -> Vm {
        let types = BuiltinTypes::new();
        let mut vm = Vm {
            stack: Vec::with_capacity(STACK_CAPACITY),
            frames: FrameStack::default(),
            types,
            builtins: Box::new([]),
            original_builtins: Box::new([]),
            interned: HashMap::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            output: Output {
                buffer: Vec::with_capacity(1 << 16),
                capture: None,
            },
            stack_origin: None,
            lane_changed_frames: false,
            rust_stack_size,
            handling: Vec::new(),
            argv: Vec::new(),
            repr_stack: Vec::new(),
            source_cache: HashMap::new(),
            format_specs: Default::default(),
            format_buffer: String::new(),
            running_generators: Vec::new(),
            drains: Vec::new(),
            spare_registers: Vec::new(),
            namespace_proxy_class: None,
            import: Default::default(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Sets `sys.argv`.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Captures program output in memory instead of writing it to stdout (for tests).
    pub fn capture_output(&mut self) {
        self.output.capture = Some(Vec::new());
    }

    /// Takes the captured output.
    pub fn take_output(&mut self) -> String {
        let bytes = self
            .output
            .capture
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Writes buffered output to stdout.
    pub fn flush_output(&mut self) {
        self.output.flush();
    }

    /// An interned string: the same `Rc` for the same text, so identifier-like strings compare
    /// by pointer first.
    pub fn intern(&mut self, text: &str) -> Rc<PyStr> {
        if let Some(existing) = self.interned.get(text) {
            return existing.clone();
        }
        let string = Rc::new(PyStr::new(text));
        self.interned.insert(Box::from(text), string.clone());
        string
    }

    /// The first free stack index above the running frame.
    pub(crate) fn stack_top(&self) -> usize {
        match self.frames.last() {
            Some(frame) => frame.base as usize + frame.function.code.register_count,
            None => 0,
        }
    }

    /// Makes sure `stack[..end]` exists, or raises RecursionError when the stack is full.
    pub(crate) fn ensure_stack(&mut self, end: usize) -> PyResult<()> {
        if end > self.stack.len() {
            if end > self.stack.capacity() {
                return Err(recursion_error());
            }
            self.stack.resize(end, Value::Undefined);
        }
        Ok(())
    }

    /// Raises RecursionError when the Rust stack is close to its end (deep nesting through
    /// builtins, reprs or comparisons).
    pub(crate) fn check_rust_stack(&self) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        if let Some(origin) = self.stack_origin {
            let used = origin.saturating_sub(here);
            if used + RUST_STACK_RESERVE > self.rust_stack_size {
                return Err(recursion_error());
            }
        }
        Ok(())
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit
    }

    pub fn set_recursion_limit(&mut self, limit: usize) {
        self.recursion_limit = limit;
    }
}

/// The error for exceeding the recursion limit.
pub(crate) fn recursion_error() -> PyErr {
    PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
}
