//! The `.trc` file format: a header (magic, format version, payload length, CRC-32 of the
//! payload) followed by the encoded [`BytecodeModule`]. Decoding checks every length against the
//! bytes that remain, so a truncated or corrupted file is an error, never a panic or a huge
//! allocation; [`crate::verify`] then checks that the module is safe to execute.

use std::fmt;

use index_vec::IndexVec;

use crate::code::{BytecodeModule, CodeFlags, CodeObject, Constant, ExceptionEntry, LineEntry};
use crate::instruction::Instr;
use crate::operand::{CodeIdx, InstrIdx, OperandType, Reg};

/// The first bytes of every `.trc` file.
pub const MAGIC: [u8; 4] = *b"\x7fTRC";

/// The bytecode format version this crate reads and writes. Bump it whenever the encoding or
/// the meaning of an instruction changes.
pub const FORMAT_VERSION: u32 = 6;

const HEADER_LEN: usize = 16;
/// Constant tuples nest at most this deep (the parser limits brackets to 200 levels).
const MAX_CONSTANT_DEPTH: u32 = 256;

/// Why a byte sequence is not a well-formed `.trc` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotBytecode,
    UnsupportedVersion { found: u32, supported: u32 },
    Truncated,
    ChecksumMismatch,
    TrailingBytes,
    UnknownOpcode(u8),
    UnknownTag { what: &'static str, tag: u8 },
    InvalidUtf8,
    InvalidValue(&'static str),
    TooDeep,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotBytecode => write!(f, "not a Tauraro bytecode file (bad magic number)"),
            DecodeError::UnsupportedVersion { found, supported } => write!(
                f,
                "bytecode format version {found} is not supported (this build reads version {supported})"
            ),
            DecodeError::Truncated => write!(f, "bytecode file is truncated"),
            DecodeError::ChecksumMismatch => {
                write!(f, "bytecode file is corrupted (checksum mismatch)")
            }
            DecodeError::TrailingBytes => write!(f, "bytecode file has trailing bytes"),
            DecodeError::UnknownOpcode(op) => write!(f, "unknown opcode {op}"),
            DecodeError::UnknownTag { what, tag } => write!(f, "unknown {what} tag {tag}"),
            DecodeError::InvalidUtf8 => write!(f, "string is not valid UTF-8"),
            DecodeError::InvalidValue(what) => write!(f, "invalid {what}"),
            DecodeError::TooDeep => write!(f, "constants nest too deeply"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// A bounds-checked cursor over bytes.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn remaining(&self) -> usize {
        self.bytes.len()
    }

    pub fn bytes(&mut self, len: usize) -> Result<&'a [u8], DecodeError> {
        if len > self.bytes.len() {
            return Err(DecodeError::Truncated);
        }
        let (head, tail) = self.bytes.split_at(len);
        self.bytes = tail;
        Ok(head)
    }

    pub fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.bytes(1)?[0])
    }

    pub fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    pub fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub fn u64(&mut self) -> Result<u64, DecodeError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let bytes = self.bytes(N)?;
        Ok(bytes.try_into().expect("bytes() returned N bytes"))
    }

    /// A count of items that each take at least `min_item_len` bytes; rejects counts the
    /// remaining input cannot hold, so corrupted lengths never cause huge allocations.
    fn count(&mut self, min_item_len: usize) -> Result<usize, DecodeError> {
        let count = self.u32()? as usize;
        if count.saturating_mul(min_item_len.max(1)) > self.bytes.len() {
            return Err(DecodeError::Truncated);
        }
        Ok(count)
    }

    fn string(&mut self) -> Result<Box<str>, DecodeError> {
        let len = self.count(1)?;
        let bytes = self.bytes(len)?;
        std::str::from_utf8(bytes)
            .map(Box::from)
            .map_err(|_| DecodeError::InvalidUtf8)
    }
}

/// Serialises a module into the bytes of a `.trc` file.
pub fn encode_module(module: &BytecodeModule) -> Vec<u8> {
    let mut payload = Vec::new();
    write_string(&mut payload, &module.source_path);
    write_strings(&mut payload, &module.global_names);
    payload.extend_from_slice(&module.entry.raw().to_le_bytes());
    write_len(&mut payload, module.codes.len());
    for code in &module.codes {
        write_code(&mut payload, code);
    }

    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    write_len(&mut out, payload.len());
    out.extend_from_slice(&crc32(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Parses the bytes of a `.trc` file. The result is well-formed but not yet verified: run
/// [`crate::verify`] before executing it.
pub fn decode_module(bytes: &[u8]) -> Result<BytecodeModule, DecodeError> {
    let mut header = Reader::new(bytes);
    if header.bytes(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(DecodeError::NotBytecode);
    }
    let version = header.u32()?;
    if version != FORMAT_VERSION {
        return Err(DecodeError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let payload_len = header.u32()? as usize;
    let checksum = header.u32()?;
    let payload = header.bytes(payload_len)?;
    if !header.is_empty() {
        return Err(DecodeError::TrailingBytes);
    }
    if crc32(payload) != checksum {
        return Err(DecodeError::ChecksumMismatch);
    }

    let mut reader = Reader::new(payload);
    let source_path = reader.string()?;
    let global_names = read_strings(&mut reader)?;
    let entry = CodeIdx::from_raw(reader.u16()?);
    let code_count = reader.count(16)?;
    let mut codes = IndexVec::with_capacity(code_count);
    for _ in 0..code_count {
        codes.push(read_code(&mut reader)?);
    }
    if !reader.is_empty() {
        return Err(DecodeError::TrailingBytes);
    }
    Ok(BytecodeModule {
        source_path,
        global_names,
        codes,
        entry,
    })
}

fn write_len(out: &mut Vec<u8>, len: usize) {
    let len = u32::try_from(len).expect("bytecode tables are limited to u32::MAX entries");
    out.extend_from_slice(&len.to_le_bytes());
}

fn write_string(out: &mut Vec<u8>, text: &str) {
    write_len(out, text.len());
    out.extend_from_slice(text.as_bytes());
}

fn write_strings(out: &mut Vec<u8>, strings: &[Box<str>]) {
    write_len(out, strings.len());
    for text in strings {
        write_string(out, text);
    }
}

fn read_strings(reader: &mut Reader<'_>) -> Result<Box<[Box<str>]>, DecodeError> {
    let count = reader.count(4)?;
    (0..count).map(|_| reader.string()).collect()
}

fn write_code(out: &mut Vec<u8>, code: &CodeObject) {
    write_string(out, &code.name);
    write_string(out, &code.qualname);
    for field in [
        code.flags.0,
        code.arg_count,
        code.posonly_count,
        code.kwonly_count,
        code.local_count,
        code.free_start.raw(),
        code.free_count,
        code.register_count,
    ] {
        out.extend_from_slice(&field.to_le_bytes());
    }
    write_strings(out, &code.local_names);
    write_strings(out, &code.names);
    write_len(out, code.constants.len());
    for constant in &code.constants {
        write_constant(out, constant);
    }
    write_len(out, code.instructions.len());
    for instr in &code.instructions {
        instr.encode(out);
    }
    out.extend_from_slice(&code.first_line.to_le_bytes());
    write_len(out, code.line_table.len());
    for entry in &code.line_table {
        entry.start.encode(out);
        out.extend_from_slice(&entry.line_delta.to_le_bytes());
    }
    write_len(out, code.exception_table.len());
    for entry in &code.exception_table {
        entry.start.encode(out);
        entry.end.encode(out);
        entry.handler.encode(out);
        entry.exception.encode(out);
    }
}

fn read_code(reader: &mut Reader<'_>) -> Result<CodeObject, DecodeError> {
    let name = reader.string()?;
    let qualname = reader.string()?;
    let flags = CodeFlags(reader.u16()?);
    let arg_count = reader.u16()?;
    let posonly_count = reader.u16()?;
    let kwonly_count = reader.u16()?;
    let local_count = reader.u16()?;
    let free_start = Reg::from_raw(reader.u16()?);
    let free_count = reader.u16()?;
    let register_count = reader.u16()?;
    let local_names = read_strings(reader)?;
    let names = read_strings(reader)?;
    let constant_count = reader.count(1)?;
    let constants = (0..constant_count)
        .map(|_| read_constant(reader, 0))
        .collect::<Result<Box<[_]>, _>>()?;
    let instr_count = reader.count(1)?;
    let instructions = (0..instr_count)
        .map(|_| Instr::decode(reader))
        .collect::<Result<Box<[_]>, _>>()?;
    let first_line = reader.u32()?;
    let line_count = reader.count(8)?;
    let line_table = (0..line_count)
        .map(|_| {
            Ok(LineEntry {
                start: InstrIdx::decode(reader)?,
                line_delta: reader.u32()?,
            })
        })
        .collect::<Result<Box<[_]>, DecodeError>>()?;
    let handler_count = reader.count(14)?;
    let exception_table = (0..handler_count)
        .map(|_| {
            Ok(ExceptionEntry {
                start: InstrIdx::decode(reader)?,
                end: InstrIdx::decode(reader)?,
                handler: InstrIdx::decode(reader)?,
                exception: Reg::decode(reader)?,
            })
        })
        .collect::<Result<Box<[_]>, DecodeError>>()?;
    Ok(CodeObject {
        name,
        qualname,
        flags,
        arg_count,
        posonly_count,
        kwonly_count,
        local_count,
        free_start,
        free_count,
        register_count,
        local_names,
        names,
        constants,
        instructions,
        first_line,
        line_table,
        exception_table,
    })
}

const TAG_NONE: u8 = 0;
const TAG_TRUE: u8 = 1;
const TAG_FALSE: u8 = 2;
const TAG_ELLIPSIS: u8 = 3;
const TAG_INT: u8 = 4;
const TAG_BIGINT: u8 = 5;
const TAG_FLOAT: u8 = 6;
const TAG_IMAGINARY: u8 = 7;
const TAG_STR: u8 = 8;
const TAG_BYTES: u8 = 9;
const TAG_TUPLE: u8 = 10;
const TAG_FROZENSET: u8 = 11;

fn write_constant(out: &mut Vec<u8>, constant: &Constant) {
    match constant {
        Constant::None => out.push(TAG_NONE),
        Constant::True => out.push(TAG_TRUE),
        Constant::False => out.push(TAG_FALSE),
        Constant::Ellipsis => out.push(TAG_ELLIPSIS),
        Constant::Int(value) => {
            out.push(TAG_INT);
            out.extend_from_slice(&value.to_le_bytes());
        }
        Constant::BigInt(digits) => {
            out.push(TAG_BIGINT);
            write_string(out, digits);
        }
        Constant::Float(value) => {
            out.push(TAG_FLOAT);
            out.extend_from_slice(&value.to_bits().to_le_bytes());
        }
        Constant::Imaginary(value) => {
            out.push(TAG_IMAGINARY);
            out.extend_from_slice(&value.to_bits().to_le_bytes());
        }
        Constant::Str(text) => {
            out.push(TAG_STR);
            write_string(out, text);
        }
        Constant::Bytes(bytes) => {
            out.push(TAG_BYTES);
            write_len(out, bytes.len());
            out.extend_from_slice(bytes);
        }
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            out.push(if matches!(constant, Constant::Tuple(_)) {
                TAG_TUPLE
            } else {
                TAG_FROZENSET
            });
            write_len(out, items.len());
            for item in items {
                write_constant(out, item);
            }
        }
    }
}

fn read_constant(reader: &mut Reader<'_>, depth: u32) -> Result<Constant, DecodeError> {
    if depth > MAX_CONSTANT_DEPTH {
        return Err(DecodeError::TooDeep);
    }
    Ok(match reader.u8()? {
        TAG_NONE => Constant::None,
        TAG_TRUE => Constant::True,
        TAG_FALSE => Constant::False,
        TAG_ELLIPSIS => Constant::Ellipsis,
        TAG_INT => Constant::Int(reader.u64()? as i64),
        TAG_BIGINT => {
            let digits = reader.string()?;
            let unsigned = digits.strip_prefix('-').unwrap_or(&digits);
            if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DecodeError::InvalidValue("big integer constant"));
            }
            Constant::BigInt(digits)
        }
        TAG_FLOAT => Constant::Float(f64::from_bits(reader.u64()?)),
        TAG_IMAGINARY => Constant::Imaginary(f64::from_bits(reader.u64()?)),
        TAG_STR => Constant::Str(reader.string()?),
        TAG_BYTES => {
            let len = reader.count(1)?;
            Constant::Bytes(reader.bytes(len)?.into())
        }
        tag @ (TAG_TUPLE | TAG_FROZENSET) => {
            let len = reader.count(1)?;
            let items = (0..len)
                .map(|_| read_constant(reader, depth + 1))
                .collect::<Result<Box<[_]>, _>>()?;
            if tag == TAG_TUPLE {
                Constant::Tuple(items)
            } else {
                Constant::FrozenSet(items)
            }
        }
        tag => {
            return Err(DecodeError::UnknownTag {
                what: "constant",
                tag,
            });
        }
    })
}

/// CRC-32 (IEEE 802.3), to detect corrupted files.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut crc = i as u32;
            let mut bit = 0;
            while bit < 8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
                bit += 1;
            }
            table[i] = crc;
            i += 1;
        }
        table
    };
    let mut crc = !0u32;
    for &byte in bytes {
        crc = TABLE[((crc ^ u32::from(byte)) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn wrong_magic_and_version_are_reported() {
        assert_eq!(decode_module(b"hello"), Err(DecodeError::NotBytecode));
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&99u32.to_le_bytes());
        let err = decode_module(&bytes).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bytecode format version 99 is not supported (this build reads version 6)"
        );
    }
}
