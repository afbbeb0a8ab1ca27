//! Lowering `match` patterns.

use tauraro_syntax::SyntaxNode;
use tauraro_syntax::ast::{self, AstNode};

use super::Lowerer;
use crate::hir::{Constant, Pattern};

impl Lowerer {
    pub(crate) fn pattern_opt(
        &mut self,
        pattern: Option<ast::Pattern>,
        parent: &SyntaxNode,
    ) -> Pattern {
        match pattern {
            Some(pattern) => self.pattern(&pattern),
            None => {
                self.error(parent, "invalid syntax");
                Pattern::As {
                    pattern: None,
                    name: None,
                }
            }
        }
    }

    fn pattern(&mut self, pattern: &ast::Pattern) -> Pattern {
        match pattern {
            ast::Pattern::MatchValuePat(value) => {
                let expr = self.expr_opt(value.expr(), value.syntax());
                Pattern::Value(expr)
            }
            ast::Pattern::MatchSingletonPat(singleton) => {
                let text = singleton.syntax().text().to_string();
                Pattern::Singleton(match text.trim() {
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ => Constant::None,
                })
            }
            ast::Pattern::MatchSequencePat(sequence) => {
                let patterns = sequence.patterns().map(|p| self.pattern(&p)).collect();
                Pattern::Sequence(patterns)
            }
            ast::Pattern::MatchMappingPat(mapping) => {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                for item in mapping.items() {
                    keys.push(self.expr_opt(item.key(), item.syntax()));
                    patterns.push(self.pattern_opt(item.pattern(), item.syntax()));
                }
                Pattern::Mapping {
                    keys,
                    patterns,
                    rest: mapping.rest().map(|n| n.text().into()),
                }
            }
            ast::Pattern::MatchClassPat(class) => {
                let cls = self.expr_opt(class.cls(), class.syntax());
                let patterns = class.patterns().map(|p| self.pattern(&p)).collect();
                let mut kwd_attrs = Vec::new();
                let mut kwd_patterns = Vec::new();
                for keyword in class.match_keyword_pats() {
                    kwd_attrs.push(keyword.name().map(|n| n.text()).unwrap_or_default().into());
                    kwd_patterns.push(self.pattern_opt(keyword.pattern(), keyword.syntax()));
                }
                Pattern::Class {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            ast::Pattern::MatchStarPat(star) => {
                Pattern::Star(star.capture().map(|n| n.text().into()))
            }
            ast::Pattern::MatchAsPat(as_pattern) => Pattern::As {
                pattern: as_pattern.pattern().map(|p| Box::new(self.pattern(&p))),
                name: as_pattern.capture().map(|n| n.text().into()),
            },
            ast::Pattern::MatchOrPat(or) => {
                Pattern::Or(or.patterns().map(|p| self.pattern(&p)).collect())
            }
            ast::Pattern::MatchGroupPat(group) => match group.pattern() {
                Some(inner) => self.pattern(&inner),
                None => Pattern::Sequence(Vec::new()),
            },
        }
    }
}
