//! Tauraro's Hausa keyword aliases: the single source of truth.
//!
//! `docs/hausa-keywords.md` is generated from [`KEYWORDS`] by `cargo xtask codegen` (which reads
//! this file; keep one `("english", "hausa"),` pair per line). In the Tauraro dialect (`.tr`
//! files) each Hausa word lexes as exactly its English keyword's [`SyntaxKind`]; the token keeps
//! the Hausa text.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::SyntaxKind;

/// `(english, hausa)` pairs. `kokuma idan` is two words but one keyword.
pub const KEYWORDS: &[(&str, &str)] = &[
    ("def", "aiki"),
    ("class", "iri"),
    ("if", "idan"),
    ("elif", "kokuma idan"),
    ("else", "akasi"),
    ("for", "duk"),
    ("while", "yayinda"),
    ("return", "maido"),
    ("break", "tsaya"),
    ("continue", "cigaba"),
    ("import", "shigoda"),
    ("from", "daga"),
    ("as", "dasunan"),
    ("try", "gwada"),
    ("except", "kama"),
    ("finally", "karshe"),
    ("raise", "jefa"),
    ("with", "tare"),
    ("yield", "bayar"),
    ("lambda", "dan_aiki"),
    ("match", "daidaita"),
    ("case", "yanayi"),
    ("in", "cikin"),
    ("is", "shine"),
    ("pass", "wuce"),
    ("global", "duniya"),
    ("nonlocal", "ba_gida"),
    ("del", "share"),
    ("assert", "tabbatar"),
    ("async", "marasa_jira"),
    ("await", "jira"),
    ("True", "gaskiyane"),
    ("False", "karyane"),
    ("None", "babu"),
    ("and", "dakuma"),
    ("or", "ko"),
    ("not", "ba"),
];

/// The first word of the two-word `elif` alias.
pub(crate) const ELIF_FIRST: &str = "kokuma";
/// The second word of the two-word `elif` alias.
pub(crate) const ELIF_SECOND: &str = "idan";

fn table() -> &'static HashMap<&'static str, SyntaxKind> {
    static TABLE: OnceLock<HashMap<&'static str, SyntaxKind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        KEYWORDS
            .iter()
            .filter(|(_, hausa)| !hausa.contains(' '))
            .map(|&(english, hausa)| {
                let kind = SyntaxKind::from_keyword(english)
                    .or_else(|| SyntaxKind::from_contextual_keyword(english))
                    .expect("every Hausa alias names an English keyword");
                (hausa, kind)
            })
            .collect()
    })
}

/// The hard keyword kind a single Hausa word stands for (soft keywords excluded).
pub fn keyword(word: &str) -> Option<SyntaxKind> {
    table()
        .get(word)
        .copied()
        .filter(|k| !k.is_contextual_keyword())
}

/// The soft keyword kind (`MATCH_KW`, `CASE_KW`) a Hausa word stands for.
pub fn contextual_keyword(word: &str) -> Option<SyntaxKind> {
    table()
        .get(word)
        .copied()
        .filter(|k| k.is_contextual_keyword())
}

/// The English keyword for a Hausa alias (`"idan"` → `"if"`).
pub fn english(hausa: &str) -> Option<&'static str> {
    KEYWORDS.iter().find(|(_, h)| *h == hausa).map(|(e, _)| *e)
}
