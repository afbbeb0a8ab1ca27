//! Callables: Python functions with their runtime code, builtin functions and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use tauraro_bytecode::{CodeFlags, ExceptionEntry, Instr, InstrIdx, LineEntry, Reg};

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::object::{Module, PyCell, PyDict, PyStr, RcTuple};
use crate::value::Value;

/// A code object prepared for execution: constants are values, names are interned strings.
/// Its instructions were verified when the bytecode was loaded.
pub struct Code {
    pub instructions: Box<[Instr]>,
    pub constants: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    pub local_names: Box<[Rc<PyStr>]>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub flags: CodeFlags,
    pub arg_count: usize,
    pub posonly_count: usize,
    pub kwonly_count: usize,
    pub local_count: usize,
    pub param_count: usize,
    pub free_start: Reg,
    pub free_count: usize,
    pub register_count: usize,
    pub first_line: u32,
    pub line_table: Box<[LineEntry]>,
    pub exception_table: Box<[ExceptionEntry]>,
    pub source_path: Rc<str>,
    /// A plain positional function (no defaults needed beyond its parameters, no `*args`,
    /// `**kwargs`, keyword-only parameters, closure or generator): calls with exactly
    /// `arg_count` arguments take the fast path.
    pub simple_call: bool,
    /// Likewise but a closure: the fast path also installs its cells (out of line, so that
    /// the plain path stays as small as it was).
    pub closure_call: bool,
    /// Per-site attribute caches, by name index.
    pub attr_caches: crate::runtime::attribute_cache::AttrCaches,
}

impl Code {
    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        let pc = InstrIdx::from_usize(pc.min(u32::MAX as usize));
        let index = self.line_table.partition_point(|entry| entry.start <= pc);
        let delta = if index == 0 {
            0
        } else {
            self.line_table[index - 1].line_delta
        };
        self.first_line + delta
    }

    pub fn is_generator(&self) -> bool {
        self.flags.contains(CodeFlags::GENERATOR)
    }
}

/// All code objects of one loaded bytecode module; `MakeFunction` picks from here.
pub struct CodeUnit {
    pub codes: Box<[Rc<Code>]>,
}

/// A Python function.
pub struct Function {
    pub code: Rc<Code>,
    pub unit: Rc<CodeUnit>,
    pub globals: Rc<Module>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Option<RcTuple>>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: RefCell<Box<[Rc<PyCell>]>>,
    pub doc: RefCell<Value>,
    /// The function's `__dict__` (`wrapper.calls = 0`), created when first needed.
    pub attrs: RefCell<Option<Rc<PyDict>>>,
    /// `__annotations__`, created empty when first read if the `def` had none.
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    /// `__module__` once assigned (`functools.wraps` copies it); until then the name of
    /// the module the function was defined in.
    pub module: RefCell<Option<Value>>,
}

impl Function {
    pub fn new(code: Rc<Code>, unit: Rc<CodeUnit>, globals: Rc<Module>) -> Function {
        let doc = match code.constants.first() {
            Some(doc) if code.flags.contains(CodeFlags::DOCSTRING) => doc.clone(),
            _ => Value::None,
        };
        Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            unit,
            globals,
            defaults: RefCell::new(None),
            kwdefaults: RefCell::new(None),
            closure: RefCell::new(Box::new([])),
            doc: RefCell::new(doc),
            attrs: RefCell::new(None),
            annotations: RefCell::new(None),
            module: RefCell::new(None),
        }
    }
}

/// Arguments of a call into Rust: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub positional: &'a [Value],
    pub keywords: &'a [(Rc<PyStr>, Value)],
}

impl<'a> Args<'a> {
    pub fn new(positional: &'a [Value]) -> Args<'a> {
        Args {
            positional,
            keywords: &[],
        }
    }

    pub fn len(&self) -> usize {
        self.positional.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.keywords.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn keyword(&self, name: &str) -> Option<&'a Value> {
        self.keywords
            .iter()
            .find(|(key, _)| key.as_str() == name)
            .map(|(_, value)| value)
    }
}

/// The Rust signature of builtin functions and methods (a method receives its `self` as the
/// first positional argument).
pub type BuiltinFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub call: BuiltinFn,
}

impl BuiltinFunction {
    pub const fn new(name: &'static str, call: BuiltinFn) -> BuiltinFunction {
        BuiltinFunction { name, call }
    }
}

/// A function bound to a receiver (`obj.method` without calling it).
pub struct BoundMethod {
    pub receiver: Value,
    pub function: Value,
}
