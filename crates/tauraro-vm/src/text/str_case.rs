//! Case conversions with CPython 3.11's full (multi-character) Unicode
//! mappings: `upper`, `lower` (with the Final_Sigma rule), `casefold`,
//! `capitalize` (title case for the first character since 3.8), `title`
//! (word boundaries are cased/uncased transitions) and `swapcase`.

use crate::text::unicode_props::{
    CaseMapping, char_is_case_ignorable, char_is_cased, char_is_lowercase, char_is_uppercase,
    push_case_mapped,
};

/// CPython's `handle_capital_sigma`: `Σ` lowercases to final `ς` when it
/// follows a cased letter (skipping case-ignorable characters) and is not
/// followed by one.
fn lower_sigma(chars: &[char], i: usize) -> char {
    let before_is_cased = chars[..i]
        .iter()
        .rev()
        .find(|&&c| !char_is_case_ignorable(c))
        .is_some_and(|&c| char_is_cased(c));
    let after_is_cased = chars[i + 1..]
        .iter()
        .find(|&&c| !char_is_case_ignorable(c))
        .is_some_and(|&c| char_is_cased(c));
    if before_is_cased && !after_is_cased {
        'ς'
    } else {
        'σ'
    }
}

/// Lowercases `chars[i]` onto `out`, applying the sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == 'Σ' {
        out.push(lower_sigma(chars, i));
    } else {
        push_case_mapped(out, chars[i], CaseMapping::Lower);
    }
}

fn map_each(s: &str, mapping: CaseMapping) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_case_mapped(&mut out, c, mapping);
    }
    out
}

/// `s.upper()`.
///
/// ```
/// assert_eq!(tauraro_vm::text::upper("straße ﬁ"), "STRASSE FI");
/// ```
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_each(s, CaseMapping::Upper)
}

/// `s.lower()`.
///
/// ```
/// assert_eq!(tauraro_vm::text::lower("ΟΔΟΣ Σ"), "οδος σ");
/// ```
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()` (no Final_Sigma rule: `ς` folds to `σ`).
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_each(s, CaseMapping::Fold)
}

/// `s.capitalize()`: title case for the first character, lower case for
/// the rest.
///
/// ```
/// assert_eq!(tauraro_vm::text::capitalize("ǆemal"), "ǅemal");
/// ```
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_case_mapped(&mut out, chars[0], CaseMapping::Title);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: a character following a cased character is lowercased,
/// any other is titlecased (so `"they're"` becomes `"They'Re"`).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_case_mapped(&mut out, c, CaseMapping::Title);
        }
        previous_is_cased = char_is_cased(c);
    }
    out
}

/// `s.swapcase()`: uppercase characters are lowercased, lowercase ones
/// uppercased, using the Uppercase/Lowercase properties.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if char_is_uppercase(c) {
            push_lower(&mut out, &chars, i);
        } else if char_is_lowercase(c) {
            push_case_mapped(&mut out, c, CaseMapping::Upper);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
        assert_eq!(title("ǆungla ǉ"), "ǅungla ǈ");
        assert_eq!(lower("AΣ"), "aς");
        assert_eq!(lower("AΣB"), "aσb");
        assert_eq!(lower("A.Σ."), "a.ς.");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(swapcase("ßAσΣ"), "SSaΣς");
        assert_eq!(capitalize("hELLO wORLD"), "Hello world");
        assert_eq!(casefold("ΣςMASSE"), "σσmasse");
        assert_eq!(upper("ŉ"), "ʼN");
    }
}
