//! [`SyntaxKind`]: the kinds of tokens and nodes (generated from `tauraro.ungram`).

mod generated;

pub use self::generated::SyntaxKind;

impl SyntaxKind {
    /// A name for messages: `'if'` for keywords and punctuation, a description otherwise.
    pub fn describe(self) -> String {
        match self.text() {
            Some(t) => format!("'{t}'"),
            None => format!("{self:?}").to_lowercase().replace('_', " "),
        }
    }
}

impl From<SyntaxKind> for rowan::SyntaxKind {
    fn from(kind: SyntaxKind) -> rowan::SyntaxKind {
        rowan::SyntaxKind(kind as u16)
    }
}

/// The rowan language tag of Tauraro trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TauraroLanguage {}

impl rowan::Language for TauraroLanguage {
    type Kind = SyntaxKind;
    fn kind_from_raw(raw: rowan::SyntaxKind) -> SyntaxKind {
        SyntaxKind::from_u16(raw.0)
    }
    fn kind_to_raw(kind: SyntaxKind) -> rowan::SyntaxKind {
        kind.into()
    }
}
