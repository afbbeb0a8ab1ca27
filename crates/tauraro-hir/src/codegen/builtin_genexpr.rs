//! `set(<genexpr>)`, `list(...)`, `tuple(...)` and `sum(...)`: a call of one of these
//! builtins with a generator expression as its only argument is compiled as a loop in the
//! calling frame, like a set or list comprehension, instead of creating a generator and
//! resuming it once per value.
//!
//! What stays as CPython does it:
//! - the builtin may have been rebound through the `builtins` module: `BuiltinUnchanged`
//!   checks the slot first and takes the ordinary path (a real generator passed to whatever
//!   the name holds) when it no longer holds the builtin;
//! - the first iterable is evaluated (and `iter()` called on it) in the calling scope, the
//!   rest of the expression in the generator expression's own scope (its variables get
//!   registers of their own, its free variables are the calling frame's cells);
//! - a StopIteration escaping the expression's code becomes RuntimeError("generator raised
//!   StopIteration") (`GenExprUnwind`, the handler covering that code); the builtin's own
//!   work on each value (hashing it into the set, adding it to the total) is outside that
//!   handler, as it is outside the generator in CPython;
//! - the loop's registers are cleared when it ends, normally or not, so the iterator and
//!   the last values are released when CPython releases the generator.
//!
//! Generator expressions that could observe the missing frame (`locals()`, `super()`,
//! nested functions or comprehensions capturing their variables...) keep the ordinary path.

use tauraro_bytecode::{Instr, Reg};

use super::{Codegen, Location};
use crate::hir::{ComprehensionKind, Expr, ExprId, Name, ScopeBody, ScopeId};

/// What the builtin does with each value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Consumer {
    Set,
    List,
    Tuple,
    Sum,
}

/// Names whose use in a generator expression could see that it has no frame of its own.
const FRAME_SENSITIVE_NAMES: &[&str] = &[
    "locals",
    "vars",
    "dir",
    "eval",
    "exec",
    "super",
    "__class__",
    "breakpoint",
];

impl Codegen<'_> {
    /// Compiles `name(arg)` into `dst` when `name` is one of the builtins above (a global
    /// without a module slot, so the call would be `CallBuiltin`) and `arg` a generator
    /// expression that can run inline. False, with nothing emitted, otherwise.
    pub(crate) fn inline_builtin_genexpr(
        &mut self,
        func: ExprId,
        name: &str,
        args: &[ExprId],
        dst: Reg,
    ) -> bool {
        let consumer = match name {
            "set" => Consumer::Set,
            "list" => Consumer::List,
            "tuple" => Consumer::Tuple,
            "sum" => Consumer::Sum,
            _ => return false,
        };
        let [arg] = args else {
            return false;
        };
        let Expr::Comprehension {
            kind: ComprehensionKind::Generator,
            scope,
        } = self.body.exprs[*arg]
        else {
            return false;
        };
        if self.globals.star_import || self.globals.slot(name).is_some() {
            return false;
        }
        let Some(slot) = tauraro_bytecode::builtin_slot(name) else {
            return false;
        };
        let Some(frees) = self.inline_genexpr_frees(scope) else {
            return false;
        };
        let ScopeBody::Comprehension {
            generators,
            element,
            ..
        } = self.body.scopes[scope].body.clone()
        else {
            return false;
        };

        let slow = self.em().new_label();
        let end = self.em().new_label();
        self.set_line_of(func);
        self.em()
            .emit_paired(Instr::BuiltinUnchanged { slot }, slow);

        let mark = self.em().mark();
        // The first iterable, in the calling scope.
        let first_iterator = self.em().temp();
        let iterable = self.expr_any(generators[0].iter);
        self.em().emit(Instr::GetIter {
            dst: first_iterator,
            src: iterable,
        });
        let accumulator = match consumer {
            Consumer::Tuple => self.em().temp(),
            _ => dst,
        };
        let empty = Reg::from_raw(self.em().mark());
        self.em().emit(match consumer {
            Consumer::Set => Instr::BuildSet {
                dst: accumulator,
                base: empty,
                count: 0,
            },
            Consumer::List | Consumer::Tuple => Instr::BuildList {
                dst: accumulator,
                base: empty,
                count: 0,
            },
            Consumer::Sum => Instr::LoadInt {
                dst: accumulator,
                value: 0,
            },
        });
        let exc = self.em().temp();
        let handler = self.em().new_label();
        // The expression's own variables get registers of this frame; its free variables
        // are this frame's cells.
        let locals: Vec<(Name, Reg)> = self.scopes.scopes[scope]
            .locals
            .clone()
            .into_iter()
            .map(|name| {
                let reg = self.em().temp();
                (name, reg)
            })
            .collect();
        for (name, reg) in locals.iter().chain(frees.iter()) {
            self.frame().registers.insert((scope, name.clone()), *reg);
        }
        let saved_scope = self.current_expr_scope.replace(scope);
        self.em().push_handler(handler, exc);
        self.comprehension_loops(scope, &generators, 0, Some(first_iterator), &mut |this| {
            let item_mark = this.em().mark();
            let item = this.expr_any(element);
            // What the builtin does with the value happens outside the generator.
            this.em().pop_handler();
            this.em().emit(match consumer {
                Consumer::Set => Instr::SetAdd {
                    set: accumulator,
                    item,
                },
                Consumer::List | Consumer::Tuple => Instr::ListAppend {
                    list: accumulator,
                    item,
                },
                Consumer::Sum => Instr::Add {
                    dst: accumulator,
                    lhs: accumulator,
                    rhs: item,
                },
            });
            this.em().push_handler(handler, exc);
            this.em().release(item_mark);
        });
        self.em().pop_handler();
        self.current_expr_scope = saved_scope;
        for (name, _) in locals.iter().chain(frees.iter()) {
            self.frame().registers.remove(&(scope, name.clone()));
        }
        if consumer == Consumer::Tuple {
            self.em().emit(Instr::ListToTuple {
                dst,
                src: accumulator,
            });
        }
        let mut cleared = vec![first_iterator];
        if iterable != first_iterator && self.is_temp(iterable) && iterable.raw() >= mark {
            cleared.push(iterable);
        }
        if consumer == Consumer::Tuple {
            cleared.push(accumulator);
        }
        cleared.extend(locals.iter().map(|(_, reg)| *reg));
        self.clear_registers(&cleared);
        self.em().jump(end);

        self.em().bind(handler);
        self.clear_registers(&cleared);
        self.em().emit(Instr::GenExprUnwind { exc });
        self.em().release(mark);

        // The builtin was rebound: the ordinary call, with a real generator.
        self.em().bind(slow);
        let base = self.em().temp();
        self.expr_into(*arg, base);
        self.set_line_of(func);
        self.em().emit(Instr::CallBuiltin {
            slot,
            argc: 1,
            base,
            dst,
        });
        self.em().bind(end);
        self.em().release(mark);
        true
    }

    /// The free variables of generator expression `scope` with the calling frame's cell
    /// registers holding them, or None when the expression cannot run inline.
    fn inline_genexpr_frees(&self, scope: ScopeId) -> Option<Vec<(Name, Reg)>> {
        let info = &self.body.scopes[scope];
        let symbols = &self.scopes.scopes[scope];
        if info.is_async || !symbols.cells.is_empty() {
            return None;
        }
        let ScopeBody::Comprehension { generators, .. } = &info.body else {
            return None;
        };
        if generators.is_empty() || generators.iter().any(|clause| clause.is_async) {
            return None;
        }
        if self
            .body
            .scopes
            .iter()
            .any(|other| other.parent == Some(scope))
        {
            return None;
        }
        if symbols
            .resolutions
            .keys()
            .any(|name| FRAME_SENSITIVE_NAMES.contains(&&**name))
        {
            return None;
        }
        let parent = info.parent?;
        symbols
            .frees
            .iter()
            .map(|name| match self.location(parent, name) {
                Location::Cell(reg) => Some((name.clone(), reg)),
                _ => None,
            })
            .collect()
    }

    /// Sets each of `registers` to None, releasing what they held.
    fn clear_registers(&mut self, registers: &[Reg]) {
        for reg in registers {
            self.em().emit(Instr::LoadNone { dst: *reg });
        }
    }
}
