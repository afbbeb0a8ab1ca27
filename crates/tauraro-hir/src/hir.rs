//! The HIR: a position-independent, desugared form of one compilation item (the module body
//! or one top-level function), with expressions and statements in arenas addressed by typed
//! indices, and every nested function-like scope (nested `def`s, lambdas, comprehensions,
//! class bodies) recorded as a [`Scope`].
//!
//! Positions are not stored here: only line numbers relative to the start of the item, so the
//! HIR of a function compares equal when text outside it (or whitespace inside a line) changes.
//! Text ranges for diagnostics live in a separate [`crate::SourceMap`].

use index_vec::IndexVec;

index_vec::define_index_type! {
    /// An expression of a [`Body`].
    pub struct ExprId = u32;
}

index_vec::define_index_type! {
    /// A statement of a [`Body`].
    pub struct StmtId = u32;
}

index_vec::define_index_type! {
    /// A function-like scope of a [`Body`]; scope 0 is the item itself.
    pub struct ScopeId = u32;
}

/// An identifier.
pub type Name = Box<str>;

/// A constant value, folded where Python semantics allow.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// Decimal digits (with a leading `-` when negative) of an int beyond 64 bits.
    BigInt(Box<str>),
    Float(f64),
    Imaginary(f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Tuple(Box<[Constant]>),
}

impl Eq for Constant {}

impl std::hash::Hash for Constant {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Constant::Int(v) => v.hash(state),
            Constant::BigInt(v) => v.hash(state),
            Constant::Float(v) | Constant::Imaginary(v) => v.to_bits().hash(state),
            Constant::Str(v) => v.hash(state),
            Constant::Bytes(v) => v.hash(state),
            Constant::Tuple(v) => v.hash(state),
            Constant::None | Constant::True | Constant::False | Constant::Ellipsis => {}
        }
    }
}

impl Constant {
    /// Python truth of the constant.
    pub fn is_truthy(&self) -> bool {
        match self {
            Constant::None | Constant::False => false,
            Constant::True | Constant::Ellipsis => true,
            Constant::Int(v) => *v != 0,
            Constant::BigInt(_) => true,
            Constant::Float(v) => *v != 0.0,
            Constant::Imaginary(v) => *v != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) => !t.is_empty(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// A part of an f-string.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FStringPart {
    Literal(Box<str>),
    /// `{value!conversion:spec}`; conversion is 0 (none), 1 `s`, 2 `r`, 3 `a`.
    Field {
        value: ExprId,
        conversion: u8,
        spec: Option<Vec<FStringPart>>,
    },
}

/// A keyword argument (`name=value`), or `**value` when `name` is `None`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Keyword {
    pub name: Option<Name>,
    pub value: ExprId,
}

/// One `for ... in ... if ...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comprehension {
    pub target: ExprId,
    /// The iterable; for the first clause it is evaluated in the enclosing scope.
    pub iter: ExprId,
    pub ifs: Vec<ExprId>,
    pub is_async: bool,
}

/// What a comprehension builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Expr {
    /// Placeholder for an expression the parser could not build (only in trees with errors).
    Missing,
    Name(Name),
    Constant(Constant),
    BoolOp {
        op: BoolOp,
        values: Vec<ExprId>,
    },
    /// `target := value`; the target is a name.
    NamedExpr {
        target: Name,
        value: ExprId,
    },
    Binary {
        op: BinaryOp,
        left: ExprId,
        right: ExprId,
    },
    Unary {
        op: UnaryOp,
        operand: ExprId,
    },
    Lambda {
        scope: ScopeId,
        defaults: Vec<ExprId>,
        kw_defaults: Vec<(Name, ExprId)>,
    },
    IfExp {
        test: ExprId,
        body: ExprId,
        orelse: ExprId,
    },
    /// `{k: v, **m}`: `None` keys are `**` unpackings.
    Dict(Vec<(Option<ExprId>, ExprId)>),
    Set(Vec<ExprId>),
    List(Vec<ExprId>),
    Tuple(Vec<ExprId>),
    /// A comprehension or generator expression; its clauses and element live in the scope.
    Comprehension {
        kind: ComprehensionKind,
        scope: ScopeId,
    },
    Await(ExprId),
    Yield(Option<ExprId>),
    YieldFrom(ExprId),
    Compare {
        left: ExprId,
        ops: Vec<(CompareOp, ExprId)>,
    },
    Call {
        func: ExprId,
        args: Vec<ExprId>,
        keywords: Vec<Keyword>,
    },
    FString(Vec<FStringPart>),
    Attribute {
        value: ExprId,
        attr: Name,
    },
    Subscript {
        value: ExprId,
        slice: ExprId,
    },
    Starred(ExprId),
    Slice {
        lower: Option<ExprId>,
        upper: Option<ExprId>,
        step: Option<ExprId>,
    },
}

/// An exception handler of a `try` statement.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExceptHandler {
    pub type_: Option<ExprId>,
    pub name: Option<Name>,
    pub body: Vec<StmtId>,
    pub line: u32,
}

/// One `with` item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct WithItem {
    pub context: ExprId,
    pub target: Option<ExprId>,
}

/// An imported name: `a.b.c as d`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Alias {
    pub name: Name,
    pub asname: Option<Name>,
}

/// A `match` pattern.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Pattern {
    Value(ExprId),
    Singleton(Constant),
    Sequence(Vec<Pattern>),
    Mapping {
        keys: Vec<ExprId>,
        patterns: Vec<Pattern>,
        rest: Option<Name>,
    },
    Class {
        cls: ExprId,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Name>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (None for `*_`).
    Star(Option<Name>),
    /// `pattern as name`, a capture (no pattern) or the wildcard (neither).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Name>,
    },
    Or(Vec<Pattern>),
}

/// One `case` of a `match`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<ExprId>,
    pub body: Vec<StmtId>,
    /// Line of the pattern relative to the item's first line (the matching code's line).
    pub line: u32,
}

/// A function definition: the function is either compiled as part of this body (a nested
/// scope) or as its own item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FunctionRef {
    Nested(ScopeId),
    /// The index of the item in the module's item list.
    Item(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Stmt {
    Expr(ExprId),
    Assign {
        targets: Vec<ExprId>,
        value: ExprId,
    },
    AugAssign {
        target: ExprId,
        op: BinaryOp,
        value: ExprId,
    },
    AnnAssign {
        target: ExprId,
        annotation: ExprId,
        value: Option<ExprId>,
        /// A plain name target (not parenthesised): annotations are recorded.
        simple: bool,
    },
    Return(Option<ExprId>),
    Delete(Vec<ExprId>),
    Pass,
    Break,
    Continue,
    If {
        test: ExprId,
        body: Vec<StmtId>,
        orelse: Vec<StmtId>,
    },
    While {
        test: ExprId,
        body: Vec<StmtId>,
        orelse: Vec<StmtId>,
    },
    For {
        target: ExprId,
        iter: ExprId,
        body: Vec<StmtId>,
        orelse: Vec<StmtId>,
        is_async: bool,
    },
    FunctionDef {
        name: Name,
        function: FunctionRef,
        decorators: Vec<ExprId>,
        defaults: Vec<ExprId>,
        kw_defaults: Vec<(Name, ExprId)>,
        /// Parameter and `return` annotations, in CPython's evaluation order (the function's
        /// `__annotations__`); string constants under `from __future__ import annotations`.
        annotations: Vec<(Name, ExprId)>,
        is_async: bool,
    },
    ClassDef {
        /// The name the class is bound to (mangled inside a class); the class's own
        /// `__name__` is its scope's name.
        name: Name,
        scope: ScopeId,
        bases: Vec<ExprId>,
        keywords: Vec<Keyword>,
        decorators: Vec<ExprId>,
    },
    Global(Vec<Name>),
    Nonlocal(Vec<Name>),
    Assert {
        test: ExprId,
        msg: Option<ExprId>,
    },
    Raise {
        exc: Option<ExprId>,
        cause: Option<ExprId>,
    },
    Try {
        body: Vec<StmtId>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<StmtId>,
        finalbody: Vec<StmtId>,
        is_star: bool,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<StmtId>,
        is_async: bool,
    },
    Match {
        subject: ExprId,
        cases: Vec<MatchCase>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<Name>,
        names: Vec<Alias>,
        level: u32,
    },
}

/// The kind of a function-like scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension(ComprehensionKind),
}

/// Parameters of a function or lambda, in CPython's `arguments` split.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Params {
    pub posonly: Vec<Name>,
    pub args: Vec<Name>,
    pub vararg: Option<Name>,
    pub kwonly: Vec<Name>,
    pub kwarg: Option<Name>,
}

impl Params {
    /// Parameter names in register order: positional, keyword-only, `*args`, `**kwargs`.
    pub fn register_order(&self) -> Vec<&Name> {
        self.posonly
            .iter()
            .chain(self.args.iter())
            .chain(self.kwonly.iter())
            .chain(self.vararg.iter())
            .chain(self.kwarg.iter())
            .collect()
    }
}

/// What a scope runs.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ScopeBody {
    /// Statements (module, function, class).
    Stmts(Vec<StmtId>),
    /// A lambda's expression.
    Expr(ExprId),
    /// A comprehension: its clauses and the element (the key and value of a dict comprehension).
    Comprehension {
        generators: Vec<Comprehension>,
        element: ExprId,
        value: Option<ExprId>,
    },
}

/// A function-like scope.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: Name,
    pub qualname: Name,
    pub parent: Option<ScopeId>,
    pub params: Params,
    pub body: ScopeBody,
    /// Contains `yield` (a generator function).
    pub is_generator: bool,
    pub is_async: bool,
    /// The docstring, if the body starts with a string literal.
    pub docstring: Option<Box<str>>,
    /// Line of the `def`/`lambda`/`class` relative to the item's first line.
    pub line: u32,
}

/// The HIR of one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Body {
    pub exprs: IndexVec<ExprId, Expr>,
    pub stmts: IndexVec<StmtId, Stmt>,
    pub scopes: IndexVec<ScopeId, Scope>,
    /// Line of each expression, relative to the item's first line.
    pub expr_lines: IndexVec<ExprId, u32>,
    /// Line of each statement, relative to the item's first line.
    pub stmt_lines: IndexVec<StmtId, u32>,
}

impl Body {
    /// The item's own scope.
    pub fn root(&self) -> ScopeId {
        ScopeId::from_raw(0)
    }
}
