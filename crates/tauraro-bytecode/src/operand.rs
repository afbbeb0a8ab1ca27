//! Typed operand indices. Every instruction operand has its own newtype so that a register
//! can never be passed where a constant index is expected; all of them encode little-endian
//! with a fixed width.

use crate::file_format::{DecodeError, Reader};

index_vec::define_index_type! {
    /// A register of the current frame (`r0` is the first parameter).
    pub struct Reg = u16;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// An index into the code object's constant pool.
    pub struct ConstIdx = u32;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// An index into the first 65536 entries of the constant pool: the constant operand of an
    /// instruction that has two registers besides (every instruction is 8 bytes).
    pub struct NearConstIdx = u16;
    IMPL_RAW_CONVERSIONS = true;
}

impl From<NearConstIdx> for ConstIdx {
    fn from(near: NearConstIdx) -> ConstIdx {
        ConstIdx::from_raw(u32::from(near.raw()))
    }
}

index_vec::define_index_type! {
    /// An index into the code object's name table (attribute, method and variable names).
    pub struct NameIdx = u16;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// One of the first 256 registers: the register operand of an instruction whose other
    /// operands leave it one byte (every instruction is 8 bytes).
    pub struct NearReg = u8;
    IMPL_RAW_CONVERSIONS = true;
}

impl From<NearReg> for Reg {
    fn from(near: NearReg) -> Reg {
        Reg::from_raw(u16::from(near.raw()))
    }
}

index_vec::define_index_type! {
    /// One of the first 256 entries of the name table, for the same reason as [`NearReg`].
    pub struct NearNameIdx = u8;
    IMPL_RAW_CONVERSIONS = true;
}

impl From<NearNameIdx> for NameIdx {
    fn from(near: NearNameIdx) -> NameIdx {
        NameIdx::from_raw(u16::from(near.raw()))
    }
}

index_vec::define_index_type! {
    /// A module-level variable, resolved at compile time to a slot of the module.
    pub struct GlobalSlot = u16;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// A builtin name (`len`, `range`, ...), an index into [`crate::BUILTIN_NAMES`].
    pub struct BuiltinSlot = u16;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// A code object of the same bytecode module.
    pub struct CodeIdx = u16;
    IMPL_RAW_CONVERSIONS = true;
}

index_vec::define_index_type! {
    /// An instruction position inside one code object (a jump target).
    pub struct InstrIdx = u32;
    IMPL_RAW_CONVERSIONS = true;
}

/// What an operand refers to, for the verifier and the disassembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Reg(Reg),
    Const(ConstIdx),
    Name(NameIdx),
    Global(GlobalSlot),
    Builtin(BuiltinSlot),
    Code(CodeIdx),
    Target(InstrIdx),
    /// A plain number: an immediate value, a count or a small enumeration.
    Imm(i64),
}

/// A value that can appear as an instruction operand.
pub trait OperandType: Copy {
    fn encode(self, out: &mut Vec<u8>);
    fn decode(reader: &mut Reader<'_>) -> Result<Self, DecodeError>;
    fn operand(self) -> Operand;
}

macro_rules! index_operand {
    ($ty:ty, $raw:ty, $variant:ident) => {
        impl OperandType for $ty {
            fn encode(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.raw().to_le_bytes());
            }
            fn decode(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
                let bytes = reader.bytes(std::mem::size_of::<$raw>())?;
                Ok(Self::from_raw(<$raw>::from_le_bytes(
                    bytes
                        .try_into()
                        .expect("reader returned the requested length"),
                )))
            }
            fn operand(self) -> Operand {
                Operand::$variant(self.into())
            }
        }
    };
}

index_operand!(Reg, u16, Reg);
index_operand!(ConstIdx, u32, Const);
index_operand!(NearConstIdx, u16, Const);
index_operand!(NameIdx, u16, Name);
index_operand!(NearReg, u8, Reg);
index_operand!(NearNameIdx, u8, Name);
index_operand!(GlobalSlot, u16, Global);
index_operand!(BuiltinSlot, u16, Builtin);
index_operand!(CodeIdx, u16, Code);
index_operand!(InstrIdx, u32, Target);

macro_rules! immediate_operand {
    ($ty:ty) => {
        impl OperandType for $ty {
            fn encode(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn decode(reader: &mut Reader<'_>) -> Result<Self, DecodeError> {
                let bytes = reader.bytes(std::mem::size_of::<$ty>())?;
                Ok(<$ty>::from_le_bytes(
                    bytes
                        .try_into()
                        .expect("reader returned the requested length"),
                ))
            }
            fn operand(self) -> Operand {
                Operand::Imm(i64::from(self))
            }
        }
    };
}

immediate_operand!(u8);
immediate_operand!(u16);
immediate_operand!(i16);
immediate_operand!(i32);
