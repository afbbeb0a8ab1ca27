//! Scope analysis: Python's rules for which names are local, global, captured (cells) or
//! taken from an enclosing function (free), exactly as CPython's symbol table decides them.
//!
//! List, set and dict comprehensions are compiled inline in their enclosing frame, so names
//! they share with the frame need no cells; generator expressions, lambdas, nested functions and
//! class bodies have frames of their own and capture through cells.

use std::collections::{HashMap, HashSet};

use index_vec::IndexVec;

use crate::hir::{
    Body, ComprehensionKind, Expr, ExprId, FStringPart, FunctionRef, Name, Pattern, ScopeBody,
    ScopeId, ScopeKind, Stmt, StmtId,
};

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// A local variable of this frame (a register).
    Local,
    /// A local variable captured by an inner frame: its register holds a cell.
    Cell,
    /// A variable of an enclosing frame, reached through this frame's closure.
    Free,
    /// A module global (or a builtin).
    Global,
    /// A name of a class namespace (class bodies).
    ClassName,
    /// Lives in the frame of this enclosing scope (inline comprehensions).
    Enclosing(ScopeId),
}

/// The symbols of one scope.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScopeSymbols {
    pub resolutions: HashMap<Name, Resolution>,
    /// Local variables (parameters first), in first-binding order.
    pub locals: Vec<Name>,
    /// Locals that live in cells, in first-binding order.
    pub cells: Vec<Name>,
    /// Variables from enclosing frames, in first-use order.
    pub frees: Vec<Name>,
    /// Names declared `global`.
    pub explicit_globals: Vec<Name>,
    /// Every name bound in the scope, in first-binding order.
    pub bound: Vec<Name>,
}

impl ScopeSymbols {
    pub fn resolve(&self, name: &str) -> Resolution {
        self.resolutions
            .get(name)
            .copied()
            .unwrap_or(Resolution::Global)
    }
}

/// A compile-time error found by scope analysis, located at a statement or expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeError {
    pub message: String,
    pub stmt: Option<StmtId>,
    pub expr: Option<ExprId>,
}

/// The scope analysis of a body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScopeTable {
    pub scopes: IndexVec<ScopeId, ScopeSymbols>,
    pub errors: Vec<ScopeError>,
}

impl ScopeTable {
    pub fn resolve(&self, scope: ScopeId, name: &str) -> Resolution {
        self.scopes[scope].resolve(name)
    }
}

/// Whether a scope has a frame of its own (inline comprehensions do not).
pub fn has_own_frame(body: &Body, scope: ScopeId) -> bool {
    !matches!(
        body.scopes[scope].kind,
        ScopeKind::Comprehension(
            ComprehensionKind::List | ComprehensionKind::Set | ComprehensionKind::Dict
        )
    )
}

/// The scope whose frame a scope's code runs in.
pub fn frame_owner(body: &Body, mut scope: ScopeId) -> ScopeId {
    while !has_own_frame(body, scope) {
        match body.scopes[scope].parent {
            Some(parent) => scope = parent,
            None => break,
        }
    }
    scope
}

#[derive(Default)]
struct RawScope {
    bound: Vec<Name>,
    bound_set: HashSet<Name>,
    used: Vec<Name>,
    used_set: HashSet<Name>,
    globals: HashSet<Name>,
    nonlocals: HashSet<Name>,
    params: Vec<Name>,
    uses_class_cell: bool,
    /// Plain names annotated in the scope (`x: int`), which cannot be declared global or
    /// nonlocal.
    annotated: HashSet<Name>,
}

impl RawScope {
    fn bind(&mut self, name: &Name) {
        if self.bound_set.insert(name.clone()) {
            self.bound.push(name.clone());
        }
    }

    fn use_name(&mut self, name: &Name) {
        if self.used_set.insert(name.clone()) {
            self.used.push(name.clone());
        }
    }
}

struct Collector<'a> {
    body: &'a Body,
    raw: IndexVec<ScopeId, RawScope>,
    errors: Vec<ScopeError>,
    current_stmt: Option<StmtId>,
}

/// Analyses every scope of `body`. `in_class` says whether the item's own scope is a method
/// (a function defined directly in a class body of the module).
pub fn analyze(body: &Body, in_class: bool) -> ScopeTable {
    let mut collector = Collector {
        body,
        raw: body.scopes.iter().map(|_| RawScope::default()).collect(),
        errors: Vec::new(),
        current_stmt: None,
    };
    if !body.scopes.is_empty() {
        collector.scope(body.root());
    }
    let mut table = ScopeTable {
        scopes: body
            .scopes
            .iter()
            .map(|_| ScopeSymbols::default())
            .collect(),
        errors: collector.errors,
    };
    let raw = collector.raw;
    resolve_all(body, &raw, &mut table, in_class);
    table
}

impl Collector<'_> {
    fn error(&mut self, message: String) {
        self.errors.push(ScopeError {
            message,
            stmt: self.current_stmt,
            expr: None,
        });
    }

    fn scope(&mut self, id: ScopeId) {
        let scope = &self.body.scopes[id];
        for name in scope.params.register_order() {
            self.raw[id].params.push(name.clone());
            self.raw[id].bind(name);
        }
        match &scope.body {
            ScopeBody::Stmts(stmts) => {
                for stmt in stmts.clone() {
                    self.stmt(id, stmt);
                }
            }
            ScopeBody::Expr(expr) => self.expr(id, *expr),
            ScopeBody::Comprehension {
                generators,
                element,
                value,
            } => {
                for (index, generator) in generators.iter().enumerate() {
                    // The first iterable was visited in the enclosing scope.
                    if index > 0 {
                        self.expr(id, generator.iter);
                    }
                    self.target(id, generator.target);
                    for condition in &generator.ifs {
                        self.expr(id, *condition);
                    }
                }
                self.expr(id, *element);
                if let Some(value) = value {
                    self.expr(id, *value);
                }
            }
        }
    }

    fn stmts(&mut self, scope: ScopeId, stmts: &[StmtId]) {
        for stmt in stmts {
            self.stmt(scope, *stmt);
        }
    }

    fn stmt(&mut self, scope: ScopeId, id: StmtId) {
        let saved = self.current_stmt.replace(id);
        match &self.body.stmts[id] {
            Stmt::Expr(e) => self.expr(scope, *e),
            Stmt::Assign { targets, value } => {
                self.expr(scope, *value);
                for target in targets {
                    self.target(scope, *target);
                }
            }
            Stmt::AugAssign { target, value, .. } => {
                self.expr(scope, *value);
                if let Expr::Name(name) = &self.body.exprs[*target] {
                    self.raw[scope].use_name(name);
                }
                self.target(scope, *target);
            }
            Stmt::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if *simple && let Expr::Name(name) = &self.body.exprs[*target] {
                    let name = name.clone();
                    let raw = &self.raw[scope];
                    let at_module = self.body.scopes[scope].kind == ScopeKind::Module;
                    if raw.globals.contains(&name) && !at_module {
                        self.error(format!("annotated name '{name}' can't be global"));
                    } else if raw.nonlocals.contains(&name) {
                        self.error(format!("annotated name '{name}' can't be nonlocal"));
                    }
                    self.raw[scope].annotated.insert(name);
                }
                if let Some(value) = value {
                    self.expr(scope, *value);
                }
                self.expr(scope, *annotation);
                if matches!(
                    self.body.scopes[scope].kind,
                    ScopeKind::Module | ScopeKind::Class
                ) {
                    // The body records annotations in its `__annotations__` dict.
                    self.raw[scope].bind(&Name::from("__annotations__"));
                }
                match (&self.body.exprs[*target], value) {
                    (Expr::Name(_), None) => {
                        // `x: int` alone makes `x` local in a function but binds nothing.
                        if let Expr::Name(name) = &self.body.exprs[*target] {
                            let name = name.clone();
                            self.raw[scope].bind(&name);
                        }
                    }
                    _ => self.target(scope, *target),
                }
            }
            Stmt::Return(value) => {
                if let Some(value) = value {
                    self.expr(scope, *value);
                }
            }
            Stmt::Delete(targets) => {
                for target in targets {
                    self.target(scope, *target);
                }
            }
            Stmt::Pass | Stmt::Break | Stmt::Continue => {}
            Stmt::If { test, body, orelse } | Stmt::While { test, body, orelse } => {
                self.expr(scope, *test);
                self.stmts(scope, &body.clone());
                self.stmts(scope, &orelse.clone());
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(scope, *iter);
                self.target(scope, *target);
                self.stmts(scope, &body.clone());
                self.stmts(scope, &orelse.clone());
            }
            Stmt::FunctionDef {
                name,
                function,
                decorators,
                defaults,
                kw_defaults,
                annotations,
                ..
            } => {
                for e in decorators.iter().chain(defaults.iter()) {
                    self.expr(scope, *e);
                }
                for (_, e) in kw_defaults.iter().chain(annotations.iter()) {
                    self.expr(scope, *e);
                }
                let name = name.clone();
                self.raw[scope].bind(&name);
                if let FunctionRef::Nested(child) = function {
                    self.scope(*child);
                }
            }
            Stmt::ClassDef {
                name,
                scope: child,
                bases,
                keywords,
                decorators,
            } => {
                for e in decorators.iter().chain(bases.iter()) {
                    self.expr(scope, *e);
                }
                for keyword in keywords {
                    self.expr(scope, keyword.value);
                }
                let name = name.clone();
                self.raw[scope].bind(&name);
                self.scope(*child);
            }
            Stmt::Global(names) => {
                for name in names.clone() {
                    let raw = &self.raw[scope];
                    if raw.params.contains(&name) {
                        self.error(format!("name '{name}' is parameter and global"));
                    } else if raw.nonlocals.contains(&name) {
                        self.error(format!("name '{name}' is nonlocal and global"));
                    } else if raw.used_set.contains(&name) {
                        // CPython's order: use, then annotation, then assignment.
                        self.error(format!("name '{name}' is used prior to global declaration"));
                    } else if raw.annotated.contains(&name) {
                        self.error(format!("annotated name '{name}' can't be global"));
                    } else if raw.bound_set.contains(&name) {
                        self.error(format!(
                            "name '{name}' is assigned to before global declaration"
                        ));
                    }
                    self.raw[scope].globals.insert(name);
                }
            }
            Stmt::Nonlocal(names) => {
                for name in names.clone() {
                    let raw = &self.raw[scope];
                    if raw.params.contains(&name) {
                        self.error(format!("name '{name}' is parameter and nonlocal"));
                    } else if raw.globals.contains(&name) {
                        self.error(format!("name '{name}' is nonlocal and global"));
                    } else if raw.used_set.contains(&name) {
                        self.error(format!(
                            "name '{name}' is used prior to nonlocal declaration"
                        ));
                    } else if raw.annotated.contains(&name) {
                        self.error(format!("annotated name '{name}' can't be nonlocal"));
                    } else if raw.bound_set.contains(&name) {
                        self.error(format!(
                            "name '{name}' is assigned to before nonlocal declaration"
                        ));
                    }
                    self.raw[scope].nonlocals.insert(name);
                }
            }
            Stmt::Assert { test, msg } => {
                self.expr(scope, *test);
                if let Some(msg) = msg {
                    self.expr(scope, *msg);
                }
            }
            Stmt::Raise { exc, cause } => {
                for e in exc.iter().chain(cause.iter()) {
                    self.expr(scope, *e);
                }
            }
            Stmt::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.stmts(scope, &body.clone());
                for handler in handlers.clone() {
                    if let Some(type_) = handler.type_ {
                        self.expr(scope, type_);
                    }
                    if let Some(name) = &handler.name {
                        self.raw[scope].bind(name);
                    }
                    self.stmts(scope, &handler.body);
                }
                self.stmts(scope, &orelse.clone());
                self.stmts(scope, &finalbody.clone());
            }
            Stmt::With { items, body, .. } => {
                for item in items.clone() {
                    self.expr(scope, item.context);
                    if let Some(target) = item.target {
                        self.target(scope, target);
                    }
                }
                self.stmts(scope, &body.clone());
            }
            Stmt::Match { subject, cases } => {
                self.expr(scope, *subject);
                for case in cases.clone() {
                    self.pattern(scope, &case.pattern);
                    if let Some(guard) = case.guard {
                        self.expr(scope, guard);
                    }
                    self.stmts(scope, &case.body);
                }
            }
            Stmt::Import(aliases) => {
                for alias in aliases.clone() {
                    let bound: Name = match &alias.asname {
                        Some(asname) => asname.clone(),
                        None => alias.name.split('.').next().unwrap_or("").into(),
                    };
                    self.raw[scope].bind(&bound);
                }
            }
            Stmt::ImportFrom { names, .. } => {
                for alias in names.clone() {
                    if &*alias.name == "*" {
                        if self.body.scopes[scope].kind != ScopeKind::Module {
                            self.error("import * only allowed at module level".into());
                        }
                        continue;
                    }
                    let bound = alias.asname.clone().unwrap_or(alias.name.clone());
                    self.raw[scope].bind(&bound);
                }
            }
        }
        self.current_stmt = saved;
    }

    fn pattern(&mut self, scope: ScopeId, pattern: &Pattern) {
        match pattern {
            Pattern::Value(e) => self.expr(scope, *e),
            Pattern::Singleton(_) => {}
            Pattern::Sequence(patterns) | Pattern::Or(patterns) => {
                for p in patterns {
                    self.pattern(scope, p);
                }
            }
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for key in keys {
                    self.expr(scope, *key);
                }
                for p in patterns {
                    self.pattern(scope, p);
                }
                if let Some(rest) = rest {
                    self.raw[scope].bind(rest);
                }
            }
            Pattern::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(scope, *cls);
                for p in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(scope, p);
                }
            }
            Pattern::Star(name) => {
                if let Some(name) = name {
                    self.raw[scope].bind(name);
                }
            }
            Pattern::As { pattern, name } => {
                if let Some(pattern) = pattern {
                    self.pattern(scope, pattern);
                }
                if let Some(name) = name {
                    self.raw[scope].bind(name);
                }
            }
        }
    }

    /// A binding occurrence.
    fn target(&mut self, scope: ScopeId, id: ExprId) {
        match &self.body.exprs[id] {
            Expr::Name(name) => {
                let name = name.clone();
                self.raw[scope].bind(&name);
            }
            Expr::Tuple(items) | Expr::List(items) => {
                for item in items.clone() {
                    self.target(scope, item);
                }
            }
            Expr::Starred(inner) => self.target(scope, *inner),
            Expr::Attribute { value, .. } => self.expr(scope, *value),
            Expr::Subscript { value, slice } => {
                self.expr(scope, *value);
                self.expr(scope, *slice);
            }
            _ => self.expr(scope, id),
        }
    }

    fn expr(&mut self, scope: ScopeId, id: ExprId) {
        match &self.body.exprs[id] {
            Expr::Missing | Expr::Constant(_) => {}
            Expr::Name(name) => {
                let name = name.clone();
                if &*name == "super" || &*name == "__class__" {
                    self.raw[scope].uses_class_cell = true;
                }
                self.raw[scope].use_name(&name);
            }
            Expr::BoolOp { values, .. } => {
                for v in values.clone() {
                    self.expr(scope, v);
                }
            }
            Expr::NamedExpr { target, value } => {
                self.expr(scope, *value);
                // The target binds in the nearest scope that is not a comprehension.
                let mut binder = scope;
                while let ScopeKind::Comprehension(_) = self.body.scopes[binder].kind {
                    match self.body.scopes[binder].parent {
                        Some(parent) => binder = parent,
                        None => {
                            // A module-level comprehension has no parent scope: the target
                            // is a global of the module, whose scope is the body's root.
                            let root = self.body.root();
                            if self.body.scopes[root].kind == ScopeKind::Module {
                                binder = root;
                            }
                            break;
                        }
                    }
                }
                let target = target.clone();
                if binder != scope {
                    if self.body.scopes[binder].kind == ScopeKind::Class {
                        self.error(
                            "assignment expression within a comprehension cannot be used in a class body"
                                .into(),
                        );
                    }
                    self.raw[scope].use_name(&target);
                }
                self.raw[binder].bind(&target);
            }
            Expr::Binary { left, right, .. } => {
                self.expr(scope, *left);
                self.expr(scope, *right);
            }
            Expr::Unary { operand, .. } => self.expr(scope, *operand),
            Expr::Lambda {
                scope: child,
                defaults,
                kw_defaults,
            } => {
                for e in defaults.clone() {
                    self.expr(scope, e);
                }
                for (_, e) in kw_defaults.clone() {
                    self.expr(scope, e);
                }
                self.scope(*child);
            }
            Expr::IfExp { test, body, orelse } => {
                self.expr(scope, *test);
                self.expr(scope, *body);
                self.expr(scope, *orelse);
            }
            Expr::Dict(items) => {
                for (key, value) in items.clone() {
                    if let Some(key) = key {
                        self.expr(scope, key);
                    }
                    self.expr(scope, value);
                }
            }
            Expr::Set(items) | Expr::List(items) | Expr::Tuple(items) => {
                for item in items.clone() {
                    self.expr(scope, item);
                }
            }
            Expr::Comprehension { scope: child, .. } => {
                if let ScopeBody::Comprehension { generators, .. } = &self.body.scopes[*child].body
                    && let Some(first) = generators.first()
                {
                    self.expr(scope, first.iter);
                }
                self.scope(*child);
            }
            Expr::Await(e) | Expr::YieldFrom(e) | Expr::Starred(e) => self.expr(scope, *e),
            Expr::Yield(e) => {
                if let Some(e) = e {
                    self.expr(scope, *e);
                }
            }
            Expr::Compare { left, ops } => {
                self.expr(scope, *left);
                for (_, right) in ops.clone() {
                    self.expr(scope, right);
                }
            }
            Expr::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(scope, *func);
                for a in args.clone() {
                    self.expr(scope, a);
                }
                for k in keywords.clone() {
                    self.expr(scope, k.value);
                }
            }
            Expr::FString(parts) => self.fstring(scope, &parts.clone()),
            Expr::Attribute { value, .. } => self.expr(scope, *value),
            Expr::Subscript { value, slice } => {
                self.expr(scope, *value);
                self.expr(scope, *slice);
            }
            Expr::Slice { lower, upper, step } => {
                for e in [lower, upper, step].into_iter().flatten() {
                    self.expr(scope, *e);
                }
            }
        }
    }

    fn fstring(&mut self, scope: ScopeId, parts: &[FStringPart]) {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.expr(scope, *value);
                if let Some(spec) = spec {
                    self.fstring(scope, spec);
                }
            }
        }
    }
}

fn resolve_all(
    body: &Body,
    raw: &IndexVec<ScopeId, RawScope>,
    table: &mut ScopeTable,
    in_class: bool,
) {
    for (id, scope) in body.scopes.iter_enumerated() {
        let r = &raw[id];
        let symbols_kind = scope.kind;
        // Parameters are locals first, in register order.
        let mut names: Vec<Name> = Vec::new();
        let mut seen = HashSet::new();
        for name in r
            .bound
            .iter()
            .chain(r.used.iter())
            .chain(r.nonlocals.iter())
            .chain(r.globals.iter())
        {
            if seen.insert(name.clone()) {
                names.push(name.clone());
            }
        }
        if scope.kind == ScopeKind::Class && seen.insert("__class__".into()) {
            // Every class body keeps a `__class__` cell for methods using `super()`.
            names.push("__class__".into());
        }
        let mut explicit_globals: Vec<Name> = r.globals.iter().cloned().collect();
        explicit_globals.sort();
        table.scopes[id].explicit_globals = explicit_globals;
        table.scopes[id].bound = r.bound.clone();
        for name in names {
            let resolution = if r.globals.contains(&name) {
                Resolution::Global
            } else if r.nonlocals.contains(&name) {
                match find_binder(body, raw, id, &name) {
                    Some(binder) => link_free(body, table, id, binder, &name),
                    None => {
                        table.errors.push(ScopeError {
                            message: format!("no binding for nonlocal '{name}' found"),
                            stmt: None,
                            expr: None,
                        });
                        Resolution::Global
                    }
                }
            } else if symbols_kind == ScopeKind::Class && &*name == "__class__" {
                Resolution::Cell
            } else if r.bound_set.contains(&name) {
                match symbols_kind {
                    ScopeKind::Module => Resolution::Global,
                    ScopeKind::Class => Resolution::ClassName,
                    _ => Resolution::Local,
                }
            } else if (&*name == "super" || &*name == "__class__")
                && r.uses_class_cell
                && symbols_kind == ScopeKind::Function
                && class_parent(body, id, in_class).is_some()
            {
                // `super` itself stays a global; the method gets a `__class__` free variable.
                Resolution::Global
            } else {
                match find_binder(body, raw, id, &name) {
                    Some(binder) => link_free(body, table, id, binder, &name),
                    None => {
                        if symbols_kind == ScopeKind::Class {
                            Resolution::ClassName
                        } else {
                            Resolution::Global
                        }
                    }
                }
            };
            set_resolution(table, id, &name, resolution);
        }
        if r.uses_class_cell && symbols_kind == ScopeKind::Function {
            match class_parent(body, id, in_class) {
                Some(Some(class)) => {
                    let resolution = link_free(body, table, id, class, "__class__");
                    set_resolution(table, id, "__class__", resolution);
                }
                Some(None) => {
                    // A method compiled as its own item: the class body passes the cell.
                    set_resolution(table, id, "__class__", Resolution::Free);
                    if !table.scopes[id].frees.iter().any(|n| &**n == "__class__") {
                        table.scopes[id].frees.push("__class__".into());
                    }
                }
                None => {}
            }
        }
        // Locals in order: parameters, then other bindings.
        let mut locals: Vec<Name> = r.params.clone();
        for name in &r.bound {
            if !locals.contains(name)
                && matches!(
                    table.scopes[id].resolutions.get(name),
                    Some(Resolution::Local | Resolution::Cell)
                )
            {
                locals.push(name.clone());
            }
        }
        table.scopes[id].locals = locals;
    }
    // Cells are the locals some inner frame captured; keep them in local order.
    for symbols in table.scopes.iter_mut() {
        let cells: Vec<Name> = symbols
            .locals
            .iter()
            .filter(|name| symbols.resolutions.get(*name) == Some(&Resolution::Cell))
            .cloned()
            .chain(
                symbols
                    .resolutions
                    .iter()
                    .filter(|(name, r)| **r == Resolution::Cell && &***name == "__class__")
                    .map(|(name, _)| name.clone()),
            )
            .collect();
        symbols.cells = cells;
    }
}

/// For a function: `Some(Some(class))` when it is defined directly in a class body of this
/// item, `Some(None)` when it is a method item (the class is in another item), else `None`.
fn class_parent(body: &Body, scope: ScopeId, in_class: bool) -> Option<Option<ScopeId>> {
    match body.scopes[scope].parent {
        Some(parent) if body.scopes[parent].kind == ScopeKind::Class => Some(Some(parent)),
        None if in_class => Some(None),
        _ => None,
    }
}

fn set_resolution(table: &mut ScopeTable, scope: ScopeId, name: &str, resolution: Resolution) {
    let current = table.scopes[scope].resolutions.get(name).copied();
    // A name already marked as a cell (captured by an inner frame) stays one.
    if current == Some(Resolution::Cell) && resolution == Resolution::Local {
        return;
    }
    table.scopes[scope]
        .resolutions
        .insert(name.into(), resolution);
}

/// The enclosing scope that binds `name` for a use in `scope` (skipping class scopes, which
/// do not provide names to nested scopes), or `None` if it is a global.
fn find_binder(
    body: &Body,
    raw: &IndexVec<ScopeId, RawScope>,
    scope: ScopeId,
    name: &Name,
) -> Option<ScopeId> {
    let mut current = body.scopes[scope].parent;
    while let Some(id) = current {
        let kind = body.scopes[id].kind;
        match kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {}
            _ => {
                if raw[id].globals.contains(name) {
                    return None;
                }
                if raw[id].bound_set.contains(name) || raw[id].nonlocals.contains(name) {
                    if raw[id].nonlocals.contains(name) {
                        return find_binder(body, raw, id, name).or(Some(id));
                    }
                    return Some(id);
                }
            }
        }
        current = body.scopes[id].parent;
    }
    None
}

/// Connects a use of `name` in `scope` to its binder: in the same frame it is accessed
/// directly; across frames the binder's variable becomes a cell and every frame in between
/// passes it along as a free variable.
fn link_free(
    body: &Body,
    table: &mut ScopeTable,
    scope: ScopeId,
    binder: ScopeId,
    name: &str,
) -> Resolution {
    let owner_use = frame_owner(body, scope);
    let owner_bind = frame_owner(body, binder);
    if owner_use == owner_bind {
        return if scope == binder {
            Resolution::Local
        } else {
            Resolution::Enclosing(binder)
        };
    }
    set_resolution(table, binder, name, Resolution::Cell);
    // Every frame owner from the use up to (not including) the binder's frame gets a free
    // variable; inline comprehensions on the way defer to their frame.
    let mut current = Some(scope);
    while let Some(id) = current {
        if frame_owner(body, id) == owner_bind {
            break;
        }
        if has_own_frame(body, id) {
            if !table.scopes[id].frees.iter().any(|n| &**n == name) {
                table.scopes[id].frees.push(name.into());
            }
            // A class body passing the variable down keeps its own binding of the name (a
            // class attribute): `class C: x = 2; def m(self): return x` reads the outer x.
            let own_class_binding = id != scope
                && table.scopes[id].resolutions.get(name) == Some(&Resolution::ClassName);
            if !own_class_binding
                && (id != scope
                    || table.scopes[id].resolutions.get(name) != Some(&Resolution::Cell))
            {
                table.scopes[id]
                    .resolutions
                    .insert(name.into(), Resolution::Free);
            }
        } else if id != scope {
            table.scopes[id]
                .resolutions
                .entry(name.into())
                .or_insert(Resolution::Enclosing(frame_owner(body, id)));
        }
        current = body.scopes[id].parent;
    }
    if has_own_frame(body, scope) {
        Resolution::Free
    } else {
        Resolution::Enclosing(owner_use)
    }
}
