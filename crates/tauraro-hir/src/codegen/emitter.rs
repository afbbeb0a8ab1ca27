//! Building one code object: instructions with labels and fix-ups, the constant and name
//! pools, the line table, and register allocation (locals first, then temporaries handed out
//! and released in stack order, so that call arguments always sit above every live value).

use std::collections::HashMap;

use tauraro_bytecode::{
    CodeFlags, CodeObject, ConstIdx, Constant, ExceptionEntry, Instr, InstrIdx, LineEntry, NameIdx,
    Reg,
};

/// A position in the instruction stream, bound later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// A code object under construction.
pub struct Emitter {
    pub instructions: Vec<Instr>,
    constants: Vec<Constant>,
    constant_index: HashMap<String, ConstIdx>,
    names: Vec<Box<str>>,
    name_index: HashMap<Box<str>, NameIdx>,
    line_table: Vec<LineEntry>,
    current_line: u32,
    /// The line the code object starts at, relative to the item.
    pub first_line: u32,
    labels: Vec<Option<usize>>,
    /// (instruction index, label) pairs whose target is patched when the label is bound.
    fixups: Vec<(usize, Label)>,
    /// The handlers protecting the code being emitted, innermost last: (handler label,
    /// register receiving the exception).
    active_handlers: Vec<(Label, Reg)>,
    /// The innermost handler protecting each instruction, parallel to `instructions`. Like
    /// CPython 3.11's exception table, ranges are derived from it when the code is finished,
    /// so they never overlap and code emitted outside a handler (an inlined `finally` body on
    /// a `return`) is simply not covered.
    covering_handler: Vec<Option<(Label, Reg)>>,
    /// The next free register: locals below, temporaries from here up.
    next_register: u16,
    max_registers: u16,
    /// Set when a function needs more registers or constants than the format allows.
    pub overflow: bool,
}

impl Emitter {
    pub fn new(first_line: u32) -> Emitter {
        Emitter {
            instructions: Vec::new(),
            constants: Vec::new(),
            constant_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            line_table: Vec::new(),
            current_line: first_line,
            first_line,
            labels: Vec::new(),
            fixups: Vec::new(),
            active_handlers: Vec::new(),
            covering_handler: Vec::new(),
            next_register: 0,
            max_registers: 0,
            overflow: false,
        }
    }

    /// Records that code emitted from now on comes from `line` (relative to the item).
    pub fn set_line(&mut self, line: u32) {
        self.current_line = line;
    }

    pub fn emit(&mut self, instr: Instr) -> usize {
        let pc = self.instructions.len();
        let delta = self.current_line.saturating_sub(self.first_line);
        if self.line_table.last().map(|entry| entry.line_delta) != Some(delta) {
            self.line_table.push(LineEntry {
                start: InstrIdx::from_usize(pc),
                line_delta: delta,
            });
        }
        self.instructions.push(instr);
        self.covering_handler
            .push(self.active_handlers.last().copied());
        pc
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0] = Some(self.instructions.len());
    }

    /// Emits an instruction whose `target` operand is `label`.
    pub fn emit_jump(&mut self, instr: Instr, label: Label) {
        let pc = self.emit(instr);
        self.fixups.push((pc, label));
    }

    /// `Jump label`.
    pub fn jump(&mut self, label: Label) {
        self.emit_jump(
            Instr::Jump {
                target: InstrIdx::from_raw(0),
            },
            label,
        );
    }

    /// A paired instruction followed by its jump to `label`.
    pub fn emit_paired(&mut self, instr: Instr, label: Label) {
        self.emit(instr);
        self.jump(label);
    }

    /// Protects the instructions emitted from now on with `handler`, which receives the
    /// exception in `register`, until the matching [`Emitter::pop_handler`].
    pub fn push_handler(&mut self, handler: Label, register: Reg) {
        self.active_handlers.push((handler, register));
    }

    pub fn pop_handler(&mut self) {
        self.active_handlers.pop();
    }

    /// How many handlers are active (to restore with [`Emitter::truncate_handlers`]).
    pub fn handler_depth(&self) -> usize {
        self.active_handlers.len()
    }

    /// The active handlers, for code emitted temporarily outside some of them.
    pub fn active_handlers(&self) -> Vec<(Label, Reg)> {
        self.active_handlers.clone()
    }

    pub fn set_active_handlers(&mut self, handlers: Vec<(Label, Reg)>) {
        self.active_handlers = handlers;
    }

    pub fn constant(&mut self, constant: Constant) -> ConstIdx {
        // Debug output tells apart every constant that must stay distinct (1 and 1.0 and True,
        // 0.0 and -0.0), so it serves as the pooling key.
        let key = format!("{constant:?}");
        if let Some(index) = self.constant_index.get(&key) {
            return *index;
        }
        let index = ConstIdx::from_usize(self.constants.len());
        self.constants.push(constant);
        self.constant_index.insert(key, index);
        index
    }

    pub fn name(&mut self, name: &str) -> NameIdx {
        if let Some(index) = self.name_index.get(name) {
            return *index;
        }
        if self.names.len() >= usize::from(u16::MAX) {
            self.overflow = true;
            return NameIdx::from_raw(0);
        }
        let index = NameIdx::from_usize(self.names.len());
        self.names.push(name.into());
        self.name_index.insert(name.into(), index);
        index
    }

    /// Reserves `count` registers for locals (before any temporary is allocated).
    pub fn reserve_locals(&mut self, count: usize) {
        self.next_register = u16::try_from(count).unwrap_or_else(|_| {
            self.overflow = true;
            0
        });
        self.max_registers = self.max_registers.max(self.next_register);
    }

    /// The current top of the register stack (to release temporaries back to).
    pub fn mark(&self) -> u16 {
        self.next_register
    }

    pub fn release(&mut self, mark: u16) {
        self.next_register = mark;
    }

    /// A new temporary register.
    pub fn temp(&mut self) -> Reg {
        self.temps(1)
    }

    /// `count` consecutive new temporary registers; returns the first.
    pub fn temps(&mut self, count: usize) -> Reg {
        let first = self.next_register;
        match u16::try_from(count)
            .ok()
            .and_then(|count| first.checked_add(count))
            .filter(|end| *end < u16::MAX)
        {
            Some(end) => {
                self.next_register = end;
                self.max_registers = self.max_registers.max(end);
            }
            None => self.overflow = true,
        }
        Reg::from_raw(first)
    }

    pub fn len(&self) -> usize {
        self.instructions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instructions.is_empty()
    }

    /// Resolves labels and produces the code object.
    #[allow(clippy::too_many_arguments)]
    pub fn finish(
        mut self,
        name: &str,
        qualname: &str,
        flags: CodeFlags,
        arg_count: u16,
        posonly_count: u16,
        kwonly_count: u16,
        local_names: Vec<Box<str>>,
        free_start: Reg,
        free_count: u16,
    ) -> CodeObject {
        // Make sure execution can never run off the end (a final `Jump` may be the target of
        // a paired instruction that skips it, so it does not count; a label bound at the very
        // end, e.g. after an `if`/`else` whose branches all return, needs an instruction too).
        let end = self.instructions.len();
        if self.labels.contains(&Some(end))
            || !matches!(
                self.instructions.last(),
                Some(
                    Instr::Return { .. }
                        | Instr::ReturnNone {}
                        | Instr::Raise { .. }
                        | Instr::RaiseFrom { .. }
                        | Instr::Reraise {}
                        | Instr::ResumeUnwind { .. }
                        | Instr::GenExprUnwind { .. }
                )
            )
        {
            self.emit(Instr::ReturnNone {});
        }
        let resolve = |labels: &Vec<Option<usize>>, label: Label| {
            InstrIdx::from_usize(labels[label.0].unwrap_or(0))
        };
        // A generator's returns finish the generator rather than return to a caller; the
        // interpreter relies on their own instructions for that.
        if flags.contains(CodeFlags::GENERATOR) {
            for instr in &mut self.instructions {
                match *instr {
                    Instr::Return { src } => *instr = Instr::GenReturn { src },
                    Instr::ReturnNone {} => *instr = Instr::GenReturnNone {},
                    _ => {}
                }
            }
        }
        for (pc, label) in std::mem::take(&mut self.fixups) {
            let target = resolve(&self.labels, label);
            match &mut self.instructions[pc] {
                Instr::Jump { target: t }
                | Instr::JumpIfTrue { target: t, .. }
                | Instr::JumpIfFalse { target: t, .. } => *t = target,
                _ => {}
            }
        }
        // A jump that lands on a return is that return: one dispatch fewer where the
        // branches of an `if`/`else` (or a conditional expression) meet at a `return`.
        // A paired instruction's jump stays (the pair needs it).
        for pc in 0..self.instructions.len() {
            if pc > 0 && self.instructions[pc - 1].is_paired() {
                continue;
            }
            if let Instr::Jump { target } = self.instructions[pc]
                && let Some(
                    landing @ (Instr::Return { .. }
                    | Instr::ReturnNone {}
                    | Instr::GenReturn { .. }
                    | Instr::GenReturnNone {}),
                ) = self.instructions.get(target.index()).copied()
            {
                self.instructions[pc] = landing;
            }
        }
        // Runs of instructions with the same innermost handler become one entry each.
        let mut exception_table: Vec<ExceptionEntry> = Vec::new();
        let mut run_start = 0;
        for pc in 0..=self.covering_handler.len() {
            let current = self.covering_handler.get(pc).copied().flatten();
            let previous = pc.checked_sub(1).and_then(|p| self.covering_handler[p]);
            if pc > 0 && current != previous {
                if let Some((handler, register)) = previous {
                    exception_table.push(ExceptionEntry {
                        start: InstrIdx::from_usize(run_start),
                        end: InstrIdx::from_usize(pc),
                        handler: resolve(&self.labels, handler),
                        exception: register,
                    });
                }
                run_start = pc;
            } else if pc == 0 {
                run_start = 0;
            }
        }
        let local_count = local_names.len() as u16;
        CodeObject {
            name: name.into(),
            qualname: qualname.into(),
            flags,
            arg_count,
            posonly_count,
            kwonly_count,
            local_count,
            free_start,
            free_count,
            register_count: self.max_registers.max(local_count),
            local_names: local_names.into_boxed_slice(),
            names: self.names.into_boxed_slice(),
            constants: self.constants.into_boxed_slice(),
            instructions: self.instructions.into_boxed_slice(),
            first_line: self.first_line,
            line_table: self.line_table.into_boxed_slice(),
            exception_table: exception_table.into_boxed_slice(),
        }
    }
}
