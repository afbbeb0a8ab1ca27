//! The verifier: checks that a module is safe to execute. After [`verify_module`] succeeds,
//! every register, constant, name, global, builtin and code index in every instruction is in
//! range, every jump lands inside its code object, paired instructions carry their jump, and
//! execution cannot run off the end of a code object. The VM relies on this to index
//! registers without bounds checks.

use std::fmt;

use crate::builtin_names::BUILTIN_NAMES;
use crate::code::{BytecodeModule, CodeFlags, CodeObject, Constant};
use crate::instruction::Instr;
use crate::operand::{CodeIdx, Operand};

/// Why a module failed verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    pub code: Option<CodeIdx>,
    pub pc: Option<usize>,
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid bytecode")?;
        if let Some(code) = self.code {
            write!(f, " in code object {}", code.raw())?;
        }
        if let Some(pc) = self.pc {
            write!(f, " at instruction {pc}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for VerifyError {}

/// Verifies every code object of `module`.
pub fn verify_module(module: &BytecodeModule) -> Result<(), VerifyError> {
    let module_error = |message: String| VerifyError {
        code: None,
        pc: None,
        message,
    };
    let Some(entry) = module.codes.get(module.entry) else {
        return Err(module_error("entry code object out of range".into()));
    };
    if !entry.flags.contains(CodeFlags::MODULE) {
        return Err(module_error(
            "entry code object is not a module body".into(),
        ));
    }
    if module.global_names.len() > usize::from(u16::MAX) + 1 {
        return Err(module_error("too many global slots".into()));
    }
    for (index, code) in module.codes.iter_enumerated() {
        CodeVerifier {
            module,
            code,
            index,
        }
        .verify()?;
    }
    Ok(())
}

struct CodeVerifier<'a> {
    module: &'a BytecodeModule,
    code: &'a CodeObject,
    index: CodeIdx,
}

impl CodeVerifier<'_> {
    fn error(&self, pc: Option<usize>, message: impl Into<String>) -> VerifyError {
        VerifyError {
            code: Some(self.index),
            pc,
            message: message.into(),
        }
    }

    fn verify(&self) -> Result<(), VerifyError> {
        let code = self.code;
        let registers = u32::from(code.register_count);
        if code.flags.0 & !CodeFlags::ALL.0 != 0 {
            return Err(self.error(None, "unknown code flags"));
        }
        if code.flags.contains(CodeFlags::DOCSTRING)
            && !matches!(code.constants.first(), Some(Constant::Str(_)))
        {
            return Err(self.error(None, "a docstring flag needs a string constant 0"));
        }
        if code.posonly_count > code.arg_count {
            return Err(self.error(None, "more positional-only than positional parameters"));
        }
        if u32::from(code.param_count()) > u32::from(code.local_count)
            || u32::from(code.local_count) > registers
        {
            return Err(self.error(None, "parameters and locals exceed the register count"));
        }
        if code.local_names.len() != usize::from(code.local_count) {
            return Err(self.error(None, "local name table does not match the local count"));
        }
        if u32::from(code.free_start.raw()) + u32::from(code.free_count) > registers {
            return Err(self.error(None, "closure cells exceed the register count"));
        }
        let len = code.instructions.len();
        // Execution must not run off the end: the last instruction returns, raises or jumps,
        // and a final jump must not be one a paired instruction can skip.
        let skippable_last_jump = len >= 2 && code.instructions[len - 2].is_paired();
        match code.instructions.last() {
            Some(Instr::Jump { .. }) if !skippable_last_jump => {}
            Some(
                Instr::Return { .. }
                | Instr::ReturnNone {}
                | Instr::GenReturn { .. }
                | Instr::GenReturnNone {},
            )
            | Some(
                Instr::Raise { .. }
                | Instr::RaiseFrom { .. }
                | Instr::Reraise {}
                | Instr::ResumeUnwind { .. }
                | Instr::GenExprUnwind { .. },
            ) => {}
            _ => return Err(self.error(None, "code does not end with a return, jump or raise")),
        }
        for (pc, instr) in code.instructions.iter().enumerate() {
            self.verify_instruction(pc, instr)?;
        }
        let mut previous = None;
        for entry in code.line_table.iter() {
            if entry.start.index() >= len || previous.is_some_and(|p| p > entry.start) {
                return Err(self.error(None, "line table is out of order or out of range"));
            }
            previous = Some(entry.start);
        }
        for entry in code.exception_table.iter() {
            if entry.start > entry.end
                || entry.end.index() > len
                || entry.handler.index() >= len
                || u32::from(entry.exception.raw()) >= registers
            {
                return Err(self.error(None, "exception table entry out of range"));
            }
        }
        Ok(())
    }

    fn verify_instruction(&self, pc: usize, instr: &Instr) -> Result<(), VerifyError> {
        let code = self.code;
        let registers = u32::from(code.register_count);
        let mut failure = None;
        // The base of a register span is checked with its count below: an empty span may
        // start just past the last register.
        let has_span = instr.register_spans().is_some();
        instr.for_each_operand(|field, operand| {
            if failure.is_some() {
                return;
            }
            let ok = match operand {
                Operand::Reg(_) if has_span && matches!(field, "base" | "func") => true,
                Operand::Reg(reg) => u32::from(reg.raw()) < registers,
                Operand::Const(idx) => idx.index() < code.constants.len(),
                Operand::Name(idx) => idx.index() < code.names.len(),
                Operand::Global(slot) => slot.index() < self.module.global_names.len(),
                Operand::Builtin(slot) => slot.index() < BUILTIN_NAMES.len(),
                Operand::Code(idx) => self
                    .module
                    .codes
                    .get(idx)
                    .is_some_and(|target| !target.flags.contains(CodeFlags::MODULE)),
                Operand::Target(target) => target.index() < code.instructions.len(),
                Operand::Imm(_) => true,
            };
            if !ok {
                failure = Some(format!(
                    "operand `{field}` of {} is out of range",
                    instr.opcode().mnemonic()
                ));
            }
        });
        if let Some(message) = failure {
            return Err(self.error(Some(pc), message));
        }
        if let Some((base, count)) = instr.register_spans()
            && u32::from(base.raw()) + count > registers
        {
            return Err(self.error(Some(pc), "register span exceeds the register count"));
        }
        if instr.is_paired() && !matches!(code.instructions.get(pc + 1), Some(Instr::Jump { .. })) {
            return Err(self.error(Some(pc), "paired instruction is not followed by a jump"));
        }
        // The interpreter tells generator frames by their code: a generator's body leaves
        // only through `GenReturn*` and `Yield`, any other code never through those.
        let generator = code.flags.contains(CodeFlags::GENERATOR);
        match *instr {
            Instr::Return { .. } | Instr::ReturnNone {} if generator => {
                Err(self.error(Some(pc), "a generator returns with GenReturn"))
            }
            Instr::GenReturn { .. }
            | Instr::GenReturnNone {}
            | Instr::Yield { .. }
            | Instr::SendTo { .. }
                if !generator =>
            {
                Err(self.error(Some(pc), "a generator instruction outside a generator"))
            }
            Instr::FormatValue { conversion, .. } if conversion > 3 => {
                Err(self.error(Some(pc), "unknown conversion"))
            }
            Instr::BuildSlice { count, .. } if !(2..=3).contains(&count) => {
                Err(self.error(Some(pc), "a slice takes 2 or 3 values"))
            }
            Instr::ImportName { top_level, .. } if top_level > 1 => {
                Err(self.error(Some(pc), "ImportName's top_level flag must be 0 or 1"))
            }
            Instr::CallKw { argc, kwnames, .. } => match &code.constants[kwnames.index()] {
                Constant::Tuple(names)
                    if names.len() <= usize::from(argc)
                        && names.iter().all(|name| matches!(name, Constant::Str(_))) =>
                {
                    Ok(())
                }
                _ => Err(self.error(Some(pc), "keyword names must be a tuple of strings")),
            },
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use index_vec::IndexVec;

    use super::*;
    use crate::code::CodeFlags;
    use crate::operand::{InstrIdx, Reg};

    fn module(instructions: Vec<Instr>) -> BytecodeModule {
        let mut codes = IndexVec::new();
        codes.push(CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            flags: CodeFlags::MODULE,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            local_count: 0,
            free_start: Reg::from_raw(0),
            free_count: 0,
            register_count: 2,
            local_names: Box::new([]),
            names: Box::new([]),
            constants: Box::new([]),
            instructions: instructions.into_boxed_slice(),
            first_line: 1,
            line_table: Box::new([]),
            exception_table: Box::new([]),
        });
        BytecodeModule {
            source_path: "t.py".into(),
            global_names: Box::new([]),
            codes,
            entry: CodeIdx::from_raw(0),
        }
    }

    #[test]
    fn a_skippable_final_jump_is_rejected() {
        let r0 = Reg::from_raw(0);
        let skippable = module(vec![
            Instr::JumpIfLtImm { lhs: r0, imm: 1 },
            Instr::Jump {
                target: InstrIdx::from_raw(0),
            },
        ]);
        assert!(verify_module(&skippable).is_err());
        let closed = module(vec![
            Instr::JumpIfLtImm { lhs: r0, imm: 1 },
            Instr::Jump {
                target: InstrIdx::from_raw(0),
            },
            Instr::ReturnNone {},
        ]);
        assert!(verify_module(&closed).is_ok());
    }

    #[test]
    fn registers_out_of_range_are_rejected() {
        let bad = module(vec![
            Instr::LoadInt {
                dst: Reg::from_raw(2),
                value: 0,
            },
            Instr::ReturnNone {},
        ]);
        let err = verify_module(&bad).unwrap_err();
        assert!(err.message.contains("out of range"), "{err}");
    }

    #[test]
    fn class_patterns_check_their_two_register_span_and_jump() {
        let r0 = Reg::from_raw(0);
        let match_class = |base| Instr::MatchClass {
            dst: r0,
            subject: r0,
            base: Reg::from_raw(base),
            positional: 1,
        };
        let jump = Instr::Jump {
            target: InstrIdx::from_raw(2),
        };
        let fits = module(vec![match_class(0), jump, Instr::ReturnNone {}]);
        assert!(verify_module(&fits).is_ok());
        let past_the_end = module(vec![match_class(1), jump, Instr::ReturnNone {}]);
        let err = verify_module(&past_the_end).unwrap_err();
        assert!(err.message.contains("span"), "{err}");
        let unpaired = module(vec![match_class(0), Instr::ReturnNone {}]);
        let err = verify_module(&unpaired).unwrap_err();
        assert!(err.message.contains("paired"), "{err}");
    }

    #[test]
    fn import_instructions_are_checked() {
        let import = |top_level| {
            let mut module = module(vec![
                Instr::ImportName {
                    dst: Reg::from_raw(0),
                    name: crate::operand::NameIdx::from_raw(0),
                    level: 2,
                    top_level,
                },
                Instr::ImportStar {
                    module: Reg::from_raw(0),
                },
                Instr::ReturnNone {},
            ]);
            module.codes[CodeIdx::from_raw(0)].names = Box::new(["a.b".into()]);
            module
        };
        assert!(verify_module(&import(1)).is_ok());
        let err = verify_module(&import(2)).unwrap_err();
        assert!(err.message.contains("top_level"), "{err}");
        let mut unnamed = import(0);
        unnamed.codes[CodeIdx::from_raw(0)].names = Box::new([]);
        assert!(verify_module(&unnamed).is_err());
    }
}
