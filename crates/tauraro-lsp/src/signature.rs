//! How functions, classes and parameters read in hovers and symbol details: the header as
//! written (whitespace runs collapsed, so multi-line parameter lists read on one line) and the
//! first line of the docstring.

use tauraro_syntax::SyntaxNode;
use tauraro_syntax::ast::{self, AstNode, StringPart, StringValue};

/// Source text with every run of whitespace (line breaks included) as one space.
fn collapsed(node: &SyntaxNode) -> String {
    let text = node.text().to_string();
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            in_space = true;
            continue;
        }
        if in_space
            && !out.is_empty()
            && !matches!(c, ')' | ',' | ']')
            && !out.ends_with(['(', '['])
        {
            out.push(' ');
        }
        in_space = false;
        out.push(c);
    }
    out
}

/// `(a, b=1, *args, c: int = 2, **kw)`.
pub fn parameters(params: Option<ast::ParamList>) -> String {
    let rendered: Vec<String> = params
        .map(|list| list.params().map(|p| collapsed(p.syntax())).collect())
        .unwrap_or_default();
    format!("({})", rendered.join(", "))
}

/// `def name(params) -> returns` (with `async` when it is).
pub fn function(def: &ast::FunctionDef) -> String {
    let name = def.name().map(|n| n.text()).unwrap_or_default();
    let prefix = if def.is_async() { "async def" } else { "def" };
    let returns = def
        .returns()
        .map(|r| format!(" -> {}", collapsed(r.syntax())))
        .unwrap_or_default();
    format!("{prefix} {name}{}{returns}", parameters(def.param_list()))
}

/// `class Name(bases)`.
pub fn class(class: &ast::ClassDef) -> String {
    let name = class.name().map(|n| n.text()).unwrap_or_default();
    let bases = class
        .arg_list()
        .map(|args| collapsed(args.syntax()))
        .unwrap_or_default();
    format!("class {name}{bases}")
}

/// `name: annotation = default`, as written.
pub fn parameter(param: &ast::Param) -> String {
    collapsed(param.syntax())
}

/// The first non-blank line of the docstring of a body, if it starts with a string.
pub fn docstring_first_line(body: Option<ast::Block>) -> Option<String> {
    docstring_of_first(body?.stmts().next())
}

/// The first non-blank line of a docstring, given the first statement of a body or module.
pub fn docstring_of_first(first: Option<ast::Stmt>) -> Option<String> {
    let ast::Stmt::ExprStmt(stmt) = first? else {
        return None;
    };
    let Some(ast::Expr::StringExpr(string)) = stmt.expr() else {
        return None;
    };
    let mut text = String::new();
    for part in string.parts() {
        match part {
            StringPart::Literal(literal) => match literal.value() {
                Ok(StringValue::Str(value)) => text.push_str(&value),
                _ => return None,
            },
            // An f-string is not a docstring.
            StringPart::FString(_) => return None,
        }
    }
    text.lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .map(str::to_owned)
}
