//! Turning a lowered expression back into source text as CPython's `ast.unparse` writes it:
//! the string an annotation becomes under `from __future__ import annotations`
//! (`Dict[str,int]` → `'Dict[str, int]'`, `int|None` → `'int | None'`).
//!
//! Only the forms annotations commonly use are rebuilt; for the others (lambdas,
//! comprehensions, f-strings, floats) `unparse` returns `None` and the caller keeps the
//! source text.

use std::fmt::Write;

use super::Lowerer;
use crate::hir::{BinaryOp, BoolOp, CompareOp, Constant, Expr, ExprId, UnaryOp};

/// `ast.unparse`'s precedence levels, lowest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

impl Precedence {
    fn next(self) -> Precedence {
        use Precedence::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power | Atom => Atom,
        }
    }
}

fn binary(op: BinaryOp) -> (&'static str, Precedence) {
    match op {
        BinaryOp::Add => ("+", Precedence::Arith),
        BinaryOp::Sub => ("-", Precedence::Arith),
        BinaryOp::Mul => ("*", Precedence::Term),
        BinaryOp::MatMul => ("@", Precedence::Term),
        BinaryOp::Div => ("/", Precedence::Term),
        BinaryOp::FloorDiv => ("//", Precedence::Term),
        BinaryOp::Mod => ("%", Precedence::Term),
        BinaryOp::Pow => ("**", Precedence::Power),
        BinaryOp::LShift => ("<<", Precedence::Shift),
        BinaryOp::RShift => (">>", Precedence::Shift),
        BinaryOp::BitOr => ("|", Precedence::BitOr),
        BinaryOp::BitXor => ("^", Precedence::BitXor),
        BinaryOp::BitAnd => ("&", Precedence::BitAnd),
    }
}

fn compare(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Eq => "==",
        CompareOp::NotEq => "!=",
        CompareOp::Lt => "<",
        CompareOp::LtE => "<=",
        CompareOp::Gt => ">",
        CompareOp::GtE => ">=",
        CompareOp::Is => "is",
        CompareOp::IsNot => "is not",
        CompareOp::In => "in",
        CompareOp::NotIn => "not in",
    }
}

/// Python's `repr()` of a string.
pub(crate) fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &byte in bytes {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

impl Lowerer {
    /// The source text `ast.unparse` gives for an expression, if it is a form handled here.
    pub(crate) fn unparse(&self, id: ExprId) -> Option<String> {
        let mut out = String::new();
        self.unparse_into(id, Precedence::Test, &mut out)?;
        Some(out)
    }

    fn unparse_into(&self, id: ExprId, context: Precedence, out: &mut String) -> Option<()> {
        let open = |out: &mut String, own: Precedence| {
            if context > own {
                out.push('(');
            }
        };
        let close = |out: &mut String, own: Precedence| {
            if context > own {
                out.push(')');
            }
        };
        match &self.body.exprs[id] {
            Expr::Name(name) => out.push_str(self.unmangle(name)),
            Expr::Constant(constant) => self.unparse_constant(constant, context, out)?,
            Expr::Attribute { value, attr } => {
                self.unparse_into(*value, Precedence::Atom, out)?;
                out.push('.');
                out.push_str(self.unmangle(attr));
            }
            Expr::Subscript { value, slice } => {
                self.unparse_into(*value, Precedence::Atom, out)?;
                out.push('[');
                match &self.body.exprs[*slice] {
                    Expr::Tuple(items) if !items.is_empty() => {
                        self.unparse_items(items, out)?;
                        if items.len() == 1 {
                            out.push(',');
                        }
                    }
                    Expr::Constant(Constant::Tuple(items)) if !items.is_empty() => {
                        for (index, item) in items.iter().enumerate() {
                            if index > 0 {
                                out.push_str(", ");
                            }
                            self.unparse_constant(item, Precedence::Test, out)?;
                        }
                        if items.len() == 1 {
                            out.push(',');
                        }
                    }
                    _ => self.unparse_into(*slice, Precedence::Tuple, out)?,
                }
                out.push(']');
            }
            Expr::Slice { lower, upper, step } => {
                if let Some(lower) = lower {
                    self.unparse_into(*lower, Precedence::Test, out)?;
                }
                out.push(':');
                if let Some(upper) = upper {
                    self.unparse_into(*upper, Precedence::Test, out)?;
                }
                if let Some(step) = step {
                    out.push(':');
                    self.unparse_into(*step, Precedence::Test, out)?;
                }
            }
            Expr::Tuple(items) => {
                out.push('(');
                self.unparse_items(items, out)?;
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Expr::List(items) => {
                out.push('[');
                self.unparse_items(items, out)?;
                out.push(']');
            }
            Expr::Set(items) => {
                out.push('{');
                self.unparse_items(items, out)?;
                out.push('}');
            }
            Expr::Dict(entries) => {
                out.push('{');
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    match key {
                        Some(key) => {
                            self.unparse_into(*key, Precedence::Test, out)?;
                            out.push_str(": ");
                            self.unparse_into(*value, Precedence::Test, out)?;
                        }
                        None => {
                            out.push_str("**");
                            self.unparse_into(*value, Precedence::BitOr, out)?;
                        }
                    }
                }
                out.push('}');
            }
            Expr::Starred(value) => {
                out.push('*');
                self.unparse_into(*value, Precedence::BitOr, out)?;
            }
            Expr::Binary { op, left, right } => {
                let (symbol, own) = binary(*op);
                let (left_context, right_context) = if *op == BinaryOp::Pow {
                    (own.next(), own)
                } else {
                    (own, own.next())
                };
                open(out, own);
                self.unparse_into(*left, left_context, out)?;
                let _ = write!(out, " {symbol} ");
                self.unparse_into(*right, right_context, out)?;
                close(out, own);
            }
            Expr::Unary { op, operand } => {
                let (symbol, own) = match op {
                    UnaryOp::Not => ("not ", Precedence::Not),
                    UnaryOp::Neg => ("-", Precedence::Factor),
                    UnaryOp::Pos => ("+", Precedence::Factor),
                    UnaryOp::Invert => ("~", Precedence::Factor),
                };
                open(out, own);
                out.push_str(symbol);
                self.unparse_into(*operand, own, out)?;
                close(out, own);
            }
            Expr::BoolOp { op, values } => {
                let (symbol, own) = match op {
                    BoolOp::And => (" and ", Precedence::And),
                    BoolOp::Or => (" or ", Precedence::Or),
                };
                open(out, own);
                for (index, value) in values.iter().enumerate() {
                    if index > 0 {
                        out.push_str(symbol);
                    }
                    self.unparse_into(*value, own.next(), out)?;
                }
                close(out, own);
            }
            Expr::Compare { left, ops } => {
                open(out, Precedence::Compare);
                self.unparse_into(*left, Precedence::Compare.next(), out)?;
                for (op, right) in ops {
                    let _ = write!(out, " {} ", compare(*op));
                    self.unparse_into(*right, Precedence::Compare.next(), out)?;
                }
                close(out, Precedence::Compare);
            }
            Expr::IfExp { test, body, orelse } => {
                open(out, Precedence::Test);
                self.unparse_into(*body, Precedence::Test.next(), out)?;
                out.push_str(" if ");
                self.unparse_into(*test, Precedence::Test.next(), out)?;
                out.push_str(" else ");
                self.unparse_into(*orelse, Precedence::Test, out)?;
                close(out, Precedence::Test);
            }
            Expr::Call {
                func,
                args,
                keywords,
            } => {
                self.unparse_into(*func, Precedence::Atom, out)?;
                out.push('(');
                let mut first = true;
                for arg in args {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.unparse_into(*arg, Precedence::Test, out)?;
                }
                for keyword in keywords {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match &keyword.name {
                        Some(name) => {
                            out.push_str(name);
                            out.push('=');
                        }
                        None => out.push_str("**"),
                    }
                    self.unparse_into(keyword.value, Precedence::Test, out)?;
                }
                out.push(')');
            }
            _ => return None,
        }
        Some(())
    }

    /// The source spelling of a name lowering mangled (`_A__x` back to `__x`).
    fn unmangle<'a>(&self, name: &'a str) -> &'a str {
        for (index, _) in name.match_indices("__").take(1) {
            let original = &name[index..];
            if index > 0 && *self.mangle(original) == *name {
                return original;
            }
        }
        name
    }

    fn unparse_items(&self, items: &[ExprId], out: &mut String) -> Option<()> {
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            self.unparse_into(*item, Precedence::Test, out)?;
        }
        Some(())
    }

    fn unparse_constant(
        &self,
        constant: &Constant,
        context: Precedence,
        out: &mut String,
    ) -> Option<()> {
        match constant {
            Constant::None => out.push_str("None"),
            Constant::True => out.push_str("True"),
            Constant::False => out.push_str("False"),
            Constant::Ellipsis => out.push_str("..."),
            Constant::Int(value) if *value < 0 && context > Precedence::Factor => {
                let _ = write!(out, "({value})");
            }
            Constant::Int(value) => {
                let _ = write!(out, "{value}");
            }
            Constant::BigInt(digits) => out.push_str(digits),
            Constant::Str(text) => out.push_str(&str_repr(text)),
            Constant::Bytes(bytes) => out.push_str(&bytes_repr(bytes)),
            Constant::Tuple(items) => {
                out.push('(');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(", ");
                    }
                    self.unparse_constant(item, Precedence::Test, out)?;
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Constant::Float(_) | Constant::Imaginary(_) => return None,
        }
        Some(())
    }
}
