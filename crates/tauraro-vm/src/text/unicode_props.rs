//! Character properties and case mappings with CPython 3.11's definitions.
//!
//! Rust's `char` methods follow the Unicode version of the Rust toolchain and
//! Rust's own definitions (`is_alphabetic` is the Alphabetic property, not
//! Python's "category L*"), so everything Python-visible goes through the
//! generated tables instead.

use crate::text::unicode_tables as t;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    match table.binary_search_by(|&(start, _)| start.cmp(&cp)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => cp <= table[i - 1].1,
    }
}

/// `str.isalpha` for one character (general category Lu, Ll, Lt, Lm, Lo).
pub fn char_is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::ALPHA, c)
}

/// `str.isdecimal` for one character.
pub fn char_is_decimal(c: char) -> bool {
    char_decimal_value(c).is_some()
}

/// The decimal digit value Python's `int()` and `float()` give `c`
/// (`Py_UNICODE_TODECIMAL`), or `None` if it is not a decimal digit.
pub fn char_decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let i = match t::DECIMAL.binary_search_by(|&(start, _, _)| start.cmp(&cp)) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let (start, end, first) = t::DECIMAL[i];
    (cp <= end).then(|| first + (cp - start))
}

/// `str.isdigit` for one character.
pub fn char_is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::DIGIT, c)
}

/// `str.isnumeric` for one character.
pub fn char_is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(t::NUMERIC, c)
}

/// `str.isprintable` for one character: everything except categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, with the ASCII space allowed.
pub fn char_is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(t::PRINTABLE, c)
}

/// `str.isspace` for one character; also the separator set of
/// `str.split()` and `str.strip()` without arguments. Includes
/// `\x1c`..`\x1f`, `\x85` and the Unicode spaces.
pub fn char_is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        _ if c.is_ascii() => false,
        _ => in_ranges(t::SPACE, c),
    }
}

/// A line boundary for `str.splitlines`: `\n \r \v \f \x1c \x1d \x1e \x85
/// \u2028 \u2029`.
pub fn char_is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The Lowercase property (`Py_UNICODE_ISLOWER`).
pub fn char_is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(t::LOWERCASE, c)
}

/// The Uppercase property (`Py_UNICODE_ISUPPER`).
pub fn char_is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(t::UPPERCASE, c)
}

/// General category Lt (`Py_UNICODE_ISTITLE`).
pub fn char_is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_ranges(t::TITLECASE, c)
}

/// The Cased property, which drives `str.title()` word boundaries.
pub fn char_is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(t::CASED, c)
}

/// The Case_Ignorable property used by the Final_Sigma rule of `lower()`.
pub fn char_is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c)
}

/// A character that may start an identifier (XID_Start or `_`).
pub fn char_is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(t::XID_START, c)
}

/// A character that may continue an identifier (XID_Continue).
pub fn char_is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(t::XID_CONTINUE, c)
}

/// Which full case mapping to apply.
#[derive(Clone, Copy)]
pub(crate) enum CaseMapping {
    Upper,
    Lower,
    Title,
    Fold,
}

/// Appends the full case mapping of `c` (one to three characters).
pub(crate) fn push_case_mapped(out: &mut String, c: char, mapping: CaseMapping) {
    if c.is_ascii() {
        out.push(match mapping {
            CaseMapping::Upper | CaseMapping::Title => c.to_ascii_uppercase(),
            CaseMapping::Lower | CaseMapping::Fold => c.to_ascii_lowercase(),
        });
        return;
    }
    let (runs, multi) = match mapping {
        CaseMapping::Upper => (t::UPPER_RUNS, t::UPPER_MULTI),
        CaseMapping::Lower => (t::LOWER_RUNS, t::LOWER_MULTI),
        CaseMapping::Title => (t::TITLE_RUNS, t::TITLE_MULTI),
        CaseMapping::Fold => (t::FOLD_RUNS, t::FOLD_MULTI),
    };
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by(|&(key, _)| key.cmp(&cp)) {
        out.push_str(multi[i].1);
        return;
    }
    let i = match runs.binary_search_by(|&(start, ..)| start.cmp(&cp)) {
        Ok(i) => Some(i),
        Err(0) => None,
        Err(i) => Some(i - 1),
    };
    if let Some(i) = i {
        let (start, end, stride, delta) = runs[i];
        if cp <= end && (cp - start).is_multiple_of(stride) {
            let mapped = cp.wrapping_add_signed(delta);
            // The tables only hold valid targets; fall back to the
            // identity rather than panic if that invariant ever broke.
            out.push(char::from_u32(mapped).unwrap_or(c));
            return;
        }
    }
    out.push(c);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(c: char, m: CaseMapping) -> String {
        let mut s = String::new();
        push_case_mapped(&mut s, c, m);
        s
    }

    #[test]
    fn case_mappings_from_cpython() {
        // Expected values from CPython 3.11: 'ß'.upper(), 'ǅ'.lower(), ...
        assert_eq!(mapped('ß', CaseMapping::Upper), "SS");
        assert_eq!(mapped('ß', CaseMapping::Title), "Ss");
        assert_eq!(mapped('ß', CaseMapping::Fold), "ss");
        assert_eq!(mapped('ǅ', CaseMapping::Lower), "ǆ");
        assert_eq!(mapped('ǅ', CaseMapping::Upper), "Ǆ");
        assert_eq!(mapped('ǆ', CaseMapping::Title), "ǅ");
        assert_eq!(mapped('İ', CaseMapping::Lower), "i\u{307}");
        assert_eq!(mapped('ﬃ', CaseMapping::Upper), "FFI");
        assert_eq!(mapped('ā', CaseMapping::Upper), "Ā");
        assert_eq!(mapped('Ā', CaseMapping::Lower), "ā");
        assert_eq!(mapped('ω', CaseMapping::Upper), "Ω");
        assert_eq!(mapped('𐐨', CaseMapping::Upper), "𐐀");
        assert_eq!(mapped('Σ', CaseMapping::Lower), "σ");
        assert_eq!(mapped('ς', CaseMapping::Fold), "σ");
        assert_eq!(mapped('中', CaseMapping::Upper), "中");
    }

    #[test]
    fn properties_from_cpython() {
        assert!(char_is_space('\u{1c}') && char_is_space('\u{85}') && char_is_space('\u{3000}'));
        assert!(!char_is_space('\u{200b}'));
        assert_eq!(char_decimal_value('٣'), Some(3));
        assert_eq!(char_decimal_value('𝟗'), Some(9));
        assert_eq!(char_decimal_value('²'), None);
        assert!(char_is_digit('²') && !char_is_decimal('²'));
        assert!(char_is_numeric('½') && !char_is_digit('½'));
        assert!(char_is_alpha('ª') && !char_is_alpha('Ⅷ'));
        assert!(char_is_printable('é') && !char_is_printable('\u{a0}'));
        assert!(!char_is_printable('\u{ad}') && !char_is_printable('\u{e000}'));
        assert!(char_is_titlecase('ǅ') && !char_is_titlecase('A'));
        assert!(char_is_cased('\u{345}') && char_is_case_ignorable('\u{345}'));
        assert!(char_is_case_ignorable('\'') && char_is_case_ignorable('.'));
        assert!(!char_is_case_ignorable('a'));
        assert!(char_is_xid_start('ℵ') && !char_is_xid_start('٣') && char_is_xid_continue('٣'));
    }
}
