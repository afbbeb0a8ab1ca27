//! `textDocument/references` for locals and globals within a file, and `textDocument/rename`
//! (with `prepareRename`) of local variables: every occurrence that resolves to the same
//! variable, in nested scopes too (closures, `nonlocal`), and nothing that merely shares the
//! name.

use tauraro_syntax::{TextRange, TextSize};

use crate::names::ScopeKind;
use crate::resolve::{FileNames, Symbol};

/// The ranges of every occurrence of the variable at `offset`; without the definition site
/// unless `include_declaration`. `None` when no variable is there.
pub fn references(
    names: &FileNames,
    offset: TextSize,
    include_declaration: bool,
) -> Option<Vec<TextRange>> {
    let at = names.occurrence_at(offset)?;
    let symbol = names.symbol_of(at);
    let definition = names.definition_of(&symbol, None);
    Some(
        names
            .occurrences_of(&symbol)
            .into_iter()
            .filter(|occurrence| include_declaration || Some(*occurrence) != definition)
            .map(|occurrence| names.occurrence_range(occurrence))
            .collect(),
    )
}

/// Why a rename cannot be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenameError(pub String);

/// The local variable at `offset` and the range of its identifier there.
pub fn prepare_rename(
    names: &FileNames,
    offset: TextSize,
) -> Result<(Symbol, TextRange), RenameError> {
    let at = names
        .occurrence_at(offset)
        .ok_or_else(|| RenameError("there is no variable at this position".to_owned()))?;
    let symbol = names.symbol_of(at);
    match &symbol {
        Symbol::Local { unit, scope, .. }
            if matches!(
                names.scope_kind(*unit, *scope),
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
            ) =>
        {
            Ok((symbol, names.occurrence_range(at)))
        }
        Symbol::Local { .. } => Err(RenameError(format!(
            "not supported yet: renaming class attribute '{}' (only local variables can be renamed)",
            symbol.name()
        ))),
        Symbol::Global(name) => Err(RenameError(format!(
            "not supported yet: renaming global name '{name}' (only local variables can be renamed)"
        ))),
    }
}

/// The edits renaming the local variable at `offset` to `new_name`.
pub fn rename(
    names: &FileNames,
    offset: TextSize,
    new_name: &str,
    is_keyword: impl Fn(&str) -> bool,
) -> Result<Vec<TextRange>, RenameError> {
    let (symbol, _) = prepare_rename(names, offset)?;
    if !is_identifier(new_name) || is_keyword(new_name) {
        return Err(RenameError(format!(
            "'{new_name}' is not a valid identifier"
        )));
    }
    let Symbol::Local { unit, scope, .. } = &symbol else {
        return Err(RenameError(
            "only local variables can be renamed".to_owned(),
        ));
    };
    if new_name == symbol.name() {
        return Ok(Vec::new());
    }
    // Any occurrence of the new name inside the variable's scope would change meaning, either
    // captured by the renamed variable or shadowing it.
    let scope_data = &names.units[*unit as usize].names.scopes[*scope as usize];
    let scope_range = names.absolute(*unit, scope_data.range);
    let clash = names.units.iter().enumerate().any(|(u, data)| {
        data.names.occurrences.iter().any(|o| {
            &*o.name == new_name && scope_range.contains_range(names.absolute(u as u32, o.range))
        })
    });
    if clash {
        return Err(RenameError(format!(
            "cannot rename to '{new_name}': that name is already used in {}",
            scope_data.name
        )));
    }
    Ok(names
        .occurrences_of(&symbol)
        .into_iter()
        .map(|occurrence| names.occurrence_range(occurrence))
        .collect())
}

/// A Python identifier: a letter or `_`, then letters, digits or `_` (Unicode letters and
/// digits included, as PEP 3131 allows).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}
