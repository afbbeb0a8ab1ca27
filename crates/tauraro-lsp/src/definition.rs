//! What an identifier refers to, across files: a variable's binding (locals, parameters,
//! closures' free variables, globals), an imported name followed into the file of its module,
//! a module named in an import, or an attribute `self.x` defined in the class. Used by
//! go-to-definition, hover and semantic tokens.

use tauraro_syntax::{TextRange, TextSize};

use crate::builtins::is_builtin;
use crate::names::{Binding, ImportTarget, Role, ScopeKind};
use crate::resolve::{FileNames, OccurrenceRef, Symbol};
use crate::workspace::Workspace;
use tauraro_hir::SourceFile;

/// How many `from a import b` hops are followed before giving up (cycles, long chains).
const MAX_IMPORT_HOPS: u32 = 8;

/// The target of a reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Definition {
    /// A binding site in a file: the name in a `def`, `class`, parameter, assignment, import.
    Binding {
        file: SourceFile,
        range: TextRange,
        binding: Binding,
        /// The kind of scope the name is bound in.
        scope: ScopeKind,
        /// The name of that scope (the function's or class's).
        scope_name: Box<str>,
    },
    /// A module (its whole file).
    Module { file: SourceFile, name: Box<str> },
    /// `self.x = ...` in a method of a class.
    InstanceAttribute {
        file: SourceFile,
        range: TextRange,
        class_name: Box<str>,
    },
    /// A name CPython provides (`print`, `len`, `__name__`).
    Builtin(Box<str>),
}

impl Definition {
    /// The file and range to jump to.
    pub fn location(&self) -> Option<(SourceFile, TextRange)> {
        match self {
            Definition::Binding { file, range, .. }
            | Definition::InstanceAttribute { file, range, .. } => Some((*file, *range)),
            Definition::Module { file, .. } => Some((*file, TextRange::empty(TextSize::from(0)))),
            Definition::Builtin(_) => None,
        }
    }
}

/// What the identifier at `offset` refers to.
pub fn definition_at(ws: &mut Workspace, file: SourceFile, offset: TextSize) -> Option<Definition> {
    let names = FileNames::new(ws.db(), file);
    if let Some(at) = names.occurrence_at(offset) {
        let symbol = names.symbol_of(at);
        return symbol_definition(ws, &names, &symbol, Some(offset));
    }
    if let Some(reference) = names.units_at(offset).find_map(|unit| {
        let unit_names = &names.units[unit as usize].names;
        let relative = offset.checked_sub(names.units[unit as usize].base)?;
        unit_names
            .import_ref_at(relative)
            .map(|i| unit_names.import_refs[i].target.clone())
    }) {
        return follow_import(ws, file, &reference, 0);
    }
    let (unit, access) = names.attribute_at(offset)?;
    let base = access.base?;
    let Some(class) = names.class_of_self(unit, base) else {
        return module_attribute(ws, &names, names.absolute(unit, base), &access.name);
    };
    let range = names.attribute_definition(class, &access.name)?;
    binding_definition_at(ws, &names, range).or_else(|| {
        let class_name = names.units[class.unit as usize].names.scopes[class.scope as usize]
            .name
            .clone();
        Some(Definition::InstanceAttribute {
            file,
            range,
            class_name,
        })
    })
}

/// `module.name` where `module` is bound by `import module`: `name` in that module's file.
fn module_attribute(
    ws: &mut Workspace,
    names: &FileNames,
    base: TextRange,
    name: &str,
) -> Option<Definition> {
    let at = names.occurrence_at(base.start())?;
    let symbol = names.symbol_of(at);
    let binding = names.definition_of(&symbol, Some(base.start()))?;
    let Role::Bind(Binding::Import(target)) = &names.occurrence(binding).role else {
        return None;
    };
    if target.member.is_some() {
        return None;
    }
    let member = ImportTarget {
        member: Some(name.into()),
        ..target.clone()
    };
    follow_import(ws, names.file, &member, 0)
}

/// The definition of a class member found by [`FileNames::attribute_definition`], when it is a
/// binding in the class body (a method, a class attribute).
fn binding_definition_at(
    ws: &mut Workspace,
    names: &FileNames,
    range: TextRange,
) -> Option<Definition> {
    let at = names.occurrence_at(range.start())?;
    if names.occurrence_range(at) != range {
        return None;
    }
    let symbol = names.symbol_of(at);
    describe_binding(ws, names, &symbol, at)
}

/// The definition of a variable, seen from `from`.
pub fn symbol_definition(
    ws: &mut Workspace,
    names: &FileNames,
    symbol: &Symbol,
    from: Option<TextSize>,
) -> Option<Definition> {
    match names.definition_of(symbol, from) {
        Some(at) => describe_binding(ws, names, symbol, at),
        None => {
            let from_star = match symbol {
                Symbol::Global(name) => star_imported(ws, names, name),
                Symbol::Local { .. } => None,
            };
            from_star.or_else(|| match symbol {
                Symbol::Global(name) if is_builtin(name) => Some(Definition::Builtin(name.clone())),
                _ => None,
            })
        }
    }
}

/// A global not bound in the file may come from a `from m import *`.
fn star_imported(ws: &mut Workspace, names: &FileNames, name: &str) -> Option<Definition> {
    let stars = names.units[0].names.star_imports.clone();
    stars.into_iter().find_map(|star| {
        let target = ImportTarget {
            member: Some(name.into()),
            ..star
        };
        follow_import(ws, names.file, &target, 1)
    })
}

fn describe_binding(
    ws: &mut Workspace,
    names: &FileNames,
    symbol: &Symbol,
    at: OccurrenceRef,
) -> Option<Definition> {
    let occurrence = names.occurrence(at);
    let Role::Bind(binding) = &occurrence.role else {
        return None;
    };
    if let Binding::Import(target) = binding
        && let Some(imported) = follow_import(ws, names.file, target, 0)
    {
        return Some(imported);
    }
    let (scope, scope_name) = match symbol {
        Symbol::Global(_) => (ScopeKind::Module, "<module>".into()),
        Symbol::Local { unit, scope, .. } => {
            let s = &names.units[*unit as usize].names.scopes[*scope as usize];
            (s.kind, s.name.clone())
        }
    };
    Some(Definition::Binding {
        file: names.file,
        range: names.occurrence_range(at),
        binding: binding.clone(),
        scope,
        scope_name,
    })
}

/// Follows an import to the module's file, and to the member's definition there.
pub fn follow_import(
    ws: &mut Workspace,
    from: SourceFile,
    target: &ImportTarget,
    hops: u32,
) -> Option<Definition> {
    if hops > MAX_IMPORT_HOPS {
        return None;
    }
    let Some(member) = &target.member else {
        let file = ws.resolve_module(from, &target.module, target.level)?;
        return Some(Definition::Module {
            file,
            name: target.module.clone(),
        });
    };
    if let Some(module_file) = ws.resolve_module(from, &target.module, target.level) {
        let names = FileNames::new(ws.db(), module_file);
        let symbol = Symbol::Global(member.clone());
        if let Some(at) = names.definition_of(&symbol, None) {
            if let Role::Bind(Binding::Import(next)) = &names.occurrence(at).role {
                let next = next.clone();
                if let Some(found) = follow_import(ws, module_file, &next, hops + 1) {
                    return Some(found);
                }
            }
            return describe_binding(ws, &names, &symbol, at);
        }
        for star in names.units[0].names.star_imports.clone() {
            let through = ImportTarget {
                member: Some(member.clone()),
                ..star
            };
            if let Some(found) = follow_import(ws, module_file, &through, hops + 1) {
                return Some(found);
            }
        }
    }
    // `from package import submodule`.
    let submodule = if target.module.is_empty() {
        member.to_string()
    } else {
        format!("{}.{member}", target.module)
    };
    let file = ws.resolve_module(from, &submodule, target.level)?;
    Some(Definition::Module {
        file,
        name: submodule.into(),
    })
}
