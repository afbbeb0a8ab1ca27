//! The incremental pipeline, as salsa queries:
//!
//! `parse` (per file) → `module_items` (the functions compiled separately, each a tracked
//! [`Item`] holding its own green subtree) → `item_lowered` / `item_hir` (per function) →
//! `item_scopes` → `item_bytecode`; the module body goes through the same stages, and
//! `global_table` gathers the module's global slots. [`compile_file`] links everything into a
//! [`BytecodeModule`] and collects diagnostics.
//!
//! The HIR is the firewall: it holds no text positions (only lines relative to the item), so
//! an edit outside a function, or a whitespace change inside a line, leaves its HIR equal and
//! its bytecode query is not re-executed.

use std::sync::Arc;

use tauraro_bytecode::BytecodeModule;
use tauraro_syntax::ast::{self, AstNode};
use tauraro_syntax::{Dialect, GreenNode, SyntaxError, SyntaxNode, TextRange, TextSize};

use crate::codegen::{self, CompiledItem, GlobalTable};
use crate::hir::Body;
use crate::link;
use crate::lower::{self, Lowered};
use crate::scope::{self, Resolution, ScopeTable};

/// The database trait the queries run against.
#[salsa::db]
pub trait Db: salsa::Database {}

/// A source file: the input of the pipeline.
#[salsa::input(debug)]
pub struct SourceFile {
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: String,
    #[returns(copy)]
    pub dialect: Dialect,
    /// Interactive input (the REPL): module-level expression statements echo their value.
    #[returns(copy)]
    pub interactive: bool,
    /// Global names that already exist (a REPL session's), which keep their slots.
    #[returns(ref)]
    pub predefined_globals: Vec<Box<str>>,
}

impl SourceFile {
    /// A program file.
    pub fn program(db: &dyn Db, path: String, text: String, dialect: Dialect) -> SourceFile {
        SourceFile::new(db, path, text, dialect, false, Vec::new())
    }
}

/// The parse of a file (never equal across edits, so not compared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedFile {
    pub green: GreenNode,
    pub errors: Vec<SyntaxError>,
}

impl ParsedFile {
    pub fn module(&self) -> ast::Module {
        ast::Module::cast(SyntaxNode::new_root(self.green.clone())).expect("root is a module")
    }
}

#[salsa::tracked(returns(clone), no_eq)]
pub fn parse(db: &dyn Db, file: SourceFile) -> Arc<ParsedFile> {
    let parsed = tauraro_syntax::parse(file.text(db), file.dialect(db));
    Arc::new(ParsedFile {
        green: parsed.green().clone(),
        errors: parsed.errors().to_vec(),
    })
}

/// A function compiled as its own unit: a `def` not nested in another function.
#[salsa::tracked(debug)]
pub struct Item<'db> {
    #[returns(copy)]
    pub file: SourceFile,
    /// `A.B.` for methods of nested classes, empty at module level.
    #[returns(ref)]
    pub qualname_prefix: String,
    #[returns(ref)]
    pub name: String,
    /// Which function of that qualified name this is (they may repeat).
    #[returns(copy)]
    pub occurrence: u32,
    /// The module has `from __future__ import annotations`.
    #[returns(copy)]
    pub future_annotations: bool,
    /// The `def` (with its decorators) as its own tree.
    #[tracked]
    #[returns(ref)]
    pub syntax: GreenNode,
    /// Where the `def` starts in the file.
    #[tracked]
    #[returns(copy)]
    pub offset: u32,
    /// The absolute line of the `def` (or its first decorator).
    #[tracked]
    #[returns(copy)]
    pub first_line: u32,
}

#[salsa::tracked(returns(clone))]
pub fn module_items(db: &dyn Db, file: SourceFile) -> Arc<Vec<Item<'_>>> {
    let parsed = parse(db, file);
    let text = file.text(db);
    let module = parsed.module();
    let future_annotations = lower::has_future_annotations(&module);
    let mut seen: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    // Items come in document order: count line breaks from the previous item on, not from the
    // start of the file each time (which is quadratic in a file of many functions).
    let mut counted = (0usize, 1u32);
    let items = lower::collect_items(&module)
        .into_iter()
        .map(|item| {
            let name = item.def.name().map(|n| n.text()).unwrap_or_default();
            let key = format!("{}{name}", item.qualname_prefix);
            let occurrence = seen.entry(key).or_insert(0);
            *occurrence += 1;
            let offset = u32::from(item.def.syntax().text_range().start());
            let (from, line) = counted;
            let to = (offset as usize).clamp(from, text.len());
            let breaks = text.as_bytes()[from..to]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            let first_line = line + breaks as u32;
            counted = (to, first_line);
            Item::new(
                db,
                file,
                item.qualname_prefix,
                name,
                *occurrence,
                future_annotations,
                item.def.syntax().green().to_owned(),
                offset,
                first_line,
            )
        })
        .collect();
    Arc::new(items)
}

/// The 1-based line of a byte offset.
pub fn line_of_offset(text: &str, offset: usize) -> u32 {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u32
        + 1
}

/// Lowering of one function item, with its source map and diagnostics (positions relative
/// to the item, so this changes with any edit inside it).
#[salsa::tracked(returns(clone), no_eq)]
pub fn item_lowered<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<Lowered> {
    let node = SyntaxNode::new_root(item.syntax(db).clone());
    match ast::FunctionDef::cast(node) {
        Some(def) => Arc::new(lower::lower_function(
            &def,
            item.qualname_prefix(db),
            item.future_annotations(db),
        )),
        None => Arc::new(Lowered::default()),
    }
}

/// The HIR of one function item: position independent, compared for early cut-off.
#[salsa::tracked(returns(clone))]
pub fn item_hir<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<Body> {
    Arc::new(item_lowered(db, item).body.clone())
}

#[salsa::tracked(returns(clone))]
pub fn item_scopes<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<ScopeTable> {
    let body = item_hir(db, item);
    let in_class = !item.qualname_prefix(db).is_empty();
    Arc::new(scope::analyze(&body, in_class))
}

/// The names an item declares `global` (they become module slots).
#[salsa::tracked(returns(clone))]
pub fn item_global_declarations<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<Vec<Box<str>>> {
    let scopes = item_scopes(db, item);
    let mut names: Vec<Box<str>> = Vec::new();
    for symbols in scopes.scopes.iter() {
        for name in &symbols.explicit_globals {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    Arc::new(names)
}

#[salsa::tracked(returns(clone), no_eq)]
pub fn module_lowered(db: &dyn Db, file: SourceFile) -> Arc<Lowered> {
    let parsed = parse(db, file);
    Arc::new(lower::lower_module(&parsed.module()))
}

#[salsa::tracked(returns(clone))]
pub fn module_hir(db: &dyn Db, file: SourceFile) -> Arc<Body> {
    Arc::new(module_lowered(db, file).body.clone())
}

#[salsa::tracked(returns(clone))]
pub fn module_scopes(db: &dyn Db, file: SourceFile) -> Arc<ScopeTable> {
    Arc::new(scope::analyze(&module_hir(db, file), false))
}

/// The module's global slots: names bound at module level, then names declared `global`
/// anywhere, after the module attributes every module has.
#[salsa::tracked(returns(clone))]
pub fn global_table(db: &dyn Db, file: SourceFile) -> Arc<GlobalTable> {
    let mut table = GlobalTable::default();
    for name in ["__name__", "__doc__", "__file__"] {
        table.add(name);
    }
    for name in file.predefined_globals(db) {
        table.add(name);
    }
    if file.interactive(db) {
        table.add("_");
    }
    let scopes = module_scopes(db, file);
    let body = module_hir(db, file);
    for (id, symbols) in scopes.scopes.iter_enumerated() {
        if body.scopes[id].kind == crate::hir::ScopeKind::Module {
            for name in &symbols.bound {
                table.add(name);
            }
        }
        for name in &symbols.explicit_globals {
            table.add(name);
        }
    }
    for item in module_items(db, file).iter() {
        for name in item_global_declarations(db, *item).iter() {
            table.add(name);
        }
    }
    table.star_import = body.stmts.iter().any(|stmt| {
        matches!(stmt, crate::hir::Stmt::ImportFrom { names, .. }
            if names.iter().any(|alias| &*alias.name == "*"))
    });
    Arc::new(table)
}

#[salsa::tracked(returns(clone))]
pub fn item_bytecode<'db>(db: &'db dyn Db, item: Item<'db>) -> Arc<CompiledItem> {
    let body = item_hir(db, item);
    let scopes = item_scopes(db, item);
    let globals = global_table(db, item.file(db));
    Arc::new(codegen::compile_item(
        &body,
        &scopes,
        &globals,
        item.qualname_prefix(db),
    ))
}

#[salsa::tracked(returns(clone))]
pub fn module_bytecode(db: &dyn Db, file: SourceFile) -> Arc<CompiledItem> {
    let body = module_hir(db, file);
    let scopes = module_scopes(db, file);
    let globals = global_table(db, file);
    let mut compiled = codegen::compile_item(&body, &scopes, &globals, "");
    if file.interactive(db) {
        compiled = codegen::compile_interactive(&body, &scopes, &globals);
    }
    Arc::new(compiled)
}

/// A compile-time error with its position in the file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub message: String,
    pub range: TextRange,
    /// Syntax errors from the parser are reported as such; others come from later stages.
    pub from_parser: bool,
}

/// Every diagnostic of a file, sorted by position, duplicates removed.
pub fn file_diagnostics(db: &dyn Db, file: SourceFile) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = parse(db, file)
        .errors
        .iter()
        .map(|error| Diagnostic {
            message: error.message.clone(),
            range: error.range,
            from_parser: true,
        })
        .collect();
    let module = module_lowered(db, file);
    collect_item_diagnostics(
        &module,
        &module_scopes(db, file),
        &module_bytecode(db, file),
        TextSize::from(0),
        &mut out,
    );
    for item in module_items(db, file).iter() {
        collect_item_diagnostics(
            &item_lowered(db, *item),
            &item_scopes(db, *item),
            &item_bytecode(db, *item),
            TextSize::from(item.offset(db)),
            &mut out,
        );
    }
    out.sort_by_key(|d| (d.range.start(), d.range.end(), d.message.clone()));
    out.dedup_by(|a, b| a.message == b.message && a.range == b.range);
    out
}

fn collect_item_diagnostics(
    lowered: &Lowered,
    scopes: &ScopeTable,
    compiled: &CompiledItem,
    base: TextSize,
    out: &mut Vec<Diagnostic>,
) {
    let shift = |range: TextRange| range + base;
    let map = &lowered.source_map;
    let locate = |stmt: Option<crate::hir::StmtId>, expr: Option<crate::hir::ExprId>| {
        stmt.and_then(|s| map.stmt_ranges.get(s).copied())
            .or_else(|| expr.and_then(|e| map.expr_ranges.get(e).copied()))
            .unwrap_or_else(|| TextRange::empty(TextSize::from(0)))
    };
    for diagnostic in &lowered.diagnostics {
        out.push(Diagnostic {
            message: diagnostic.message.clone(),
            range: shift(diagnostic.range),
            from_parser: false,
        });
    }
    for error in &scopes.errors {
        out.push(Diagnostic {
            message: error.message.clone(),
            range: shift(locate(error.stmt, error.expr)),
            from_parser: false,
        });
    }
    for error in &compiled.errors {
        out.push(Diagnostic {
            message: error.message.clone(),
            range: shift(locate(error.stmt, error.expr)),
            from_parser: false,
        });
    }
}

/// The linked module, or the diagnostics that prevent compiling it.
pub fn compile_file(db: &dyn Db, file: SourceFile) -> Result<BytecodeModule, Vec<Diagnostic>> {
    let diagnostics = file_diagnostics(db, file);
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let items = module_items(db, file);
    let compiled_items: Vec<(Arc<CompiledItem>, u32)> = items
        .iter()
        .map(|item| (item_bytecode(db, *item), item.first_line(db)))
        .collect();
    Ok(link::link(
        file.path(db),
        &global_table(db, file),
        &module_bytecode(db, file),
        &compiled_items,
    ))
}

/// Whether a name resolution is a global (used by tests and tools).
pub fn is_global(resolution: Resolution) -> bool {
    resolution == Resolution::Global
}

/// The default database.
#[salsa::db]
#[derive(Clone)]
pub struct Database {
    storage: salsa::Storage<Self>,
}

impl Default for Database {
    fn default() -> Self {
        Database {
            storage: salsa::Storage::new(None),
        }
    }
}

impl Database {
    /// A database that reports every query execution to `on_execute` (for tests and tools
    /// that measure incrementality).
    pub fn with_execution_log(on_execute: impl Fn(String) + Send + Sync + 'static) -> Database {
        Database {
            storage: salsa::Storage::new(Some(Box::new(move |event: salsa::Event| {
                if let salsa::EventKind::WillExecute { database_key } = event.kind {
                    on_execute(format!("{database_key:?}"));
                }
            }))),
        }
    }
}

#[salsa::db]
impl salsa::Database for Database {}

#[salsa::db]
impl Db for Database {}
