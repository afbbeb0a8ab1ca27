//! Name resolution over a whole file: the module unit and every item unit of [`crate::names`]
//! seen together, with absolute positions. Answers "which variable is this identifier", "where
//! is it bound" and "where is it used", and finds the class behind `self` in a method.
//!
//! A [`FileNames`] is a cheap view built per request from memoized salsa results.

use std::cell::OnceCell;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use tauraro_hir::db::module_items;
use tauraro_hir::{Db, SourceFile};
use tauraro_syntax::{TextRange, TextSize};

use crate::names::{
    AttributeAccess, Binding, NameIndex, Occurrence, Role, ScopeIdx, ScopeKind, item_names,
    module_names,
};

/// A unit of the file: index 0 is the module, the others the items in document order.
pub type UnitIdx = u32;

pub struct Unit {
    pub names: Arc<NameIndex>,
    /// Where the unit's text starts in the file.
    pub base: TextSize,
    /// The unit's text in the file.
    pub range: TextRange,
}

/// A variable: a module global (or builtin), or a name of one function-like or class scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Symbol {
    Global(Box<str>),
    Local {
        unit: UnitIdx,
        scope: ScopeIdx,
        name: Box<str>,
    },
}

impl Symbol {
    pub fn name(&self) -> &str {
        match self {
            Symbol::Global(name) | Symbol::Local { name, .. } => name,
        }
    }
}

/// An occurrence located in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OccurrenceRef {
    pub unit: UnitIdx,
    pub index: usize,
}

/// A class scope: where `self.x` looks for `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassRef {
    pub unit: UnitIdx,
    pub scope: ScopeIdx,
}

pub struct FileNames {
    pub file: SourceFile,
    pub units: Vec<Unit>,
    /// For each unit, the module-unit scope (module or class) its `def` statement is in.
    item_parents: Vec<ScopeIdx>,
    /// Every occurrence by name, built on first use (finding a global's occurrences would
    /// otherwise scan the whole file for each global).
    by_name: OnceCell<FxHashMap<Box<str>, Vec<OccurrenceRef>>>,
}

impl FileNames {
    pub fn new(db: &dyn Db, file: SourceFile) -> FileNames {
        let text_len = TextSize::of(file.text(db).as_str());
        let mut units = vec![Unit {
            names: module_names(db, file),
            base: TextSize::from(0),
            range: TextRange::new(TextSize::from(0), text_len),
        }];
        for item in module_items(db, file).iter() {
            let base = TextSize::from(item.offset(db));
            units.push(Unit {
                names: item_names(db, *item),
                base,
                range: TextRange::at(base, item.syntax(db).text_len()),
            });
        }
        let item_parents = item_parents(&units);
        FileNames {
            file,
            units,
            item_parents,
            by_name: OnceCell::new(),
        }
    }

    fn by_name(&self) -> &FxHashMap<Box<str>, Vec<OccurrenceRef>> {
        self.by_name.get_or_init(|| {
            let mut map: FxHashMap<Box<str>, Vec<OccurrenceRef>> = FxHashMap::default();
            for (unit, data) in self.units.iter().enumerate() {
                for (index, occurrence) in data.names.occurrences.iter().enumerate() {
                    map.entry(occurrence.name.clone())
                        .or_default()
                        .push(OccurrenceRef {
                            unit: unit as UnitIdx,
                            index,
                        });
                }
            }
            map
        })
    }

    pub fn occurrence(&self, at: OccurrenceRef) -> &Occurrence {
        &self.units[at.unit as usize].names.occurrences[at.index]
    }

    /// The absolute range of a range relative to `unit`.
    pub fn absolute(&self, unit: UnitIdx, range: TextRange) -> TextRange {
        range + self.units[unit as usize].base
    }

    pub fn occurrence_range(&self, at: OccurrenceRef) -> TextRange {
        self.absolute(at.unit, self.occurrence(at).range)
    }

    /// The item unit whose text contains `offset`, if any.
    fn item_unit_at(&self, offset: TextSize) -> Option<UnitIdx> {
        let items = &self.units[1..];
        let after = items.partition_point(|u| u.range.start() <= offset);
        let candidate = after.checked_sub(1)?;
        items[candidate]
            .range
            .contains_inclusive(offset)
            .then_some(candidate as UnitIdx + 1)
    }

    /// The units whose text contains `offset`, innermost first.
    pub fn units_at(&self, offset: TextSize) -> impl Iterator<Item = UnitIdx> + use<> {
        self.item_unit_at(offset).into_iter().chain([0])
    }

    /// The variable occurrence at `offset`.
    pub fn occurrence_at(&self, offset: TextSize) -> Option<OccurrenceRef> {
        self.units_at(offset).find_map(|unit| {
            let relative = offset.checked_sub(self.units[unit as usize].base)?;
            self.units[unit as usize]
                .names
                .occurrence_at(relative)
                .map(|index| OccurrenceRef { unit, index })
        })
    }

    /// The attribute name at `offset`, as (unit, access).
    pub fn attribute_at(&self, offset: TextSize) -> Option<(UnitIdx, &AttributeAccess)> {
        self.units_at(offset).find_map(|unit| {
            let names = &self.units[unit as usize].names;
            let relative = offset.checked_sub(self.units[unit as usize].base)?;
            names
                .attribute_at(relative)
                .map(|index| (unit, &names.attributes[index]))
        })
    }

    pub fn symbol_of(&self, at: OccurrenceRef) -> Symbol {
        let occurrence = self.occurrence(at);
        self.resolve(at.unit, occurrence.scope, &occurrence.name)
    }

    /// The variable `name` means in `scope` of `unit`.
    pub fn resolve(&self, unit: UnitIdx, scope: ScopeIdx, name: &str) -> Symbol {
        let names = &self.units[unit as usize].names;
        let Some(s) = names.scopes.get(scope as usize) else {
            return Symbol::Global(name.into());
        };
        match s.kind {
            // Decorators, defaults and annotations of an item: evaluated where its `def` is.
            ScopeKind::Enclosing => {
                return self.resolve(0, self.item_parents[unit as usize], name);
            }
            ScopeKind::Module => return Symbol::Global(name.into()),
            _ => {}
        }
        if s.globals.contains(name) {
            return Symbol::Global(name.into());
        }
        if s.nonlocals.contains(name) {
            return self.resolve_free(unit, s.parent, name);
        }
        if s.bound.contains(name) {
            return Symbol::Local {
                unit,
                scope,
                name: name.into(),
            };
        }
        self.resolve_free(unit, s.parent, name)
    }

    /// A name not bound in a scope: the nearest enclosing function scope binding it (class
    /// scopes are invisible), else a global.
    fn resolve_free(&self, unit: UnitIdx, mut scope: Option<ScopeIdx>, name: &str) -> Symbol {
        let names = &self.units[unit as usize].names;
        while let Some(id) = scope {
            let s = &names.scopes[id as usize];
            match s.kind {
                ScopeKind::Class => {}
                // Items are not nested in functions: past the item, only globals remain.
                ScopeKind::Module | ScopeKind::Enclosing => break,
                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => {
                    if s.globals.contains(name) {
                        break;
                    }
                    if s.bound.contains(name) && !s.nonlocals.contains(name) {
                        return Symbol::Local {
                            unit,
                            scope: id,
                            name: name.into(),
                        };
                    }
                }
            }
            scope = s.parent;
        }
        Symbol::Global(name.into())
    }

    /// Every occurrence of `symbol` in the file, in document order.
    pub fn occurrences_of(&self, symbol: &Symbol) -> Vec<OccurrenceRef> {
        let name = symbol.name();
        let mut found: Vec<OccurrenceRef> = match symbol {
            // A local of an item is only seen inside it.
            Symbol::Local { unit, .. } if *unit != 0 => {
                let names = &self.units[*unit as usize].names;
                names
                    .occurrences
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| &*o.name == name)
                    .map(|(index, _)| OccurrenceRef { unit: *unit, index })
                    .collect()
            }
            // Globals, and class members of the module unit (seen by the decorators and
            // defaults of their methods too).
            _ => self.by_name().get(name).cloned().unwrap_or_default(),
        };
        found.retain(|at| {
            let occurrence = self.occurrence(*at);
            self.resolve(at.unit, occurrence.scope, name) == *symbol
        });
        found.sort_by_key(|at| self.occurrence_range(*at).start());
        found
    }

    /// The binding occurrences of `symbol`, in document order. A local's bindings are in its
    /// own scope; a global's in the module scope or in scopes declaring it `global`.
    pub fn bindings_of(&self, symbol: &Symbol) -> Vec<OccurrenceRef> {
        let name = symbol.name();
        let is_binding = |o: &Occurrence| matches!(o.role, Role::Bind(_));
        let mut found: Vec<OccurrenceRef> = match symbol {
            Symbol::Local { unit, scope, .. } => self.units[*unit as usize]
                .names
                .occurrences
                .iter()
                .enumerate()
                .filter(|(_, o)| o.scope == *scope && &*o.name == name && is_binding(o))
                .map(|(index, _)| OccurrenceRef { unit: *unit, index })
                .collect(),
            Symbol::Global(_) => {
                let mut found = self.by_name().get(name).cloned().unwrap_or_default();
                found.retain(|at| {
                    let o = self.occurrence(*at);
                    let scope = &self.units[at.unit as usize].names.scopes[o.scope as usize];
                    is_binding(o)
                        && match scope.kind {
                            ScopeKind::Module => true,
                            // A walrus in a decorator: resolved where the `def` is.
                            ScopeKind::Enclosing => self.resolve(at.unit, o.scope, name) == *symbol,
                            _ => scope.globals.contains(name),
                        }
                });
                found
            }
        };
        found.sort_by_key(|at| self.occurrence_range(*at).start());
        found
    }

    /// Where `symbol` is defined, as seen from `from` (a use): the last binding before the use
    /// in the same scope, else the first binding. Parameters, `def`, `class` and imports win
    /// over `+=`; `del` and `global` statements are not definitions.
    pub fn definition_of(&self, symbol: &Symbol, from: Option<TextSize>) -> Option<OccurrenceRef> {
        let bindings = self.bindings_of(symbol);
        let real: Vec<OccurrenceRef> = bindings
            .iter()
            .copied()
            .filter(|at| !matches!(self.occurrence(*at).role, Role::Bind(Binding::AugAssign)))
            .collect();
        let candidates = if real.is_empty() { bindings } else { real };
        if let (Some(from), Symbol::Local { .. }) = (from, symbol)
            && let Some(last_before) = candidates
                .iter()
                .rev()
                .find(|at| self.occurrence_range(**at).start() <= from)
        {
            return Some(*last_before);
        }
        candidates.first().copied()
    }

    pub fn scope_kind(&self, unit: UnitIdx, scope: ScopeIdx) -> ScopeKind {
        self.units[unit as usize].names.scopes[scope as usize].kind
    }

    /// The class whose instance `base` (a plain name before `.attr`) is, when `base` is the
    /// first parameter of a method.
    pub fn class_of_self(&self, unit: UnitIdx, base: TextRange) -> Option<ClassRef> {
        let names = &self.units[unit as usize].names;
        let index = names.occurrence_at(base.start())?;
        let symbol = self.symbol_of(OccurrenceRef { unit, index });
        let Symbol::Local {
            unit: method_unit,
            scope: method,
            name,
        } = symbol
        else {
            return None;
        };
        let method_scope = &self.units[method_unit as usize].names.scopes[method as usize];
        if method_scope.self_param.as_deref() != Some(&*name) {
            return None;
        }
        let parent = method_scope.parent?;
        match self.scope_kind(method_unit, parent) {
            ScopeKind::Class => Some(ClassRef {
                unit: method_unit,
                scope: parent,
            }),
            ScopeKind::Enclosing => {
                let scope = self.item_parents[method_unit as usize];
                (self.scope_kind(0, scope) == ScopeKind::Class)
                    .then_some(ClassRef { unit: 0, scope })
            }
            _ => None,
        }
    }

    /// The class scope of the `class` statement spanning `range`.
    pub fn class_at(&self, range: TextRange) -> Option<ClassRef> {
        self.units_at(range.start()).find_map(|unit| {
            let base = self.units[unit as usize].base;
            let relative = range.checked_sub(base)?;
            let scopes = &self.units[unit as usize].names.scopes;
            scopes
                .iter()
                .position(|s| s.kind == ScopeKind::Class && s.range == relative)
                .map(|scope| ClassRef {
                    unit,
                    scope: scope as ScopeIdx,
                })
        })
    }

    /// The methods of a class, as (unit, function scope).
    pub fn methods_of(&self, class: ClassRef) -> Vec<(UnitIdx, ScopeIdx)> {
        let mut methods = Vec::new();
        if class.unit == 0 {
            for unit in 1..self.units.len() as UnitIdx {
                if self.item_parents[unit as usize] == class.scope {
                    // Scope 1 of an item is its function.
                    methods.push((unit, 1));
                }
            }
        } else {
            let names = &self.units[class.unit as usize].names;
            for (id, scope) in names.scopes.iter().enumerate() {
                if scope.kind == ScopeKind::Function && scope.parent == Some(class.scope) {
                    methods.push((class.unit, id as ScopeIdx));
                }
            }
        }
        methods
    }

    /// Where attribute `name` of instances of `class` is defined: a name bound in the class
    /// body (methods, class attributes), else the first `self.name = ...` in a method
    /// (`__init__` first).
    pub fn attribute_definition(&self, class: ClassRef, name: &str) -> Option<TextRange> {
        if let Some(at) = self.definition_of(
            &Symbol::Local {
                unit: class.unit,
                scope: class.scope,
                name: name.into(),
            },
            None,
        ) {
            return Some(self.occurrence_range(at));
        }
        let mut stores: Vec<(bool, TextRange)> = Vec::new();
        for (unit, method) in self.methods_of(class) {
            let method_names = &self.units[unit as usize].names;
            let method_scope = &method_names.scopes[method as usize];
            let is_init = &*method_scope.name == "__init__";
            for access in &method_names.attributes {
                if access.store
                    && &*access.name == name
                    && let Some(base) = access.base
                    && self.class_of_self(unit, base) == Some(class)
                {
                    stores.push((!is_init, self.absolute(unit, access.range)));
                }
            }
        }
        stores.sort_by_key(|(not_init, range)| (*not_init, range.start()));
        stores.first().map(|(_, range)| *range)
    }

    /// Every `self.x` assigned in the methods of `class`, first assignment of each name.
    pub fn instance_attributes(&self, class: ClassRef) -> Vec<(Box<str>, TextRange)> {
        let mut found: Vec<(Box<str>, TextRange)> = Vec::new();
        for (unit, _) in self.methods_of(class) {
            for access in &self.units[unit as usize].names.attributes {
                if access.store
                    && !found.iter().any(|(name, _)| *name == access.name)
                    && let Some(base) = access.base
                    && self.class_of_self(unit, base) == Some(class)
                {
                    found.push((access.name.clone(), self.absolute(unit, access.range)));
                }
            }
        }
        found
    }
}

/// The innermost class scope of the module unit around each item's `def` (scope 0, the module,
/// when none): one pass over items and class scopes, both in document order.
fn item_parents(units: &[Unit]) -> Vec<ScopeIdx> {
    let classes: Vec<(ScopeIdx, TextRange)> = units[0]
        .names
        .scopes
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == ScopeKind::Class)
        .map(|(id, s)| (id as ScopeIdx, s.range))
        .collect();
    let mut parents = vec![0];
    let mut open: Vec<(ScopeIdx, TextRange)> = Vec::new();
    let mut next = 0;
    for unit in &units[1..] {
        let base = unit.base;
        while next < classes.len() && classes[next].1.start() <= base {
            let start = classes[next].1.start();
            while open.last().is_some_and(|(_, r)| r.end() <= start) {
                open.pop();
            }
            open.push(classes[next]);
            next += 1;
        }
        while open.last().is_some_and(|(_, r)| !r.contains(base)) {
            open.pop();
        }
        parents.push(open.last().map_or(0, |(id, _)| *id));
    }
    parents
}
