//! Code generation: HIR to register bytecode, one item at a time.
//!
//! Each scope with a frame of its own (the module, functions, lambdas, generator expressions,
//! class bodies) becomes a code object; list, set and dict comprehensions are compiled inline
//! into their enclosing frame. Code objects of other items are referenced through
//! [`Relocation`]s that the linker resolves when it assembles the module.

mod builtin_genexpr;
mod emitter;
mod exceptions;
mod expr;
mod import;
mod match_stmt;
mod stmt;

use std::collections::{HashMap, HashSet};

use tauraro_bytecode::{CodeFlags, CodeObject, Instr, Reg};

use crate::hir::{Body, ExprId, Name, ScopeBody, ScopeId, ScopeKind, StmtId};
use crate::scope::{Resolution, ScopeTable};
pub use emitter::{Emitter, Label};

/// Module-level names and their slots.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GlobalTable {
    pub names: Vec<Box<str>>,
    pub slots: HashMap<Box<str>, u16>,
    /// The module has a `from ... import *`: globals without a slot, builtin names included,
    /// are read by name at run time, since the import may have bound them.
    pub star_import: bool,
}

impl GlobalTable {
    /// Adds a name if new.
    pub fn add(&mut self, name: &str) {
        if !self.slots.contains_key(name) && self.names.len() < usize::from(u16::MAX) {
            self.slots.insert(name.into(), self.names.len() as u16);
            self.names.push(name.into());
        }
    }

    pub fn slot(&self, name: &str) -> Option<u16> {
        self.slots.get(name).copied()
    }
}

/// A code object referenced by `MakeFunction`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeRef {
    /// A code object of the same item, by index into [`CompiledItem::codes`].
    Local(usize),
    /// The main code object of another item of the module.
    Item(u32),
}

/// A `MakeFunction` whose code index the linker fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Relocation {
    pub code: usize,
    pub pc: usize,
    pub target: CodeRef,
}

/// A construct the compiler cannot translate yet, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CodegenError {
    pub message: String,
    pub stmt: Option<StmtId>,
    pub expr: Option<ExprId>,
}

/// The bytecode of one item: its main code object first, then nested ones.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompiledItem {
    pub codes: Vec<CodeObject>,
    pub relocations: Vec<Relocation>,
    pub errors: Vec<CodegenError>,
}

/// Where a variable lives in the running frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Location {
    /// A plain register.
    Register(Reg),
    /// A register holding a cell.
    Cell(Reg),
    /// A module global (or builtin).
    Global,
    /// A class namespace entry (class bodies).
    ClassName,
}

/// Loop bookkeeping for `break` and `continue`.
#[derive(Clone)]
pub(crate) struct LoopContext {
    pub continue_label: Label,
    pub break_label: Label,
    /// How many [`UnwindBlock`]s were active when the loop started: `break` and `continue`
    /// run the cleanups of the blocks above.
    pub block_depth: usize,
}

/// A block that needs cleanup code when `return`, `break` or `continue` leaves it.
#[derive(Clone)]
pub(crate) enum UnwindBlock {
    /// The body of a `try` with a `finally`: the `finally` body runs on the way out.
    Finally { body: Vec<StmtId> },
    /// An `except` (or exceptional `finally`) handler body: leaving it ends the handling, and
    /// clears the `as` name.
    Handler { name: Option<Name> },
    /// The body of a `with`: leaving it calls `__exit__(None, None, None)`.
    With { exit: Reg },
}

/// An unwind block with the number of exception handlers active outside it: its cleanup
/// code runs unprotected by the block's own handlers.
#[derive(Clone)]
pub(crate) struct ActiveBlock {
    pub block: UnwindBlock,
    pub handler_depth: usize,
}

/// The state of the code object being generated.
pub(crate) struct FrameState {
    pub scope: ScopeId,
    /// The index in `Codegen::codes` this frame's code object will occupy.
    pub code_index: usize,
    pub emitter: Emitter,
    pub registers: HashMap<(ScopeId, Name), Reg>,
    /// Variables definitely bound at this point (no unbound check needed when read).
    pub assigned: Vec<HashSet<(ScopeId, Name)>>,
    pub loops: Vec<LoopContext>,
    /// `try`/`except`/`with` blocks enclosing the code being emitted, innermost last.
    pub blocks: Vec<ActiveBlock>,
}

impl FrameState {
    pub fn is_assigned(&self, key: &(ScopeId, Name)) -> bool {
        self.assigned.iter().any(|set| set.contains(key))
    }

    pub fn mark_assigned(&mut self, key: (ScopeId, Name)) {
        if let Some(top) = self.assigned.last_mut() {
            top.insert(key);
        }
    }

    pub fn mark_unassigned(&mut self, key: &(ScopeId, Name)) {
        for set in &mut self.assigned {
            set.remove(key);
        }
    }
}

/// Compiles one item.
pub fn compile_item(
    body: &Body,
    scopes: &ScopeTable,
    globals: &GlobalTable,
    item_qualname_prefix: &str,
) -> CompiledItem {
    compile_with(body, scopes, globals, item_qualname_prefix, false)
}

/// Compiles interactive input: module-level expression statements print their value's repr
/// (unless None) and store it in `_`, like CPython's `sys.displayhook`.
pub fn compile_interactive(
    body: &Body,
    scopes: &ScopeTable,
    globals: &GlobalTable,
) -> CompiledItem {
    compile_with(body, scopes, globals, "", true)
}

fn compile_with(
    body: &Body,
    scopes: &ScopeTable,
    globals: &GlobalTable,
    item_qualname_prefix: &str,
    interactive: bool,
) -> CompiledItem {
    let mut codegen = Codegen {
        interactive,
        body,
        scopes,
        globals,
        codes: Vec::new(),
        relocations: Vec::new(),
        errors: Vec::new(),
        frames: Vec::new(),
        current_expr_scope: None,
        _prefix: item_qualname_prefix.to_owned(),
    };
    if !body.scopes.is_empty() {
        codegen.codes.push(placeholder_code());
        let code = codegen.compile_scope(body.root(), 0);
        codegen.codes[0] = code;
    }
    CompiledItem {
        codes: codegen.codes,
        relocations: codegen.relocations,
        errors: codegen.errors,
    }
}

fn placeholder_code() -> CodeObject {
    Emitter::new(0).finish(
        "",
        "",
        CodeFlags::default(),
        0,
        0,
        0,
        Vec::new(),
        Reg::from_raw(0),
        0,
    )
}

pub(crate) struct Codegen<'a> {
    /// Echo module-level expression statements (interactive input).
    pub interactive: bool,
    pub body: &'a Body,
    pub scopes: &'a ScopeTable,
    pub globals: &'a GlobalTable,
    pub codes: Vec<CodeObject>,
    pub relocations: Vec<Relocation>,
    pub errors: Vec<CodegenError>,
    pub frames: Vec<FrameState>,
    /// The scope of an inline comprehension being compiled (its names resolve there).
    pub current_expr_scope: Option<ScopeId>,
    _prefix: String,
}

impl<'a> Codegen<'a> {
    pub fn frame(&mut self) -> &mut FrameState {
        self.frames.last_mut().expect("a frame is being compiled")
    }

    pub fn em(&mut self) -> &mut Emitter {
        &mut self.frame().emitter
    }

    pub fn error_at_stmt(&mut self, stmt: StmtId, message: impl Into<String>) {
        self.errors.push(CodegenError {
            message: message.into(),
            stmt: Some(stmt),
            expr: None,
        });
    }

    pub fn error_at_expr(&mut self, expr: ExprId, message: impl Into<String>) {
        self.errors.push(CodegenError {
            message: message.into(),
            stmt: None,
            expr: Some(expr),
        });
    }

    /// Where `name`, as seen from `scope`, lives in the current frame.
    pub fn location(&self, scope: ScopeId, name: &str) -> Location {
        match self.scopes.resolve(scope, name) {
            Resolution::Local => self.register_location(scope, name, false),
            Resolution::Cell | Resolution::Free => self.register_location(scope, name, true),
            Resolution::Enclosing(owner) => match self.location(owner, name) {
                // An inline comprehension in a class body reads a variable of the enclosing
                // function, which the class also binds as an attribute: the cell the class
                // passes through, not the class namespace.
                Location::ClassName => match self
                    .frames
                    .last()
                    .and_then(|frame| frame.registers.get(&(owner, Name::from(name))).copied())
                {
                    Some(cell) => Location::Cell(cell),
                    None => Location::ClassName,
                },
                other => other,
            },
            Resolution::Global => Location::Global,
            Resolution::ClassName => Location::ClassName,
        }
    }

    fn register_location(&self, scope: ScopeId, name: &str, cell: bool) -> Location {
        let frame = self.frames.last().expect("a frame is being compiled");
        match frame.registers.get(&(scope, Name::from(name))) {
            Some(reg) if cell => Location::Cell(*reg),
            Some(reg) => Location::Register(*reg),
            None => Location::Global,
        }
    }

    /// Compiles a scope with its own frame into a code object.
    pub fn compile_scope(&mut self, scope: ScopeId, code_index: usize) -> CodeObject {
        let info = &self.body.scopes[scope];
        let symbols = &self.scopes.scopes[scope];
        let mut emitter = Emitter::new(info.line);
        // A function's docstring is its constant 0, flagged, so the code object carries it.
        let docstring = match (&info.kind, &info.docstring) {
            (ScopeKind::Function, Some(doc)) => {
                emitter.constant(tauraro_bytecode::Constant::Str(doc.clone()));
                true
            }
            _ => false,
        };
        let mut registers = HashMap::new();
        let mut local_names: Vec<Box<str>> = Vec::new();
        let is_genexp = matches!(info.kind, ScopeKind::Comprehension(_));
        if is_genexp {
            // A generator expression takes the iterator of its first iterable as `.0`.
            local_names.push(".0".into());
        }
        let is_class = info.kind == ScopeKind::Class;
        if is_class {
            // A class body takes the namespace being built as its only argument.
            local_names.push(".namespace".into());
        }
        for name in symbols.locals.iter() {
            registers.insert((scope, name.clone()), Reg::from_usize(local_names.len()));
            local_names.push(name.clone());
        }
        for name in symbols.cells.iter() {
            if let std::collections::hash_map::Entry::Vacant(slot) =
                registers.entry((scope, name.clone()))
            {
                slot.insert(Reg::from_usize(local_names.len()));
                local_names.push(name.clone());
            }
        }
        let free_start = Reg::from_usize(local_names.len());
        for (offset, name) in symbols.frees.iter().enumerate() {
            registers.insert(
                (scope, name.clone()),
                Reg::from_usize(local_names.len() + offset),
            );
        }
        emitter.reserve_locals(local_names.len() + symbols.frees.len());
        let params = &info.params;
        let mut assigned = HashSet::new();
        for name in params.register_order() {
            assigned.insert((scope, name.clone()));
        }
        for name in symbols.frees.iter() {
            assigned.insert((scope, name.clone()));
        }
        // A nested scope compiled while an inline comprehension of the outer frame is being
        // emitted (a lambda in its element) must not see the comprehension as its scope.
        let outer_expr_scope = self.current_expr_scope.take();
        self.frames.push(FrameState {
            scope,
            code_index,
            emitter,
            registers,
            assigned: vec![assigned],
            loops: Vec::new(),
            blocks: Vec::new(),
        });
        // Captured locals live in cells from the start.
        for name in symbols.cells.clone() {
            if let Location::Cell(reg) = self.location(scope, &name) {
                self.em().emit(Instr::MakeCell { reg });
            }
        }
        if info.kind == ScopeKind::Module {
            self.setup_annotations(scope);
        }
        let info = &self.body.scopes[scope];
        if let (ScopeKind::Module, Some(doc)) = (&info.kind, &info.docstring) {
            let doc = doc.clone();
            let reg = self.em().temp();
            self.load_constant(&crate::hir::Constant::Str(doc), reg);
            self.store_name(scope, "__doc__", reg);
            self.em().release(reg.raw());
        }
        match &info.body {
            ScopeBody::Stmts(stmts) => {
                if info.kind == ScopeKind::Class {
                    self.class_body_prologue(scope);
                }
                let stmts = stmts.clone();
                self.stmts(&stmts);
                if info.kind == ScopeKind::Class {
                    self.class_body_epilogue(scope);
                }
            }
            ScopeBody::Expr(expr) => {
                let expr = *expr;
                let line = self.body.expr_lines[expr];
                self.em().set_line(line);
                let mark = self.em().mark();
                let value = self.expr_any(expr);
                self.em().emit(Instr::Return { src: value });
                self.em().release(mark);
            }
            ScopeBody::Comprehension { .. } => {
                self.generator_expression_body(scope);
            }
        }
        let frame = self.frames.pop().expect("pushed above");
        self.current_expr_scope = outer_expr_scope;
        let mut flags = CodeFlags::default();
        if params.vararg.is_some() {
            flags = flags | CodeFlags::VARARGS;
        }
        if params.kwarg.is_some() {
            flags = flags | CodeFlags::VARKEYWORDS;
        }
        if info.is_generator {
            flags = flags | CodeFlags::GENERATOR;
        }
        match info.kind {
            ScopeKind::Module => flags = flags | CodeFlags::MODULE,
            ScopeKind::Lambda => flags = flags | CodeFlags::LAMBDA,
            _ => {}
        }
        if docstring {
            flags = flags | CodeFlags::DOCSTRING;
        }
        if frame.emitter.overflow {
            self.errors.push(CodegenError {
                message: format!(
                    "not supported yet: '{}' needs more than 65535 registers or names",
                    info.qualname
                ),
                stmt: None,
                expr: None,
            });
        }
        let arg_count = if is_genexp || is_class {
            1
        } else {
            params.posonly.len() + params.args.len()
        };
        frame.emitter.finish(
            &info.name,
            &info.qualname,
            flags,
            arg_count as u16,
            params.posonly.len() as u16,
            params.kwonly.len() as u16,
            local_names,
            free_start,
            symbols.frees.len() as u16,
        )
    }

    /// Compiles a nested scope into a new code object and returns its local index.
    pub fn nested_code(&mut self, scope: ScopeId) -> usize {
        let index = self.codes.len();
        self.codes.push(placeholder_code());
        let code = self.compile_scope(scope, index);
        self.codes[index] = code;
        index
    }

    /// Emits `MakeFunction dst, <code>` with a relocation for the linker.
    pub fn make_function(&mut self, dst: Reg, target: CodeRef) {
        let pc = self.em().emit(Instr::MakeFunction {
            dst,
            code: tauraro_bytecode::CodeIdx::from_raw(0),
        });
        let code = self.frame().code_index;
        self.relocations.push(Relocation { code, pc, target });
    }
}
