//! `textDocument/hover`: what kind of thing the identifier is, its signature with defaults for
//! functions and classes (or the parameter as written), and the first line of its docstring.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};
use tauraro_hir::SourceFile;
use tauraro_syntax::ast::{self, AstNode};
use tauraro_syntax::{SyntaxNode, TextRange, TextSize};

use crate::definition::{Definition, definition_at};
use crate::names::{Binding, ScopeKind};
use crate::resolve::{FileNames, Symbol};
use crate::signature;
use crate::workspace::Workspace;

pub fn hover(ws: &mut Workspace, file: SourceFile, offset: TextSize) -> Option<Hover> {
    let names = FileNames::new(ws.db(), file);
    let (range, use_label) = hovered(&names, offset)?;
    let definition = definition_at(ws, file, offset)?;
    let (header, doc) = describe(ws, &definition, use_label.as_deref());
    let mut value = format!("```python\n{header}\n```");
    if let Some(doc) = doc {
        value.push_str("\n\n");
        value.push_str(&doc);
    }
    let index = ws.line_index(file);
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value,
        }),
        range: Some(index.range(range)),
    })
}

/// The hovered identifier's range, and for a variable used from a nested scope a label saying
/// so ("free variable").
fn hovered(names: &FileNames, offset: TextSize) -> Option<(TextRange, Option<String>)> {
    if let Some(at) = names.occurrence_at(offset) {
        let occurrence = names.occurrence(at);
        let label = match names.symbol_of(at) {
            Symbol::Local { unit, scope, .. } if unit != at.unit || scope != occurrence.scope => {
                let kind = names.scope_kind(unit, scope);
                matches!(
                    kind,
                    ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                )
                .then(|| "free variable".to_owned())
            }
            _ => None,
        };
        return Some((names.occurrence_range(at), label));
    }
    for unit in names.units_at(offset) {
        let unit_names = &names.units[unit as usize].names;
        let Some(relative) = offset.checked_sub(names.units[unit as usize].base) else {
            continue;
        };
        if let Some(i) = unit_names.import_ref_at(relative) {
            return Some((names.absolute(unit, unit_names.import_refs[i].range), None));
        }
    }
    let (unit, access) = names.attribute_at(offset)?;
    Some((names.absolute(unit, access.range), None))
}

/// The node of the `def`/`class`/parameter whose name is at `range`.
fn named_node(ws: &Workspace, file: SourceFile, range: TextRange) -> Option<SyntaxNode> {
    let parsed = tauraro_hir::db::parse(ws.db(), file);
    let root = SyntaxNode::new_root(parsed.green.clone());
    let token = root.token_at_offset(range.start()).right_biased()?;
    let name = token.parent()?;
    name.parent()
}

fn describe(
    ws: &mut Workspace,
    definition: &Definition,
    use_label: Option<&str>,
) -> (String, Option<String>) {
    match definition {
        Definition::Builtin(name) => (format!("(builtin) {name}"), None),
        Definition::Module { file, name } => {
            let parsed = tauraro_hir::db::parse(ws.db(), *file);
            let module = parsed.module();
            let doc = signature::docstring_of_first(module.stmts().next());
            (format!("(module) {name}"), doc)
        }
        Definition::InstanceAttribute {
            file,
            range,
            class_name,
        } => {
            let text = ws.text(*file);
            let name = &text[usize::from(range.start())..usize::from(range.end())];
            (format!("(attribute) {class_name}.{name}"), None)
        }
        Definition::Binding {
            file,
            range,
            binding,
            scope,
            scope_name,
        } => {
            let node = named_node(ws, *file, *range);
            let text = ws.text(*file);
            let name = text[usize::from(range.start())..usize::from(range.end())].to_owned();
            match binding {
                Binding::Function => match node.and_then(ast::FunctionDef::cast) {
                    Some(def) => {
                        let kind = if *scope == ScopeKind::Class {
                            "method"
                        } else {
                            "function"
                        };
                        (
                            format!("({kind}) {}", signature::function(&def)),
                            signature::docstring_first_line(def.body()),
                        )
                    }
                    None => (format!("(function) {name}"), None),
                },
                Binding::Class => match node.and_then(ast::ClassDef::cast) {
                    Some(class) => (
                        format!("(class) {}", signature::class(&class)),
                        signature::docstring_first_line(class.body()),
                    ),
                    None => (format!("(class) {name}"), None),
                },
                Binding::Parameter => {
                    let param = node.and_then(ast::Param::cast);
                    let written = param.as_ref().map_or(name.clone(), signature::parameter);
                    let label = use_label.unwrap_or("parameter");
                    (format!("({label}) {written}"), None)
                }
                Binding::Import(target) => {
                    let what = match &target.member {
                        Some(member) => format!(
                            "from {}{} import {member}",
                            ".".repeat(target.level as usize),
                            target.module
                        ),
                        None => format!("import {}", target.module),
                    };
                    (format!("(import) {name}\n{what}"), None)
                }
                Binding::Variable | Binding::AugAssign => {
                    let label = use_label.map(str::to_owned).unwrap_or_else(|| {
                        match scope {
                            ScopeKind::Module | ScopeKind::Enclosing => "global variable",
                            ScopeKind::Class => "class attribute",
                            _ => "local variable",
                        }
                        .to_owned()
                    });
                    let owner = match scope {
                        ScopeKind::Class => format!(" of class {scope_name}"),
                        ScopeKind::Function | ScopeKind::Lambda if use_label.is_some() => {
                            format!(" of {scope_name}")
                        }
                        _ => String::new(),
                    };
                    (format!("({label}) {name}{owner}"), None)
                }
            }
        }
    }
}
