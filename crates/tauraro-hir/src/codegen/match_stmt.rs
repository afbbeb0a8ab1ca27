//! `match` statements (PEP 634), compiled with CPython 3.11's semantics.
//!
//! The subject is evaluated once into a temporary, and the cases test their patterns against
//! it in order. Values a pattern captures stay in the registers they were extracted into (or,
//! inside or-patterns, in one temporary per name) and are stored into their variables only
//! once the whole pattern has matched, so a partial match binds nothing; the guard runs after
//! the stores, so a failed guard leaves the names bound (as in CPython).
//!
//! Pattern code jumps to the case's failure label as soon as a test fails. Type tests and
//! extractions are the `MatchSequence`, `MatchMapping`, `GetLen`, `MatchKeys`, `MatchClass`
//! and `DictWithout` instructions; element values come from `UnpackSequence`/`UnpackEx` (or
//! indexing, when the only star is `*_`), equality from the fused compare-and-branch.

use tauraro_bytecode::{Instr, InstrIdx, Reg};

use super::expr::bytecode_constant;
use super::{Codegen, Label};
use crate::hir::{Constant, Expr, ExprId, MatchCase, Name, Pattern, StmtId};

/// Where each value a case captures is, by name, until the whole pattern has matched.
struct Captures(Vec<(Name, Slot)>);

enum Slot {
    /// A name bound inside an or-pattern: each alternative moves its value into this
    /// temporary, so that one store serves all of them.
    Shared(Reg),
    /// Any other name: the register its value was extracted into (extraction registers stay
    /// untouched until the case's stores), once the pattern code has captured it.
    Extracted(Option<Reg>),
}

impl Captures {
    fn slot(&mut self, name: &Name) -> Option<&mut Slot> {
        self.0
            .iter_mut()
            .find(|(captured, _)| captured == name)
            .map(|(_, slot)| slot)
    }
}

/// Whether a pattern is the wildcard `_`, which matches anything and binds nothing.
fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(
        pattern,
        Pattern::As {
            pattern: None,
            name: None
        }
    )
}

/// The names a pattern binds, in order of first appearance, each with whether it is bound
/// inside an or-pattern (whose alternatives bind the same names).
fn captured_names(pattern: &Pattern, in_or: bool, out: &mut Vec<(Name, bool)>) {
    let mut add = |name: &Name| match out.iter_mut().find(|(seen, _)| seen == name) {
        Some((_, shared)) => *shared |= in_or,
        None => out.push((name.clone(), in_or)),
    };
    match pattern {
        Pattern::Value(_) | Pattern::Singleton(_) => {}
        Pattern::Star(name) => {
            if let Some(name) = name {
                add(name);
            }
        }
        Pattern::As { pattern, name } => {
            if let Some(name) = name {
                add(name);
            }
            if let Some(inner) = pattern {
                captured_names(inner, in_or, out);
            }
        }
        Pattern::Mapping { patterns, rest, .. } => {
            if let Some(rest) = rest {
                add(rest);
            }
            for pattern in patterns {
                captured_names(pattern, in_or, out);
            }
        }
        Pattern::Sequence(patterns) => {
            for pattern in patterns {
                captured_names(pattern, in_or, out);
            }
        }
        Pattern::Or(patterns) => {
            for pattern in patterns {
                captured_names(pattern, true, out);
            }
        }
        Pattern::Class {
            patterns,
            kwd_patterns,
            ..
        } => {
            for pattern in patterns.iter().chain(kwd_patterns) {
                captured_names(pattern, in_or, out);
            }
        }
    }
}

impl Codegen<'_> {
    pub(crate) fn match_stmt(&mut self, id: StmtId, subject: ExprId, cases: &[MatchCase]) {
        let scope = self.current_scope();
        // Always a temporary: a failed guard may rebind the variable the subject came from.
        let subject_reg = self.em().temp();
        self.expr_into(subject, subject_reg);
        let end = self.em().new_label();
        for (index, case) in cases.iter().enumerate() {
            let next = self.em().new_label();
            self.region(|this| {
                this.em().set_line(case.line);
                let mark = this.em().mark();
                let mut names = Vec::new();
                captured_names(&case.pattern, false, &mut names);
                let mut captures = Captures(
                    names
                        .into_iter()
                        .map(|(name, shared)| {
                            let slot = match shared {
                                true => Slot::Shared(this.em().temp()),
                                false => Slot::Extracted(None),
                            };
                            (name, slot)
                        })
                        .collect(),
                );
                this.pattern(id, &case.pattern, subject_reg, next, &mut captures);
                for (name, slot) in &captures.0 {
                    if let Slot::Shared(reg) | Slot::Extracted(Some(reg)) = slot {
                        this.store_name(scope, name, *reg);
                    }
                }
                this.em().release(mark);
                if let Some(guard) = case.guard {
                    this.branch(guard, false, next);
                }
                this.stmts(&case.body);
            });
            if index + 1 < cases.len() {
                self.em().jump(end);
            }
            self.em().bind(next);
        }
        self.em().bind(end);
    }

    /// Emits the test of `pattern` against the value in `subject`: falls through on a match
    /// (with the captured values in their temporaries), jumps to `fail` otherwise.
    fn pattern(
        &mut self,
        id: StmtId,
        pattern: &Pattern,
        subject: Reg,
        fail: Label,
        captures: &mut Captures,
    ) {
        match pattern {
            Pattern::Value(expr) => {
                if let Expr::Constant(Constant::Int(value)) = &self.body.exprs[*expr]
                    && let Ok(imm) = i16::try_from(*value)
                {
                    self.em()
                        .emit_paired(Instr::JumpUnlessEqImm { lhs: subject, imm }, fail);
                    return;
                }
                let value = self.expr_any(*expr);
                self.em().emit_paired(
                    Instr::JumpUnlessEq {
                        lhs: subject,
                        rhs: value,
                    },
                    fail,
                );
            }
            Pattern::Singleton(constant) => {
                let value = self.em().temp();
                self.load_constant(constant, value);
                self.em().emit(Instr::Is {
                    dst: value,
                    lhs: subject,
                    rhs: value,
                });
                self.jump_if_false(value, fail);
            }
            Pattern::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(id, inner, subject, fail, captures);
                }
                if let Some(name) = name {
                    self.capture(name, subject, captures);
                }
            }
            Pattern::Or(alternatives) => {
                let matched = self.em().new_label();
                for (index, alternative) in alternatives.iter().enumerate() {
                    if index + 1 == alternatives.len() {
                        self.pattern(id, alternative, subject, fail, captures);
                    } else {
                        let next = self.em().new_label();
                        self.pattern(id, alternative, subject, next, captures);
                        self.em().jump(matched);
                        self.em().bind(next);
                    }
                }
                self.em().bind(matched);
            }
            Pattern::Sequence(elements) => {
                self.sequence_pattern(id, elements, subject, fail, captures);
            }
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(id, keys, patterns, rest.as_ref(), subject, fail, captures),
            Pattern::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(
                id,
                *cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
                subject,
                fail,
                captures,
            ),
            // Lowering reports a star outside a sequence pattern as a SyntaxError.
            Pattern::Star(_) => self.error_at_stmt(id, "invalid syntax"),
        }
    }

    fn capture(&mut self, name: &Name, value: Reg, captures: &mut Captures) {
        match captures.slot(name) {
            Some(Slot::Shared(dst)) => {
                let dst = *dst;
                self.em().emit(Instr::Move { dst, src: value });
            }
            Some(Slot::Extracted(source)) => *source = Some(value),
            None => {}
        }
    }

    fn jump_if_false(&mut self, cond: Reg, label: Label) {
        self.em().emit_jump(
            Instr::JumpIfFalse {
                cond,
                target: InstrIdx::from_raw(0),
            },
            label,
        );
    }

    /// Jumps to `fail` unless `len(subject)` is `size` (`at_least`: at least `size`).
    fn length_check(&mut self, subject: Reg, size: usize, at_least: bool, fail: Label) {
        let len = self.em().temp();
        self.em().emit(Instr::GetLen {
            dst: len,
            src: subject,
        });
        match i16::try_from(size) {
            Ok(imm) if at_least => {
                self.em()
                    .emit_paired(Instr::JumpUnlessGeImm { lhs: len, imm }, fail);
            }
            Ok(imm) => {
                self.em()
                    .emit_paired(Instr::JumpUnlessEqImm { lhs: len, imm }, fail);
            }
            Err(_) => {
                let expected = self.em().temp();
                self.load_constant(&Constant::Int(size as i64), expected);
                let test = if at_least {
                    Instr::JumpUnlessGe {
                        lhs: len,
                        rhs: expected,
                    }
                } else {
                    Instr::JumpUnlessEq {
                        lhs: len,
                        rhs: expected,
                    }
                };
                self.em().emit_paired(test, fail);
            }
        }
    }

    /// Matches the values in the span `base..` against `patterns` (skipping wildcards).
    fn subpatterns(
        &mut self,
        id: StmtId,
        patterns: &[&Pattern],
        base: Reg,
        fail: Label,
        captures: &mut Captures,
    ) {
        for (offset, pattern) in patterns.iter().enumerate() {
            let value = Reg::from_raw(base.raw() + offset as u16);
            match pattern {
                Pattern::Star(Some(name)) => self.capture(name, value, captures),
                Pattern::Star(None) => {}
                pattern if is_wildcard(pattern) => {}
                pattern => self.pattern(id, pattern, value, fail, captures),
            }
        }
    }

    fn sequence_pattern(
        &mut self,
        id: StmtId,
        elements: &[Pattern],
        subject: Reg,
        fail: Label,
        captures: &mut Captures,
    ) {
        let size = elements.len();
        let star = elements
            .iter()
            .position(|element| matches!(element, Pattern::Star(_)));
        let star_wildcard = star.is_some_and(|index| elements[index] == Pattern::Star(None));
        let only_wildcards = elements
            .iter()
            .all(|element| is_wildcard(element) || *element == Pattern::Star(None));
        self.em()
            .emit_paired(Instr::MatchSequence { src: subject }, fail);
        match star {
            None => self.length_check(subject, size, false, fail),
            Some(_) if size > 1 => self.length_check(subject, size - 1, true, fail),
            Some(_) => {}
        }
        if only_wildcards {
            return;
        }
        if let (true, Some(star)) = (star_wildcard, star) {
            // `[a, *_, b]`: index the elements rather than copying the middle into a list.
            for (index, element) in elements.iter().enumerate() {
                if index == star || is_wildcard(element) {
                    continue;
                }
                let position = if index < star {
                    index as i64
                } else {
                    index as i64 - size as i64
                };
                let value = self.em().temp();
                self.load_constant(&Constant::Int(position), value);
                self.em().emit(Instr::GetItem {
                    dst: value,
                    obj: subject,
                    key: value,
                });
                self.pattern(id, element, value, fail, captures);
            }
            return;
        }
        let base = self.em().temps(size);
        match star {
            None => {
                self.em().emit(Instr::UnpackSequence {
                    src: subject,
                    base,
                    count: size as u16,
                });
            }
            Some(star) => {
                let (before, after) = (star, size - star - 1);
                match (u8::try_from(before), u8::try_from(after)) {
                    (Ok(before), Ok(after)) => {
                        self.em().emit(Instr::UnpackEx {
                            src: subject,
                            base,
                            before,
                            after,
                        });
                    }
                    _ => self.error_at_stmt(
                        id,
                        "too many expressions in star-unpacking sequence pattern",
                    ),
                }
            }
        }
        let elements: Vec<&Pattern> = elements.iter().collect();
        self.subpatterns(id, &elements, base, fail, captures);
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping_pattern(
        &mut self,
        id: StmtId,
        keys: &[ExprId],
        patterns: &[Pattern],
        rest: Option<&Name>,
        subject: Reg,
        fail: Label,
        captures: &mut Captures,
    ) {
        self.em()
            .emit_paired(Instr::MatchMapping { src: subject }, fail);
        if keys.is_empty() && rest.is_none() {
            return;
        }
        if !keys.is_empty() {
            self.length_check(subject, keys.len(), true, fail);
        }
        // The keys as one tuple: a constant when every key is one.
        let key_tuple = self.em().temp();
        let constants: Option<Vec<Constant>> = keys
            .iter()
            .map(|key| match &self.body.exprs[*key] {
                Expr::Constant(constant) => Some(constant.clone()),
                _ => None,
            })
            .collect();
        match constants {
            Some(constants) => {
                let tuple = Constant::Tuple(constants.into_boxed_slice());
                let idx = self.em().constant(bytecode_constant(&tuple));
                self.em().emit(Instr::LoadConst {
                    dst: key_tuple,
                    idx,
                });
            }
            None => {
                let base = self.em().temps(keys.len());
                for (offset, key) in keys.iter().enumerate() {
                    self.expr_into(*key, Reg::from_raw(base.raw() + offset as u16));
                }
                self.em().emit(Instr::BuildTuple {
                    dst: key_tuple,
                    base,
                    count: keys.len() as u16,
                });
            }
        }
        if !keys.is_empty() {
            let values = self.em().temp();
            self.em().emit_paired(
                Instr::MatchKeys {
                    dst: values,
                    subject,
                    keys: key_tuple,
                },
                fail,
            );
            let base = self.em().temps(keys.len());
            self.em().emit(Instr::UnpackSequence {
                src: values,
                base,
                count: keys.len() as u16,
            });
            let patterns: Vec<&Pattern> = patterns.iter().collect();
            self.subpatterns(id, &patterns, base, fail, captures);
        }
        if let Some(rest) = rest {
            let dst = self.em().temp();
            self.em().emit(Instr::DictWithout {
                dst,
                src: subject,
                keys: key_tuple,
            });
            self.capture(rest, dst, captures);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn class_pattern(
        &mut self,
        id: StmtId,
        cls: ExprId,
        patterns: &[Pattern],
        kwd_attrs: &[Name],
        kwd_patterns: &[Pattern],
        subject: Reg,
        fail: Label,
        captures: &mut Captures,
    ) {
        let Ok(positional) = u8::try_from(patterns.len()) else {
            self.error_at_stmt(
                id,
                "not supported yet: more than 255 positional sub-patterns in a class pattern",
            );
            return;
        };
        let base = self.em().temps(2);
        self.expr_into(cls, base);
        let names = Constant::Tuple(
            kwd_attrs
                .iter()
                .map(|attr| Constant::Str(attr.clone()))
                .collect(),
        );
        let idx = self.em().constant(bytecode_constant(&names));
        self.em().emit(Instr::LoadConst {
            dst: Reg::from_raw(base.raw() + 1),
            idx,
        });
        let attributes = self.em().temp();
        self.em().emit_paired(
            Instr::MatchClass {
                dst: attributes,
                subject,
                base,
                positional,
            },
            fail,
        );
        let all: Vec<&Pattern> = patterns.iter().chain(kwd_patterns).collect();
        if all.iter().all(|pattern| is_wildcard(pattern)) {
            return;
        }
        let values = self.em().temps(all.len());
        self.em().emit(Instr::UnpackSequence {
            src: attributes,
            base: values,
            count: all.len() as u16,
        });
        self.subpatterns(id, &all, values, fail, captures);
    }
}
