//! A set of token kinds, for FIRST sets and error recovery.

use crate::SyntaxKind;

/// A bitset of token kinds (tokens are the first `SyntaxKind::TOKEN_COUNT` kinds, < 128).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokenSet(u128);

impl TokenSet {
    pub(crate) const fn new(kinds: &[SyntaxKind]) -> TokenSet {
        let mut res = 0u128;
        let mut i = 0;
        while i < kinds.len() {
            res |= mask(kinds[i]);
            i += 1;
        }
        TokenSet(res)
    }

    pub(crate) const fn union(self, other: TokenSet) -> TokenSet {
        TokenSet(self.0 | other.0)
    }

    pub(crate) const fn contains(&self, kind: SyntaxKind) -> bool {
        self.0 & mask(kind) != 0
    }
}

const fn mask(kind: SyntaxKind) -> u128 {
    let raw = kind as u16;
    if raw >= 128 { 0 } else { 1u128 << raw }
}

const _: () = assert!(
    SyntaxKind::TOKEN_COUNT <= 128,
    "TokenSet holds at most 128 token kinds"
);

#[test]
fn token_set_works() {
    use crate::SyntaxKind::*;
    let s = TokenSet::new(&[EOF, IDENT]);
    assert!(s.contains(EOF));
    assert!(s.contains(IDENT));
    assert!(!s.contains(PLUS));
    assert!(!s.contains(MODULE));
    assert!(s.union(TokenSet::new(&[PLUS])).contains(PLUS));
}
