//! Lowering expressions, assignment targets, call arguments, literals, f-strings,
//! comprehensions and lambdas.

use num_bigint::BigInt;
use num_traits::Num;
use tauraro_syntax::SyntaxNode;
use tauraro_syntax::ast::{self, AstNode};

use super::{Lowerer, TargetContext, first_token_start};
use crate::hir::{
    BinaryOp, BoolOp, CompareOp, Comprehension, ComprehensionKind, Constant, Expr, ExprId,
    FStringPart, Keyword, Params, Scope, ScopeBody, ScopeKind, UnaryOp,
};

pub(crate) fn binary_op(op: ast::BinOp) -> BinaryOp {
    match op {
        ast::BinOp::Add => BinaryOp::Add,
        ast::BinOp::Sub => BinaryOp::Sub,
        ast::BinOp::Mult => BinaryOp::Mul,
        ast::BinOp::MatMult => BinaryOp::MatMul,
        ast::BinOp::Div => BinaryOp::Div,
        ast::BinOp::Mod => BinaryOp::Mod,
        ast::BinOp::Pow => BinaryOp::Pow,
        ast::BinOp::LShift => BinaryOp::LShift,
        ast::BinOp::RShift => BinaryOp::RShift,
        ast::BinOp::BitOr => BinaryOp::BitOr,
        ast::BinOp::BitXor => BinaryOp::BitXor,
        ast::BinOp::BitAnd => BinaryOp::BitAnd,
        ast::BinOp::FloorDiv => BinaryOp::FloorDiv,
    }
}

fn compare_op(op: ast::CmpOp) -> CompareOp {
    match op {
        ast::CmpOp::Eq => CompareOp::Eq,
        ast::CmpOp::NotEq => CompareOp::NotEq,
        ast::CmpOp::Lt => CompareOp::Lt,
        ast::CmpOp::LtE => CompareOp::LtE,
        ast::CmpOp::Gt => CompareOp::Gt,
        ast::CmpOp::GtE => CompareOp::GtE,
        ast::CmpOp::Is => CompareOp::Is,
        ast::CmpOp::IsNot => CompareOp::IsNot,
        ast::CmpOp::In => CompareOp::In,
        ast::CmpOp::NotIn => CompareOp::NotIn,
    }
}

/// What CPython calls an expression in "cannot assign to X" messages.
fn describe(expr: &ast::Expr) -> &'static str {
    match expr {
        ast::Expr::LiteralExpr(literal) => match literal.kind() {
            Some(ast::LiteralKind::None) => "None",
            Some(ast::LiteralKind::True) => "True",
            Some(ast::LiteralKind::False) => "False",
            Some(ast::LiteralKind::Ellipsis) => "ellipsis",
            _ => "literal",
        },
        ast::Expr::StringExpr(string) if string.has_fstring() => "f-string expression",
        ast::Expr::StringExpr(_) => "literal",
        ast::Expr::CallExpr(_) => "function call",
        ast::Expr::BinExpr(_) | ast::Expr::UnaryExpr(_) | ast::Expr::BoolOpExpr(_) => "expression",
        ast::Expr::CompareExpr(_) => "comparison",
        ast::Expr::LambdaExpr(_) => "lambda",
        ast::Expr::IfExpr(_) => "conditional expression",
        ast::Expr::NamedExpr(_) => "named expression",
        ast::Expr::DictExpr(_) => "dict literal",
        ast::Expr::SetExpr(_) => "set display",
        ast::Expr::ListCompExpr(_) => "list comprehension",
        ast::Expr::SetCompExpr(_) => "set comprehension",
        ast::Expr::DictCompExpr(_) => "dict comprehension",
        ast::Expr::GeneratorExpr(_) => "generator expression",
        ast::Expr::AwaitExpr(_) => "await expression",
        ast::Expr::YieldExpr(_) | ast::Expr::YieldFromExpr(_) => "yield expression",
        ast::Expr::ListExpr(_) => "list",
        ast::Expr::TupleExpr(_) => "tuple",
        ast::Expr::StarredExpr(_) => "starred",
        _ => "expression",
    }
}

impl Lowerer {
    fn alloc(&mut self, mut expr: Expr, node: &SyntaxNode) -> ExprId {
        // Private names are mangled where every identifier expression is created.
        match &mut expr {
            Expr::Name(name) | Expr::NamedExpr { target: name, .. } => {
                *name = self.mangle(name);
            }
            Expr::Attribute { attr, .. } => *attr = self.mangle(attr),
            _ => {}
        }
        let line = self.line_of(first_token_start(node));
        self.body.expr_lines.push(line);
        let range = self.relative(node.text_range());
        self.expr_ranges.push(range);
        self.body.exprs.push(expr)
    }

    /// A placeholder for a missing expression.
    pub(crate) fn missing(&mut self, node: &SyntaxNode) -> ExprId {
        self.alloc(Expr::Missing, node)
    }

    pub(crate) fn expr_opt(&mut self, expr: Option<ast::Expr>, parent: &SyntaxNode) -> ExprId {
        match expr {
            Some(expr) => self.expr(&expr),
            None => self.missing(parent),
        }
    }

    pub(crate) fn constant(&mut self, constant: Constant, node: &SyntaxNode) -> ExprId {
        self.alloc(Expr::Constant(constant), node)
    }

    pub(crate) fn constant_of(&self, id: ExprId) -> Option<&Constant> {
        match &self.body.exprs[id] {
            Expr::Constant(constant) => Some(constant),
            _ => None,
        }
    }

    /// Lowers an expression in a load context.
    pub(crate) fn expr(&mut self, expr: &ast::Expr) -> ExprId {
        let node = expr.syntax().clone();
        match expr {
            ast::Expr::ParenExpr(paren) => match paren.expr() {
                Some(inner) => {
                    let id = self.expr(&inner);
                    // A parenthesised expression keeps the inner expression's line.
                    id
                }
                None => self.missing(&node),
            },
            ast::Expr::NameExpr(name) => self.alloc(Expr::Name(name.text().into()), &node),
            ast::Expr::LiteralExpr(literal) => {
                let constant = self.literal(literal);
                self.constant(constant, &node)
            }
            ast::Expr::StringExpr(string) => self.string(string),
            ast::Expr::BoolOpExpr(bool_op) => {
                let op = match bool_op.op() {
                    Some(ast::BoolOp::Or) => BoolOp::Or,
                    _ => BoolOp::And,
                };
                let values = bool_op.exprs().map(|e| self.expr(&e)).collect();
                self.alloc(Expr::BoolOp { op, values }, &node)
            }
            ast::Expr::NamedExpr(named) => {
                let value = self.expr_opt(named.value(), &node);
                match named.target() {
                    Some(ast::Expr::NameExpr(target)) => {
                        let target = target.text();
                        self.alloc(
                            Expr::NamedExpr {
                                target: target.into(),
                                value,
                            },
                            &node,
                        )
                    }
                    Some(other) => {
                        let what = match other {
                            ast::Expr::AttributeExpr(_) => "attribute",
                            ast::Expr::SubscriptExpr(_) => "subscript",
                            ast::Expr::TupleExpr(_) => "tuple",
                            ast::Expr::ListExpr(_) => "list",
                            _ => "expression",
                        };
                        self.error(
                            other.syntax(),
                            format!("cannot use assignment expressions with {what}"),
                        );
                        value
                    }
                    None => value,
                }
            }
            ast::Expr::BinExpr(bin) => {
                let left = self.expr_opt(bin.lhs(), &node);
                let right = self.expr_opt(bin.rhs(), &node);
                let op = bin.op().map(binary_op).unwrap_or(BinaryOp::Add);
                if self.folding
                    && let (Some(a), Some(b)) = (self.constant_of(left), self.constant_of(right))
                    && let Some(folded) = super::fold::binary(op, a, b)
                {
                    return self.constant(folded, &node);
                }
                self.alloc(Expr::Binary { op, left, right }, &node)
            }
            ast::Expr::UnaryExpr(unary) => {
                let operand = self.expr_opt(unary.operand(), &node);
                let op = match unary.op() {
                    Some(ast::UnaryOp::Not) => UnaryOp::Not,
                    Some(ast::UnaryOp::USub) => UnaryOp::Neg,
                    Some(ast::UnaryOp::UAdd) => UnaryOp::Pos,
                    Some(ast::UnaryOp::Invert) | None => UnaryOp::Invert,
                };
                if self.folding
                    && let Some(constant) = self.constant_of(operand)
                    && let Some(folded) = super::fold::unary(op, constant)
                {
                    return self.constant(folded, &node);
                }
                self.alloc(Expr::Unary { op, operand }, &node)
            }
            ast::Expr::LambdaExpr(lambda) => self.lambda(lambda),
            ast::Expr::IfExpr(if_expr) => {
                let test = self.expr_opt(if_expr.test(), &node);
                let body = self.expr_opt(if_expr.body(), &node);
                let orelse = self.expr_opt(if_expr.orelse(), &node);
                self.alloc(Expr::IfExp { test, body, orelse }, &node)
            }
            ast::Expr::DictExpr(dict) => {
                let items = dict
                    .dict_items()
                    .map(|item| {
                        let key = item.key().map(|k| self.expr(&k));
                        let value = self.expr_opt(item.value(), item.syntax());
                        (key, value)
                    })
                    .collect();
                self.alloc(Expr::Dict(items), &node)
            }
            ast::Expr::SetExpr(set) => {
                let items = set.exprs().map(|e| self.element(&e)).collect();
                self.alloc(Expr::Set(items), &node)
            }
            ast::Expr::ListExpr(list) => {
                let items = list.exprs().map(|e| self.element(&e)).collect();
                self.alloc(Expr::List(items), &node)
            }
            ast::Expr::TupleExpr(tuple) => {
                let items: Vec<ExprId> = tuple.exprs().map(|e| self.element(&e)).collect();
                let constants: Option<Vec<Constant>> = items
                    .iter()
                    .map(|id| self.constant_of(*id).cloned())
                    .collect();
                match constants {
                    Some(constants) if items.len() <= 256 => {
                        self.constant(Constant::Tuple(constants.into_boxed_slice()), &node)
                    }
                    _ => self.alloc(Expr::Tuple(items), &node),
                }
            }
            ast::Expr::ListCompExpr(comp) => self.comprehension(
                ComprehensionKind::List,
                comp.comprehensions(),
                comp.elt(),
                None,
                &node,
            ),
            ast::Expr::SetCompExpr(comp) => self.comprehension(
                ComprehensionKind::Set,
                comp.comprehensions(),
                comp.elt(),
                None,
                &node,
            ),
            ast::Expr::DictCompExpr(comp) => self.comprehension(
                ComprehensionKind::Dict,
                comp.comprehensions(),
                comp.key(),
                Some(comp.value()),
                &node,
            ),
            ast::Expr::GeneratorExpr(comp) => self.comprehension(
                ComprehensionKind::Generator,
                comp.comprehensions(),
                comp.elt(),
                None,
                &node,
            ),
            ast::Expr::AwaitExpr(await_expr) => {
                let inner = self.expr_opt(await_expr.expr(), &node);
                match self
                    .scope
                    .map(|s| (self.body.scopes[s].kind, self.body.scopes[s].is_async))
                {
                    Some((ScopeKind::Function, true)) => {}
                    Some((ScopeKind::Function, false)) => {
                        self.error(&node, "'await' outside async function");
                    }
                    _ => self.error(&node, "'await' outside function"),
                }
                self.alloc(Expr::Await(inner), &node)
            }
            ast::Expr::YieldExpr(yield_expr) => {
                self.mark_generator(&node);
                let value = yield_expr.expr().map(|e| self.expr(&e));
                self.alloc(Expr::Yield(value), &node)
            }
            ast::Expr::YieldFromExpr(yield_from) => {
                self.mark_generator(&node);
                let value = self.expr_opt(yield_from.expr(), &node);
                self.alloc(Expr::YieldFrom(value), &node)
            }
            ast::Expr::CompareExpr(compare) => {
                let left = self.expr_opt(compare.left(), &node);
                let comparators: Vec<ast::Expr> = compare.comparators().collect();
                let ops: Vec<(CompareOp, ExprId)> = compare
                    .ops()
                    .into_iter()
                    .zip(comparators)
                    .map(|((op, _), right)| (compare_op(op), self.expr(&right)))
                    .collect();
                if self.folding
                    && ops.len() == 1
                    && let (Some(a), Some(b)) = (self.constant_of(left), self.constant_of(ops[0].1))
                    && let Some(folded) = super::fold::compare(ops[0].0, a, b)
                {
                    return self.constant(folded, &node);
                }
                self.alloc(Expr::Compare { left, ops }, &node)
            }
            ast::Expr::CallExpr(call) => {
                let func = self.expr_opt(call.func(), &node);
                let (args, keywords) = match call.arg_list() {
                    Some(list) => self.arguments(&list),
                    None => (Vec::new(), Vec::new()),
                };
                self.alloc(
                    Expr::Call {
                        func,
                        args,
                        keywords,
                    },
                    &node,
                )
            }
            ast::Expr::AttributeExpr(attribute) => {
                let value = self.expr_opt(attribute.value(), &node);
                let attr = attribute.name().map(|n| n.text()).unwrap_or_default();
                self.alloc(
                    Expr::Attribute {
                        value,
                        attr: attr.into(),
                    },
                    &node,
                )
            }
            ast::Expr::SubscriptExpr(subscript) => {
                let value = self.expr_opt(subscript.value(), &node);
                let slice = match subscript.slice() {
                    Some(slice) => self.slice(&slice),
                    None => self.missing(&node),
                };
                self.alloc(Expr::Subscript { value, slice }, &node)
            }
            ast::Expr::StarredExpr(starred) => {
                self.error(&node, "can't use starred expression here");
                let inner = self.expr_opt(starred.expr(), &node);
                self.alloc(Expr::Starred(inner), &node)
            }
            ast::Expr::SliceExpr(_) => {
                self.error(&node, "invalid syntax");
                self.slice(expr)
            }
        }
    }

    /// An element of a list, tuple or set display, or a call argument: starred allowed.
    pub(crate) fn element(&mut self, expr: &ast::Expr) -> ExprId {
        match expr {
            ast::Expr::StarredExpr(starred) => {
                let node = expr.syntax().clone();
                let inner = self.expr_opt(starred.expr(), &node);
                self.alloc(Expr::Starred(inner), &node)
            }
            _ => self.expr(expr),
        }
    }

    /// A subscript: slices (and tuples of them) are allowed here.
    fn slice(&mut self, expr: &ast::Expr) -> ExprId {
        let node = expr.syntax().clone();
        match expr {
            ast::Expr::SliceExpr(slice) => {
                let lower = slice.lower().map(|e| self.expr(&e));
                let upper = slice.upper().map(|e| self.expr(&e));
                let step = slice.step().map(|e| self.expr(&e));
                self.alloc(Expr::Slice { lower, upper, step }, &node)
            }
            ast::Expr::TupleExpr(tuple)
                if tuple
                    .exprs()
                    .any(|e| matches!(e, ast::Expr::SliceExpr(_) | ast::Expr::StarredExpr(_))) =>
            {
                let items = tuple
                    .exprs()
                    .map(|e| match e {
                        ast::Expr::StarredExpr(_) => self.element(&e),
                        other => self.slice(&other),
                    })
                    .collect();
                self.alloc(Expr::Tuple(items), &node)
            }
            _ => self.expr(expr),
        }
    }

    fn mark_generator(&mut self, node: &SyntaxNode) {
        match self.scope.map(|s| self.body.scopes[s].kind) {
            Some(ScopeKind::Function | ScopeKind::Lambda) => {
                let scope = self.scope.expect("checked");
                self.body.scopes[scope].is_generator = true;
            }
            Some(ScopeKind::Comprehension(kind)) => {
                let what = match kind {
                    ComprehensionKind::List => "list comprehension",
                    ComprehensionKind::Set => "set comprehension",
                    ComprehensionKind::Dict => "dict comprehension",
                    ComprehensionKind::Generator => "generator expression",
                };
                self.error(node, format!("'yield' inside {what}"));
            }
            _ => self.error(node, "'yield' outside function"),
        }
    }

    /// Call arguments: positional (with `*x`) and keywords (with `**x`).
    pub(crate) fn arguments(&mut self, list: &ast::ArgList) -> (Vec<ExprId>, Vec<Keyword>) {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        for node in list.all() {
            if let Some(keyword) = ast::Keyword::cast(node.clone()) {
                let value = self.expr_opt(keyword.value(), &node);
                let name: Option<Box<str>> = keyword.name().map(|n| n.text().into());
                if let Some(name) = &name
                    && keywords
                        .iter()
                        .any(|k| k.name.as_deref() == Some(name.as_ref()))
                {
                    self.error(&node, format!("keyword argument repeated: {name}"));
                }
                keywords.push(Keyword { name, value });
            } else if let Some(expr) = ast::Expr::cast(node.clone()) {
                if keywords.iter().any(|k| k.name.is_none())
                    && matches!(expr, ast::Expr::StarredExpr(_))
                {
                    self.error(
                        &node,
                        "iterable argument unpacking follows keyword argument unpacking",
                    );
                } else if !keywords.is_empty() && !matches!(expr, ast::Expr::StarredExpr(_)) {
                    if keywords.iter().any(|k| k.name.is_none()) {
                        self.error(
                            &node,
                            "positional argument follows keyword argument unpacking",
                        );
                    } else {
                        self.error(&node, "positional argument follows keyword argument");
                    }
                }
                args.push(self.element(&expr));
            }
        }
        (args, keywords)
    }

    /// An assignment (or `del`, `for`, `with`) target.
    pub(crate) fn target(&mut self, expr: &ast::Expr, context: TargetContext) -> ExprId {
        let node = expr.syntax().clone();
        match expr {
            ast::Expr::NameExpr(name) => {
                let text = name.text();
                if text == "__debug__" {
                    self.error(&node, "cannot assign to __debug__");
                }
                self.alloc(Expr::Name(text.into()), &node)
            }
            ast::Expr::ParenExpr(paren) => match paren.expr() {
                Some(inner) => self.target(&inner, context),
                None => self.missing(&node),
            },
            ast::Expr::AttributeExpr(_) | ast::Expr::SubscriptExpr(_) => self.expr(expr),
            ast::Expr::TupleExpr(_) | ast::Expr::ListExpr(_) => {
                let elements: Vec<ast::Expr> = match expr {
                    ast::Expr::TupleExpr(tuple) => tuple.exprs().collect(),
                    ast::Expr::ListExpr(list) => list.exprs().collect(),
                    _ => Vec::new(),
                };
                let starred = elements
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::StarredExpr(_)))
                    .count();
                if starred > 1 && context == TargetContext::Assign {
                    self.error(&node, "multiple starred expressions in assignment");
                }
                let items = elements
                    .iter()
                    .map(|element| match element {
                        ast::Expr::StarredExpr(starred) if context == TargetContext::Assign => {
                            let inner_node = element.syntax().clone();
                            let inner = match starred.expr() {
                                Some(inner) => self.target(&inner, context),
                                None => self.missing(&inner_node),
                            };
                            self.alloc(Expr::Starred(inner), &inner_node)
                        }
                        other => self.target(other, context),
                    })
                    .collect();
                let built = match expr {
                    ast::Expr::ListExpr(_) => Expr::List(items),
                    _ => Expr::Tuple(items),
                };
                self.alloc(built, &node)
            }
            ast::Expr::StarredExpr(_) => {
                self.error(
                    &node,
                    "starred assignment target must be in a list or tuple",
                );
                self.missing(&node)
            }
            other => {
                let what = describe(other);
                let message = match context {
                    TargetContext::Delete => format!("cannot delete {what}"),
                    TargetContext::Assign if matches!(what, "None" | "True" | "False") => {
                        format!("cannot assign to {what}")
                    }
                    TargetContext::Assign => format!("cannot assign to {what}"),
                };
                self.error(&node, message);
                self.missing(&node)
            }
        }
    }

    /// The target of `x += 1`: a name, attribute or subscript.
    pub(crate) fn aug_target(&mut self, expr: &ast::Expr) -> ExprId {
        match expr {
            ast::Expr::NameExpr(_) | ast::Expr::AttributeExpr(_) | ast::Expr::SubscriptExpr(_) => {
                self.target(expr, TargetContext::Assign)
            }
            ast::Expr::ParenExpr(paren) if paren.expr().is_some() => {
                self.aug_target(&paren.expr().expect("checked"))
            }
            other => {
                let what = describe(other);
                self.error(
                    other.syntax(),
                    format!("'{what}' is an illegal expression for augmented assignment"),
                );
                self.missing(other.syntax())
            }
        }
    }

    /// The target of an annotated assignment.
    pub(crate) fn ann_target(&mut self, expr: &ast::Expr) -> ExprId {
        match expr {
            ast::Expr::NameExpr(_) | ast::Expr::AttributeExpr(_) | ast::Expr::SubscriptExpr(_) => {
                self.target(expr, TargetContext::Assign)
            }
            ast::Expr::ParenExpr(paren) if paren.expr().is_some() => {
                self.ann_target(&paren.expr().expect("checked"))
            }
            other => {
                let what = match other {
                    ast::Expr::TupleExpr(_) => "tuple",
                    ast::Expr::ListExpr(_) => "list",
                    _ => "expression",
                };
                self.error(
                    other.syntax(),
                    format!("only single target (not {what}) can be annotated"),
                );
                self.missing(other.syntax())
            }
        }
    }

    fn literal(&mut self, literal: &ast::LiteralExpr) -> Constant {
        match literal.kind() {
            Some(ast::LiteralKind::None) => Constant::None,
            Some(ast::LiteralKind::True) => Constant::True,
            Some(ast::LiteralKind::False) => Constant::False,
            Some(ast::LiteralKind::Ellipsis) => Constant::Ellipsis,
            Some(ast::LiteralKind::Int) => {
                let text = literal.number_text().unwrap_or_default();
                match parse_int_literal(&text) {
                    Some(constant) => constant,
                    None => {
                        self.error(literal.syntax(), "invalid decimal literal");
                        Constant::Int(0)
                    }
                }
            }
            Some(ast::LiteralKind::Float) => {
                let text = literal.number_text().unwrap_or_default();
                match text.parse::<f64>() {
                    Ok(value) => Constant::Float(value),
                    Err(_) => {
                        self.error(literal.syntax(), "invalid decimal literal");
                        Constant::Float(0.0)
                    }
                }
            }
            Some(ast::LiteralKind::Imag) => {
                let text = literal.number_text().unwrap_or_default();
                let digits = text.trim_end_matches(['j', 'J']);
                match digits.parse::<f64>() {
                    Ok(value) => Constant::Imaginary(value),
                    Err(_) => {
                        self.error(literal.syntax(), "invalid imaginary literal");
                        Constant::Imaginary(0.0)
                    }
                }
            }
            None => Constant::None,
        }
    }

    /// String literals: implicit concatenation, escapes, f-strings.
    fn string(&mut self, string: &ast::StringExpr) -> ExprId {
        let node = string.syntax().clone();
        let parts = string.parts();
        let has_bytes = parts
            .iter()
            .any(|p| matches!(p, ast::StringPart::Literal(l) if l.flags().bytes));
        let has_text = parts.iter().any(|p| match p {
            ast::StringPart::Literal(l) => !l.flags().bytes,
            ast::StringPart::FString(_) => true,
        });
        if has_bytes && has_text {
            self.error(&node, "cannot mix bytes and nonbytes literals");
        }
        if has_bytes && !has_text {
            let mut bytes = Vec::new();
            for part in &parts {
                if let ast::StringPart::Literal(literal) = part {
                    match literal.value() {
                        Ok(ast::StringValue::Bytes(b)) => bytes.extend_from_slice(&b),
                        Ok(ast::StringValue::Str(s)) => bytes.extend_from_slice(s.as_bytes()),
                        Err(err) => self.error(&node, err.message),
                    }
                }
            }
            return self.constant(Constant::Bytes(bytes.into_boxed_slice()), &node);
        }
        let mut pieces: Vec<FStringPart> = Vec::new();
        let push_literal = |pieces: &mut Vec<FStringPart>, text: &str| {
            if text.is_empty() {
                return;
            }
            if let Some(FStringPart::Literal(last)) = pieces.last_mut() {
                let mut joined = String::from(&**last);
                joined.push_str(text);
                *last = joined.into_boxed_str();
            } else {
                pieces.push(FStringPart::Literal(text.into()));
            }
        };
        let mut any_fstring = false;
        for part in parts {
            match part {
                ast::StringPart::Literal(literal) => match literal.value() {
                    Ok(ast::StringValue::Str(text)) => push_literal(&mut pieces, &text),
                    Ok(ast::StringValue::Bytes(_)) => {}
                    Err(err) => self.error(&node, err.message),
                },
                ast::StringPart::FString(fstring) => {
                    any_fstring = true;
                    let raw = fstring.flags().raw;
                    for piece in self.fstring_elements(fstring.elements(), raw) {
                        match piece {
                            FStringPart::Literal(text) => push_literal(&mut pieces, &text),
                            field => pieces.push(field),
                        }
                    }
                }
            }
        }
        if !any_fstring {
            let text = match pieces.into_iter().next() {
                Some(FStringPart::Literal(text)) => text,
                _ => "".into(),
            };
            return self.constant(Constant::Str(text), &node);
        }
        self.alloc(Expr::FString(pieces), &node)
    }

    fn fstring_elements(
        &mut self,
        elements: Vec<ast::FStringElement>,
        raw: bool,
    ) -> Vec<FStringPart> {
        let mut out = Vec::new();
        for element in elements {
            match element {
                ast::FStringElement::Literal(token) => {
                    let text = token.text().replace("{{", "{").replace("}}", "}");
                    match ast::unescape(&text, raw, false) {
                        Ok(ast::StringValue::Str(value)) => {
                            out.push(FStringPart::Literal(value.into()))
                        }
                        Ok(ast::StringValue::Bytes(_)) => {}
                        Err(err) => {
                            let parent = token.parent().expect("tokens have parents");
                            self.error(&parent, err.message);
                        }
                    }
                }
                ast::FStringElement::Field(field) => {
                    let node = field.syntax().clone();
                    if let Some(debug) = field.debug_text() {
                        out.push(FStringPart::Literal(debug.into()));
                    }
                    let value = match field.expr() {
                        Some(expr) => self.element(&expr),
                        None => {
                            self.error(&node, "f-string: empty expression not allowed");
                            self.missing(&node)
                        }
                    };
                    let mut conversion = match field.conversion() {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(_) => {
                            self.error(
                                &node,
                                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                            );
                            0
                        }
                    };
                    let spec = field
                        .format_spec()
                        .map(|spec| self.fstring_elements(spec.elements(), raw));
                    if field.debug_text().is_some() && conversion == 0 && spec.is_none() {
                        conversion = 2;
                    }
                    out.push(FStringPart::Field {
                        value,
                        conversion,
                        spec,
                    });
                }
            }
        }
        out
    }

    fn lambda(&mut self, lambda: &ast::LambdaExpr) -> ExprId {
        let node = lambda.syntax().clone();
        let super::LoweredParams {
            params,
            defaults,
            kw_defaults,
            ..
        } = self.params(lambda.param_list());
        let qualname = self.child_qualname("<lambda>");
        let line = self.line_of(first_token_start(&node));
        let scope = self.push_scope(Scope {
            kind: ScopeKind::Lambda,
            name: "<lambda>".into(),
            qualname: qualname.into(),
            parent: self.scope,
            params,
            body: ScopeBody::Stmts(Vec::new()),
            is_generator: false,
            is_async: false,
            docstring: None,
            line,
        });
        self.scope_ranges.push(self.relative(node.text_range()));
        let saved_scope = self.scope.replace(scope);
        let saved_context = std::mem::replace(
            &mut self.context,
            super::Context {
                in_loop: false,
                in_function: true,
            },
        );
        let body = self.expr_opt(lambda.body(), &node);
        self.body.scopes[scope].body = ScopeBody::Expr(body);
        self.scope = saved_scope;
        self.context = saved_context;
        self.alloc(
            Expr::Lambda {
                scope,
                defaults,
                kw_defaults,
            },
            &node,
        )
    }

    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        clauses: ast::AstChildren<ast::Comprehension>,
        element: Option<ast::Expr>,
        value: Option<Option<ast::Expr>>,
        node: &SyntaxNode,
    ) -> ExprId {
        let clauses: Vec<ast::Comprehension> = clauses.collect();
        // The first iterable is evaluated in the enclosing scope.
        let first_iter = match clauses.first() {
            Some(first) => self.expr_opt(first.iter(), first.syntax()),
            None => self.missing(node),
        };
        let name = match kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let qualname = self.child_qualname(name);
        let line = self.line_of(first_token_start(node));
        let scope = self.push_scope(Scope {
            kind: ScopeKind::Comprehension(kind),
            name: name.into(),
            qualname: qualname.into(),
            parent: self.scope,
            params: Params::default(),
            body: ScopeBody::Stmts(Vec::new()),
            is_generator: kind == ComprehensionKind::Generator,
            is_async: false,
            docstring: None,
            line,
        });
        self.scope_ranges.push(self.relative(node.text_range()));
        let saved_scope = self.scope.replace(scope);
        let saved_context = std::mem::replace(
            &mut self.context,
            super::Context {
                in_loop: false,
                in_function: false,
            },
        );
        let mut generators = Vec::with_capacity(clauses.len());
        for (index, clause) in clauses.iter().enumerate() {
            let target = match clause.target() {
                Some(target) => self.target(&target, TargetContext::Assign),
                None => self.missing(clause.syntax()),
            };
            let iter = if index == 0 {
                first_iter
            } else {
                self.expr_opt(clause.iter(), clause.syntax())
            };
            let ifs = clause
                .comp_ifs()
                .map(|comp_if| self.expr_opt(comp_if.test(), comp_if.syntax()))
                .collect();
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async: clause.is_async(),
            });
        }
        let element_id = match &element {
            Some(ast::Expr::StarredExpr(_)) => {
                let message = if kind == ComprehensionKind::Dict {
                    "dict unpacking cannot be used in dict comprehension"
                } else {
                    "iterable unpacking cannot be used in comprehension"
                };
                self.error(node, message);
                self.missing(node)
            }
            _ => self.expr_opt(element, node),
        };
        let value_id = value.map(|v| self.expr_opt(v, node));
        self.body.scopes[scope].body = ScopeBody::Comprehension {
            generators,
            element: element_id,
            value: value_id,
        };
        self.scope = saved_scope;
        self.context = saved_context;
        self.alloc(Expr::Comprehension { kind, scope }, node)
    }
}

/// Parses an int literal (underscores already removed): decimal, `0x`, `0o`, `0b`.
pub(crate) fn parse_int_literal(text: &str) -> Option<Constant> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest, 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest, 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest, 2)
    } else {
        (lower.as_str(), 10)
    };
    if digits.is_empty() {
        return None;
    }
    if let Ok(value) = i64::from_str_radix(digits, radix) {
        return Some(Constant::Int(value));
    }
    let big = BigInt::from_str_radix(digits, radix).ok()?;
    Some(Constant::BigInt(big.to_string().into_boxed_str()))
}
