//! `try`/`except`/`else`/`finally` and `with`, compiled the way CPython 3.11 does: the
//! protected code carries no setup instructions; the emitter records which handler covers
//! each instruction and derives the exception table from that. Handler code enters the
//! handling state with `PushExcInfo` and leaves it with `PopExcInfo`, and is itself covered
//! by a cleanup handler so that an exception escaping it also leaves that state.
//!
//! `return`, `break` and `continue` leaving a block run its cleanup inline
//! ([`Codegen::unwind_blocks`]): the `finally` body, `PopExcInfo`, or `__exit__(None, None,
//! None)`.

use tauraro_bytecode::{Instr, Reg};

use super::{ActiveBlock, Codegen, UnwindBlock};
use crate::hir::{ExceptHandler, Name, StmtId, WithItem};

impl Codegen<'_> {
    fn push_block(&mut self, block: UnwindBlock, handler_depth: usize) {
        self.frame().blocks.push(ActiveBlock {
            block,
            handler_depth,
        });
    }

    fn pop_block(&mut self) {
        self.frame().blocks.pop();
    }

    /// Emits the cleanup of every block above `depth`, innermost first, for a jump out of
    /// them. Each cleanup is emitted as if outside its block: with only the handlers and
    /// blocks enclosing that block active.
    pub(crate) fn unwind_blocks(&mut self, depth: usize) {
        let blocks = self.frame().blocks.clone();
        if blocks.len() <= depth {
            return;
        }
        let loops = self.frame().loops.clone();
        let handlers = self.em().active_handlers();
        for index in (depth..blocks.len()).rev() {
            let ActiveBlock {
                block,
                handler_depth,
            } = blocks[index].clone();
            self.frame().blocks.truncate(index);
            // A loop inside the block is not a target for `break` in its cleanup.
            self.frame().loops.retain(|lp| lp.block_depth <= index);
            self.em()
                .set_active_handlers(handlers[..handler_depth].to_vec());
            match block {
                UnwindBlock::Finally { body } => {
                    let mark = self.em().mark();
                    self.region(|this| this.stmts(&body));
                    self.em().release(mark);
                }
                UnwindBlock::Handler { name } => {
                    self.em().emit(Instr::PopExcInfo {});
                    if let Some(name) = name {
                        self.clear_exception_name(&name);
                    }
                }
                UnwindBlock::With { exit } => {
                    let mark = self.em().mark();
                    let none = self.em().temp();
                    self.em().emit(Instr::LoadNone { dst: none });
                    self.em().emit(Instr::WithExit {
                        dst: none,
                        exit,
                        exc: none,
                    });
                    self.em().release(mark);
                }
            }
        }
        self.frame().blocks = blocks;
        self.frame().loops = loops;
        self.em().set_active_handlers(handlers);
    }

    /// `name = None; del name` at the end of `except ... as name:` (so the exception, which
    /// refers to the frame through its traceback, does not stay alive in a variable).
    fn clear_exception_name(&mut self, name: &Name) {
        let scope = self.current_scope();
        let mark = self.em().mark();
        let none = self.em().temp();
        self.em().emit(Instr::LoadNone { dst: none });
        self.store_name(scope, name, none);
        self.delete_name(scope, name);
        self.em().release(mark);
    }

    pub(crate) fn try_stmt(
        &mut self,
        id: StmtId,
        body: &[StmtId],
        handlers: &[ExceptHandler],
        orelse: &[StmtId],
        finalbody: &[StmtId],
    ) {
        if let Some(position) = handlers.iter().position(|h| h.type_.is_none())
            && position + 1 < handlers.len()
        {
            self.error_at_stmt(id, "default 'except:' must be last");
            return;
        }
        if finalbody.is_empty() {
            self.try_except(body, handlers, orelse);
            return;
        }
        let mark = self.em().mark();
        let exc = self.em().temp();
        let handler = self.em().new_label();
        let end = self.em().new_label();
        let depth = self.em().handler_depth();
        self.em().push_handler(handler, exc);
        self.push_block(
            UnwindBlock::Finally {
                body: finalbody.to_vec(),
            },
            depth,
        );
        if handlers.is_empty() {
            self.region(|this| this.stmts(body));
        } else {
            self.try_except(body, handlers, orelse);
        }
        self.pop_block();
        self.em().pop_handler();
        // The normal way out runs one copy of the `finally` body...
        self.region(|this| this.stmts(finalbody));
        self.em().jump(end);
        // ...and the exceptional way out another, then re-raises.
        self.em().bind(handler);
        self.handler_body(exc, None, |this| this.region(|this| this.stmts(finalbody)));
        self.em().emit(Instr::ResumeUnwind { exc });
        self.em().bind(end);
        self.em().release(mark);
    }

    /// Runs `body` as handler code for the exception in `exc`: in the handling state, and
    /// protected by a cleanup that leaves that state if an exception escapes. On the normal
    /// way out the handling state has been left when this returns.
    fn handler_body(&mut self, exc: Reg, name: Option<Name>, body: impl FnOnce(&mut Self)) {
        let mark = self.em().mark();
        let cleanup_exc = self.em().temp();
        let cleanup = self.em().new_label();
        let after = self.em().new_label();
        self.em().emit(Instr::PushExcInfo { exc });
        let depth = self.em().handler_depth();
        self.em().push_handler(cleanup, cleanup_exc);
        self.push_block(UnwindBlock::Handler { name: name.clone() }, depth);
        body(self);
        self.pop_block();
        self.em().pop_handler();
        self.em().emit(Instr::PopExcInfo {});
        if let Some(name) = &name {
            self.clear_exception_name(name);
        }
        self.em().jump(after);
        self.em().bind(cleanup);
        self.em().emit(Instr::PopExcInfo {});
        if let Some(name) = &name {
            self.clear_exception_name(name);
        }
        self.em().emit(Instr::ResumeUnwind { exc: cleanup_exc });
        self.em().bind(after);
        self.em().release(mark);
    }

    fn try_except(&mut self, body: &[StmtId], handlers: &[ExceptHandler], orelse: &[StmtId]) {
        let mark = self.em().mark();
        let exc = self.em().temp();
        let handler = self.em().new_label();
        let end = self.em().new_label();
        self.em().push_handler(handler, exc);
        self.region(|this| this.stmts(body));
        self.em().pop_handler();
        self.region(|this| this.stmts(orelse));
        self.em().jump(end);

        self.em().bind(handler);
        let scope = self.current_scope();
        for clause in handlers {
            let next = self.em().new_label();
            self.em().set_line(clause.line);
            if let Some(type_) = clause.type_ {
                let clause_mark = self.em().mark();
                let class = self.expr_any(type_);
                let matched = self.em().temp();
                self.em().set_line(clause.line);
                self.em().emit(Instr::CheckExcMatch {
                    dst: matched,
                    exc,
                    class,
                });
                self.em().emit_jump(
                    Instr::JumpIfFalse {
                        cond: matched,
                        target: tauraro_bytecode::InstrIdx::from_raw(0),
                    },
                    next,
                );
                self.em().release(clause_mark);
            }
            if let Some(name) = &clause.name {
                self.store_name(scope, name, exc);
            }
            let clause_body = clause.body.clone();
            self.handler_body(exc, clause.name.clone(), |this| {
                this.region(|this| this.stmts(&clause_body));
            });
            self.em().jump(end);
            self.em().bind(next);
        }
        // No clause matched: the exception goes on.
        self.em().emit(Instr::ResumeUnwind { exc });
        self.em().bind(end);
        self.em().release(mark);
    }

    pub(crate) fn with_stmt(&mut self, items: &[WithItem], body: &[StmtId], line: u32) {
        let Some((item, rest)) = items.split_first() else {
            self.region(|this| this.stmts(body));
            return;
        };
        let scope = self.current_scope();
        let mark = self.em().mark();
        let exit = self.em().temp();
        let value = self.em().temp();
        let exc = self.em().temp();
        let ctx = self.expr_any(item.context);
        self.em().set_line(line);
        self.em().emit(Instr::WithEnter {
            dst: value,
            exit,
            ctx,
        });
        let handler = self.em().new_label();
        let end = self.em().new_label();
        let depth = self.em().handler_depth();
        self.em().push_handler(handler, exc);
        self.push_block(UnwindBlock::With { exit }, depth);
        if let Some(target) = item.target {
            self.assign_target(target, value, scope);
        }
        self.with_stmt(rest, body, line);
        self.pop_block();
        self.em().pop_handler();
        self.em().set_line(line);
        self.em().emit(Instr::LoadNone { dst: value });
        self.em().emit(Instr::WithExit {
            dst: value,
            exit,
            exc: value,
        });
        self.em().jump(end);

        // The body raised: `__exit__(type, exc, tb)` decides whether it is suppressed.
        self.em().bind(handler);
        let cleanup_exc = self.em().temp();
        let cleanup = self.em().new_label();
        let suppressed = self.em().new_label();
        self.em().emit(Instr::PushExcInfo { exc });
        self.em().push_handler(cleanup, cleanup_exc);
        self.em().emit(Instr::WithExit {
            dst: value,
            exit,
            exc,
        });
        self.em().emit_jump(
            Instr::JumpIfTrue {
                cond: value,
                target: tauraro_bytecode::InstrIdx::from_raw(0),
            },
            suppressed,
        );
        self.em().pop_handler();
        self.em().emit(Instr::PopExcInfo {});
        self.em().emit(Instr::ResumeUnwind { exc });
        self.em().bind(suppressed);
        self.em().emit(Instr::PopExcInfo {});
        self.em().jump(end);
        self.em().bind(cleanup);
        self.em().emit(Instr::PopExcInfo {});
        self.em().emit(Instr::ResumeUnwind { exc: cleanup_exc });
        self.em().bind(end);
        self.em().release(mark);
    }
}
