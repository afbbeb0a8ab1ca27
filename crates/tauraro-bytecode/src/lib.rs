//! `tauraro-bytecode` defines Tauraro's versioned register bytecode: instructions with typed
//! operands ([`Instr`], described once in `instruction.rs`), code objects and modules, the
//! `.trc` file format with its loader ([`decode_module`]) and verifier ([`verify_module`]), and
//! the disassembler.
//!
//! It knows nothing about syntax or about how values behave at run time: the compiler in
//! `tauraro-hir` produces [`BytecodeModule`]s and `tauraro-vm` executes them. Unit tests sit
//! beside the code; `tests/` holds the corrupted-file property test.

mod builtin_names;
mod code;
mod disassemble;
mod file_format;
mod instruction;
mod operand;
mod verify;

pub use builtin_names::{BUILTIN_NAMES, builtin_slot};
pub use code::{BytecodeModule, CodeFlags, CodeObject, Constant, ExceptionEntry, LineEntry};
pub use disassemble::{constant_repr, disassemble_module, instruction_text};
pub use file_format::{
    DecodeError, FORMAT_VERSION, MAGIC, Reader, crc32, decode_module, encode_module,
};
pub use instruction::{Instr, Opcode};
pub use operand::{
    BuiltinSlot, CodeIdx, ConstIdx, GlobalSlot, InstrIdx, NameIdx, NearConstIdx, NearNameIdx,
    NearReg, Operand, OperandType, Reg,
};
pub use verify::{VerifyError, verify_module};

/// Reads the format version from the header of a `.trc` file without decoding the rest, so a
/// loader can refuse versions it does not accept with a precise message.
pub fn peek_format_version(bytes: &[u8]) -> Result<u32, DecodeError> {
    let mut reader = Reader::new(bytes);
    if reader.bytes(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(DecodeError::NotBytecode);
    }
    reader.u32()
}
