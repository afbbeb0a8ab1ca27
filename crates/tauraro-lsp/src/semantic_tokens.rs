//! `textDocument/semanticTokens/full`: keywords (Hausa aliases included: they lex as the same
//! keyword kinds), strings, numbers and comments from the tokens; identifiers classified by what
//! they resolve to — class, function, method, parameter, variable, module, attribute.
//!
//! One pass over the file's tokens tracks the UTF-16 line and column, so the cost is linear in
//! the text; multi-line tokens (triple-quoted strings) are split per line, as clients without
//! `multilineTokenSupport` need.

use lsp_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensLegend,
};
use rustc_hash::FxHashMap;
use tauraro_hir::SourceFile;
use tauraro_syntax::{SyntaxKind, SyntaxNode, SyntaxToken, TextSize};

use crate::builtins::is_builtin;
use crate::definition::{Definition, follow_import};
use crate::names::{Binding, ImportTarget, Role, ScopeKind};
use crate::resolve::{ClassRef, FileNames, Symbol};
use crate::workspace::Workspace;

/// Token types, in legend order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
enum TokenType {
    Namespace,
    Class,
    Function,
    Method,
    Parameter,
    Variable,
    Property,
    Keyword,
    String,
    Number,
    Comment,
}

const DECLARATION: u32 = 1 << 0;
const DEFAULT_LIBRARY: u32 = 1 << 1;

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: vec![
            SemanticTokenType::NAMESPACE,
            SemanticTokenType::CLASS,
            SemanticTokenType::FUNCTION,
            SemanticTokenType::METHOD,
            SemanticTokenType::PARAMETER,
            SemanticTokenType::VARIABLE,
            SemanticTokenType::PROPERTY,
            SemanticTokenType::KEYWORD,
            SemanticTokenType::STRING,
            SemanticTokenType::NUMBER,
            SemanticTokenType::COMMENT,
        ],
        token_modifiers: vec![
            SemanticTokenModifier::DECLARATION,
            SemanticTokenModifier::DEFAULT_LIBRARY,
        ],
    }
}

pub fn semantic_tokens(ws: &mut Workspace, file: SourceFile) -> SemanticTokens {
    let parsed = tauraro_hir::db::parse(ws.db(), file);
    let root = SyntaxNode::new_root(parsed.green.clone());
    let names = FileNames::new(ws.db(), file);
    let mut classifier = Classifier {
        names: &names,
        symbols: FxHashMap::default(),
        imports: FxHashMap::default(),
        members: FxHashMap::default(),
    };
    let mut encoder = Encoder::default();
    for token in root
        .descendants_with_tokens()
        .filter_map(|e| e.into_token())
    {
        let classified = classify_token(ws, &mut classifier, &token);
        encoder.token(token.text(), classified);
    }
    SemanticTokens {
        result_id: None,
        data: encoder.data,
    }
}

fn classify_token(
    ws: &mut Workspace,
    classifier: &mut Classifier<'_>,
    token: &SyntaxToken,
) -> Option<(TokenType, u32)> {
    use SyntaxKind::*;
    let kind = token.kind();
    if kind.is_keyword() || kind.is_contextual_keyword() {
        return Some((TokenType::Keyword, 0));
    }
    match kind {
        STRING | FSTRING_START | FSTRING_MIDDLE | FSTRING_END => Some((TokenType::String, 0)),
        INT_NUMBER | FLOAT_NUMBER | IMAG_NUMBER => Some((TokenType::Number, 0)),
        COMMENT => Some((TokenType::Comment, 0)),
        IDENT => classifier.identifier(ws, token),
        _ => None,
    }
}

struct Classifier<'a> {
    names: &'a FileNames,
    symbols: FxHashMap<Symbol, Option<(TokenType, u32)>>,
    imports: FxHashMap<ImportTarget, TokenType>,
    /// `self.name` per class and name.
    members: FxHashMap<(ClassRef, Box<str>), TokenType>,
}

impl Classifier<'_> {
    fn identifier(&mut self, ws: &mut Workspace, token: &SyntaxToken) -> Option<(TokenType, u32)> {
        let offset = token.text_range().start();
        if let Some(at) = self.names.occurrence_at(offset)
            && self.names.occurrence_range(at) == token.text_range()
        {
            let occurrence = self.names.occurrence(at);
            let declaration = match occurrence.role {
                Role::Bind(
                    Binding::Function | Binding::Class | Binding::Parameter | Binding::Variable,
                ) => DECLARATION,
                _ => 0,
            };
            let symbol = self.names.symbol_of(at);
            let (kind, modifiers) = self.symbol(ws, &symbol)?;
            return Some((kind, modifiers | declaration));
        }
        let parent = token.parent()?;
        let grandparent = parent.parent().map(|g| g.kind());
        match grandparent {
            Some(SyntaxKind::ATTRIBUTE_EXPR) => Some((self.attribute(offset), 0)),
            Some(SyntaxKind::KEYWORD) => Some((TokenType::Parameter, 0)),
            Some(SyntaxKind::MATCH_KEYWORD_PAT) => Some((TokenType::Property, 0)),
            Some(SyntaxKind::DOTTED_NAME) => Some((self.import_ref(ws, offset), 0)),
            Some(SyntaxKind::IMPORT_ALIAS) => Some((self.import_ref(ws, offset), 0)),
            _ => None,
        }
    }

    fn symbol(&mut self, ws: &mut Workspace, symbol: &Symbol) -> Option<(TokenType, u32)> {
        if let Some(known) = self.symbols.get(symbol) {
            return *known;
        }
        let classified = match self.names.definition_of(symbol, None) {
            Some(at) => match &self.names.occurrence(at).role {
                Role::Bind(Binding::Import(target)) => {
                    Some((self.import_target(ws, self.names.file, target), 0))
                }
                Role::Bind(binding) => {
                    let in_class = matches!(symbol, Symbol::Local { unit, scope, .. }
                        if self.names.scope_kind(*unit, *scope) == ScopeKind::Class);
                    Some((binding_type(binding, in_class), 0))
                }
                _ => Some((TokenType::Variable, 0)),
            },
            None => match symbol {
                Symbol::Global(name) if is_builtin(name) => {
                    let looks_like_class = name.starts_with(|c: char| c.is_uppercase())
                        || matches!(
                            &**name,
                            "int"
                                | "str"
                                | "float"
                                | "bool"
                                | "bytes"
                                | "list"
                                | "dict"
                                | "set"
                                | "frozenset"
                                | "tuple"
                                | "object"
                                | "type"
                                | "complex"
                                | "bytearray"
                                | "range"
                                | "slice"
                                | "property"
                                | "staticmethod"
                                | "classmethod"
                                | "super"
                                | "memoryview"
                                | "enumerate"
                                | "zip"
                                | "map"
                                | "filter"
                                | "reversed"
                        );
                    let kind = if looks_like_class {
                        TokenType::Class
                    } else {
                        TokenType::Function
                    };
                    Some((kind, DEFAULT_LIBRARY))
                }
                _ => Some((TokenType::Variable, 0)),
            },
        };
        self.symbols.insert(symbol.clone(), classified);
        classified
    }

    fn import_target(
        &mut self,
        ws: &mut Workspace,
        from: SourceFile,
        target: &ImportTarget,
    ) -> TokenType {
        if target.member.is_none() {
            return TokenType::Namespace;
        }
        if let Some(known) = self.imports.get(target) {
            return *known;
        }
        let kind = match follow_import(ws, from, target, 0) {
            Some(Definition::Module { .. }) => TokenType::Namespace,
            Some(Definition::Binding { binding, scope, .. }) => {
                binding_type(&binding, scope == ScopeKind::Class)
            }
            _ => TokenType::Variable,
        };
        self.imports.insert(target.clone(), kind);
        kind
    }

    fn import_ref(&mut self, ws: &mut Workspace, offset: TextSize) -> TokenType {
        let found = self.names.units_at(offset).find_map(|unit| {
            let names = &self.names.units[unit as usize].names;
            let relative = offset.checked_sub(self.names.units[unit as usize].base)?;
            names
                .import_ref_at(relative)
                .map(|i| names.import_refs[i].target.clone())
        });
        match found {
            Some(target) => self.import_target(ws, self.names.file, &target),
            None => TokenType::Namespace,
        }
    }

    /// `self.method` is a method; other attributes are properties.
    fn attribute(&mut self, offset: TextSize) -> TokenType {
        let Some((unit, access)) = self.names.attribute_at(offset) else {
            return TokenType::Property;
        };
        let Some(class) = access
            .base
            .and_then(|base| self.names.class_of_self(unit, base))
        else {
            return TokenType::Property;
        };
        let key = (class, access.name.clone());
        if let Some(known) = self.members.get(&key) {
            return *known;
        }
        let member = Symbol::Local {
            unit: class.unit,
            scope: class.scope,
            name: access.name.clone(),
        };
        let kind = match self
            .names
            .definition_of(&member, None)
            .map(|at| &self.names.occurrence(at).role)
        {
            Some(Role::Bind(Binding::Function)) => TokenType::Method,
            _ => TokenType::Property,
        };
        self.members.insert(key, kind);
        kind
    }
}

fn binding_type(binding: &Binding, in_class: bool) -> TokenType {
    match binding {
        Binding::Function if in_class => TokenType::Method,
        Binding::Function => TokenType::Function,
        Binding::Class => TokenType::Class,
        Binding::Parameter => TokenType::Parameter,
        Binding::Import(_) => TokenType::Namespace,
        Binding::Variable | Binding::AugAssign => TokenType::Variable,
    }
}

/// Relative encoding of tokens, tracking the UTF-16 position through every token's text.
#[derive(Default)]
struct Encoder {
    data: Vec<SemanticToken>,
    line: u32,
    column: u32,
    last_line: u32,
    last_column: u32,
}

impl Encoder {
    fn token(&mut self, text: &str, classified: Option<(TokenType, u32)>) {
        let mut pending_start: Option<u32> = None;
        let mut length = 0u32;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let line_break = c == '\n' || c == '\r';
            if line_break {
                if let (Some(start), Some(kind)) = (pending_start.take(), classified) {
                    self.emit(start, length, kind);
                }
                length = 0;
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                self.line += 1;
                self.column = 0;
                continue;
            }
            if pending_start.is_none() {
                pending_start = Some(self.column);
            }
            let width = c.len_utf16() as u32;
            length += width;
            self.column += width;
        }
        if let (Some(start), Some(kind)) = (pending_start, classified) {
            self.emit(start, length, kind);
        }
    }

    fn emit(&mut self, start: u32, length: u32, (kind, modifiers): (TokenType, u32)) {
        if length == 0 {
            return;
        }
        let delta_line = self.line - self.last_line;
        let delta_start = if delta_line == 0 {
            start - self.last_column
        } else {
            start
        };
        self.data.push(SemanticToken {
            delta_line,
            delta_start,
            length,
            token_type: kind as u32,
            token_modifiers_bitset: modifiers,
        });
        self.last_line = self.line;
        self.last_column = start;
    }
}
