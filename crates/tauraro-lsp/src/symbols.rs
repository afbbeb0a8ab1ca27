//! `textDocument/documentSymbol`: classes (with their methods, class attributes and the
//! `self.x` attributes their methods assign), functions (with nested functions and classes) and
//! module globals, nested as in the source. Definitions inside `if`/`try`/`for`/`with` blocks
//! count as their enclosing scope's.

use lsp_types::{DocumentSymbol, SymbolKind};
use rustc_hash::FxHashSet;
use tauraro_syntax::ast::{self, AstNode};
use tauraro_syntax::{SyntaxNode, TextRange};

use crate::line_index::LineIndex;
use crate::resolve::FileNames;
use crate::signature;

/// What kind of scope the statements being listed belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Container {
    Module,
    Class,
    Function,
}

pub fn document_symbols(
    module: &ast::Module,
    names: &FileNames,
    index: &LineIndex,
) -> Vec<DocumentSymbol> {
    let builder = SymbolBuilder { names, index };
    let mut out = Vec::new();
    builder.statements(module.syntax(), Container::Module, &mut out);
    out
}

struct SymbolBuilder<'a> {
    names: &'a FileNames,
    index: &'a LineIndex,
}

impl SymbolBuilder<'_> {
    #[allow(deprecated)] // `DocumentSymbol::deprecated` has to be given.
    fn symbol(
        &self,
        name: String,
        detail: Option<String>,
        kind: SymbolKind,
        range: TextRange,
        selection: TextRange,
        children: Vec<DocumentSymbol>,
    ) -> DocumentSymbol {
        DocumentSymbol {
            name: if name.is_empty() {
                "<unnamed>".to_owned()
            } else {
                name
            },
            detail,
            kind,
            tags: None,
            deprecated: None,
            range: self.index.range(range),
            selection_range: self.index.range(selection),
            children: (!children.is_empty()).then_some(children),
        }
    }

    /// The symbols of the statements under `node` (a module or block), descending into
    /// compound statements that do not open a scope.
    fn statements(&self, node: &SyntaxNode, container: Container, out: &mut Vec<DocumentSymbol>) {
        let mut seen: FxHashSet<String> = out.iter().map(|s| s.name.clone()).collect();
        self.statements_into(node, container, out, &mut seen);
    }

    /// `seen`: the names of `out`, so that a variable assigned again is listed once.
    fn statements_into(
        &self,
        node: &SyntaxNode,
        container: Container,
        out: &mut Vec<DocumentSymbol>,
        seen: &mut FxHashSet<String>,
    ) {
        for child in node.children() {
            if let Some(def) = ast::FunctionDef::cast(child.clone()) {
                let symbol = self.function(&def, container);
                seen.insert(symbol.name.clone());
                out.push(symbol);
            } else if let Some(class) = ast::ClassDef::cast(child.clone()) {
                let symbol = self.class(&class);
                seen.insert(symbol.name.clone());
                out.push(symbol);
            } else if container != Container::Function
                && let Some(stmt) = ast::Stmt::cast(child.clone())
                && let Some(targets) = assigned_names(&stmt)
            {
                for target in targets {
                    if seen.insert(target.text()) {
                        out.push(self.variable(&target, &stmt, container));
                    }
                }
            } else if ast::Expr::cast(child.clone()).is_none() {
                // Expressions hold no statements; blocks and clauses do.
                self.statements_into(&child, container, out, seen);
            }
        }
    }

    fn function(&self, def: &ast::FunctionDef, container: Container) -> DocumentSymbol {
        let name = def.name();
        let kind = match (container, name.as_ref().map(|n| n.text()).as_deref()) {
            (Container::Class, Some("__init__")) => SymbolKind::CONSTRUCTOR,
            (Container::Class, _) => SymbolKind::METHOD,
            _ => SymbolKind::FUNCTION,
        };
        let mut children = Vec::new();
        if let Some(body) = def.body() {
            self.statements(body.syntax(), Container::Function, &mut children);
        }
        let range = def.syntax().text_range();
        self.symbol(
            name.as_ref().map(|n| n.text()).unwrap_or_default(),
            Some(signature::parameters(def.param_list())),
            kind,
            range,
            name.map_or(range, |n| n.syntax().text_range()),
            children,
        )
    }

    fn class(&self, class: &ast::ClassDef) -> DocumentSymbol {
        let name = class.name();
        let range = class.syntax().text_range();
        let mut children = Vec::new();
        if let Some(body) = class.body() {
            self.statements(body.syntax(), Container::Class, &mut children);
        }
        {
            // `self.x = ...` in the methods: instance attributes.
            let class_ref = self.names.class_at(class.syntax().text_range());
            if let Some(class_ref) = class_ref {
                for (attribute, range) in self.names.instance_attributes(class_ref) {
                    if !children.iter().any(|s| *s.name == *attribute) {
                        children.push(self.symbol(
                            attribute.into(),
                            None,
                            SymbolKind::FIELD,
                            range,
                            range,
                            Vec::new(),
                        ));
                    }
                }
            }
        }
        let bases = class
            .arg_list()
            .map(|args| args.syntax().text().to_string());
        self.symbol(
            name.as_ref().map(|n| n.text()).unwrap_or_default(),
            bases,
            SymbolKind::CLASS,
            range,
            name.map_or(range, |n| n.syntax().text_range()),
            children,
        )
    }

    fn variable(
        &self,
        target: &ast::NameExpr,
        stmt: &ast::Stmt,
        container: Container,
    ) -> DocumentSymbol {
        let name = target.text();
        let is_constant =
            name.chars().any(|c| c.is_alphabetic()) && name.chars().all(|c| !c.is_lowercase());
        let kind = match container {
            Container::Class => SymbolKind::FIELD,
            _ if is_constant => SymbolKind::CONSTANT,
            _ => SymbolKind::VARIABLE,
        };
        self.symbol(
            name,
            None,
            kind,
            stmt.syntax().text_range(),
            target.syntax().text_range(),
            Vec::new(),
        )
    }
}

/// The plain names an assignment statement binds (`a = b = 1`, `x, y = p`, `n: int = 0`).
fn assigned_names(stmt: &ast::Stmt) -> Option<Vec<ast::NameExpr>> {
    let targets: Vec<ast::Expr> = match stmt {
        ast::Stmt::AssignStmt(assign) => assign.targets(),
        ast::Stmt::AnnAssignStmt(assign) => assign.target().into_iter().collect(),
        ast::Stmt::AugAssignStmt(_) => Vec::new(),
        _ => return None,
    };
    let mut names = Vec::new();
    let mut stack = targets;
    while let Some(target) = stack.pop() {
        match target {
            ast::Expr::NameExpr(name) => names.push(name),
            ast::Expr::TupleExpr(tuple) => stack.extend(tuple.exprs()),
            ast::Expr::ListExpr(list) => stack.extend(list.exprs()),
            ast::Expr::ParenExpr(paren) => stack.extend(paren.expr()),
            ast::Expr::StarredExpr(starred) => stack.extend(starred.expr()),
            _ => {}
        }
    }
    names.sort_by_key(|n| n.syntax().text_range().start());
    Some(names)
}
