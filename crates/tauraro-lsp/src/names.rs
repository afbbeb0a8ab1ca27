//! Where names occur in a syntax tree and in which scope, per compilation unit, as salsa
//! queries: [`module_names`] for the module body and [`item_names`] for each function the HIR
//! compiles as its own item. An edit inside one function re-parses the file but rebuilds only
//! that function's index (the item's green subtree is a tracked field).
//!
//! A unit's ranges are relative to its own text (the item's `def`, or the whole file for the
//! module). The module unit records each item's name binding and skips its decorators,
//! parameters and body, which belong to the item's index; there, scope 0 is the scope the
//! `def` statement runs in ([`ScopeKind::Enclosing`]), resolved through the module unit.
//!
//! The binding rules are CPython's symbol-table rules, applied to syntax: a name bound anywhere
//! in a function is local to it unless declared `global`/`nonlocal`; class scopes are not
//! visible from the functions inside them; the first iterable of a comprehension is evaluated
//! outside it; `:=` in a comprehension binds in the enclosing function.

use std::sync::Arc;

use rustc_hash::FxHashSet;

use tauraro_hir::Db;
use tauraro_hir::SourceFile;
use tauraro_hir::db::Item;
use tauraro_syntax::ast::{self, AstNode, ParamKind};
use tauraro_syntax::{SyntaxKind, SyntaxNode, TextRange};

pub type ScopeIdx = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// In an item's index: the module or class scope its `def` statement runs in.
    Enclosing,
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeIdx>,
    pub name: Box<str>,
    pub range: TextRange,
    pub globals: FxHashSet<Box<str>>,
    pub nonlocals: FxHashSet<Box<str>>,
    /// Every name bound in the scope (assigned, imported, defined, deleted, a parameter).
    pub bound: FxHashSet<Box<str>>,
    /// For a function defined directly in a class body: its first parameter (`self`).
    pub self_param: Option<Box<str>>,
}

/// What an import binds: `import a.b` binds `a` (module `a`); `import a.b as c` binds `c`
/// (module `a.b`); `from .m import x` binds `x` (member `x` of module `m`, level 1).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImportTarget {
    pub module: Box<str>,
    pub level: u32,
    pub member: Option<Box<str>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Binding {
    Parameter,
    Function,
    Class,
    Variable,
    /// `x += 1`: reads and rebinds; not a definition site.
    AugAssign,
    Import(ImportTarget),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Use,
    Bind(Binding),
    /// A name in a `global` or `nonlocal` statement.
    Declare,
    /// `del x`: makes `x` local, like a binding.
    Delete,
}

/// One identifier naming a variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub range: TextRange,
    pub name: Box<str>,
    pub scope: ScopeIdx,
    pub role: Role,
}

/// `value.name`, with the range of `value` when it is a plain name (to find `self.x`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeAccess {
    pub range: TextRange,
    pub name: Box<str>,
    pub scope: ScopeIdx,
    pub base: Option<TextRange>,
    pub store: bool,
}

/// A module named in an import statement (`a`, `a.b` of `import a.b`), or the imported name of
/// `from m import x as y` (member `x`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRef {
    pub range: TextRange,
    pub target: ImportTarget,
}

/// The names of one unit, every list sorted by position.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameIndex {
    pub scopes: Vec<Scope>,
    pub occurrences: Vec<Occurrence>,
    pub attributes: Vec<AttributeAccess>,
    pub import_refs: Vec<ImportRef>,
    /// `from m import *` statements of the module body.
    pub star_imports: Vec<ImportTarget>,
}

impl NameIndex {
    /// The occurrence whose identifier contains `offset` (its end included).
    pub fn occurrence_at(&self, offset: tauraro_syntax::TextSize) -> Option<usize> {
        find_at(&self.occurrences, offset, |o| o.range)
    }

    pub fn attribute_at(&self, offset: tauraro_syntax::TextSize) -> Option<usize> {
        find_at(&self.attributes, offset, |a| a.range)
    }

    pub fn import_ref_at(&self, offset: tauraro_syntax::TextSize) -> Option<usize> {
        find_at(&self.import_refs, offset, |r| r.range)
    }
}

fn find_at<T>(
    items: &[T],
    offset: tauraro_syntax::TextSize,
    range: impl Fn(&T) -> TextRange,
) -> Option<usize> {
    let after = items.partition_point(|item| range(item).start() <= offset);
    let candidate = after.checked_sub(1)?;
    range(&items[candidate])
        .contains_inclusive(offset)
        .then_some(candidate)
}

/// The index of the module body (items contribute only their names).
#[salsa::tracked(returns(clone), no_eq)]
pub fn module_names(db: &dyn Db, file: SourceFile) -> Arc<NameIndex> {
    let parsed = tauraro_hir::db::parse(db, file);
    let module = parsed.module();
    let mut builder = Builder::new(true, false);
    let root = builder.push_scope(
        ScopeKind::Module,
        None,
        "<module>",
        module.syntax().text_range(),
    );
    builder.children(module.syntax(), root, Ctx::Load);
    Arc::new(builder.finish())
}

/// The index of one item function, relative to the start of its `def`.
#[salsa::tracked(returns(clone), no_eq)]
pub fn item_names<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<NameIndex> {
    let root = SyntaxNode::new_root(item.syntax(db).clone());
    let in_class = !item.qualname_prefix(db).is_empty();
    let mut builder = Builder::new(false, in_class);
    let enclosing = builder.push_scope(ScopeKind::Enclosing, None, "", root.text_range());
    builder.function_def(&root, enclosing, true);
    Arc::new(builder.finish())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    AugStore,
    Del,
}

struct Builder {
    index: NameIndex,
    /// Building the module unit: every `def` met is an item of its own.
    module_unit: bool,
    /// The item is a method (its enclosing scope is a class body).
    in_class: bool,
}

impl Builder {
    fn new(module_unit: bool, in_class: bool) -> Builder {
        Builder {
            index: NameIndex::default(),
            module_unit,
            in_class,
        }
    }

    fn finish(mut self) -> NameIndex {
        self.index.occurrences.sort_by_key(|o| o.range.start());
        self.index.attributes.sort_by_key(|a| a.range.start());
        self.index.import_refs.sort_by_key(|r| r.range.start());
        self.index
    }

    fn push_scope(
        &mut self,
        kind: ScopeKind,
        parent: Option<ScopeIdx>,
        name: &str,
        range: TextRange,
    ) -> ScopeIdx {
        self.index.scopes.push(Scope {
            kind,
            parent,
            name: name.into(),
            range,
            globals: FxHashSet::default(),
            nonlocals: FxHashSet::default(),
            bound: FxHashSet::default(),
            self_param: None,
        });
        (self.index.scopes.len() - 1) as ScopeIdx
    }

    fn occurrence(&mut self, range: TextRange, name: &str, scope: ScopeIdx, role: Role) {
        if matches!(role, Role::Bind(_) | Role::Delete) {
            self.index.scopes[scope as usize].bound.insert(name.into());
        }
        self.index.occurrences.push(Occurrence {
            range,
            name: name.into(),
            scope,
            role,
        });
    }

    fn name(&mut self, name: &ast::Name, scope: ScopeIdx, role: Role) {
        if let Some(token) = name.ident_token() {
            self.occurrence(token.text_range(), token.text(), scope, role);
        }
    }

    fn children(&mut self, node: &SyntaxNode, scope: ScopeIdx, ctx: Ctx) {
        for child in node.children() {
            self.visit(&child, scope, ctx);
        }
    }

    /// Visits the children of `node`, the one equal to `special` in context `ctx`.
    fn children_with(
        &mut self,
        node: &SyntaxNode,
        scope: ScopeIdx,
        special: Option<&SyntaxNode>,
        ctx: Ctx,
    ) {
        for child in node.children() {
            let child_ctx = if Some(&child) == special {
                ctx
            } else {
                Ctx::Load
            };
            self.visit(&child, scope, child_ctx);
        }
    }

    fn visit(&mut self, node: &SyntaxNode, scope: ScopeIdx, ctx: Ctx) {
        use SyntaxKind::*;
        match node.kind() {
            FUNCTION_DEF => self.function_def(node, scope, false),
            CLASS_DEF => self.class_def(node, scope),
            LAMBDA_EXPR => self.lambda(node, scope),
            LIST_COMP_EXPR | SET_COMP_EXPR | DICT_COMP_EXPR | GENERATOR_EXPR => {
                self.comprehension(node, scope)
            }
            NAME_EXPR => {
                if let Some(token) = ast::NameExpr::cast(node.clone()).and_then(|n| n.ident_token())
                {
                    let role = match ctx {
                        Ctx::Load => Role::Use,
                        Ctx::Store => Role::Bind(Binding::Variable),
                        Ctx::AugStore => Role::Bind(Binding::AugAssign),
                        Ctx::Del => Role::Delete,
                    };
                    self.occurrence(token.text_range(), token.text(), scope, role);
                }
            }
            TUPLE_EXPR | LIST_EXPR | PAREN_EXPR | STARRED_EXPR => self.children(node, scope, ctx),
            ASSIGN_STMT => {
                let Some(stmt) = ast::AssignStmt::cast(node.clone()) else {
                    return;
                };
                let targets: Vec<SyntaxNode> =
                    stmt.targets().iter().map(|t| t.syntax().clone()).collect();
                for child in node.children() {
                    let child_ctx = if targets.contains(&child) {
                        Ctx::Store
                    } else {
                        Ctx::Load
                    };
                    self.visit(&child, scope, child_ctx);
                }
            }
            AUG_ASSIGN_STMT => {
                let target = ast::AugAssignStmt::cast(node.clone()).and_then(|s| s.target());
                self.children_with(
                    node,
                    scope,
                    target.as_ref().map(|t| t.syntax()),
                    Ctx::AugStore,
                );
            }
            ANN_ASSIGN_STMT => {
                let target = ast::AnnAssignStmt::cast(node.clone()).and_then(|s| s.target());
                self.children_with(node, scope, target.as_ref().map(|t| t.syntax()), Ctx::Store);
            }
            FOR_STMT => {
                let target = ast::ForStmt::cast(node.clone()).and_then(|s| s.target());
                self.children_with(node, scope, target.as_ref().map(|t| t.syntax()), Ctx::Store);
            }
            WITH_ITEM => {
                let target = ast::WithItem::cast(node.clone()).and_then(|s| s.target());
                self.children_with(node, scope, target.as_ref().map(|t| t.syntax()), Ctx::Store);
            }
            NAMED_EXPR => {
                let target = ast::NamedExpr::cast(node.clone()).and_then(|s| s.target());
                let binding_scope = self.non_comprehension_scope(scope);
                for child in node.children() {
                    if Some(&child) == target.as_ref().map(|t| t.syntax()) {
                        self.visit(&child, binding_scope, Ctx::Store);
                    } else {
                        self.visit(&child, scope, Ctx::Load);
                    }
                }
            }
            DELETE_STMT => self.children(node, scope, Ctx::Del),
            ATTRIBUTE_EXPR => self.attribute(node, scope, ctx),
            EXCEPT_HANDLER | TYPE_ALIAS_STMT => {
                for child in node.children() {
                    match ast::Name::cast(child.clone()) {
                        Some(name) => self.name(&name, scope, Role::Bind(Binding::Variable)),
                        None => self.visit(&child, scope, Ctx::Load),
                    }
                }
            }
            GLOBAL_STMT | NONLOCAL_STMT => {
                let global = node.kind() == GLOBAL_STMT;
                for name in node.children().filter_map(ast::Name::cast) {
                    let text = name.text();
                    let declared = &mut self.index.scopes[scope as usize];
                    if global {
                        declared.globals.insert(text.as_str().into());
                    } else {
                        declared.nonlocals.insert(text.as_str().into());
                    }
                    self.name(&name, scope, Role::Declare);
                }
            }
            IMPORT_STMT => self.import(node, scope),
            IMPORT_FROM_STMT => self.import_from(node, scope),
            MATCH_AS_PAT | MATCH_STAR_PAT | MATCH_MAPPING_PAT => {
                // The pattern's own capture name (not `_`); sub-patterns and keys as usual.
                for child in node.children() {
                    match ast::Name::cast(child.clone()) {
                        Some(name) if name.text() != "_" => {
                            self.name(&name, scope, Role::Bind(Binding::Variable))
                        }
                        Some(_) => {}
                        None => self.visit(&child, scope, Ctx::Load),
                    }
                }
            }
            // `f(name=value)` and `case C(name=pattern)`: the name is not a variable.
            _ => self.children(node, scope, Ctx::Load),
        }
    }

    fn non_comprehension_scope(&self, mut scope: ScopeIdx) -> ScopeIdx {
        while self.index.scopes[scope as usize].kind == ScopeKind::Comprehension {
            match self.index.scopes[scope as usize].parent {
                Some(parent) => scope = parent,
                None => break,
            }
        }
        scope
    }

    fn attribute(&mut self, node: &SyntaxNode, scope: ScopeIdx, ctx: Ctx) {
        let Some(attribute) = ast::AttributeExpr::cast(node.clone()) else {
            return;
        };
        let value = attribute.value();
        if let Some(value) = &value {
            self.visit(value.syntax(), scope, Ctx::Load);
        }
        if let Some(token) = attribute.name().and_then(|n| n.ident_token()) {
            let base = match &value {
                Some(ast::Expr::NameExpr(name)) => Some(name.syntax().text_range()),
                _ => None,
            };
            self.index.attributes.push(AttributeAccess {
                range: token.text_range(),
                name: token.text().into(),
                scope,
                base,
                store: ctx != Ctx::Load,
            });
        }
    }

    /// Visits annotations and defaults of `params` in `outer`, binds the names in `inner`.
    fn params(&mut self, params: Option<ast::ParamList>, outer: ScopeIdx, inner: ScopeIdx) {
        let Some(params) = params else { return };
        for param in params.params() {
            for expr in [param.annotation(), param.default_value()]
                .into_iter()
                .flatten()
            {
                self.visit(expr.syntax(), outer, Ctx::Load);
            }
        }
        for param in params.params() {
            if let Some(name) = param.name() {
                self.name(&name, inner, Role::Bind(Binding::Parameter));
            }
        }
    }

    /// `is_item_root`: the `def` an item's index is built from; the module unit binds its name.
    fn function_def(&mut self, node: &SyntaxNode, scope: ScopeIdx, is_item_root: bool) {
        let Some(def) = ast::FunctionDef::cast(node.clone()) else {
            return;
        };
        if self.module_unit {
            if let Some(name) = def.name() {
                self.name(&name, scope, Role::Bind(Binding::Function));
            }
            return;
        }
        for decorator in def.decorators() {
            self.children(decorator.syntax(), scope, Ctx::Load);
        }
        if let Some(returns) = def.returns() {
            self.visit(returns.syntax(), scope, Ctx::Load);
        }
        if !is_item_root && let Some(name) = def.name() {
            self.name(&name, scope, Role::Bind(Binding::Function));
        }
        let outer_kind = self.index.scopes[scope as usize].kind;
        let is_method =
            outer_kind == ScopeKind::Class || (outer_kind == ScopeKind::Enclosing && self.in_class);
        let name = def.name().map(|n| n.text()).unwrap_or_default();
        let inner = self.push_scope(ScopeKind::Function, Some(scope), &name, node.text_range());
        if is_method {
            self.index.scopes[inner as usize].self_param = def
                .param_list()
                .and_then(|params| params.params().next())
                .filter(|param| param.kind() == ParamKind::Normal)
                .and_then(|param| param.name())
                .map(|name| name.text().into_boxed_str());
        }
        self.params(def.param_list(), scope, inner);
        if let Some(body) = def.body() {
            self.children(body.syntax(), inner, Ctx::Load);
        }
    }

    fn class_def(&mut self, node: &SyntaxNode, scope: ScopeIdx) {
        let Some(class) = ast::ClassDef::cast(node.clone()) else {
            return;
        };
        for decorator in class.decorators() {
            self.children(decorator.syntax(), scope, Ctx::Load);
        }
        if let Some(args) = class.arg_list() {
            self.children(args.syntax(), scope, Ctx::Load);
        }
        if let Some(name) = class.name() {
            self.name(&name, scope, Role::Bind(Binding::Class));
        }
        let name = class.name().map(|n| n.text()).unwrap_or_default();
        let inner = self.push_scope(ScopeKind::Class, Some(scope), &name, node.text_range());
        if let Some(body) = class.body() {
            self.children(body.syntax(), inner, Ctx::Load);
        }
    }

    fn lambda(&mut self, node: &SyntaxNode, scope: ScopeIdx) {
        let Some(lambda) = ast::LambdaExpr::cast(node.clone()) else {
            return;
        };
        let inner = self.push_scope(
            ScopeKind::Lambda,
            Some(scope),
            "<lambda>",
            node.text_range(),
        );
        self.params(lambda.param_list(), scope, inner);
        if let Some(body) = lambda.body() {
            self.visit(body.syntax(), inner, Ctx::Load);
        }
    }

    fn comprehension(&mut self, node: &SyntaxNode, scope: ScopeIdx) {
        let clauses: Vec<ast::Comprehension> = node
            .children()
            .filter_map(ast::Comprehension::cast)
            .collect();
        if let Some(iter) = clauses.first().and_then(|c| c.iter()) {
            self.visit(iter.syntax(), scope, Ctx::Load);
        }
        let name = match node.kind() {
            SyntaxKind::LIST_COMP_EXPR => "<listcomp>",
            SyntaxKind::SET_COMP_EXPR => "<setcomp>",
            SyntaxKind::DICT_COMP_EXPR => "<dictcomp>",
            _ => "<genexpr>",
        };
        let inner = self.push_scope(
            ScopeKind::Comprehension,
            Some(scope),
            name,
            node.text_range(),
        );
        for (index, clause) in clauses.iter().enumerate() {
            let target = clause.target();
            let first_iter = clause.iter().filter(|_| index == 0);
            for child in clause.syntax().children() {
                if Some(&child) == first_iter.as_ref().map(|i| i.syntax()) {
                    continue;
                }
                let ctx = if Some(&child) == target.as_ref().map(|t| t.syntax()) {
                    Ctx::Store
                } else {
                    Ctx::Load
                };
                self.visit(&child, inner, ctx);
            }
        }
        for child in node.children() {
            if child.kind() != SyntaxKind::COMPREHENSION {
                self.visit(&child, inner, Ctx::Load);
            }
        }
    }

    /// `import a.b.c` binds `a`; `import a.b as c` binds `c`. Each dotted prefix is a module
    /// reference.
    fn import(&mut self, node: &SyntaxNode, scope: ScopeIdx) {
        let Some(stmt) = ast::ImportStmt::cast(node.clone()) else {
            return;
        };
        for alias in stmt.import_aliases() {
            let components: Vec<ast::Name> = alias
                .dotted_name()
                .map(|d| d.names().collect())
                .unwrap_or_default();
            let texts: Vec<String> = components.iter().map(|n| n.text()).collect();
            let asname = alias.asname();
            for (i, component) in components.iter().enumerate() {
                let module = texts[..=i].join(".");
                if i == 0
                    && asname.is_none()
                    && let Some(token) = component.ident_token()
                {
                    let target = ImportTarget {
                        module: module.into(),
                        level: 0,
                        member: None,
                    };
                    self.occurrence(
                        token.text_range(),
                        token.text(),
                        scope,
                        Role::Bind(Binding::Import(target)),
                    );
                } else {
                    self.import_ref(component, module, 0, None);
                }
            }
            if let Some(asname) = asname {
                let target = ImportTarget {
                    module: texts.join(".").into(),
                    level: 0,
                    member: None,
                };
                self.name(&asname, scope, Role::Bind(Binding::Import(target)));
            }
        }
    }

    fn import_from(&mut self, node: &SyntaxNode, scope: ScopeIdx) {
        let Some(stmt) = ast::ImportFromStmt::cast(node.clone()) else {
            return;
        };
        let level = stmt.level();
        let components: Vec<ast::Name> = stmt
            .module()
            .map(|d| d.names().collect())
            .unwrap_or_default();
        let texts: Vec<String> = components.iter().map(|n| n.text()).collect();
        for (i, component) in components.iter().enumerate() {
            self.import_ref(component, texts[..=i].join("."), level, None);
        }
        let module = texts.join(".");
        if stmt.is_star() {
            self.index.star_imports.push(ImportTarget {
                module: module.into(),
                level,
                member: None,
            });
            return;
        }
        for alias in stmt.names() {
            let Some(original) = alias.dotted_name().and_then(|d| d.names().next()) else {
                continue;
            };
            let target = ImportTarget {
                module: module.as_str().into(),
                level,
                member: Some(original.text().into()),
            };
            match alias.asname() {
                Some(asname) => {
                    self.import_ref(&original, module.clone(), level, target.member.clone());
                    self.name(&asname, scope, Role::Bind(Binding::Import(target)));
                }
                None => self.name(&original, scope, Role::Bind(Binding::Import(target))),
            }
        }
    }

    fn import_ref(
        &mut self,
        name: &ast::Name,
        module: String,
        level: u32,
        member: Option<Box<str>>,
    ) {
        if let Some(token) = name.ident_token() {
            self.index.import_refs.push(ImportRef {
                range: token.text_range(),
                target: ImportTarget {
                    module: module.into(),
                    level,
                    member,
                },
            });
        }
    }
}
