//! Lowering from the syntax tree to the HIR: statements here, expressions in `expr.rs`,
//! constant folding in `fold.rs`. Lowering never fails: syntax the parser could not complete
//! becomes `Expr::Missing`, and the SyntaxErrors CPython reports at compile time (assignment
//! to a literal, `return` outside a function, ...) become [`Diagnostic`]s.

mod expr;
mod fold;
mod patterns;
mod unparse;

use std::collections::HashMap;

use index_vec::IndexVec;
use tauraro_syntax::ast::{self, AstNode};
use tauraro_syntax::{SyntaxNode, TextRange, TextSize};

use crate::hir::{
    Alias, Body, ExceptHandler, ExprId, FunctionRef, Keyword, Name, Params, Scope, ScopeBody,
    ScopeId, ScopeKind, Stmt, StmtId, WithItem,
};

/// A compile-time error (CPython raises these as SyntaxError before running anything).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub message: String,
    /// Relative to the start of the item's text.
    pub range: TextRange,
}

/// Text ranges of HIR nodes, relative to the start of the item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub expr_ranges: IndexVec<ExprId, TextRange>,
    pub stmt_ranges: IndexVec<StmtId, TextRange>,
    pub scope_ranges: IndexVec<ScopeId, TextRange>,
}

/// The output of lowering one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lowered {
    pub body: Body,
    pub source_map: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// A function compiled as its own item: a `def` not nested in another function.
#[derive(Clone, Debug)]
pub struct ItemDef {
    pub def: ast::FunctionDef,
    /// The enclosing classes' qualified name prefix (`"A.B."`), empty at module level.
    pub qualname_prefix: String,
}

/// Every `def` of the module that is compiled separately, in document order: those whose
/// enclosing scopes are only the module and classes.
pub fn collect_items(module: &ast::Module) -> Vec<ItemDef> {
    let mut items = Vec::new();
    collect_items_in(module.syntax(), String::new(), &mut items);
    items
}

fn collect_items_in(node: &SyntaxNode, prefix: String, items: &mut Vec<ItemDef>) {
    for child in node.children() {
        if let Some(def) = ast::FunctionDef::cast(child.clone()) {
            items.push(ItemDef {
                def,
                qualname_prefix: prefix.clone(),
            });
        } else if let Some(class) = ast::ClassDef::cast(child.clone()) {
            let name = class.name().map(|n| n.text()).unwrap_or_default();
            collect_items_in(&child, format!("{prefix}{name}."), items);
        } else if ast::LambdaExpr::can_cast(child.kind()) {
            // Lambdas cannot contain statements.
        } else {
            collect_items_in(&child, prefix.clone(), items);
        }
    }
}

/// Lowers the module body; item `def`s become [`FunctionRef::Item`] references.
pub fn lower_module(module: &ast::Module) -> Lowered {
    let items = collect_items(module);
    let item_index: HashMap<TextRange, u32> = items
        .iter()
        .enumerate()
        .map(|(index, item)| (item.def.syntax().text_range(), index as u32))
        .collect();
    let mut lowerer = Lowerer::new(module.syntax(), Some(item_index));
    lowerer.future_annotations = has_future_annotations(module);
    let root = lowerer.push_scope(Scope {
        kind: ScopeKind::Module,
        name: "<module>".into(),
        qualname: "<module>".into(),
        parent: None,
        params: Params::default(),
        body: ScopeBody::Stmts(Vec::new()),
        is_generator: false,
        is_async: false,
        docstring: None,
        line: 0,
    });
    lowerer.scope_ranges.push(module.syntax().text_range());
    let stmts: Vec<ast::Stmt> = module.stmts().collect();
    let docstring = docstring_of(&stmts);
    let body = lowerer.stmts(stmts);
    lowerer.body.scopes[root].body = ScopeBody::Stmts(body);
    lowerer.body.scopes[root].docstring = docstring;
    lowerer.finish()
}

/// Whether the module starts with `from __future__ import annotations` (annotations are then
/// kept as strings). Future imports may only follow the docstring and other future imports.
pub fn has_future_annotations(module: &ast::Module) -> bool {
    for (index, stmt) in module.stmts().enumerate() {
        match &stmt {
            ast::Stmt::ExprStmt(s)
                if index == 0 && matches!(s.expr(), Some(ast::Expr::StringExpr(_))) => {}
            ast::Stmt::ImportFromStmt(s)
                if s.level() == 0 && s.module().is_some_and(|m| m.text() == "__future__") =>
            {
                if s.names().any(|alias| {
                    alias
                        .dotted_name()
                        .is_some_and(|d| d.text() == "annotations")
                }) {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Lowers one item function; its text is the whole tree given (offsets are relative to it).
/// `qualname_prefix` names its enclosing classes (`"A.B."`): private names in it are mangled
/// with the innermost one.
pub fn lower_function(
    def: &ast::FunctionDef,
    qualname_prefix: &str,
    future_annotations: bool,
) -> Lowered {
    let mut lowerer = Lowerer::new(def.syntax(), None);
    lowerer.future_annotations = future_annotations;
    lowerer.item_class = qualname_prefix
        .strip_suffix('.')
        .and_then(|prefix| prefix.rsplit('.').next())
        .map(Name::from);
    let name = def.name().map(|n| n.text()).unwrap_or_default();
    let qualname = format!("{qualname_prefix}{name}");
    lowerer.function_scope(def, &name, &qualname, None);
    lowerer.finish()
}

/// Where loops and functions are, for `break`/`continue`/`return` checks.
#[derive(Clone, Copy, Default)]
struct Context {
    in_loop: bool,
    in_function: bool,
}

pub(crate) struct Lowerer {
    body: Body,
    expr_ranges: IndexVec<ExprId, TextRange>,
    stmt_ranges: IndexVec<StmtId, TextRange>,
    scope_ranges: IndexVec<ScopeId, TextRange>,
    diagnostics: Vec<Diagnostic>,
    /// Byte offset of each line start in the item's text.
    line_starts: Vec<TextSize>,
    base: TextSize,
    /// Item `def`s of the module by their text range (`None` when lowering a function item).
    items: Option<HashMap<TextRange, u32>>,
    scope: Option<ScopeId>,
    context: Context,
    /// `from __future__ import annotations`: annotations become their source as strings.
    future_annotations: bool,
    /// The class enclosing a method item (the item's own scopes do not record it).
    item_class: Option<Name>,
    /// Constant folding is on, except in annotations kept as text (unparsed unfolded).
    folding: bool,
}

/// A parameter list, lowered.
pub(crate) struct LoweredParams {
    pub params: Params,
    pub defaults: Vec<ExprId>,
    pub kw_defaults: Vec<(Name, ExprId)>,
    /// Annotations of the parameters (not yet the return annotation), in CPython's order.
    pub annotations: Vec<(Name, ExprId)>,
}

impl Lowerer {
    fn new(root: &SyntaxNode, items: Option<HashMap<TextRange, u32>>) -> Lowerer {
        let text = root.text().to_string();
        let base = root.text_range().start();
        let mut line_starts = vec![base];
        for (offset, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(base + TextSize::from(offset as u32 + 1));
            }
        }
        Lowerer {
            body: Body::default(),
            expr_ranges: IndexVec::new(),
            stmt_ranges: IndexVec::new(),
            scope_ranges: IndexVec::new(),
            diagnostics: Vec::new(),
            line_starts,
            base,
            items,
            scope: None,
            context: Context::default(),
            future_annotations: false,
            item_class: None,
            folding: true,
        }
    }

    fn finish(self) -> Lowered {
        Lowered {
            body: self.body,
            source_map: SourceMap {
                expr_ranges: self.expr_ranges,
                stmt_ranges: self.stmt_ranges,
                scope_ranges: self.scope_ranges,
            },
            diagnostics: self.diagnostics,
        }
    }

    /// The line of an offset, relative to the item's first line.
    fn line_of(&self, offset: TextSize) -> u32 {
        self.line_starts
            .partition_point(|start| *start <= offset)
            .saturating_sub(1) as u32
    }

    fn relative(&self, range: TextRange) -> TextRange {
        range.checked_sub(self.base).unwrap_or(range)
    }

    pub(crate) fn error(&mut self, node: &SyntaxNode, message: impl Into<String>) {
        let range = self.relative(node.text_range());
        self.diagnostics.push(Diagnostic {
            message: message.into(),
            range,
        });
    }

    fn push_scope(&mut self, scope: Scope) -> ScopeId {
        self.body.scopes.push(scope)
    }

    fn push_stmt(&mut self, stmt: Stmt, node: &SyntaxNode) -> StmtId {
        let range = node.text_range();
        let line = self.line_of(first_token_start(node));
        self.stmt_lines_push(line);
        self.stmt_ranges.push(self.relative(range));
        self.body.stmts.push(stmt)
    }

    fn stmt_lines_push(&mut self, line: u32) {
        self.body.stmt_lines.push(line);
    }

    /// Lowers a list of statements.
    fn stmts(&mut self, stmts: impl IntoIterator<Item = ast::Stmt>) -> Vec<StmtId> {
        let mut out = Vec::new();
        for stmt in stmts {
            if let Some(id) = self.stmt(&stmt) {
                out.push(id);
            }
        }
        out
    }

    fn block(&mut self, block: Option<ast::Block>) -> Vec<StmtId> {
        match block {
            Some(block) => self.stmts(block.stmts()),
            None => Vec::new(),
        }
    }

    fn else_block(&mut self, clause: Option<ast::ElseClause>) -> Vec<StmtId> {
        self.block(clause.and_then(|c| c.body()))
    }

    fn loop_body(&mut self, block: Option<ast::Block>) -> Vec<StmtId> {
        let saved = self.context;
        self.context.in_loop = true;
        let body = self.block(block);
        self.context = saved;
        body
    }

    /// CPython's private name mangling: inside a class, `__x` (not ending in `__`, without a
    /// dot) becomes `_Class__x`, with the class name's leading underscores stripped (no
    /// mangling if nothing remains).
    pub(crate) fn mangle(&self, name: &str) -> Name {
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.into();
        }
        let mut scope = self.scope;
        let mut class: Option<&str> = None;
        while let Some(id) = scope {
            let info = &self.body.scopes[id];
            if info.kind == ScopeKind::Class {
                class = Some(&info.name);
                break;
            }
            scope = info.parent;
        }
        let class = class.or(self.item_class.as_deref());
        match class.map(|class| class.trim_start_matches('_')) {
            Some(stripped) if !stripped.is_empty() => format!("_{stripped}{name}").into(),
            _ => name.into(),
        }
    }

    /// An annotation: evaluated, or its source as a string under `from __future__ import
    /// annotations`.
    pub(crate) fn annotation(&mut self, expr: &ast::Expr) -> ExprId {
        if !self.future_annotations {
            return self.expr(expr);
        }
        self.folding = false;
        let id = self.expr(expr);
        self.folding = true;
        let text = self.unparse(id).unwrap_or_else(|| {
            // Forms the unparser does not rebuild keep their source, whitespace collapsed.
            expr.syntax()
                .text()
                .to_string()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        });
        self.constant(crate::hir::Constant::Str(text.into()), expr.syntax())
    }

    fn stmt(&mut self, stmt: &ast::Stmt) -> Option<StmtId> {
        let node = stmt.syntax().clone();
        let lowered = match stmt {
            ast::Stmt::ExprStmt(s) => {
                let value = self.expr_opt(s.expr(), &node);
                Stmt::Expr(value)
            }
            ast::Stmt::AssignStmt(s) => {
                let targets: Vec<ExprId> = s
                    .targets()
                    .into_iter()
                    .map(|target| self.target(&target, TargetContext::Assign))
                    .collect();
                let value = self.expr_opt(s.value(), &node);
                Stmt::Assign { targets, value }
            }
            ast::Stmt::AugAssignStmt(s) => {
                let target = match s.target() {
                    Some(target) => self.aug_target(&target),
                    None => self.missing(&node),
                };
                let value = self.expr_opt(s.value(), &node);
                let op = s
                    .op()
                    .map(expr::binary_op)
                    .unwrap_or(crate::hir::BinaryOp::Add);
                Stmt::AugAssign { target, op, value }
            }
            ast::Stmt::AnnAssignStmt(s) => {
                let simple = matches!(s.target(), Some(ast::Expr::NameExpr(_)));
                let target = match s.target() {
                    Some(target) => self.ann_target(&target),
                    None => self.missing(&node),
                };
                let annotation = match s.annotation() {
                    Some(annotation) => self.annotation(&annotation),
                    None => self.missing(&node),
                };
                let value = s.value().map(|v| self.expr(&v));
                Stmt::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple,
                }
            }
            ast::Stmt::ReturnStmt(s) => {
                if !self.context.in_function {
                    self.error(&node, "'return' outside function");
                }
                Stmt::Return(s.value().map(|v| self.expr(&v)))
            }
            ast::Stmt::DeleteStmt(s) => {
                let targets = s
                    .exprs()
                    .map(|target| self.target(&target, TargetContext::Delete))
                    .collect();
                Stmt::Delete(targets)
            }
            ast::Stmt::PassStmt(_) => Stmt::Pass,
            ast::Stmt::BreakStmt(_) => {
                if !self.context.in_loop {
                    self.error(&node, "'break' outside loop");
                }
                Stmt::Break
            }
            ast::Stmt::ContinueStmt(_) => {
                if !self.context.in_loop {
                    self.error(&node, "'continue' not properly in loop");
                }
                Stmt::Continue
            }
            ast::Stmt::IfStmt(s) => {
                let test = self.expr_opt(s.test(), &node);
                let body = self.block(s.body());
                // elif chains nest like CPython's `If` in `orelse`, innermost last.
                let elifs: Vec<ast::ElifClause> = s.elif_clauses().collect();
                let mut orelse = self.else_block(s.else_clause());
                for elif in elifs.into_iter().rev() {
                    let elif_node = elif.syntax().clone();
                    let elif_test = self.expr_opt(elif.test(), &elif_node);
                    let elif_body = self.block(elif.body());
                    let nested = self.push_stmt(
                        Stmt::If {
                            test: elif_test,
                            body: elif_body,
                            orelse,
                        },
                        &elif_node,
                    );
                    orelse = vec![nested];
                }
                Stmt::If { test, body, orelse }
            }
            ast::Stmt::WhileStmt(s) => {
                let test = self.expr_opt(s.test(), &node);
                let body = self.loop_body(s.body());
                let orelse = self.else_block(s.else_clause());
                Stmt::While { test, body, orelse }
            }
            ast::Stmt::ForStmt(s) => {
                let target = match s.target() {
                    Some(target) => self.target(&target, TargetContext::Assign),
                    None => self.missing(&node),
                };
                let iter = self.expr_opt(s.iter(), &node);
                let body = self.loop_body(s.body());
                let orelse = self.else_block(s.else_clause());
                Stmt::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async: s.is_async(),
                }
            }
            ast::Stmt::FunctionDef(def) => self.function_def(def),
            ast::Stmt::ClassDef(class) => self.class_def(class),
            ast::Stmt::GlobalStmt(s) => {
                Stmt::Global(s.names().map(|n| self.mangle(&n.text())).collect())
            }
            ast::Stmt::NonlocalStmt(s) => {
                if !self.context.in_function && self.current_scope_kind() == Some(ScopeKind::Module)
                {
                    self.error(&node, "nonlocal declaration not allowed at module level");
                }
                Stmt::Nonlocal(s.names().map(|n| self.mangle(&n.text())).collect())
            }
            ast::Stmt::AssertStmt(s) => {
                let test = self.expr_opt(s.test(), &node);
                let msg = s.msg().map(|m| self.expr(&m));
                Stmt::Assert { test, msg }
            }
            ast::Stmt::RaiseStmt(s) => {
                let exc = s.exc().map(|e| self.expr(&e));
                let cause = s.cause().map(|c| self.expr(&c));
                Stmt::Raise { exc, cause }
            }
            ast::Stmt::TryStmt(s) => self.try_stmt(
                s.body(),
                s.except_handlers(),
                s.else_clause(),
                s.finally_clause(),
                false,
            ),
            ast::Stmt::TryStarStmt(s) => self.try_stmt(
                s.body(),
                s.except_handlers(),
                s.else_clause(),
                s.finally_clause(),
                true,
            ),
            ast::Stmt::WithStmt(s) => {
                let items = s
                    .with_items()
                    .map(|item| WithItem {
                        context: self.expr_opt(item.context_expr(), item.syntax()),
                        target: item
                            .optional_vars()
                            .map(|t| self.target(&t, TargetContext::Assign)),
                    })
                    .collect();
                let body = self.block(s.body());
                Stmt::With {
                    items,
                    body,
                    is_async: s.is_async(),
                }
            }
            ast::Stmt::MatchStmt(s) => self.match_stmt(s, &node),
            ast::Stmt::ImportStmt(s) => Stmt::Import(
                s.import_aliases()
                    .map(|alias| Alias {
                        name: self
                            .mangle(&alias.dotted_name().map(|d| d.text()).unwrap_or_default()),
                        asname: alias.asname().map(|n| self.mangle(&n.text())),
                    })
                    .collect(),
            ),
            ast::Stmt::ImportFromStmt(s) => {
                let names = if s.is_star() {
                    vec![Alias {
                        name: "*".into(),
                        asname: None,
                    }]
                } else {
                    s.names()
                        .map(|alias| Alias {
                            name: self
                                .mangle(&alias.dotted_name().map(|d| d.text()).unwrap_or_default()),
                            asname: alias.asname().map(|n| self.mangle(&n.text())),
                        })
                        .collect()
                };
                Stmt::ImportFrom {
                    module: s.module().map(|m| self.mangle(&m.text())),
                    names,
                    level: s.level(),
                }
            }
            ast::Stmt::TypeAliasStmt(_) => {
                self.error(&node, "invalid syntax");
                Stmt::Pass
            }
        };
        Some(self.push_stmt(lowered, &node))
    }

    fn try_stmt(
        &mut self,
        body: Option<ast::Block>,
        handlers: ast::AstChildren<ast::ExceptHandler>,
        orelse: Option<ast::ElseClause>,
        finally: Option<ast::FinallyClause>,
        is_star: bool,
    ) -> Stmt {
        let body = self.block(body);
        let handlers = handlers
            .map(|handler| {
                let line = self.line_of(first_token_start(handler.syntax()));
                ExceptHandler {
                    type_: handler.type_().map(|t| self.expr(&t)),
                    name: handler.name().map(|n| self.mangle(&n.text())),
                    body: self.block(handler.body()),
                    line,
                }
            })
            .collect();
        let orelse = self.else_block(orelse);
        let finalbody = self.block(finally.and_then(|f| f.body()));
        Stmt::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        }
    }

    fn current_scope_kind(&self) -> Option<ScopeKind> {
        self.scope.map(|scope| self.body.scopes[scope].kind)
    }

    /// The qualified-name prefix for scopes defined inside the current one.
    fn child_qualname(&self, name: &str) -> String {
        match self.scope {
            None => name.to_owned(),
            Some(scope) => {
                let scope = &self.body.scopes[scope];
                match scope.kind {
                    ScopeKind::Module => name.to_owned(),
                    ScopeKind::Class => format!("{}.{name}", scope.qualname),
                    _ => format!("{}.<locals>.{name}", scope.qualname),
                }
            }
        }
    }

    fn params(&mut self, list: Option<ast::ParamList>) -> LoweredParams {
        let mut lowered = LoweredParams {
            params: Params::default(),
            defaults: Vec::new(),
            kw_defaults: Vec::new(),
            annotations: Vec::new(),
        };
        let Some(list) = list else {
            return lowered;
        };
        let arguments = list.arguments();
        let mut seen: Vec<Name> = Vec::new();
        let mut check = |lowerer: &mut Lowerer, param: &ast::Param| -> Name {
            let name = lowerer.mangle(&param.name().map(|n| n.text()).unwrap_or_default());
            if seen.contains(&name) {
                lowerer.error(
                    param.syntax(),
                    format!("duplicate argument '{name}' in function definition"),
                );
            }
            seen.push(name.clone());
            name
        };
        let mut saw_default = false;
        let mut positional = Vec::new();
        for param in arguments.posonlyargs.iter().chain(arguments.args.iter()) {
            positional.push(check(self, param));
            match param.default_value() {
                Some(default) => {
                    saw_default = true;
                    let value = self.expr(&default);
                    lowered.defaults.push(value);
                }
                None if saw_default => {
                    self.error(
                        param.syntax(),
                        "non-default argument follows default argument",
                    );
                }
                None => {}
            }
        }
        let posonly_count = arguments.posonlyargs.len();
        lowered.params.args = positional.split_off(posonly_count);
        lowered.params.posonly = positional;
        if let Some(vararg) = &arguments.vararg {
            lowered.params.vararg = Some(check(self, vararg));
        }
        for param in &arguments.kwonlyargs {
            let name = check(self, param);
            if let Some(default) = param.default_value() {
                let value = self.expr(&default);
                lowered.kw_defaults.push((name.clone(), value));
            }
            lowered.params.kwonly.push(name);
        }
        if let Some(kwarg) = &arguments.kwarg {
            lowered.params.kwarg = Some(check(self, kwarg));
        }
        // Annotations are evaluated after the defaults, in CPython 3.11's order: positional
        // parameters after the positional-only ones, `*args`, keyword-only parameters,
        // `**kwargs`.
        let annotated = arguments
            .args
            .iter()
            .chain(arguments.posonlyargs.iter())
            .chain(arguments.vararg.iter())
            .chain(arguments.kwonlyargs.iter())
            .chain(arguments.kwarg.iter());
        for param in annotated {
            if let Some(annotation) = param.annotation() {
                let name = self.mangle(&param.name().map(|n| n.text()).unwrap_or_default());
                let value = self.annotation(&annotation);
                lowered.annotations.push((name, value));
            }
        }
        lowered
    }

    /// Lowers a function's parameters and body as a new scope (the parent's context is saved).
    fn function_scope(
        &mut self,
        def: &ast::FunctionDef,
        name: &str,
        qualname: &str,
        parent: Option<ScopeId>,
    ) -> (ScopeId, LoweredParams) {
        // The function's scope is pushed before its defaults are lowered: a lambda in a
        // default has a scope of its own, and an item's function must be scope 0 of its body
        // (`Body::root`), not that lambda.
        let line = self.line_of(first_token_start(def.syntax()));
        let scope = self.push_scope(Scope {
            kind: ScopeKind::Function,
            name: name.into(),
            qualname: qualname.into(),
            parent,
            params: Default::default(),
            body: ScopeBody::Stmts(Vec::new()),
            is_generator: false,
            is_async: def.is_async(),
            docstring: None,
            line,
        });
        self.scope_ranges
            .push(self.relative(def.syntax().text_range()));
        // Defaults and annotations are evaluated in the enclosing scope.
        let mut lowered = self.params(def.param_list());
        if let Some(returns) = def.returns() {
            let value = self.annotation(&returns);
            lowered.annotations.push(("return".into(), value));
        }
        self.body.scopes[scope].params = std::mem::take(&mut lowered.params);
        let saved_scope = self.scope.replace(scope);
        let saved_context = std::mem::replace(
            &mut self.context,
            Context {
                in_loop: false,
                in_function: true,
            },
        );
        let stmts: Vec<ast::Stmt> = def.body().map(|b| b.stmts().collect()).unwrap_or_default();
        let docstring = docstring_of(&stmts);
        let body = self.stmts(stmts);
        self.body.scopes[scope].body = ScopeBody::Stmts(body);
        self.body.scopes[scope].docstring = docstring;
        self.scope = saved_scope;
        self.context = saved_context;
        (scope, lowered)
    }

    fn function_def(&mut self, def: &ast::FunctionDef) -> Stmt {
        let name = def.name().map(|n| n.text()).unwrap_or_default();
        let decorators = def
            .decorators()
            .map(|d| self.expr_opt(d.expr(), d.syntax()))
            .collect();
        let item = self
            .items
            .as_ref()
            .filter(|_| !self.context.in_function)
            .and_then(|items| items.get(&def.syntax().text_range()).copied());
        let (function, lowered) = match item {
            Some(index) => {
                // The body is its own item; only the defaults and annotations are evaluated
                // here.
                let mut lowered = self.params(def.param_list());
                if let Some(returns) = def.returns() {
                    let value = self.annotation(&returns);
                    lowered.annotations.push(("return".into(), value));
                }
                (FunctionRef::Item(index), lowered)
            }
            None => {
                let qualname = self.child_qualname(&name);
                let (scope, lowered) = self.function_scope(def, &name, &qualname, self.scope);
                (FunctionRef::Nested(scope), lowered)
            }
        };
        Stmt::FunctionDef {
            name: self.mangle(&name),
            function,
            decorators,
            defaults: lowered.defaults,
            kw_defaults: lowered.kw_defaults,
            annotations: lowered.annotations,
            is_async: def.is_async(),
        }
    }

    fn class_def(&mut self, class: &ast::ClassDef) -> Stmt {
        let name = class.name().map(|n| n.text()).unwrap_or_default();
        let decorators = class
            .decorators()
            .map(|d| self.expr_opt(d.expr(), d.syntax()))
            .collect();
        let (bases, keywords) = match class.arg_list() {
            Some(args) => self.arguments(&args),
            None => (Vec::new(), Vec::<Keyword>::new()),
        };
        let qualname = self.child_qualname(&name);
        let line = self.line_of(first_token_start(class.syntax()));
        let scope = self.push_scope(Scope {
            kind: ScopeKind::Class,
            name: name.clone().into(),
            qualname: qualname.into(),
            parent: self.scope,
            params: Params::default(),
            body: ScopeBody::Stmts(Vec::new()),
            is_generator: false,
            is_async: false,
            docstring: None,
            line,
        });
        self.scope_ranges
            .push(self.relative(class.syntax().text_range()));
        let saved_scope = self.scope.replace(scope);
        let saved_context = self.context;
        self.context.in_loop = false;
        let stmts: Vec<ast::Stmt> = class
            .body()
            .map(|b| b.stmts().collect())
            .unwrap_or_default();
        let docstring = docstring_of(&stmts);
        let body = self.stmts(stmts);
        self.body.scopes[scope].body = ScopeBody::Stmts(body);
        self.body.scopes[scope].docstring = docstring;
        self.scope = saved_scope;
        self.context = saved_context;
        Stmt::ClassDef {
            name: self.mangle(&name),
            scope,
            bases,
            keywords,
            decorators,
        }
    }
}

/// The start of the first non-trivia token of a node (its "line").
pub(crate) fn first_token_start(node: &SyntaxNode) -> TextSize {
    node.descendants_with_tokens()
        .filter_map(|element| element.into_token())
        .find(|token| !token.kind().is_trivia())
        .map_or(node.text_range().start(), |token| {
            token.text_range().start()
        })
}

/// The docstring of a body: a first statement that is a plain string literal.
fn docstring_of(stmts: &[ast::Stmt]) -> Option<Box<str>> {
    let ast::Stmt::ExprStmt(first) = stmts.first()? else {
        return None;
    };
    let ast::Expr::StringExpr(string) = first.expr()? else {
        return None;
    };
    if string.has_fstring() || string.is_bytes() {
        return None;
    }
    let mut text = String::new();
    for part in string.parts() {
        if let ast::StringPart::Literal(literal) = part
            && let Ok(ast::StringValue::Str(value)) = literal.value()
        {
            text.push_str(&value);
        }
    }
    Some(text.into_boxed_str())
}

/// Where an expression is used as a target, for the right error message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetContext {
    Assign,
    Delete,
}
