//! Statements: assignment (with unpacking), augmented assignment, control flow with rotated
//! loops and the fused `for ... in range(...)` loop, function definitions, `assert`, `raise`.

use tauraro_bytecode::{GlobalSlot, Instr, Reg};

use super::expr::binary_instr;
use super::{CodeRef, Codegen, Location, LoopContext};
use crate::hir::{BinaryOp, Constant, Expr, ExprId, FunctionRef, ScopeBody, ScopeId, Stmt, StmtId};

impl Codegen<'_> {
    pub(crate) fn stmts(&mut self, stmts: &[StmtId]) {
        for stmt in stmts {
            self.stmt(*stmt);
        }
    }

    /// Runs `f` in a nested definite-assignment region (a branch or loop body): bindings made
    /// inside do not count after it.
    pub(crate) fn region(&mut self, f: impl FnOnce(&mut Self)) {
        self.frame().assigned.push(Default::default());
        f(self);
        self.frame().assigned.pop();
    }

    fn stmt(&mut self, id: StmtId) {
        let line = self.body.stmt_lines[id];
        self.em().set_line(line);
        let mark = self.em().mark();
        let scope = self.current_scope();
        match self.body.stmts[id].clone() {
            Stmt::Expr(expr) => {
                let dst = self.em().temp();
                self.expr_into(expr, dst);
                if self.interactive && self.body.scopes[scope].kind == crate::hir::ScopeKind::Module
                {
                    self.display(dst);
                }
            }
            Stmt::Assign { targets, value } => self.assign(&targets, value, scope),
            Stmt::AugAssign { target, op, value } => self.aug_assign(target, op, value, scope),
            Stmt::AnnAssign {
                target,
                value,
                annotation,
                simple,
            } => {
                match (value, self.body.exprs[target].clone()) {
                    (Some(value), _) => self.assign(&[target], value, scope),
                    // Without a value, an attribute or subscript target's object (and index)
                    // is still evaluated, as CPython does (`self.x: int` reads `self`).
                    (None, Expr::Attribute { value: object, .. }) => {
                        let reg = self.em().temp();
                        self.expr_into(object, reg);
                    }
                    (
                        None,
                        Expr::Subscript {
                            value: object,
                            slice,
                        },
                    ) => {
                        let reg = self.em().temp();
                        self.expr_into(object, reg);
                        self.expr_into(slice, reg);
                    }
                    (None, _) => {}
                }
                let kind = self.body.scopes[scope].kind;
                if matches!(
                    kind,
                    crate::hir::ScopeKind::Module | crate::hir::ScopeKind::Class
                ) {
                    // Annotations are evaluated at module and class level; those of plain
                    // names are recorded in `__annotations__` (created by the prologue).
                    let reg = self.em().temp();
                    self.expr_into(annotation, reg);
                    if let (true, Expr::Name(name)) = (simple, self.body.exprs[target].clone()) {
                        let dict = self.em().temp();
                        let key = self.em().temp();
                        self.load_name(scope, "__annotations__", dict);
                        self.load_constant(&Constant::Str(name), key);
                        self.em().set_line(line);
                        self.em().emit(Instr::SetItem {
                            obj: dict,
                            key,
                            src: reg,
                        });
                    }
                }
            }
            Stmt::Return(value) => {
                let unwinding = !self.frame().blocks.is_empty();
                match value {
                    // The value is computed before any `finally` body runs, into a
                    // temporary the body cannot change.
                    Some(value) if unwinding => {
                        let src = self.em().temp();
                        self.expr_into(value, src);
                        self.unwind_blocks(0);
                        self.em().set_line(line);
                        self.em().emit(Instr::Return { src });
                    }
                    Some(value) => {
                        let src = self.expr_any(value);
                        self.em().set_line(line);
                        self.em().emit(Instr::Return { src });
                    }
                    None => {
                        self.unwind_blocks(0);
                        self.em().set_line(line);
                        self.em().emit(Instr::ReturnNone {});
                    }
                }
            }
            Stmt::Delete(targets) => {
                for target in targets {
                    self.delete(target, scope);
                }
            }
            Stmt::Pass | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Break => match self.frame().loops.last().cloned() {
                Some(context) => {
                    self.unwind_blocks(context.block_depth);
                    self.em().jump(context.break_label);
                }
                None => self.error_at_stmt(id, "'break' outside loop"),
            },
            Stmt::Continue => match self.frame().loops.last().cloned() {
                Some(context) => {
                    self.unwind_blocks(context.block_depth);
                    self.em().jump(context.continue_label);
                }
                None => self.error_at_stmt(id, "'continue' not properly in loop"),
            },
            Stmt::If { test, body, orelse } => {
                if let Expr::Constant(constant) = &self.body.exprs[test] {
                    // A constant test compiles only the branch that runs.
                    let taken = if constant.is_truthy() { body } else { orelse };
                    self.region(|this| this.stmts(&taken));
                } else {
                    let else_label = self.em().new_label();
                    let end = self.em().new_label();
                    self.branch(test, false, else_label);
                    self.region(|this| this.stmts(&body));
                    if !orelse.is_empty() {
                        self.em().jump(end);
                    }
                    self.em().bind(else_label);
                    self.region(|this| this.stmts(&orelse));
                    self.em().bind(end);
                }
            }
            Stmt::While { test, body, orelse } => self.while_loop(test, &body, &orelse),
            Stmt::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if is_async {
                    self.error_at_stmt(id, "not supported yet: 'async for'");
                }
                self.for_loop(target, iter, &body, &orelse, scope);
            }
            Stmt::FunctionDef {
                name,
                function,
                decorators,
                defaults,
                kw_defaults,
                annotations,
                is_async,
            } => {
                if is_async {
                    self.error_at_stmt(id, "not supported yet: 'async def' (coroutines)");
                }
                let decorator_regs: Vec<Reg> = decorators
                    .iter()
                    .map(|decorator| {
                        let reg = self.em().temp();
                        self.expr_into(*decorator, reg);
                        reg
                    })
                    .collect();
                let function_reg = self.em().temp();
                let (code, nested) = match function {
                    FunctionRef::Nested(scope) => (CodeRef::Local(usize::MAX), Some(scope)),
                    FunctionRef::Item(index) => (CodeRef::Item(index), None),
                };
                self.em().set_line(line);
                self.annotated_function_object(
                    code,
                    nested,
                    &defaults,
                    &kw_defaults,
                    &annotations,
                    function_reg,
                );
                self.apply_decorators(&decorator_regs, function_reg);
                self.store_name(scope, &name, function_reg);
            }
            Stmt::ClassDef {
                name,
                scope: class_scope,
                bases,
                keywords,
                decorators,
            } => {
                let decorator_regs: Vec<Reg> = decorators
                    .iter()
                    .map(|decorator| {
                        let reg = self.em().temp();
                        self.expr_into(*decorator, reg);
                        reg
                    })
                    .collect();
                let result = self.em().temp();
                let total = 2 + bases.len() + keywords.len();
                let base = self.em().temps(total + 1);
                let builder = tauraro_bytecode::builtin_slot("__build_class__").expect("builtin");
                self.em().emit(Instr::LoadBuiltin {
                    dst: base,
                    slot: builder,
                });
                let body = Reg::from_raw(base.raw() + 1);
                self.em().set_line(line);
                self.function_object(
                    CodeRef::Local(usize::MAX),
                    Some(class_scope),
                    &[],
                    &[],
                    body,
                );
                // The class's own name (the binding `name` may be mangled).
                let class_name = self.body.scopes[class_scope].name.clone();
                self.load_constant(
                    &crate::hir::Constant::Str(class_name),
                    Reg::from_raw(base.raw() + 2),
                );
                for (offset, base_expr) in bases.iter().enumerate() {
                    self.expr_into(*base_expr, Reg::from_raw(base.raw() + 3 + offset as u16));
                }
                for (offset, keyword) in keywords.iter().enumerate() {
                    let reg = Reg::from_raw(base.raw() + 3 + (bases.len() + offset) as u16);
                    self.expr_into(keyword.value, reg);
                }
                self.em().set_line(line);
                if keywords.is_empty() {
                    self.em().emit(Instr::Call {
                        func: base,
                        argc: total as u16,
                        dst: result,
                    });
                } else {
                    let names = tauraro_bytecode::Constant::Tuple(
                        keywords
                            .iter()
                            .map(|k| {
                                tauraro_bytecode::Constant::Str(k.name.clone().unwrap_or_default())
                            })
                            .collect(),
                    );
                    let kwnames = self.em().constant(names);
                    self.em().emit(Instr::CallKw {
                        func: base,
                        argc: total as u8,
                        kwnames,
                    });
                    self.em().emit(Instr::Move {
                        dst: result,
                        src: base,
                    });
                }
                self.apply_decorators(&decorator_regs, result);
                self.store_name(scope, &name, result);
            }
            Stmt::Assert { test, msg } => {
                let ok = self.em().new_label();
                self.branch(test, true, ok);
                let error = self.em().temp();
                let slot = tauraro_bytecode::builtin_slot("AssertionError").expect("builtin");
                match msg {
                    Some(msg) => {
                        let arg = self.em().temp();
                        self.expr_into(msg, arg);
                        self.em().emit(Instr::CallBuiltin {
                            slot,
                            argc: 1,
                            base: arg,
                            dst: error,
                        });
                    }
                    None => {
                        self.em().emit(Instr::LoadBuiltin { dst: error, slot });
                    }
                }
                self.em().set_line(line);
                self.em().emit(Instr::Raise { exc: error });
                self.em().bind(ok);
            }
            Stmt::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.em().emit(Instr::Reraise {});
                }
                (Some(exc), None) => {
                    let reg = self.expr_any(exc);
                    self.em().set_line(line);
                    self.em().emit(Instr::Raise { exc: reg });
                }
                (Some(exc), Some(cause)) => {
                    let exc = self.expr_any(exc);
                    let cause = self.expr_any(cause);
                    self.em().set_line(line);
                    self.em().emit(Instr::RaiseFrom { exc, cause });
                }
            },
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if is_star {
                    self.error_at_stmt(id, "not supported yet: 'except*' (exception groups)");
                } else {
                    self.try_stmt(id, &body, &handlers, &orelse, &finalbody);
                }
            }
            Stmt::With {
                items,
                body,
                is_async,
            } => {
                if is_async {
                    self.error_at_stmt(id, "not supported yet: 'async with'");
                } else {
                    self.with_stmt(&items, &body, line);
                }
            }
            Stmt::Match { subject, cases } => self.match_stmt(id, subject, &cases),
            Stmt::Import(aliases) => self.import(&aliases, scope),
            Stmt::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(id, module.as_ref(), &names, level, scope),
        }
        self.em().release(mark);
    }

    /// `sys.displayhook(value)`: print the repr of a value that is not None and keep it in `_`.
    fn display(&mut self, value: Reg) {
        let skip = self.em().new_label();
        let none = self.em().temp();
        let is_none = self.em().temp();
        self.em().emit(Instr::LoadNone { dst: none });
        self.em().emit(Instr::Is {
            dst: is_none,
            lhs: value,
            rhs: none,
        });
        self.em().emit_jump(
            Instr::JumpIfTrue {
                cond: is_none,
                target: tauraro_bytecode::InstrIdx::from_raw(0),
            },
            skip,
        );
        if let Some(slot) = self.globals.slot("_") {
            self.em().emit(Instr::StoreGlobal {
                slot: tauraro_bytecode::GlobalSlot::from_raw(slot),
                src: value,
            });
        }
        let text = self.em().temp();
        self.em().emit(Instr::Move {
            dst: text,
            src: value,
        });
        let repr = tauraro_bytecode::builtin_slot("repr").expect("builtin");
        let print = tauraro_bytecode::builtin_slot("print").expect("builtin");
        self.em().emit(Instr::CallBuiltin {
            slot: repr,
            argc: 1,
            base: text,
            dst: text,
        });
        self.em().emit(Instr::CallBuiltin {
            slot: print,
            argc: 1,
            base: text,
            dst: none,
        });
        self.em().bind(skip);
    }

    fn apply_decorators(&mut self, decorators: &[Reg], function: Reg) {
        for decorator in decorators.iter().rev() {
            let base = self.em().temps(2);
            self.em().emit(Instr::Move {
                dst: base,
                src: *decorator,
            });
            self.em().emit(Instr::Move {
                dst: Reg::from_raw(base.raw() + 1),
                src: function,
            });
            self.em().emit(Instr::Call {
                func: base,
                argc: 1,
                dst: function,
            });
        }
    }

    fn assign(&mut self, targets: &[ExprId], value: ExprId, scope: ScopeId) {
        // `a, b = b, a`: evaluate the elements, then assign them, without building a tuple.
        if let [target] = targets
            && let (Expr::Tuple(lhs) | Expr::List(lhs), Expr::Tuple(rhs)) =
                (&self.body.exprs[*target], &self.body.exprs[value])
            && lhs.len() == rhs.len()
            && !lhs
                .iter()
                .chain(rhs.iter())
                .any(|e| matches!(self.body.exprs[*e], Expr::Starred(_)))
        {
            let (lhs, rhs) = (lhs.clone(), rhs.clone());
            let base = self.em().temps(rhs.len());
            for (offset, item) in rhs.iter().enumerate() {
                self.expr_into(*item, Reg::from_raw(base.raw() + offset as u16));
            }
            for (offset, target) in lhs.iter().enumerate() {
                self.assign_target(*target, Reg::from_raw(base.raw() + offset as u16), scope);
            }
            return;
        }
        // A single name target: evaluate straight into its register.
        if let [target] = targets
            && let Expr::Name(name) = &self.body.exprs[*target]
            && let Location::Register(reg) = self.location(scope, name)
        {
            let name = name.clone();
            self.expr_into(value, reg);
            self.frame().mark_assigned((scope, name));
            return;
        }
        let src = self.expr_any(value);
        // `x = value` for a global: the temporary holding the value is not read again, so the
        // store moves out of it (no stale reference keeps the object alive).
        if let [target] = targets
            && let Expr::Name(name) = &self.body.exprs[*target]
            && let Location::Global = self.location(scope, name)
            && self.is_temp(src)
            && let Some(slot) = self.globals.slot(name)
        {
            let name = name.clone();
            self.em().emit(Instr::StoreGlobalMove {
                slot: GlobalSlot::from_raw(slot),
                src,
            });
            self.frame().mark_assigned((scope, name));
            return;
        }
        for target in targets {
            self.assign_target(*target, src, scope);
        }
    }

    /// Stores the value in `src` into an assignment target.
    pub(crate) fn assign_target(&mut self, target: ExprId, src: Reg, scope: ScopeId) {
        let mark = self.em().mark();
        match self.body.exprs[target].clone() {
            Expr::Name(name) => self.store_name(scope, &name, src),
            Expr::Attribute { value, attr } => {
                let obj = self.expr_any(value);
                let name = self.em().name(&attr);
                self.em().emit(Instr::SetAttr { obj, name, src });
            }
            Expr::Subscript { value, slice } => {
                let obj = self.expr_any(value);
                if let Some(index) = self.small_int_expr(slice) {
                    self.em().emit(Instr::SetItemImm { obj, index, src });
                } else {
                    let key = self.expr_any(slice);
                    self.em().emit(Instr::SetItem { obj, key, src });
                }
            }
            Expr::Tuple(items) | Expr::List(items) => {
                if let Some(base) = self.consecutive_local_registers(&items, scope) {
                    // `a, b = pair` with `a` and `b` in adjacent registers: unpacked straight
                    // into them. The instruction reads the whole source before it writes.
                    self.em().emit(Instr::UnpackSequence {
                        src,
                        base,
                        count: items.len() as u16,
                    });
                    for item in items.iter() {
                        if let Expr::Name(name) = &self.body.exprs[*item] {
                            let name = name.clone();
                            self.frame().mark_assigned((scope, name));
                        }
                    }
                    self.em().release(mark);
                    return;
                }
                let star = items
                    .iter()
                    .position(|item| matches!(self.body.exprs[*item], Expr::Starred(_)));
                let base = self.em().temps(items.len());
                match star {
                    None => {
                        self.em().emit(Instr::UnpackSequence {
                            src,
                            base,
                            count: items.len() as u16,
                        });
                    }
                    Some(position) => {
                        let before = position;
                        let after = items.len() - position - 1;
                        if before > 255 || after > 255 {
                            self.error_at_expr(
                                target,
                                "too many expressions in star-unpacking assignment",
                            );
                        }
                        self.em().emit(Instr::UnpackEx {
                            src,
                            base,
                            before: before as u8,
                            after: after as u8,
                        });
                    }
                }
                for (offset, item) in items.iter().enumerate() {
                    let item_target = match self.body.exprs[*item] {
                        Expr::Starred(inner) => inner,
                        _ => *item,
                    };
                    self.assign_target(
                        item_target,
                        Reg::from_raw(base.raw() + offset as u16),
                        scope,
                    );
                }
            }
            Expr::Starred(inner) => self.assign_target(inner, src, scope),
            _ => {}
        }
        self.em().release(mark);
    }

    /// The first register of `items` when they are all plain local names held in registers
    /// `r, r+1, r+2, ...` (so all distinct). The source may be among them: `UnpackSequence`
    /// holds the source while it writes.
    fn consecutive_local_registers(&mut self, items: &[ExprId], scope: ScopeId) -> Option<Reg> {
        if items.len() < 2 || items.len() > usize::from(u16::MAX) {
            return None;
        }
        let mut first = None;
        for (offset, item) in items.iter().enumerate() {
            let Expr::Name(name) = &self.body.exprs[*item] else {
                return None;
            };
            let Location::Register(reg) = self.location(scope, name) else {
                return None;
            };
            let base = *first.get_or_insert(reg);
            if u32::from(reg.raw()) != u32::from(base.raw()) + offset as u32 {
                return None;
            }
        }
        first
    }

    fn aug_assign(&mut self, target: ExprId, op: BinaryOp, value: ExprId, scope: ScopeId) {
        let immediate = match (&self.body.exprs[value], op) {
            (Expr::Constant(Constant::Int(v)), BinaryOp::Add | BinaryOp::Sub) => {
                i16::try_from(*v).ok()
            }
            _ => None,
        };
        let emit_op = |this: &mut Self, dst: Reg, current: Reg| match immediate {
            Some(imm) => {
                this.em().emit(match op {
                    BinaryOp::Add => Instr::InplaceAddImm {
                        dst,
                        src: current,
                        imm,
                    },
                    _ => Instr::InplaceSubImm {
                        dst,
                        src: current,
                        imm,
                    },
                });
            }
            None => {
                let rhs = this.expr_any(value);
                this.em().emit(binary_instr(op, dst, current, rhs, true));
            }
        };
        match self.body.exprs[target].clone() {
            Expr::Name(name) => match self.location(scope, &name) {
                Location::Register(reg) => {
                    let current = self.expr_any(target);
                    emit_op(self, reg, current);
                    self.frame().mark_assigned((scope, name));
                }
                _ => {
                    let current = self.em().temp();
                    self.load_name(scope, &name, current);
                    emit_op(self, current, current);
                    self.store_name(scope, &name, current);
                }
            },
            Expr::Attribute {
                value: obj_expr,
                attr,
            } => {
                let obj = self.expr_any(obj_expr);
                let name = self.em().name(&attr);
                let current = self.em().temp();
                self.em().emit(Instr::GetAttr {
                    dst: current,
                    obj,
                    name,
                });
                emit_op(self, current, current);
                self.em().emit(Instr::SetAttr {
                    obj,
                    name,
                    src: current,
                });
            }
            Expr::Subscript {
                value: obj_expr,
                slice,
            } => {
                let obj = self.expr_any(obj_expr);
                if let Some(index) = self.small_int_expr(slice) {
                    let current = self.em().temp();
                    self.em().emit(Instr::GetItemImm {
                        dst: current,
                        obj,
                        index,
                    });
                    emit_op(self, current, current);
                    self.em().emit(Instr::SetItemImm {
                        obj,
                        index,
                        src: current,
                    });
                    return;
                }
                let key = self.expr_any(slice);
                let current = self.em().temp();
                self.em().emit(Instr::GetItem {
                    dst: current,
                    obj,
                    key,
                });
                emit_op(self, current, current);
                self.em().emit(Instr::SetItem {
                    obj,
                    key,
                    src: current,
                });
            }
            _ => {}
        }
    }

    /// `del name`.
    pub(crate) fn delete_name(&mut self, scope: ScopeId, name: &crate::hir::Name) {
        match self.location(scope, name) {
            Location::Register(reg) => {
                let name_idx = self.em().name(name);
                self.em().emit(Instr::DeleteLocal {
                    reg,
                    name: name_idx,
                });
            }
            Location::Cell(cell) => {
                let name_idx = self.em().name(name);
                self.em().emit(Instr::DeleteCell {
                    cell,
                    name: name_idx,
                });
            }
            Location::Global => {
                if let Some(slot) = self.globals.slot(name) {
                    self.em().emit(Instr::DeleteGlobal {
                        slot: tauraro_bytecode::GlobalSlot::from_raw(slot),
                    });
                }
            }
            Location::ClassName => self.delete_class_name(name),
        }
        self.frame().mark_unassigned(&(scope, name.clone()));
    }

    fn delete(&mut self, target: ExprId, scope: ScopeId) {
        let mark = self.em().mark();
        match self.body.exprs[target].clone() {
            Expr::Name(name) => self.delete_name(scope, &name),
            Expr::Attribute { value, attr } => {
                let obj = self.expr_any(value);
                let name = self.em().name(&attr);
                self.em().emit(Instr::DelAttr { obj, name });
            }
            Expr::Subscript { value, slice } => {
                let obj = self.expr_any(value);
                let key = self.expr_any(slice);
                self.em().emit(Instr::DelItem { obj, key });
            }
            Expr::Tuple(items) | Expr::List(items) => {
                for item in items {
                    self.delete(item, scope);
                }
            }
            _ => {}
        }
        self.em().release(mark);
    }

    fn while_loop(&mut self, test: ExprId, body: &[StmtId], orelse: &[StmtId]) {
        let body_label = self.em().new_label();
        let test_label = self.em().new_label();
        let break_label = self.em().new_label();
        let always = matches!(&self.body.exprs[test], Expr::Constant(c) if c.is_truthy());
        let never = matches!(&self.body.exprs[test], Expr::Constant(c) if !c.is_truthy());
        if never {
            self.region(|this| this.stmts(orelse));
            return;
        }
        if !always {
            self.em().jump(test_label);
        }
        self.em().bind(body_label);
        let block_depth = self.frame().blocks.len();
        self.frame().loops.push(LoopContext {
            continue_label: test_label,
            break_label,
            block_depth,
        });
        self.region(|this| this.stmts(body));
        self.frame().loops.pop();
        self.em().bind(test_label);
        if always {
            self.em().jump(body_label);
        } else {
            self.branch(test, true, body_label);
            self.region(|this| this.stmts(orelse));
        }
        self.em().bind(break_label);
    }

    /// Whether `iter` is a call of the builtin `range` with 1 to 3 plain arguments.
    fn range_call(&self, iter: ExprId, scope: ScopeId) -> Option<Vec<ExprId>> {
        let Expr::Call {
            func,
            args,
            keywords,
        } = &self.body.exprs[iter]
        else {
            return None;
        };
        let Expr::Name(name) = &self.body.exprs[*func] else {
            return None;
        };
        if &**name != "range"
            || !keywords.is_empty()
            || !(1..=3).contains(&args.len())
            || args
                .iter()
                .any(|a| matches!(self.body.exprs[*a], Expr::Starred(_)))
            || self.location(scope, name) != Location::Global
            || self.globals.slot(name).is_some()
        {
            return None;
        }
        Some(args.clone())
    }

    fn for_loop(
        &mut self,
        target: ExprId,
        iter: ExprId,
        body: &[StmtId],
        orelse: &[StmtId],
        scope: ScopeId,
    ) {
        let body_label = self.em().new_label();
        let test_label = self.em().new_label();
        let break_label = self.em().new_label();
        let mark = self.em().mark();
        // The loop variable: a local's own register, else a temporary then an assignment.
        let direct = match &self.body.exprs[target] {
            Expr::Name(name) => match self.location(scope, name) {
                Location::Register(reg) => Some(reg),
                _ => None,
            },
            _ => None,
        };
        let item = direct.unwrap_or_else(|| self.em().temp());
        let mut iterator_reg = None;
        let next = if let Some(args) = self.range_call(iter, scope) {
            let base = self.em().temps(3);
            for (offset, arg) in args.iter().enumerate() {
                self.expr_into(*arg, Reg::from_raw(base.raw() + offset as u16));
            }
            self.set_line_of_expr(iter);
            self.em().emit(Instr::RangePrep {
                base,
                argc: args.len() as u8,
            });
            Instr::ForRange { base, dst: item }
        } else {
            let iterator = self.em().temp();
            let iterable = self.expr_any(iter);
            self.set_line_of_expr(iter);
            self.em().emit(Instr::GetIter {
                dst: iterator,
                src: iterable,
            });
            iterator_reg = Some((iterator, self.is_temp(iterable).then_some(iterable)));
            Instr::ForIter {
                iter: iterator,
                dst: item,
            }
        };
        self.em().jump(test_label);
        self.em().bind(body_label);
        let block_depth = self.frame().blocks.len();
        self.frame().loops.push(LoopContext {
            continue_label: test_label,
            break_label,
            block_depth,
        });
        self.region(|this| {
            if direct.is_some() {
                if let Expr::Name(name) = &this.body.exprs[target] {
                    let name = name.clone();
                    this.frame().mark_assigned((scope, name));
                }
            } else {
                this.assign_target(target, item, scope);
            }
            this.stmts(body);
        });
        self.frame().loops.pop();
        self.em().bind(test_label);
        self.set_line_of_expr(iter);
        self.em().emit_paired(next, body_label);
        self.region(|this| this.stmts(orelse));
        self.em().bind(break_label);
        if let Some((iterator, iterable)) = iterator_reg
            && self.breaks_out(body)
        {
            // A loop left by `break` drops its iterator now, as CPython pops it: an
            // abandoned generator is closed here, not when the registers are reused.
            let name = self.em().name(".iterator");
            for reg in iterable.into_iter().chain([iterator]) {
                self.em().emit(Instr::DeleteLocal { reg, name });
            }
        }
        self.em().release(mark);
    }

    /// Whether statements of a loop body hold a `break` of that loop (not of a nested loop).
    fn breaks_out(&self, stmts: &[StmtId]) -> bool {
        stmts.iter().any(|stmt| match &self.body.stmts[*stmt] {
            Stmt::Break => true,
            Stmt::If { body, orelse, .. } => self.breaks_out(body) || self.breaks_out(orelse),
            Stmt::For { orelse, .. } | Stmt::While { orelse, .. } => self.breaks_out(orelse),
            Stmt::With { body, .. } => self.breaks_out(body),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.breaks_out(body)
                    || handlers.iter().any(|h| self.breaks_out(&h.body))
                    || self.breaks_out(orelse)
                    || self.breaks_out(finalbody)
            }
            Stmt::Match { cases, .. } => cases.iter().any(|case| self.breaks_out(&case.body)),
            _ => false,
        })
    }

    fn set_line_of_expr(&mut self, expr: ExprId) {
        let line = self.body.expr_lines[expr];
        self.em().set_line(line);
    }

    /// A class body starts by recording `__module__`, `__qualname__` and the docstring.
    pub(crate) fn class_body_prologue(&mut self, scope: ScopeId) {
        let mark = self.em().mark();
        let value = self.em().temp();
        self.load_global("__name__", value);
        self.store_class_name("__module__", value);
        let qualname = self.body.scopes[scope].qualname.clone();
        self.load_constant(&crate::hir::Constant::Str(qualname), value);
        self.store_class_name("__qualname__", value);
        self.setup_annotations(scope);
        if let Some(doc) = self.body.scopes[scope].docstring.clone() {
            self.load_constant(&crate::hir::Constant::Str(doc), value);
            self.store_class_name("__doc__", value);
        }
        self.em().release(mark);
    }

    /// A module or class body whose statements annotate something starts with an empty
    /// `__annotations__` dict (CPython's `SETUP_ANNOTATIONS`).
    pub(crate) fn setup_annotations(&mut self, scope: ScopeId) {
        let ScopeBody::Stmts(stmts) = &self.body.scopes[scope].body else {
            return;
        };
        if !self.has_annotations(stmts) {
            return;
        }
        if self.interactive && self.body.scopes[scope].kind == crate::hir::ScopeKind::Module {
            // A session's `__main__` has its `__annotations__` from the start; each input
            // adds to it (SETUP_ANNOTATIONS only creates a missing dict).
            return;
        }
        let mark = self.em().mark();
        let dict = self.em().temp();
        self.em().emit(Instr::BuildDict {
            dst: dict,
            base: dict,
            count: 0,
        });
        self.store_name(scope, "__annotations__", dict);
        self.em().release(mark);
    }

    /// Whether statements hold an annotated assignment, looking into compound statements
    /// but not into nested scopes or `match` (as CPython's `find_ann`).
    fn has_annotations(&self, stmts: &[StmtId]) -> bool {
        stmts.iter().any(|stmt| match &self.body.stmts[*stmt] {
            Stmt::AnnAssign { .. } => true,
            Stmt::For { body, orelse, .. }
            | Stmt::While { body, orelse, .. }
            | Stmt::If { body, orelse, .. } => {
                self.has_annotations(body) || self.has_annotations(orelse)
            }
            Stmt::With { body, .. } => self.has_annotations(body),
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.has_annotations(body)
                    || handlers.iter().any(|h| self.has_annotations(&h.body))
                    || self.has_annotations(orelse)
                    || self.has_annotations(finalbody)
            }
            _ => false,
        })
    }

    /// A class body ends by returning its `__class__` cell, which `__build_class__` fills
    /// with the new class (for `super()` in methods).
    pub(crate) fn class_body_epilogue(&mut self, scope: ScopeId) {
        match self.location(scope, "__class__") {
            Location::Cell(cell) => {
                self.em().emit(Instr::Return { src: cell });
            }
            _ => {
                self.em().emit(Instr::ReturnNone {});
            }
        }
    }

    /// The class body's namespace argument.
    fn namespace_register(&self) -> Reg {
        Reg::from_raw(0)
    }

    pub(crate) fn load_class_name(&mut self, name: &str, dst: Reg) {
        let ns = self.namespace_register();
        let name = self.em().name(name);
        self.em().emit(Instr::LoadClassName { dst, ns, name });
    }

    pub(crate) fn store_class_name(&mut self, name: &str, src: Reg) {
        let ns = self.namespace_register();
        let name = self.em().name(name);
        self.em().emit(Instr::StoreClassName { ns, name, src });
    }

    fn delete_class_name(&mut self, name: &str) {
        let ns = self.namespace_register();
        let name = self.em().name(name);
        self.em().emit(Instr::DeleteClassName { ns, name });
    }
}
