//! Lowering `match` statements and their patterns, with the checks CPython 3.11's compiler
//! makes on patterns (unreachable cases, names bound twice or differently by alternatives,
//! repeated mapping keys and class attributes), reported as SyntaxError diagnostics.
//!
//! The checks follow the order of CPython's `compiler_pattern` traversal and only the first
//! error of a `match` statement is reported, since CPython stops compiling at it.

use tauraro_syntax::SyntaxNode;
use tauraro_syntax::ast::{self, AstNode};

use super::{Lowerer, first_token_start};
use crate::hir::{Constant, Expr, MatchCase, Name, Pattern, Stmt};

/// What CPython's compiler tracks while compiling one case's pattern.
#[derive(Default)]
struct PatternChecks {
    /// The names the pattern captures so far, in order.
    stores: Vec<Name>,
    /// Whether an irrefutable pattern (a capture or `_`) may appear here: only in the last
    /// case or a guarded one, in the last alternative of an or-pattern, and in sub-patterns.
    allow_irrefutable: bool,
    /// The first error of the `match` statement.
    error: Option<(SyntaxNode, String)>,
}

impl PatternChecks {
    fn report(&mut self, node: &SyntaxNode, message: impl Into<String>) {
        if self.error.is_none() {
            self.error = Some((node.clone(), message.into()));
        }
    }

    /// Records a captured name (CPython's `pattern_helper_store_name`).
    fn store(&mut self, name: &Name, node: &SyntaxNode) {
        if &**name == "__debug__" {
            self.report(node, "cannot assign to __debug__");
        } else if self.stores.contains(name) {
            self.report(
                node,
                format!("multiple assignments to name '{name}' in pattern"),
            );
        } else {
            self.stores.push(name.clone());
        }
    }
}

impl Lowerer {
    pub(crate) fn match_stmt(&mut self, stmt: &ast::MatchStmt, node: &SyntaxNode) -> Stmt {
        let subject = self.expr_opt(stmt.subject(), node);
        let cases: Vec<ast::MatchCase> = stmt.match_cases().collect();
        let mut checks = PatternChecks::default();
        let mut lowered = Vec::with_capacity(cases.len());
        for (index, case) in cases.iter().enumerate() {
            checks.stores.clear();
            checks.allow_irrefutable = case.guard().is_some() || index + 1 == cases.len();
            let line = self.line_of(first_token_start(
                case.pattern()
                    .as_ref()
                    .map_or(case.syntax(), |p| p.syntax()),
            ));
            let pattern = match case.pattern() {
                Some(pattern) => self.pattern(&pattern, &mut checks),
                None => {
                    self.error(case.syntax(), "invalid syntax");
                    Pattern::As {
                        pattern: None,
                        name: None,
                    }
                }
            };
            let guard = case.guard().map(|g| self.expr(&g));
            let body = self.block(case.body());
            lowered.push(MatchCase {
                pattern,
                guard,
                body,
                line,
            });
        }
        if let Some((node, message)) = checks.error {
            self.error(&node, message);
        }
        Stmt::Match {
            subject,
            cases: lowered,
        }
    }

    fn pattern_or_error(
        &mut self,
        pattern: Option<ast::Pattern>,
        parent: &SyntaxNode,
        checks: &mut PatternChecks,
    ) -> Pattern {
        match pattern {
            Some(pattern) => self.pattern(&pattern, checks),
            None => {
                checks.report(parent, "invalid syntax");
                Pattern::As {
                    pattern: None,
                    name: None,
                }
            }
        }
    }

    /// A sub-pattern of a sequence, mapping or class pattern, where irrefutable patterns are
    /// always allowed.
    fn subpattern(&mut self, pattern: &ast::Pattern, checks: &mut PatternChecks) -> Pattern {
        let saved = std::mem::replace(&mut checks.allow_irrefutable, true);
        let lowered = self.pattern(pattern, checks);
        checks.allow_irrefutable = saved;
        lowered
    }

    fn pattern(&mut self, pattern: &ast::Pattern, checks: &mut PatternChecks) -> Pattern {
        match pattern {
            ast::Pattern::MatchValuePat(value) => {
                let expr = self.expr_opt(value.expr(), value.syntax());
                Pattern::Value(expr)
            }
            ast::Pattern::MatchSingletonPat(singleton) => {
                let text = singleton.syntax().text().to_string();
                Pattern::Singleton(match text.trim() {
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ => Constant::None,
                })
            }
            ast::Pattern::MatchSequencePat(sequence) => self.sequence_pattern(sequence, checks),
            ast::Pattern::MatchMappingPat(mapping) => self.mapping_pattern(mapping, checks),
            ast::Pattern::MatchClassPat(class) => self.class_pattern(class, checks),
            ast::Pattern::MatchStarPat(star) => {
                // Star patterns are only valid as elements of a sequence pattern.
                checks.report(star.syntax(), "invalid syntax");
                Pattern::Star(star.capture().map(|n| self.mangle(&n.text())))
            }
            ast::Pattern::MatchAsPat(as_pattern) => self.as_pattern(as_pattern, checks),
            ast::Pattern::MatchOrPat(or) => self.or_pattern(or, checks),
            ast::Pattern::MatchGroupPat(group) => {
                self.pattern_or_error(group.pattern(), group.syntax(), checks)
            }
        }
    }

    fn as_pattern(&mut self, as_pattern: &ast::MatchAsPat, checks: &mut PatternChecks) -> Pattern {
        let name: Option<Name> = as_pattern.capture().map(|n| self.mangle(&n.text()));
        let name_node = as_pattern
            .name()
            .map_or_else(|| as_pattern.syntax().clone(), |n| n.syntax().clone());
        let Some(inner) = as_pattern.pattern() else {
            if !checks.allow_irrefutable {
                match &name {
                    Some(name) => checks.report(
                        as_pattern.syntax(),
                        format!("name capture '{name}' makes remaining patterns unreachable"),
                    ),
                    None => checks.report(
                        as_pattern.syntax(),
                        "wildcard makes remaining patterns unreachable",
                    ),
                }
            }
            if let Some(name) = &name {
                checks.store(name, &name_node);
            }
            return Pattern::As {
                pattern: None,
                name,
            };
        };
        let inner = self.pattern(&inner, checks);
        match &name {
            Some(name) => checks.store(name, &name_node),
            None if as_pattern.name().is_some() => {
                checks.report(&name_node, "cannot use '_' as a target");
            }
            None => checks.report(as_pattern.syntax(), "invalid syntax"),
        }
        Pattern::As {
            pattern: Some(Box::new(inner)),
            name,
        }
    }

    fn or_pattern(&mut self, or: &ast::MatchOrPat, checks: &mut PatternChecks) -> Pattern {
        let alternatives: Vec<ast::Pattern> = or.patterns().collect();
        let allow_irrefutable = checks.allow_irrefutable;
        let outer_stores = std::mem::take(&mut checks.stores);
        // The names bound by the first alternative; the others must bind the same ones.
        let mut control: Option<Vec<Name>> = None;
        let mut lowered = Vec::with_capacity(alternatives.len());
        for (index, alternative) in alternatives.iter().enumerate() {
            checks.stores.clear();
            checks.allow_irrefutable = allow_irrefutable && index + 1 == alternatives.len();
            lowered.push(self.pattern(alternative, checks));
            match &control {
                None => control = Some(checks.stores.clone()),
                Some(control) => {
                    if control.len() != checks.stores.len()
                        || control.iter().any(|name| !checks.stores.contains(name))
                    {
                        checks.report(
                            alternative.syntax(),
                            "alternative patterns bind different names",
                        );
                    }
                }
            }
        }
        checks.allow_irrefutable = allow_irrefutable;
        checks.stores = outer_stores;
        for name in control.unwrap_or_default() {
            checks.store(&name, or.syntax());
        }
        Pattern::Or(lowered)
    }

    fn sequence_pattern(
        &mut self,
        sequence: &ast::MatchSequencePat,
        checks: &mut PatternChecks,
    ) -> Pattern {
        let elements: Vec<ast::Pattern> = sequence.patterns().collect();
        let stars = elements
            .iter()
            .filter(|element| matches!(element, ast::Pattern::MatchStarPat(_)))
            .count();
        if stars > 1 {
            checks.report(
                sequence.syntax(),
                "multiple starred names in sequence pattern",
            );
        }
        let mut lowered = Vec::with_capacity(elements.len());
        for element in &elements {
            lowered.push(match element {
                ast::Pattern::MatchStarPat(star) => {
                    let name: Option<Name> = star.capture().map(|n| self.mangle(&n.text()));
                    if let Some(name) = &name {
                        checks.store(name, star.syntax());
                    }
                    Pattern::Star(name)
                }
                other => self.subpattern(other, checks),
            });
        }
        Pattern::Sequence(lowered)
    }

    fn mapping_pattern(
        &mut self,
        mapping: &ast::MatchMappingPat,
        checks: &mut PatternChecks,
    ) -> Pattern {
        let items: Vec<ast::MatchMappingItem> = mapping.items().collect();
        // `**rest` must come last and cannot be `**_`.
        if let Some(star) = mapping.star2_token() {
            let misplaced = items
                .iter()
                .find(|item| item.syntax().text_range().start() > star.text_range().start());
            if let Some(item) = misplaced {
                checks.report(item.syntax(), "invalid syntax");
            }
            if mapping.rest().is_none_or(|name| name.text() == "_") {
                checks.report(mapping.syntax(), "invalid syntax");
            }
        }
        // CPython checks every key before compiling the value patterns.
        let mut keys = Vec::with_capacity(items.len());
        let mut seen: Vec<Constant> = Vec::new();
        for item in &items {
            let key = self.expr_opt(item.key(), item.syntax());
            let key_node = item
                .key()
                .map_or_else(|| item.syntax().clone(), |k| k.syntax().clone());
            match &self.body.exprs[key] {
                Expr::Constant(constant) => {
                    if seen.iter().any(|other| keys_equal(other, constant)) {
                        checks.report(
                            &key_node,
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                constant_repr(constant)
                            ),
                        );
                    }
                    seen.push(constant.clone());
                }
                // Attribute lookups, and complex literals (`-1j`, `1+2j`) that are not folded.
                Expr::Attribute { .. } | Expr::Unary { .. } | Expr::Binary { .. } => {}
                Expr::Missing => {}
                _ => checks.report(&key_node, "invalid syntax"),
            }
            keys.push(key);
        }
        let mut patterns = Vec::with_capacity(items.len());
        for item in &items {
            patterns.push(match item.pattern() {
                Some(pattern) => self.subpattern(&pattern, checks),
                None => self.pattern_or_error(None, item.syntax(), checks),
            });
        }
        let rest: Option<Name> = mapping
            .rest()
            .filter(|name| name.text() != "_")
            .map(|name| self.mangle(&name.text()));
        if let (Some(name), Some(node)) = (&rest, mapping.rest()) {
            checks.store(name, node.syntax());
        }
        Pattern::Mapping {
            keys,
            patterns,
            rest,
        }
    }

    fn class_pattern(&mut self, class: &ast::MatchClassPat, checks: &mut PatternChecks) -> Pattern {
        let keywords: Vec<ast::MatchKeywordPat> = class.match_keyword_pats().collect();
        let mut kwd_attrs: Vec<Name> = Vec::with_capacity(keywords.len());
        for keyword in &keywords {
            let attr: Name = keyword.name().map(|n| n.text()).unwrap_or_default().into();
            if &*attr == "__debug__" {
                checks.report(keyword.syntax(), "cannot assign to __debug__");
            }
            kwd_attrs.push(attr);
        }
        for (index, attr) in kwd_attrs.iter().enumerate() {
            if let Some(repeat) = kwd_attrs[index + 1..].iter().position(|a| a == attr) {
                checks.report(
                    keywords[index + 1 + repeat].syntax(),
                    format!("attribute name repeated in class pattern: {attr}"),
                );
            }
        }
        let cls = self.expr_opt(class.cls(), class.syntax());
        let positional: Vec<ast::Pattern> = class.patterns().collect();
        let patterns = positional
            .iter()
            .map(|pattern| self.subpattern(pattern, checks))
            .collect();
        let kwd_patterns = keywords
            .iter()
            .map(|keyword| match keyword.pattern() {
                Some(pattern) => self.subpattern(&pattern, checks),
                None => self.pattern_or_error(None, keyword.syntax(), checks),
            })
            .collect();
        Pattern::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        }
    }
}

/// Whether two constant mapping keys are equal in Python (`1`, `1.0` and `True` are).
fn keys_equal(a: &Constant, b: &Constant) -> bool {
    fn number(constant: &Constant) -> Option<f64> {
        match constant {
            Constant::False => Some(0.0),
            Constant::True => Some(1.0),
            Constant::Int(v) => Some(*v as f64),
            Constant::Float(v) => Some(*v),
            // A purely imaginary constant equals a real number only when it is zero.
            Constant::Imaginary(v) if *v == 0.0 => Some(0.0),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        (Constant::Imaginary(x), Constant::Imaginary(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        // Big ints never equal the small numbers folded here (floats of that size are rare
        // enough in patterns to be left to the run-time check).
        (Constant::BigInt(_), _) | (_, Constant::BigInt(_)) => false,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

/// The `repr()` of a constant mapping key, for the duplicate key message.
fn constant_repr(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(v) => v.to_string(),
        Constant::BigInt(digits) => digits.to_string(),
        Constant::Float(v) => float_repr(*v),
        Constant::Imaginary(v) => {
            let text = float_repr(*v);
            format!("{}j", text.strip_suffix(".0").unwrap_or(&text))
        }
        Constant::Str(text) => str_repr(text),
        Constant::Bytes(bytes) => {
            let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
                '"'
            } else {
                '\''
            };
            let mut out = format!("b{quote}");
            for &byte in bytes.iter() {
                match byte {
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    _ if char::from(byte) == quote => {
                        out.push('\\');
                        out.push(quote);
                    }
                    0x20..=0x7e => out.push(char::from(byte)),
                    _ => out.push_str(&format!("\\x{byte:02x}")),
                }
            }
            out.push(quote);
            out
        }
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
    }
}

/// `repr(float)`: the shortest round-tripping digits, in CPython's layout (`1e+16`, `1e-05`).
fn float_repr(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    // Rust's `Debug` switches to exponent form at the same thresholds as CPython's repr.
    let text = format!("{value:?}");
    match text.split_once('e') {
        Some((mantissa, exponent)) => {
            let (sign, digits) = match exponent.strip_prefix('-') {
                Some(digits) => ('-', digits),
                None => ('+', exponent),
            };
            format!("{mantissa}e{sign}{digits:0>2}")
        }
        None => text,
    }
}

/// `repr(str)`: single quotes unless the text has a single quote and no double quote.
fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_equality_follows_python() {
        assert!(keys_equal(&Constant::Int(1), &Constant::True));
        assert!(keys_equal(&Constant::Float(0.0), &Constant::False));
        assert!(keys_equal(&Constant::Imaginary(0.0), &Constant::Int(0)));
        assert!(!keys_equal(&Constant::Str("1".into()), &Constant::Int(1)));
        assert!(!keys_equal(
            &Constant::Bytes(Box::new(*b"a")),
            &Constant::Str("a".into())
        ));
    }

    #[test]
    fn reprs_follow_python() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(2.5), "2.5");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a"), "'a'");
        assert_eq!(constant_repr(&Constant::Imaginary(2.0)), "2j");
    }
}
