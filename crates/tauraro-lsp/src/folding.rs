//! `textDocument/foldingRange`: indented blocks (from the header line to the block's last
//! line), bracketed expressions spanning lines (up to the line before the closing bracket),
//! multi-line strings, runs of comment lines and runs of import statements.

use lsp_types::{FoldingRange, FoldingRangeKind};
use tauraro_syntax::ast::{self, AstNode};
use tauraro_syntax::{SyntaxKind, SyntaxNode, SyntaxToken, TextSize};

use crate::line_index::LineIndex;

pub fn folding_ranges(root: &SyntaxNode, index: &LineIndex) -> Vec<FoldingRange> {
    let mut out = Vec::new();
    let mut comment_run: Option<(u32, u32)> = None;
    let mut last_comment_line: Option<u32> = None;
    for element in root.descendants_with_tokens() {
        match (element.as_node(), element.as_token()) {
            (Some(node), _) => node_fold(node, index, &mut out),
            (None, Some(token)) => {
                if token.kind() == SyntaxKind::STRING || token.kind() == SyntaxKind::FSTRING_START {
                    string_fold(token, index, &mut out);
                }
                if token.kind() == SyntaxKind::COMMENT {
                    let line = index.line_of(token.text_range().start());
                    // A comment alone on its line continues a run of such lines.
                    let alone = is_first_on_line(token);
                    match comment_run {
                        Some((start, end))
                            if alone && last_comment_line.is_some_and(|l| l + 1 == line) =>
                        {
                            comment_run = Some((start, end.max(line)));
                        }
                        _ => {
                            flush_comments(comment_run.take(), &mut out);
                            if alone {
                                comment_run = Some((line, line));
                            }
                        }
                    }
                    last_comment_line = alone.then_some(line);
                }
            }
            (None, None) => {}
        }
    }
    flush_comments(comment_run, &mut out);
    if let Some(module) = ast::Module::cast(root.clone()) {
        import_folds(&module, index, &mut out);
    }
    out.sort_by_key(|f| (f.start_line, f.end_line));
    out.dedup_by_key(|f| (f.start_line, f.end_line));
    out
}

fn fold(start_line: u32, end_line: u32, kind: Option<FoldingRangeKind>) -> FoldingRange {
    FoldingRange {
        start_line,
        start_character: None,
        end_line,
        end_character: None,
        kind,
        collapsed_text: None,
    }
}

fn flush_comments(run: Option<(u32, u32)>, out: &mut Vec<FoldingRange>) {
    if let Some((start, end)) = run
        && end > start
    {
        out.push(fold(start, end, Some(FoldingRangeKind::Comment)));
    }
}

fn is_first_on_line(token: &SyntaxToken) -> bool {
    let mut previous = token.prev_token();
    while let Some(t) = previous {
        match t.kind() {
            SyntaxKind::WHITESPACE if !t.text().contains(['\n', '\r']) => previous = t.prev_token(),
            SyntaxKind::INDENT | SyntaxKind::DEDENT => previous = t.prev_token(),
            SyntaxKind::NEWLINE => return true,
            SyntaxKind::WHITESPACE => return true,
            _ => return false,
        }
    }
    true
}

/// The end of the last token under `node` that is not layout (newlines, dedents, trivia).
fn last_real_end(node: &SyntaxNode) -> Option<TextSize> {
    let mut token = node.last_token()?;
    loop {
        let layout = token.kind().is_trivia()
            || matches!(
                token.kind(),
                SyntaxKind::NEWLINE | SyntaxKind::INDENT | SyntaxKind::DEDENT
            );
        if !layout && node.text_range().contains_range(token.text_range()) {
            return Some(token.text_range().end());
        }
        token = token.prev_token()?;
        if !node.text_range().contains_range(token.text_range()) {
            return None;
        }
    }
}

fn node_fold(node: &SyntaxNode, index: &LineIndex, out: &mut Vec<FoldingRange>) {
    use SyntaxKind::*;
    match node.kind() {
        BLOCK => {
            // Only indented blocks (`NEWLINE INDENT ...`), not `if x: y` on one line.
            let indented = node.first_token().is_some_and(|t| {
                t.kind() == NEWLINE && node.text_range().contains(t.text_range().start())
            });
            if !indented {
                return;
            }
            let Some(end) = last_real_end(node) else {
                return;
            };
            // The block starts with the NEWLINE ending its header's last line (the colon's
            // line, for headers spanning lines like `def f(\n a,\n):`).
            let start_line = index.line_of(node.text_range().start());
            let end_line = index.line_of(end);
            if end_line > start_line {
                out.push(fold(start_line, end_line, None));
            }
        }
        LIST_EXPR | DICT_EXPR | SET_EXPR | TUPLE_EXPR | PAREN_EXPR | ARG_LIST | PARAM_LIST
        | LIST_COMP_EXPR | SET_COMP_EXPR | DICT_COMP_EXPR | GENERATOR_EXPR => {
            let Some(first) = node.first_token() else {
                return;
            };
            if !matches!(first.kind(), L_PAREN | L_BRACK | L_CURLY) {
                return;
            }
            let start_line = index.line_of(node.text_range().start());
            let close_line = index.line_of(node.text_range().end());
            if close_line > start_line + 1 {
                out.push(fold(start_line, close_line - 1, None));
            }
        }
        _ => {}
    }
}

fn string_fold(token: &SyntaxToken, index: &LineIndex, out: &mut Vec<FoldingRange>) {
    let range = match token.kind() {
        // An f-string spans from its start token to its end token.
        SyntaxKind::FSTRING_START => match token.parent() {
            Some(fstring) => fstring.text_range(),
            None => return,
        },
        _ => token.text_range(),
    };
    let start_line = index.line_of(range.start());
    let end_line = index.line_of(range.end());
    if end_line > start_line {
        out.push(fold(start_line, end_line, None));
    }
}

/// Runs of consecutive `import`/`from` statements at module level.
fn import_folds(module: &ast::Module, index: &LineIndex, out: &mut Vec<FoldingRange>) {
    let mut run: Option<(u32, u32)> = None;
    for stmt in module.stmts() {
        let is_import = matches!(
            stmt,
            ast::Stmt::ImportStmt(_) | ast::Stmt::ImportFromStmt(_)
        );
        let range = stmt.syntax().text_range();
        let (start, end) = (index.line_of(range.start()), index.line_of(range.end()));
        run = match (run, is_import) {
            (Some((run_start, run_end)), true) if start <= run_end + 1 => Some((run_start, end)),
            (previous, true) => {
                flush_imports(previous, out);
                Some((start, end))
            }
            (previous, false) => {
                flush_imports(previous, out);
                None
            }
        };
    }
    flush_imports(run, out);
}

fn flush_imports(run: Option<(u32, u32)>, out: &mut Vec<FoldingRange>) {
    if let Some((start, end)) = run
        && end > start
    {
        out.push(fold(start, end, Some(FoldingRangeKind::Imports)));
    }
}
