//! The disassembler: a stable, human-readable listing of a bytecode module, used by
//! `tauraro dis` and by the golden tests.

use std::fmt::Write;

use crate::builtin_names::BUILTIN_NAMES;
use crate::code::{BytecodeModule, CodeObject, Constant};
use crate::instruction::Instr;
use crate::operand::{InstrIdx, Operand};

/// Disassembles every code object of `module`, the module body first.
pub fn disassemble_module(module: &BytecodeModule) -> String {
    let mut out = String::new();
    let mut order: Vec<_> = module.codes.indices().collect();
    order.sort_by_key(|&index| index != module.entry);
    for (n, index) in order.into_iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        disassemble_code(module, &module.codes[index], index.raw(), &mut out);
    }
    out
}

fn disassemble_code(module: &BytecodeModule, code: &CodeObject, index: u16, out: &mut String) {
    let _ = writeln!(
        out,
        "code {index} {} (line {}) flags={} args={} posonly={} kwonly={} locals={} free={}+{} regs={}",
        code.qualname,
        code.first_line,
        code.flags.0,
        code.arg_count,
        code.posonly_count,
        code.kwonly_count,
        code.local_count,
        code.free_start.raw(),
        code.free_count,
        code.register_count,
    );
    if !code.local_names.is_empty() {
        let _ = writeln!(out, "  locals: {}", code.local_names.join(", "));
    }
    for (i, constant) in code.constants.iter().enumerate() {
        let _ = writeln!(out, "  c{i} = {}", constant_repr(constant));
    }
    let mut last_line = None;
    for (pc, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(InstrIdx::from_usize(pc));
        let line_text = if last_line == Some(line) {
            String::new()
        } else {
            last_line = Some(line);
            format!("L{line}")
        };
        let _ = writeln!(
            out,
            "  {pc:>4} {line_text:>5}  {}",
            instruction_text(module, code, instr)
        );
    }
    for entry in code.exception_table.iter() {
        let _ = writeln!(
            out,
            "  handler {}..{} -> {} (exception in r{})",
            entry.start.raw(),
            entry.end.raw(),
            entry.handler.raw(),
            entry.exception.raw()
        );
    }
}

/// One instruction with its operands resolved to names where that helps a reader.
pub fn instruction_text(module: &BytecodeModule, code: &CodeObject, instr: &Instr) -> String {
    let mut text = String::from(instr.opcode().mnemonic());
    let mut first = true;
    instr.for_each_operand(|_, operand| {
        text.push_str(if first { " " } else { ", " });
        first = false;
        let _ = match operand {
            Operand::Reg(reg) => match code.local_names.get(reg.index()) {
                Some(name) => write!(text, "r{}({name})", reg.raw()),
                None => write!(text, "r{}", reg.raw()),
            },
            Operand::Const(idx) => write!(text, "c{}", idx.raw()),
            Operand::Name(idx) => match code.names.get(idx.index()) {
                Some(name) => write!(text, "{name}"),
                None => write!(text, "n{}", idx.raw()),
            },
            Operand::Global(slot) => match module.global_names.get(slot.index()) {
                Some(name) => write!(text, "g{}({name})", slot.raw()),
                None => write!(text, "g{}", slot.raw()),
            },
            Operand::Builtin(slot) => match BUILTIN_NAMES.get(slot.index()) {
                Some(name) => write!(text, "{name}"),
                None => write!(text, "b{}", slot.raw()),
            },
            Operand::Code(idx) => match module.codes.get(idx) {
                Some(target) => write!(text, "code {}({})", idx.raw(), target.qualname),
                None => write!(text, "code {}", idx.raw()),
            },
            Operand::Target(target) => write!(text, "-> {}", target.raw()),
            Operand::Imm(value) => write!(text, "{value}"),
        };
    });
    text
}

/// A Python-like rendering of a constant.
pub fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(value) => value.to_string(),
        Constant::BigInt(digits) => digits.to_string(),
        Constant::Float(value) => format!("{value:?}"),
        Constant::Imaginary(value) => format!("{value:?}j"),
        Constant::Str(text) => quote(text),
        Constant::Bytes(bytes) => {
            let mut out = String::from("b'");
            for &byte in bytes.iter() {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    0x20..=0x7e => out.push(char::from(byte)),
                    _ => {
                        let _ = write!(out, "\\x{byte:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Constant::Tuple(items) => {
            let inner: Vec<_> = items.iter().map(constant_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let inner: Vec<_> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
    }
}

fn quote(text: &str) -> String {
    let mut out = String::from("'");
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}
