//! Code objects and bytecode modules: what the compiler produces and the VM loads.

use index_vec::IndexVec;

use crate::instruction::Instr;
use crate::operand::{CodeIdx, InstrIdx, Reg};

/// A compile-time constant in a code object's pool.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An int outside the `i64` range, as its decimal digits with an optional leading `-`.
    BigInt(Box<str>),
    Float(f64),
    /// The imaginary part of an imaginary literal (`2j`); complex numbers are not supported yet
    /// by the VM, which reports so when the constant is loaded.
    Imaginary(f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Tuple(Box<[Constant]>),
    /// A frozenset of constants (`x in {1, 2, 3}`).
    FrozenSet(Box<[Constant]>),
}

impl Eq for Constant {}

impl std::hash::Hash for Constant {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::None | Constant::True | Constant::False | Constant::Ellipsis => {}
            Constant::Int(v) => v.hash(state),
            Constant::BigInt(v) => v.hash(state),
            Constant::Float(v) | Constant::Imaginary(v) => v.to_bits().hash(state),
            Constant::Str(v) => v.hash(state),
            Constant::Bytes(v) => v.hash(state),
            Constant::Tuple(v) | Constant::FrozenSet(v) => v.hash(state),
        }
    }
}

impl Constant {
    /// Constants are equal for pooling when they are the same value of the same type;
    /// floats compare by bits so that `0.0` and `-0.0` stay distinct.
    pub fn same_constant(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::Float(a), Constant::Float(b))
            | (Constant::Imaginary(a), Constant::Imaginary(b)) => a.to_bits() == b.to_bits(),
            (Constant::Tuple(a), Constant::Tuple(b))
            | (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_constant(y))
            }
            _ => self == other,
        }
    }
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeFlags(pub u16);

impl CodeFlags {
    /// Takes `*args`.
    pub const VARARGS: CodeFlags = CodeFlags(1);
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: CodeFlags = CodeFlags(2);
    /// Is a generator function: calling it creates a generator.
    pub const GENERATOR: CodeFlags = CodeFlags(4);
    /// Is the body of a module.
    pub const MODULE: CodeFlags = CodeFlags(8);
    /// Is a lambda.
    pub const LAMBDA: CodeFlags = CodeFlags(16);
    /// Has a docstring: constant 0 is the string (as in CPython's `co_consts[0]`).
    pub const DOCSTRING: CodeFlags = CodeFlags(32);
    /// Every flag this format version defines.
    pub const ALL: CodeFlags = CodeFlags(63);

    pub fn contains(self, other: CodeFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for CodeFlags {
    type Output = CodeFlags;
    fn bitor(self, rhs: CodeFlags) -> CodeFlags {
        CodeFlags(self.0 | rhs.0)
    }
}

/// From instruction `start` on (until the next entry), code comes from line
/// `first_line + line_delta`. Lines are stored relative to the code object's first line so
/// that inserting lines above a function leaves its bytecode unchanged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LineEntry {
    pub start: InstrIdx,
    pub line_delta: u32,
}

/// Instructions in `start..end` are protected: an exception raised there jumps to `handler`
/// with the exception in register `exception`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionEntry {
    pub start: InstrIdx,
    pub end: InstrIdx,
    pub handler: InstrIdx,
    pub exception: Reg,
}

/// One function, lambda, comprehension or module body.
///
/// Register layout: parameters first in CPython's order (positional, keyword-only, `*args`,
/// `**kwargs`), then the other local variables up to `local_count`, then the cells of the
/// closure (`free_count` of them, from `free_start`), then temporaries up to `register_count`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CodeObject {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub flags: CodeFlags,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u16,
    pub posonly_count: u16,
    pub kwonly_count: u16,
    /// Parameters and other locals: registers `0..local_count` are named by `local_names`.
    pub local_count: u16,
    /// Where the closure's cells are copied on entry.
    pub free_start: Reg,
    pub free_count: u16,
    pub register_count: u16,
    pub local_names: Box<[Box<str>]>,
    pub names: Box<[Box<str>]>,
    pub constants: Box<[Constant]>,
    pub instructions: Box<[Instr]>,
    pub first_line: u32,
    pub line_table: Box<[LineEntry]>,
    pub exception_table: Box<[ExceptionEntry]>,
}

impl CodeObject {
    /// The number of parameter registers.
    pub fn param_count(&self) -> u16 {
        let mut count = self.arg_count + self.kwonly_count;
        if self.flags.contains(CodeFlags::VARARGS) {
            count += 1;
        }
        if self.flags.contains(CodeFlags::VARKEYWORDS) {
            count += 1;
        }
        count
    }

    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: InstrIdx) -> u32 {
        let index = self.line_table.partition_point(|entry| entry.start <= pc);
        let delta = if index == 0 {
            0
        } else {
            self.line_table[index - 1].line_delta
        };
        self.first_line + delta
    }
}

/// A compiled module: the unit of a `.trc` file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BytecodeModule {
    /// The path of the source file, for tracebacks.
    pub source_path: Box<str>,
    /// The name of each global slot.
    pub global_names: Box<[Box<str>]>,
    pub codes: IndexVec<CodeIdx, CodeObject>,
    /// The module body.
    pub entry: CodeIdx,
}
