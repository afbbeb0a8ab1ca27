//! Expressions: evaluation into registers, conditional branches (with fused
//! compare-and-branch), calls (by global slot, builtin slot, method name or value),
//! comprehensions (inline) and generator expressions, f-strings.

use tauraro_bytecode::{BuiltinSlot, GlobalSlot, Instr, NearConstIdx, NearNameIdx, NearReg, Reg};

use super::{CodeRef, Codegen, Label, Location};
use crate::hir::{
    BinaryOp, BoolOp, CompareOp, ComprehensionKind, Constant, Expr, ExprId, FStringPart, Keyword,
    ScopeBody, ScopeId, UnaryOp,
};

/// Converts a HIR constant to a bytecode constant.
pub(crate) fn bytecode_constant(constant: &Constant) -> tauraro_bytecode::Constant {
    use tauraro_bytecode::Constant as C;
    match constant {
        Constant::None => C::None,
        Constant::True => C::True,
        Constant::False => C::False,
        Constant::Ellipsis => C::Ellipsis,
        Constant::Int(v) => C::Int(*v),
        Constant::BigInt(digits) => C::BigInt(digits.clone()),
        Constant::Float(v) => C::Float(*v),
        Constant::Imaginary(v) => C::Imaginary(*v),
        Constant::Str(s) => C::Str(s.clone()),
        Constant::Bytes(b) => C::Bytes(b.clone()),
        Constant::Tuple(items) => C::Tuple(items.iter().map(bytecode_constant).collect()),
    }
}

/// A small int that fits an instruction immediate.
pub(crate) fn small_int(constant: &Constant) -> Option<i16> {
    match constant {
        Constant::Int(v) => i16::try_from(*v).ok(),
        _ => None,
    }
}

impl Codegen<'_> {
    /// The scope the expression being compiled belongs to.
    pub(crate) fn current_scope(&self) -> ScopeId {
        self.current_expr_scope.unwrap_or_else(|| {
            self.frames
                .last()
                .map_or(ScopeId::from_raw(0), |frame| frame.scope)
        })
    }

    pub(crate) fn is_temp(&self, reg: Reg) -> bool {
        let frame = self.frames.last().expect("a frame is being compiled");
        !frame.registers.values().any(|r| *r == reg)
    }

    pub(crate) fn set_line_of(&mut self, expr: ExprId) {
        let line = self.body.expr_lines[expr];
        self.em().set_line(line);
    }

    /// Evaluates `expr` and returns the register holding it: a local's own register when the
    /// expression is a bound local, otherwise a new temporary.
    pub(crate) fn expr_any(&mut self, expr: ExprId) -> Reg {
        if let Expr::Name(name) = &self.body.exprs[expr] {
            let scope = self.current_scope();
            if let Location::Register(reg) = self.location(scope, name) {
                self.check_bound(scope, name, reg);
                return reg;
            }
        }
        let dst = self.em().temp();
        self.expr_into(expr, dst);
        dst
    }

    /// Like `expr_any`, but copies a local into a temporary when later operands could
    /// rebind it (`a + (a := 1)` must see the old `a`).
    fn operand(&mut self, expr: ExprId, later: &[ExprId]) -> Reg {
        let reg = self.expr_any(expr);
        if !self.is_temp(reg) && later.iter().any(|e| self.contains_named_expr(*e)) {
            let copy = self.em().temp();
            self.em().emit(Instr::Move {
                dst: copy,
                src: reg,
            });
            return copy;
        }
        reg
    }

    fn contains_named_expr(&self, expr: ExprId) -> bool {
        let mut found = false;
        self.visit_expr(expr, &mut |e| {
            if matches!(e, Expr::NamedExpr { .. }) {
                found = true;
            }
        });
        found
    }

    fn visit_expr(&self, expr: ExprId, f: &mut dyn FnMut(&Expr)) {
        let e = &self.body.exprs[expr];
        f(e);
        let mut children: Vec<ExprId> = Vec::new();
        match e {
            Expr::BoolOp { values, .. } => children.extend(values),
            Expr::NamedExpr { value, .. } => children.push(*value),
            Expr::Binary { left, right, .. } => children.extend([*left, *right]),
            Expr::Unary { operand, .. } => children.push(*operand),
            Expr::IfExp { test, body, orelse } => children.extend([*test, *body, *orelse]),
            Expr::Dict(items) => {
                for (k, v) in items {
                    children.extend(k.iter());
                    children.push(*v);
                }
            }
            Expr::Set(items) | Expr::List(items) | Expr::Tuple(items) => children.extend(items),
            Expr::Await(e) | Expr::YieldFrom(e) | Expr::Starred(e) => children.push(*e),
            Expr::Yield(e) => children.extend(e.iter()),
            Expr::Compare { left, ops } => {
                children.push(*left);
                children.extend(ops.iter().map(|(_, e)| *e));
            }
            Expr::Call {
                func,
                args,
                keywords,
            } => {
                children.push(*func);
                children.extend(args);
                children.extend(keywords.iter().map(|k| k.value));
            }
            Expr::Attribute { value, .. } => children.push(*value),
            Expr::Subscript { value, slice } => children.extend([*value, *slice]),
            Expr::Slice { lower, upper, step } => {
                children.extend([lower, upper, step].into_iter().flatten().copied())
            }
            Expr::FString(parts) => {
                fn fields(parts: &[FStringPart], out: &mut Vec<ExprId>) {
                    for part in parts {
                        if let FStringPart::Field { value, spec, .. } = part {
                            out.push(*value);
                            if let Some(spec) = spec {
                                fields(spec, out);
                            }
                        }
                    }
                }
                fields(parts, &mut children);
            }
            Expr::Comprehension { scope, .. } => {
                if let ScopeBody::Comprehension {
                    generators,
                    element,
                    value,
                } = &self.body.scopes[*scope].body
                {
                    for generator in generators {
                        children.push(generator.iter);
                        children.extend(&generator.ifs);
                    }
                    children.push(*element);
                    children.extend(value.iter());
                }
            }
            Expr::Missing | Expr::Name(_) | Expr::Constant(_) | Expr::Lambda { .. } => {}
        }
        for child in children {
            self.visit_expr(child, f);
        }
    }

    /// Emits an unbound-local check unless the variable is definitely bound here.
    fn check_bound(&mut self, scope: ScopeId, name: &str, reg: Reg) {
        let key = (scope, name.into());
        if self.frame().is_assigned(&key) {
            return;
        }
        let name = self.em().name(name);
        self.em().emit(Instr::CheckBound { reg, name });
    }

    /// Loads a constant into `dst`.
    pub(crate) fn load_constant(&mut self, constant: &Constant, dst: Reg) {
        match constant {
            Constant::None => {
                self.em().emit(Instr::LoadNone { dst });
            }
            Constant::True => {
                self.em().emit(Instr::LoadTrue { dst });
            }
            Constant::False => {
                self.em().emit(Instr::LoadFalse { dst });
            }
            Constant::Int(v) if i32::try_from(*v).is_ok() => {
                self.em().emit(Instr::LoadInt {
                    dst,
                    value: *v as i32,
                });
            }
            other => {
                let idx = self.em().constant(bytecode_constant(other));
                self.em().emit(Instr::LoadConst { dst, idx });
            }
        }
    }

    /// Loads the variable `name` into `dst`.
    pub(crate) fn load_name(&mut self, scope: ScopeId, name: &str, dst: Reg) {
        match self.location(scope, name) {
            Location::Register(reg) => {
                self.check_bound(scope, name, reg);
                if reg != dst {
                    self.em().emit(Instr::Move { dst, src: reg });
                }
            }
            Location::Cell(cell) => {
                let name = self.em().name(name);
                self.em().emit(Instr::LoadCell { dst, cell, name });
            }
            Location::Global => self.load_global(name, dst),
            Location::ClassName => self.load_class_name(name, dst),
        }
    }

    pub(crate) fn load_global(&mut self, name: &str, dst: Reg) {
        if let Some(slot) = self.globals.slot(name) {
            self.em().emit(Instr::LoadGlobal {
                dst,
                slot: GlobalSlot::from_raw(slot),
            });
        } else if let Some(slot) = tauraro_bytecode::builtin_slot(name)
            && !self.globals.star_import
        {
            self.em().emit(Instr::LoadBuiltin { dst, slot });
        } else {
            let name = self.em().name(name);
            self.em().emit(Instr::LoadName { dst, name });
        }
    }

    /// Stores `src` into the variable `name`.
    pub(crate) fn store_name(&mut self, scope: ScopeId, name: &str, src: Reg) {
        match self.location(scope, name) {
            Location::Register(reg) => {
                if reg != src {
                    self.em().emit(Instr::Move { dst: reg, src });
                }
            }
            Location::Cell(cell) => {
                self.em().emit(Instr::StoreCell { cell, src });
            }
            Location::Global => match self.globals.slot(name) {
                Some(slot) => {
                    self.em().emit(Instr::StoreGlobal {
                        slot: GlobalSlot::from_raw(slot),
                        src,
                    });
                }
                None => {
                    self.errors.push(super::CodegenError {
                        message: format!("internal error: global '{name}' has no slot"),
                        stmt: None,
                        expr: None,
                    });
                }
            },
            Location::ClassName => self.store_class_name(name, src),
        }
        self.frame().mark_assigned((scope, name.into()));
    }

    /// Evaluates `expr` into `dst`.
    pub(crate) fn expr_into(&mut self, expr: ExprId, dst: Reg) {
        // Forms that write `dst` before reading all operands go through a temporary when
        // `dst` is a variable they might read (`x = a or x`).
        let writes_early = matches!(
            &self.body.exprs[expr],
            Expr::BoolOp { .. } | Expr::Comprehension { .. } | Expr::IfExp { .. }
        ) || matches!(&self.body.exprs[expr], Expr::Compare { ops, .. } if ops.len() > 1);
        if writes_early && !self.is_temp(dst) {
            let mark = self.em().mark();
            let temp = self.em().temp();
            self.expr_into_direct(expr, temp);
            self.em().emit(Instr::Move { dst, src: temp });
            self.em().release(mark);
            return;
        }
        self.expr_into_direct(expr, dst);
    }

    fn expr_into_direct(&mut self, expr: ExprId, dst: Reg) {
        self.set_line_of(expr);
        let mark = self.em().mark();
        let scope = self.current_scope();
        match self.body.exprs[expr].clone() {
            Expr::Missing => {
                self.em().emit(Instr::LoadNone { dst });
            }
            Expr::Constant(constant) => self.load_constant(&constant, dst),
            Expr::Name(name) => self.load_name(scope, &name, dst),
            Expr::Binary { op, left, right } => self.binary(op, left, right, dst),
            Expr::Unary { op, operand } => {
                let src = self.expr_any(operand);
                let instr = match op {
                    UnaryOp::Neg => Instr::Neg { dst, src },
                    UnaryOp::Pos => Instr::Pos { dst, src },
                    UnaryOp::Invert => Instr::Invert { dst, src },
                    UnaryOp::Not => Instr::Not { dst, src },
                };
                self.em().emit(instr);
            }
            Expr::BoolOp { op, values } => {
                let end = self.em().new_label();
                let last = values.len().saturating_sub(1);
                for (index, value) in values.into_iter().enumerate() {
                    self.expr_into(value, dst);
                    if index < last {
                        let instr = match op {
                            BoolOp::And => Instr::JumpIfFalse {
                                cond: dst,
                                target: tauraro_bytecode::InstrIdx::from_raw(0),
                            },
                            BoolOp::Or => Instr::JumpIfTrue {
                                cond: dst,
                                target: tauraro_bytecode::InstrIdx::from_raw(0),
                            },
                        };
                        self.em().emit_jump(instr, end);
                    }
                }
                self.em().bind(end);
            }
            Expr::NamedExpr { target, value } => {
                let binder = self.walrus_scope(scope, &target);
                self.expr_into(value, dst);
                self.store_name(binder, &target, dst);
            }
            Expr::IfExp { test, body, orelse } => {
                let else_label = self.em().new_label();
                let end = self.em().new_label();
                self.branch(test, false, else_label);
                self.expr_into(body, dst);
                self.em().jump(end);
                self.em().bind(else_label);
                self.expr_into(orelse, dst);
                self.em().bind(end);
            }
            Expr::Compare { left, ops } => self.compare_chain(left, &ops, dst),
            Expr::List(items) => self.sequence(&items, dst, Sequence::List),
            Expr::Tuple(items) => self.sequence(&items, dst, Sequence::Tuple),
            Expr::Set(items) => self.sequence(&items, dst, Sequence::Set),
            Expr::Dict(items) => self.dict_display(&items, dst),
            Expr::Call {
                func,
                args,
                keywords,
            } => self.call(func, &args, &keywords, dst),
            Expr::Attribute { value, attr } => {
                let obj = self.expr_any(value);
                let name = self.em().name(&attr);
                self.set_line_of(expr);
                self.em().emit(Instr::GetAttr { dst, obj, name });
            }
            Expr::Subscript { value, slice } => {
                let obj = self.operand(value, &[slice]);
                if let Some(index) = self.small_int_expr(slice) {
                    self.set_line_of(expr);
                    self.em().emit(Instr::GetItemImm { dst, obj, index });
                    return;
                }
                if let Expr::Slice {
                    lower,
                    upper,
                    step: None,
                } = self.body.exprs[slice]
                {
                    let base = self.em().temps(2);
                    for (offset, part) in [lower, upper].into_iter().enumerate() {
                        let reg = Reg::from_raw(base.raw() + offset as u16);
                        match part {
                            Some(part) => self.expr_into(part, reg),
                            None => {
                                self.em().emit(Instr::LoadNone { dst: reg });
                            }
                        }
                    }
                    self.set_line_of(expr);
                    self.em().emit(Instr::GetSlice { dst, obj, base });
                    return;
                }
                let key = self.expr_any(slice);
                self.set_line_of(expr);
                self.em().emit(Instr::GetItem { dst, obj, key });
            }
            Expr::Slice { lower, upper, step } => {
                let count = if step.is_some() { 3 } else { 2 };
                let base = self.em().temps(count);
                for (offset, part) in [lower, upper, step].into_iter().take(count).enumerate() {
                    let reg = Reg::from_raw(base.raw() + offset as u16);
                    match part {
                        Some(part) => self.expr_into(part, reg),
                        None => {
                            self.em().emit(Instr::LoadNone { dst: reg });
                        }
                    }
                }
                self.em().emit(Instr::BuildSlice {
                    dst,
                    base,
                    count: count as u16,
                });
            }
            Expr::FString(parts) => self.fstring(&parts, dst),
            Expr::Lambda {
                scope: lambda,
                defaults,
                kw_defaults,
            } => {
                self.function_object(
                    CodeRef::Local(usize::MAX),
                    Some(lambda),
                    &defaults,
                    &kw_defaults,
                    dst,
                );
            }
            Expr::Comprehension { kind, scope: comp } => match kind {
                ComprehensionKind::Generator => self.generator_expression(comp, dst),
                _ => self.inline_comprehension(kind, comp, dst),
            },
            Expr::Yield(value) => {
                let before_value = self.em().mark();
                let src = match value {
                    Some(value) => self.expr_any(value),
                    None => {
                        let reg = self.em().temp();
                        self.em().emit(Instr::LoadNone { dst: reg });
                        reg
                    }
                };
                // The value's temporaries (from `before_value` up) are dead once it is
                // yielded, and a temporary `dst` on top of the others is written when the
                // generator resumes (a throw abandons the expression it belongs to): the
                // suspension saves neither. A local `dst` keeps its old value through a
                // throw, so it stays saved.
                let live = if self.is_temp(dst) && dst.raw().saturating_add(1) == before_value {
                    dst.raw()
                } else {
                    before_value
                };
                self.em().emit(Instr::Yield { dst, src, live });
            }
            Expr::YieldFrom(value) => {
                // iter = iter(value); sent = None
                // loop: SendTo dst, iter, sent (jumps to done when finished)
                //       Yield sent, dst; Jump loop
                // done: dst = the iterator's return value
                let mark = self.em().mark();
                let source = self.expr_any(value);
                let iter = self.em().temp();
                let sent = self.em().temp();
                self.em().emit(Instr::GetIter {
                    dst: iter,
                    src: source,
                });
                self.em().emit(Instr::LoadNone { dst: sent });
                let step = self.em().new_label();
                let done = self.em().new_label();
                self.em().bind(step);
                self.em().emit_paired(
                    Instr::SendTo {
                        dst,
                        iter,
                        value: sent,
                    },
                    done,
                );
                let live = self.yield_live_bound(&[sent, dst, iter]);
                self.em().emit(Instr::Yield {
                    dst: sent,
                    src: dst,
                    live,
                });
                self.em().jump(step);
                self.em().bind(done);
                self.em().release(mark);
            }
            Expr::Await(_) => {
                self.error_at_expr(expr, "not supported yet: 'await' (coroutines)");
                self.em().emit(Instr::LoadNone { dst });
            }
            Expr::Starred(_) => {
                self.em().emit(Instr::LoadNone { dst });
            }
        }
        self.em().release(mark);
    }

    /// The `live` operand of a `Yield`: every register in use at this point lies below the
    /// temporaries' current top (temporaries are allocated and released like a stack, and
    /// the code around the yield only reads ones allocated before it), and so do the
    /// yield's own operands, counted in anyway.
    pub(crate) fn yield_live_bound(&mut self, operands: &[Reg]) -> u16 {
        operands
            .iter()
            .map(|reg| reg.raw().saturating_add(1))
            .fold(self.em().mark(), u16::max)
    }

    /// The scope whose location a walrus in `scope` stores to: the one it binds in (the nearest
    /// non-comprehension scope), or its own scope when a generator expression lies between.
    fn walrus_scope(&self, scope: ScopeId, _name: &str) -> ScopeId {
        let mut binder = scope;
        while let crate::hir::ScopeKind::Comprehension(_) = self.body.scopes[binder].kind {
            if crate::scope::has_own_frame(self.body, binder)
                && self
                    .frames
                    .last()
                    .is_some_and(|frame| frame.scope == binder)
            {
                // A generator expression running in a frame of its own (not compiled inline
                // into its caller's): there the target is a free variable of the walrus's
                // scope, a cell of the binding scope.
                return scope;
            }
            match self.body.scopes[binder].parent {
                Some(parent) => binder = parent,
                None => break,
            }
        }
        binder
    }

    /// The value of `expr` when it is a constant small enough for an instruction immediate.
    pub(crate) fn small_int_expr(&self, expr: ExprId) -> Option<i16> {
        match &self.body.exprs[expr] {
            Expr::Constant(constant) => small_int(constant),
            _ => None,
        }
    }

    fn binary(&mut self, op: BinaryOp, left: ExprId, right: ExprId, dst: Reg) {
        let right_constant = match &self.body.exprs[right] {
            Expr::Constant(constant) => small_int(constant),
            _ => None,
        };
        if let (Some(imm), BinaryOp::Add | BinaryOp::Sub) = (right_constant, op) {
            let src = self.expr_any(left);
            self.set_line_of(left);
            self.em().emit(match op {
                BinaryOp::Add => Instr::AddImm { dst, src, imm },
                _ => Instr::SubImm { dst, src, imm },
            });
            return;
        }
        if let (Some(imm), BinaryOp::Mul) = (right_constant, op) {
            let src = self.expr_any(left);
            self.set_line_of(left);
            self.em().emit(Instr::MulImm { dst, src, imm });
            return;
        }
        if let (BinaryOp::Mod, Expr::Constant(Constant::Int(divisor))) =
            (op, &self.body.exprs[right])
            && *divisor > 0
            && let divisor = self
                .em()
                .constant(tauraro_bytecode::Constant::Int(*divisor))
            && let Ok(near) = u16::try_from(divisor.raw())
        {
            let src = self.expr_any(left);
            self.set_line_of(left);
            let constant = NearConstIdx::from_raw(near);
            self.em().emit(Instr::ModConst { dst, src, constant });
            return;
        }
        let lhs = self.operand(left, &[right]);
        let rhs = self.expr_any(right);
        self.em().emit(binary_instr(op, dst, lhs, rhs, false));
    }

    fn compare_chain(&mut self, left: ExprId, ops: &[(CompareOp, ExprId)], dst: Reg) {
        let end = self.em().new_label();
        let rest: Vec<ExprId> = ops.iter().map(|(_, e)| *e).collect();
        let mut lhs = self.operand(left, &rest);
        for (index, (op, right)) in ops.iter().enumerate() {
            let later = &rest[index + 1..];
            let rhs = if index + 1 < ops.len() {
                // The middle operand is used twice: evaluate it once into a temporary.
                let temp = self.em().temp();
                self.expr_into(*right, temp);
                temp
            } else {
                self.operand(*right, later)
            };
            self.em().emit(compare_instr(*op, dst, lhs, rhs));
            if index + 1 < ops.len() {
                self.em().emit_jump(
                    Instr::JumpIfFalse {
                        cond: dst,
                        target: tauraro_bytecode::InstrIdx::from_raw(0),
                    },
                    end,
                );
            }
            lhs = rhs;
        }
        self.em().bind(end);
    }

    /// Jumps to `label` when the truth of `expr` equals `when`; falls through otherwise.
    pub(crate) fn branch(&mut self, expr: ExprId, when: bool, label: Label) {
        let mark = self.em().mark();
        self.set_line_of(expr);
        match self.body.exprs[expr].clone() {
            Expr::Constant(constant) => {
                if constant.is_truthy() == when {
                    self.em().jump(label);
                }
            }
            Expr::Unary {
                op: UnaryOp::Not,
                operand,
            } => self.branch(operand, !when, label),
            Expr::BoolOp { op, values } => {
                let short_circuits_to_label =
                    matches!((op, when), (BoolOp::And, false) | (BoolOp::Or, true));
                if short_circuits_to_label {
                    for value in values {
                        self.branch(value, when, label);
                    }
                } else {
                    let skip = self.em().new_label();
                    let last = values.len().saturating_sub(1);
                    for (index, value) in values.into_iter().enumerate() {
                        if index < last {
                            self.branch(value, !when, skip);
                        } else {
                            self.branch(value, when, label);
                        }
                    }
                    self.em().bind(skip);
                }
            }
            Expr::Compare { left, ops }
                if ops.len() == 1
                    && matches!(ops[0].0, CompareOp::Is | CompareOp::IsNot)
                    && matches!(self.body.exprs[ops[0].1], Expr::Constant(Constant::None)) =>
            {
                // `x is None` / `x is not None` as a condition: one paired instruction
                // instead of loading None, comparing identities and branching on the result.
                let src = self.expr_any(left);
                let jump_if_none = (ops[0].0 == CompareOp::Is) == when;
                self.set_line_of(expr);
                let instr = if jump_if_none {
                    Instr::JumpIfNone { src }
                } else {
                    Instr::JumpUnlessNone { src }
                };
                self.em().emit_paired(instr, label);
            }
            // Other identity tests branch as one paired compare-and-branch.
            Expr::Compare { left, ops }
                if ops.len() == 1 && matches!(ops[0].0, CompareOp::Is | CompareOp::IsNot) =>
            {
                let (op, right) = ops[0];
                let lhs = self.operand(left, &[right]);
                let rhs = self.expr_any(right);
                let instr = if (op == CompareOp::Is) == when {
                    Instr::JumpIfIs { lhs, rhs }
                } else {
                    Instr::JumpIfIsNot { lhs, rhs }
                };
                self.set_line_of(expr);
                self.em().emit_paired(instr, label);
            }
            Expr::Compare { left, ops } if ops.len() == 1 && fusable(ops[0].0) => {
                let (op, right) = ops[0];
                let imm = match &self.body.exprs[right] {
                    Expr::Constant(constant) => small_int(constant),
                    _ => None,
                };
                let lhs = self.operand(left, &[right]);
                // `x == CONSTANT_NAME`: the module global is compared where it is.
                let global_slot = match &self.body.exprs[right] {
                    Expr::Name(name)
                        if op == CompareOp::Eq
                            && self.location(self.current_scope(), name) == Location::Global =>
                    {
                        self.globals.slot(name)
                    }
                    _ => None,
                };
                let instr = match (imm, global_slot) {
                    (Some(imm), _) => fused_imm(op, when, lhs, imm),
                    (None, Some(slot)) => {
                        let slot = GlobalSlot::from_raw(slot);
                        if when {
                            Instr::JumpIfEqGlobal { lhs, slot }
                        } else {
                            Instr::JumpUnlessEqGlobal { lhs, slot }
                        }
                    }
                    (None, None) => {
                        let rhs = self.expr_any(right);
                        fused(op, when, lhs, rhs)
                    }
                };
                self.set_line_of(expr);
                self.em().emit_paired(instr, label);
            }
            _ => {
                let cond = self.expr_any(expr);
                let instr = if when {
                    Instr::JumpIfTrue {
                        cond,
                        target: tauraro_bytecode::InstrIdx::from_raw(0),
                    }
                } else {
                    Instr::JumpIfFalse {
                        cond,
                        target: tauraro_bytecode::InstrIdx::from_raw(0),
                    }
                };
                self.em().emit_jump(instr, label);
            }
        }
        self.em().release(mark);
    }

    fn sequence(&mut self, items: &[ExprId], dst: Reg, kind: Sequence) {
        let has_star = items
            .iter()
            .any(|item| matches!(self.body.exprs[*item], Expr::Starred(_)));
        if !has_star && items.len() <= 256 {
            let base = self.em().temps(items.len());
            for (offset, item) in items.iter().enumerate() {
                self.expr_into(*item, Reg::from_raw(base.raw() + offset as u16));
            }
            let count = items.len() as u16;
            self.em().emit(match kind {
                Sequence::List => Instr::BuildList { dst, base, count },
                Sequence::Tuple => Instr::BuildTuple { dst, base, count },
                Sequence::Set => Instr::BuildSet { dst, base, count },
            });
            return;
        }
        // Build incrementally: starred items or very long displays.
        let target = self.em().temp();
        let empty = Reg::from_raw(target.raw() + 1);
        self.em().emit(match kind {
            Sequence::Set => Instr::BuildSet {
                dst: target,
                base: empty,
                count: 0,
            },
            _ => Instr::BuildList {
                dst: target,
                base: empty,
                count: 0,
            },
        });
        for item in items {
            let item_mark = self.em().mark();
            match self.body.exprs[*item].clone() {
                Expr::Starred(inner) => {
                    let src = self.expr_any(inner);
                    self.em().emit(match kind {
                        Sequence::Set => Instr::SetUpdate { set: target, src },
                        _ => Instr::ListExtend { list: target, src },
                    });
                }
                _ => {
                    let value = self.expr_any(*item);
                    self.em().emit(match kind {
                        Sequence::Set => Instr::SetAdd {
                            set: target,
                            item: value,
                        },
                        _ => Instr::ListAppend {
                            list: target,
                            item: value,
                        },
                    });
                }
            }
            self.em().release(item_mark);
        }
        match kind {
            Sequence::Tuple => {
                self.em().emit(Instr::ListToTuple { dst, src: target });
            }
            _ => {
                self.em().emit(Instr::Move { dst, src: target });
            }
        }
    }

    fn dict_display(&mut self, items: &[(Option<ExprId>, ExprId)], dst: Reg) {
        let has_unpack = items.iter().any(|(key, _)| key.is_none());
        if !has_unpack && items.len() <= 128 {
            let base = self.em().temps(items.len() * 2);
            for (index, (key, value)) in items.iter().enumerate() {
                let key_reg = Reg::from_raw(base.raw() + 2 * index as u16);
                self.expr_into(key.expect("no unpacking"), key_reg);
                self.expr_into(*value, Reg::from_raw(key_reg.raw() + 1));
            }
            self.em().emit(Instr::BuildDict {
                dst,
                base,
                count: items.len() as u16,
            });
            return;
        }
        let target = self.em().temp();
        self.em().emit(Instr::BuildDict {
            dst: target,
            base: Reg::from_raw(target.raw() + 1),
            count: 0,
        });
        for (key, value) in items {
            let item_mark = self.em().mark();
            match key {
                Some(key) => {
                    let k = self.expr_any(*key);
                    let v = self.expr_any(*value);
                    self.em().emit(Instr::DictInsert {
                        dict: target,
                        key: k,
                        value: v,
                    });
                }
                None => {
                    let src = self.expr_any(*value);
                    self.em().emit(Instr::DictUpdate { dict: target, src });
                }
            }
            self.em().release(item_mark);
        }
        self.em().emit(Instr::Move { dst, src: target });
    }

    fn fstring(&mut self, parts: &[FStringPart], dst: Reg) {
        let base = self.em().temps(parts.len().max(1));
        for (offset, part) in parts.iter().enumerate() {
            let reg = Reg::from_raw(base.raw() + offset as u16);
            let part_mark = self.em().mark();
            match part {
                FStringPart::Literal(text) => {
                    self.load_constant(&Constant::Str(text.clone()), reg);
                }
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    let src = self.expr_any(*value);
                    match spec {
                        Some(spec) => {
                            let spec_reg = self.em().temp();
                            self.fstring(spec, spec_reg);
                            if *conversion != 0 {
                                self.em().emit(Instr::FormatValue {
                                    dst: reg,
                                    src,
                                    conversion: *conversion,
                                });
                                self.em().emit(Instr::FormatWithSpec {
                                    dst: reg,
                                    src: reg,
                                    spec: spec_reg,
                                });
                            } else {
                                self.em().emit(Instr::FormatWithSpec {
                                    dst: reg,
                                    src,
                                    spec: spec_reg,
                                });
                            }
                        }
                        None => {
                            self.em().emit(Instr::FormatValue {
                                dst: reg,
                                src,
                                conversion: *conversion,
                            });
                        }
                    }
                }
            }
            self.em().release(part_mark);
        }
        if parts.is_empty() {
            self.load_constant(&Constant::Str("".into()), dst);
            return;
        }
        self.em().emit(Instr::BuildString {
            dst,
            base,
            count: parts.len() as u16,
        });
    }

    /// A call expression.
    fn call(&mut self, func: ExprId, args: &[ExprId], keywords: &[Keyword], dst: Reg) {
        let has_star = args
            .iter()
            .any(|a| matches!(self.body.exprs[*a], Expr::Starred(_)));
        let has_double_star = keywords.iter().any(|k| k.name.is_none());
        let call_line = self.frame().emitter.len();
        let _ = call_line;
        if has_star || has_double_star || args.len() + keywords.len() > 250 {
            self.call_ex(func, args, keywords, dst);
            return;
        }
        let scope = self.current_scope();
        if args.is_empty()
            && keywords.is_empty()
            && let Some(()) = self.zero_argument_super(func, scope, dst)
        {
            return;
        }
        if keywords.is_empty() {
            match self.body.exprs[func].clone() {
                Expr::Name(name) if self.location(scope, &name) == Location::Global => {
                    if self.inline_builtin_genexpr(func, &name, args, dst) {
                        return;
                    }
                    // At least one register, so the span's base is a valid register.
                    let base = self.em().temps(args.len().max(1));
                    self.args_into(args, base);
                    let argc = args.len() as u8;
                    self.set_line_of(func);
                    if let Some(slot) = self.globals.slot(&name) {
                        self.em().emit(Instr::CallGlobal {
                            slot: GlobalSlot::from_raw(slot),
                            argc,
                            base,
                            dst,
                        });
                        return;
                    }
                    if let Some(slot) = tauraro_bytecode::builtin_slot(&name)
                        && !self.globals.star_import
                    {
                        self.em().emit(Instr::CallBuiltin {
                            slot: BuiltinSlot::from_raw(slot.raw()),
                            argc,
                            base,
                            dst,
                        });
                        return;
                    }
                    // Unknown name: fall through to a generic call (raises NameError).
                    let func_reg = self.em().temp();
                    self.load_global(&name, func_reg);
                    // Move the arguments after the function.
                    let call_base = self.em().temps(args.len());
                    for offset in 0..args.len() as u16 {
                        self.em().emit(Instr::Move {
                            dst: Reg::from_raw(call_base.raw() + offset),
                            src: Reg::from_raw(base.raw() + offset),
                        });
                    }
                    let _ = call_base;
                    self.em().emit(Instr::Call {
                        func: func_reg,
                        argc: args.len() as u16,
                        dst,
                    });
                    return;
                }
                Expr::Name(name)
                    if args.len() <= usize::from(u8::MAX)
                        && !args.iter().any(|arg| self.contains_named_expr(*arg))
                        && let Location::Register(callee) = self.location(scope, &name) =>
                {
                    // A function in a local variable: called from its register, with the
                    // arguments in temporaries. (An assignment expression among the
                    // arguments could rebind the variable after the callee is evaluated,
                    // so those calls copy it first.)
                    self.check_bound(scope, &name, callee);
                    let base = self.em().temps(args.len().max(1));
                    self.args_into(args, base);
                    self.set_line_of(func);
                    self.em().emit(Instr::CallLocal {
                        func: callee,
                        argc: args.len() as u8,
                        base,
                        dst,
                    });
                    return;
                }
                Expr::Attribute { value, attr } => {
                    // A variable's method: the call reads the receiver from the variable's
                    // register, saving the copy into the call span, unless an argument could
                    // rebind the variable before the call (`x.f(x := y)`).
                    if let Expr::Name(variable) = self.body.exprs[value].clone()
                        && let Location::Register(recv) = self.location(scope, &variable)
                        && let Ok(recv_near) = u8::try_from(recv.raw())
                        && !args.iter().any(|arg| self.contains_named_expr(*arg))
                    {
                        let name = self.em().name(&attr);
                        if let Ok(name_near) = u8::try_from(name.raw()) {
                            self.check_bound(scope, &variable, recv);
                            let base = self.em().temps(args.len() + 1);
                            self.args_into(args, Reg::from_raw(base.raw() + 1));
                            self.set_line_of(func);
                            self.em().emit(Instr::CallMethodFrom {
                                recv: NearReg::from_raw(recv_near),
                                base,
                                name: NearNameIdx::from_raw(name_near),
                                argc: args.len() as u8,
                                dst,
                            });
                            return;
                        }
                    }
                    let base = self.em().temps(args.len() + 1);
                    self.expr_into(value, base);
                    self.args_into(args, Reg::from_raw(base.raw() + 1));
                    let name = self.em().name(&attr);
                    self.set_line_of(func);
                    self.em().emit(Instr::CallMethod {
                        base,
                        name,
                        argc: args.len() as u8,
                        dst,
                    });
                    return;
                }
                _ => {}
            }
        }
        let total = args.len() + keywords.len();
        let base = self.em().temps(total + 1);
        self.expr_into(func, base);
        self.args_into(args, Reg::from_raw(base.raw() + 1));
        for (offset, keyword) in keywords.iter().enumerate() {
            let reg = Reg::from_raw(base.raw() + 1 + (args.len() + offset) as u16);
            self.expr_into(keyword.value, reg);
        }
        self.set_line_of(func);
        if keywords.is_empty() {
            self.em().emit(Instr::Call {
                func: base,
                argc: args.len() as u16,
                dst,
            });
        } else {
            let names = tauraro_bytecode::Constant::Tuple(
                keywords
                    .iter()
                    .map(|k| tauraro_bytecode::Constant::Str(k.name.clone().unwrap_or_default()))
                    .collect(),
            );
            let kwnames = self.em().constant(names);
            self.em().emit(Instr::CallKw {
                func: base,
                argc: total as u8,
                kwnames,
            });
            if base != dst {
                self.em().emit(Instr::Move { dst, src: base });
            }
        }
    }

    /// `super()` in a method is `super(__class__, <first argument>)`.
    fn zero_argument_super(&mut self, func: ExprId, scope: ScopeId, dst: Reg) -> Option<()> {
        let Expr::Name(name) = &self.body.exprs[func] else {
            return None;
        };
        if &**name != "super" || self.location(scope, "super") != Location::Global {
            return None;
        }
        let frame_scope = self.frames.last()?.scope;
        let class_cell = match self.location(frame_scope, "__class__") {
            Location::Cell(cell) => cell,
            _ => return None,
        };
        let first = self.body.scopes[frame_scope]
            .params
            .register_order()
            .first()
            .map(|name| (*name).clone())?;
        let base = self.em().temps(2);
        let class_name = self.em().name("__class__");
        self.em().emit(Instr::LoadCell {
            dst: base,
            cell: class_cell,
            name: class_name,
        });
        self.load_name(frame_scope, &first, Reg::from_raw(base.raw() + 1));
        let slot = tauraro_bytecode::builtin_slot("super").expect("builtin");
        self.set_line_of(func);
        self.em().emit(Instr::CallBuiltin {
            slot,
            argc: 2,
            base,
            dst,
        });
        Some(())
    }

    fn args_into(&mut self, args: &[ExprId], base: Reg) {
        for (offset, arg) in args.iter().enumerate() {
            self.expr_into(*arg, Reg::from_raw(base.raw() + offset as u16));
        }
    }

    /// `f(*args, **kwargs)` and calls with very many arguments.
    fn call_ex(&mut self, func: ExprId, args: &[ExprId], keywords: &[Keyword], dst: Reg) {
        let base = self.em().temps(3);
        let (func_reg, args_reg, kwargs_reg) = (
            base,
            Reg::from_raw(base.raw() + 1),
            Reg::from_raw(base.raw() + 2),
        );
        self.expr_into(func, func_reg);
        self.sequence(args, args_reg, Sequence::Tuple);
        if keywords.is_empty() {
            self.em().emit(Instr::LoadNone { dst: kwargs_reg });
        } else {
            self.em().emit(Instr::BuildDict {
                dst: kwargs_reg,
                base: Reg::from_raw(kwargs_reg.raw() + 1),
                count: 0,
            });
            for keyword in keywords {
                let mark = self.em().mark();
                match &keyword.name {
                    Some(name) => {
                        // Merged like `**{name: value}`, so that a name repeated across
                        // `**` arguments is "got multiple values for keyword argument".
                        let pair = self.em().temps(2);
                        let single = self.em().temp();
                        self.load_constant(&Constant::Str(name.clone()), pair);
                        self.expr_into(keyword.value, Reg::from_raw(pair.raw() + 1));
                        self.em().emit(Instr::BuildDict {
                            dst: single,
                            base: pair,
                            count: 1,
                        });
                        self.em().emit(Instr::DictMerge {
                            dict: kwargs_reg,
                            src: single,
                            func: func_reg,
                        });
                    }
                    None => {
                        let src = self.expr_any(keyword.value);
                        self.em().emit(Instr::DictMerge {
                            dict: kwargs_reg,
                            src,
                            func: func_reg,
                        });
                    }
                }
                self.em().release(mark);
            }
        }
        self.set_line_of(func);
        self.em().emit(Instr::CallEx {
            func: func_reg,
            args: args_reg,
            kwargs: kwargs_reg,
        });
        if func_reg != dst {
            self.em().emit(Instr::Move { dst, src: func_reg });
        }
    }

    /// Creates a function object for a nested scope (`code` is ignored then) or another item,
    /// with its defaults and closure, into `dst`.
    pub(crate) fn function_object(
        &mut self,
        code: CodeRef,
        nested: Option<ScopeId>,
        defaults: &[ExprId],
        kw_defaults: &[(crate::hir::Name, ExprId)],
        dst: Reg,
    ) {
        self.annotated_function_object(code, nested, defaults, kw_defaults, &[], dst);
    }

    /// [`Self::function_object`] with the function's `__annotations__` (evaluated after the
    /// defaults, before the function is created, as CPython does).
    pub(crate) fn annotated_function_object(
        &mut self,
        code: CodeRef,
        nested: Option<ScopeId>,
        defaults: &[ExprId],
        kw_defaults: &[(crate::hir::Name, ExprId)],
        annotations: &[(crate::hir::Name, ExprId)],
        dst: Reg,
    ) {
        let mark = self.em().mark();
        // Defaults are evaluated before the function is created.
        let defaults_reg = if defaults.is_empty() {
            None
        } else {
            let reg = self.em().temp();
            let items = defaults.to_vec();
            self.sequence(&items, reg, Sequence::Tuple);
            Some(reg)
        };
        let kwdefaults_reg = if kw_defaults.is_empty() {
            None
        } else {
            let reg = self.em().temp();
            let base = self.em().temps(kw_defaults.len() * 2);
            for (index, (name, value)) in kw_defaults.iter().enumerate() {
                let key = Reg::from_raw(base.raw() + 2 * index as u16);
                self.load_constant(&Constant::Str(name.clone()), key);
                self.expr_into(*value, Reg::from_raw(key.raw() + 1));
            }
            self.em().emit(Instr::BuildDict {
                dst: reg,
                base,
                count: kw_defaults.len() as u16,
            });
            Some(reg)
        };
        let annotations_reg = if annotations.is_empty() {
            None
        } else {
            let reg = self.em().temp();
            let base = self.em().temps(annotations.len() * 2);
            for (index, (name, value)) in annotations.iter().enumerate() {
                let key = Reg::from_raw(base.raw() + 2 * index as u16);
                self.load_constant(&Constant::Str(name.clone()), key);
                self.expr_into(*value, Reg::from_raw(key.raw() + 1));
            }
            self.em().emit(Instr::BuildDict {
                dst: reg,
                base,
                count: annotations.len() as u16,
            });
            Some(reg)
        };
        let target = match nested {
            Some(scope) => CodeRef::Local(self.nested_code(scope)),
            None => code,
        };
        let function = self.em().temp();
        self.make_function(function, target);
        if let Some(defaults) = defaults_reg {
            self.em().emit(Instr::SetDefaults {
                func: function,
                defaults,
            });
        }
        if let Some(kwdefaults) = kwdefaults_reg {
            self.em().emit(Instr::SetKwDefaults {
                func: function,
                kwdefaults,
            });
        }
        // The closure: cells for the nested scope's free variables, in its order.
        let closure_names: Vec<crate::hir::Name> = match nested {
            Some(scope) => self.scopes.scopes[scope].frees.clone(),
            None => {
                // A method item may use `__class__` from the class body being compiled.
                let scope = self.current_scope();
                if self.body.scopes[scope].kind == crate::hir::ScopeKind::Class {
                    vec!["__class__".into()]
                } else {
                    Vec::new()
                }
            }
        };
        if !closure_names.is_empty() {
            let base = self.em().temps(closure_names.len());
            let scope = self.current_scope();
            for (offset, name) in closure_names.iter().enumerate() {
                let reg = Reg::from_raw(base.raw() + offset as u16);
                // A class body that also binds the name as a class attribute still holds
                // the cell it passes down in its free-variable register.
                let passed_through = self
                    .frames
                    .last()
                    .and_then(|frame| frame.registers.get(&(scope, name.clone())).copied());
                match (self.location(scope, name), passed_through) {
                    (Location::Cell(cell) | Location::Register(cell), _)
                    | (Location::ClassName, Some(cell)) => {
                        self.em().emit(Instr::Move {
                            dst: reg,
                            src: cell,
                        });
                    }
                    _ => {
                        self.em().emit(Instr::LoadNone { dst: reg });
                    }
                }
            }
            self.em().emit(Instr::SetClosure {
                func: function,
                base,
                count: closure_names.len() as u16,
            });
        }
        if let Some(annotations) = annotations_reg {
            let name = self.em().name("__annotations__");
            self.em().emit(Instr::SetAttr {
                obj: function,
                name,
                src: annotations,
            });
        }
        self.em().emit(Instr::Move { dst, src: function });
        self.em().release(mark);
    }

    /// A generator expression: a nested generator code object called with the iterator of
    /// its first iterable.
    fn generator_expression(&mut self, scope: ScopeId, dst: Reg) {
        let ScopeBody::Comprehension { generators, .. } = self.body.scopes[scope].body.clone()
        else {
            return;
        };
        let base = self.em().temps(2);
        let iterable = self.expr_any(generators[0].iter);
        let iterator = Reg::from_raw(base.raw() + 1);
        self.em().emit(Instr::GetIter {
            dst: iterator,
            src: iterable,
        });
        self.function_object(CodeRef::Local(usize::MAX), Some(scope), &[], &[], base);
        self.em().emit(Instr::Call {
            func: base,
            argc: 1,
            dst,
        });
    }

    /// The body of a generator expression's own code object: loop over `.0` and yield.
    pub(crate) fn generator_expression_body(&mut self, scope: ScopeId) {
        let ScopeBody::Comprehension {
            generators,
            element,
            ..
        } = self.body.scopes[scope].body.clone()
        else {
            return;
        };
        let saved = self.current_expr_scope.replace(scope);
        // Register 0 is the `.0` parameter: the iterator of the first iterable.
        self.comprehension_loops(scope, &generators, 0, Some(Reg::from_raw(0)), &mut |this| {
            let mark = this.em().mark();
            let value = this.expr_any(element);
            let sent = this.em().temp();
            // The value's temporaries and `sent` (written on resumption) lie above `mark`,
            // dead at the suspension: not saved.
            let live = mark;
            this.em().emit(Instr::Yield {
                dst: sent,
                src: value,
                live,
            });
            this.em().release(mark);
        });
        self.current_expr_scope = saved;
        self.em().emit(Instr::ReturnNone {});
    }

    /// `[elt for ...]`, `{elt for ...}`, `{k: v for ...}` compiled into the current frame.
    fn inline_comprehension(&mut self, kind: ComprehensionKind, scope: ScopeId, dst: Reg) {
        let ScopeBody::Comprehension {
            generators,
            element,
            value,
        } = self.body.scopes[scope].body.clone()
        else {
            return;
        };
        // The first iterable is evaluated in the enclosing scope, before the result exists.
        let first_iterator = self.em().temp();
        let iterable = self.expr_any(generators[0].iter);
        self.em().emit(Instr::GetIter {
            dst: first_iterator,
            src: iterable,
        });
        let result = dst;
        let empty = self.em().mark();
        let empty = Reg::from_raw(empty);
        self.em().emit(match kind {
            ComprehensionKind::Set => Instr::BuildSet {
                dst: result,
                base: empty,
                count: 0,
            },
            ComprehensionKind::Dict => Instr::BuildDict {
                dst: result,
                base: empty,
                count: 0,
            },
            _ => Instr::BuildList {
                dst: result,
                base: empty,
                count: 0,
            },
        });
        // The comprehension's own variables get registers of this frame.
        let symbols = &self.scopes.scopes[scope];
        let names: Vec<crate::hir::Name> = symbols.locals.clone();
        let cells: Vec<crate::hir::Name> = symbols.cells.clone();
        let saved_registers: Vec<_> = names
            .iter()
            .map(|name| {
                let reg = self.em().temp();
                (name.clone(), reg)
            })
            .collect();
        for (name, reg) in &saved_registers {
            self.frame().registers.insert((scope, name.clone()), *reg);
            if cells.contains(name) {
                self.em().emit(Instr::MakeCell { reg: *reg });
            }
        }
        let saved = self.current_expr_scope.replace(scope);
        self.comprehension_loops(scope, &generators, 0, Some(first_iterator), &mut |this| {
            let mark = this.em().mark();
            match kind {
                ComprehensionKind::Dict => {
                    let key = this.expr_any(element);
                    let value = this.expr_any(value.expect("dict comprehensions have values"));
                    this.em().emit(Instr::DictInsert {
                        dict: result,
                        key,
                        value,
                    });
                }
                ComprehensionKind::Set => {
                    let item = this.expr_any(element);
                    this.em().emit(Instr::SetAdd { set: result, item });
                }
                _ => {
                    let item = this.expr_any(element);
                    this.em().emit(Instr::ListAppend { list: result, item });
                }
            }
            this.em().release(mark);
        });
        self.current_expr_scope = saved;
        for (name, _) in &saved_registers {
            self.frame().registers.remove(&(scope, name.clone()));
        }
    }

    /// Emits the nested loops of comprehension clauses from `index` on, running `body` for
    /// each element. `first_iterator` holds the iterator of clause `index` when given.
    pub(crate) fn comprehension_loops(
        &mut self,
        scope: ScopeId,
        generators: &[crate::hir::Comprehension],
        index: usize,
        first_iterator: Option<Reg>,
        body: &mut dyn FnMut(&mut Self),
    ) {
        let Some(generator) = generators.get(index) else {
            body(self);
            return;
        };
        let mark = self.em().mark();
        let iterator = match first_iterator {
            Some(reg) => reg,
            None => {
                let reg = self.em().temp();
                let iterable = self.expr_any(generator.iter);
                self.em().emit(Instr::GetIter {
                    dst: reg,
                    src: iterable,
                });
                reg
            }
        };
        let item = self.em().temp();
        let top = self.em().new_label();
        let next = self.em().new_label();
        self.em().jump(next);
        self.em().bind(top);
        self.frame().assigned.push(Default::default());
        self.assign_target(generator.target, item, scope);
        for condition in &generator.ifs {
            self.branch(*condition, false, next);
        }
        self.comprehension_loops(scope, generators, index + 1, None, body);
        self.frame().assigned.pop();
        self.em().bind(next);
        self.em().emit_paired(
            Instr::ForIter {
                iter: iterator,
                dst: item,
            },
            top,
        );
        self.em().release(mark);
    }
}

/// Which sequence a display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sequence {
    List,
    Tuple,
    Set,
}

pub(crate) fn binary_instr(op: BinaryOp, dst: Reg, lhs: Reg, rhs: Reg, inplace: bool) -> Instr {
    match (op, inplace) {
        (BinaryOp::Add, false) => Instr::Add { dst, lhs, rhs },
        (BinaryOp::Sub, false) => Instr::Sub { dst, lhs, rhs },
        (BinaryOp::Mul, false) => Instr::Mul { dst, lhs, rhs },
        (BinaryOp::MatMul, false) => Instr::MatMul { dst, lhs, rhs },
        (BinaryOp::Div, false) => Instr::TrueDiv { dst, lhs, rhs },
        (BinaryOp::FloorDiv, false) => Instr::FloorDiv { dst, lhs, rhs },
        (BinaryOp::Mod, false) => Instr::Mod { dst, lhs, rhs },
        (BinaryOp::Pow, false) => Instr::Pow { dst, lhs, rhs },
        (BinaryOp::LShift, false) => Instr::LShift { dst, lhs, rhs },
        (BinaryOp::RShift, false) => Instr::RShift { dst, lhs, rhs },
        (BinaryOp::BitOr, false) => Instr::BitOr { dst, lhs, rhs },
        (BinaryOp::BitXor, false) => Instr::BitXor { dst, lhs, rhs },
        (BinaryOp::BitAnd, false) => Instr::BitAnd { dst, lhs, rhs },
        (BinaryOp::Add, true) => Instr::InplaceAdd { dst, lhs, rhs },
        (BinaryOp::Sub, true) => Instr::InplaceSub { dst, lhs, rhs },
        (BinaryOp::Mul, true) => Instr::InplaceMul { dst, lhs, rhs },
        (BinaryOp::MatMul, true) => Instr::InplaceMatMul { dst, lhs, rhs },
        (BinaryOp::Div, true) => Instr::InplaceTrueDiv { dst, lhs, rhs },
        (BinaryOp::FloorDiv, true) => Instr::InplaceFloorDiv { dst, lhs, rhs },
        (BinaryOp::Mod, true) => Instr::InplaceMod { dst, lhs, rhs },
        (BinaryOp::Pow, true) => Instr::InplacePow { dst, lhs, rhs },
        (BinaryOp::LShift, true) => Instr::InplaceLShift { dst, lhs, rhs },
        (BinaryOp::RShift, true) => Instr::InplaceRShift { dst, lhs, rhs },
        (BinaryOp::BitOr, true) => Instr::InplaceBitOr { dst, lhs, rhs },
        (BinaryOp::BitXor, true) => Instr::InplaceBitXor { dst, lhs, rhs },
        (BinaryOp::BitAnd, true) => Instr::InplaceBitAnd { dst, lhs, rhs },
    }
}

fn compare_instr(op: CompareOp, dst: Reg, lhs: Reg, rhs: Reg) -> Instr {
    match op {
        CompareOp::Eq => Instr::Eq { dst, lhs, rhs },
        CompareOp::NotEq => Instr::Ne { dst, lhs, rhs },
        CompareOp::Lt => Instr::Lt { dst, lhs, rhs },
        CompareOp::LtE => Instr::Le { dst, lhs, rhs },
        CompareOp::Gt => Instr::Gt { dst, lhs, rhs },
        CompareOp::GtE => Instr::Ge { dst, lhs, rhs },
        CompareOp::Is => Instr::Is { dst, lhs, rhs },
        CompareOp::IsNot => Instr::IsNot { dst, lhs, rhs },
        CompareOp::In => Instr::In { dst, lhs, rhs },
        CompareOp::NotIn => Instr::NotIn { dst, lhs, rhs },
    }
}

fn fusable(op: CompareOp) -> bool {
    matches!(
        op,
        CompareOp::Eq
            | CompareOp::NotEq
            | CompareOp::Lt
            | CompareOp::LtE
            | CompareOp::Gt
            | CompareOp::GtE
    )
}

fn fused(op: CompareOp, when: bool, lhs: Reg, rhs: Reg) -> Instr {
    match (op, when) {
        (CompareOp::Lt, true) => Instr::JumpIfLt { lhs, rhs },
        (CompareOp::LtE, true) => Instr::JumpIfLe { lhs, rhs },
        (CompareOp::Gt, true) => Instr::JumpIfGt { lhs, rhs },
        (CompareOp::GtE, true) => Instr::JumpIfGe { lhs, rhs },
        (CompareOp::Eq, true) => Instr::JumpIfEq { lhs, rhs },
        (CompareOp::NotEq, true) => Instr::JumpIfNe { lhs, rhs },
        (CompareOp::Lt, false) => Instr::JumpUnlessLt { lhs, rhs },
        (CompareOp::LtE, false) => Instr::JumpUnlessLe { lhs, rhs },
        (CompareOp::Gt, false) => Instr::JumpUnlessGt { lhs, rhs },
        (CompareOp::GtE, false) => Instr::JumpUnlessGe { lhs, rhs },
        (CompareOp::Eq, false) => Instr::JumpUnlessEq { lhs, rhs },
        (_, false) => Instr::JumpUnlessNe { lhs, rhs },
        (_, true) => Instr::JumpIfNe { lhs, rhs },
    }
}

fn fused_imm(op: CompareOp, when: bool, lhs: Reg, imm: i16) -> Instr {
    match (op, when) {
        (CompareOp::Lt, true) => Instr::JumpIfLtImm { lhs, imm },
        (CompareOp::LtE, true) => Instr::JumpIfLeImm { lhs, imm },
        (CompareOp::Gt, true) => Instr::JumpIfGtImm { lhs, imm },
        (CompareOp::GtE, true) => Instr::JumpIfGeImm { lhs, imm },
        (CompareOp::Eq, true) => Instr::JumpIfEqImm { lhs, imm },
        (CompareOp::NotEq, true) => Instr::JumpIfNeImm { lhs, imm },
        (CompareOp::Lt, false) => Instr::JumpUnlessLtImm { lhs, imm },
        (CompareOp::LtE, false) => Instr::JumpUnlessLeImm { lhs, imm },
        (CompareOp::Gt, false) => Instr::JumpUnlessGtImm { lhs, imm },
        (CompareOp::GtE, false) => Instr::JumpUnlessGeImm { lhs, imm },
        (CompareOp::Eq, false) => Instr::JumpUnlessEqImm { lhs, imm },
        (_, false) => Instr::JumpUnlessNeImm { lhs, imm },
        (_, true) => Instr::JumpIfNeImm { lhs, imm },
    }
}
