//! The `str.is*()` predicates with CPython 3.11's definitions. All of them
//! are false for the empty string except `isascii` and `isprintable`.

use crate::text::unicode_props::{
    char_is_alpha, char_is_decimal, char_is_digit, char_is_lowercase, char_is_numeric,
    char_is_printable, char_is_space, char_is_titlecase, char_is_uppercase, char_is_xid_continue,
    char_is_xid_start,
};

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdecimal()`: Unicode decimal digits (category Nd).
pub fn is_decimal(s: &str) -> bool {
    all_nonempty(s, char_is_decimal)
}

/// `s.isdigit()`: decimal digits plus other digits such as `²`.
pub fn is_digit(s: &str) -> bool {
    all_nonempty(s, char_is_digit)
}

/// `s.isnumeric()`: any character with a numeric value (`½`, `Ⅷ`, `五`).
pub fn is_numeric(s: &str) -> bool {
    all_nonempty(s, char_is_numeric)
}

/// `s.isalpha()`: letters (categories Lu Ll Lt Lm Lo).
pub fn is_alpha(s: &str) -> bool {
    all_nonempty(s, char_is_alpha)
}

/// `s.isalnum()`: every character is alphabetic, decimal, digit or numeric.
pub fn is_alnum(s: &str) -> bool {
    all_nonempty(s, |c| char_is_alpha(c) || char_is_numeric(c))
}

/// `s.isspace()`.
pub fn is_space(s: &str) -> bool {
    all_nonempty(s, char_is_space)
}

/// `s.isascii()` (true for the empty string).
pub fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn is_printable(s: &str) -> bool {
    s.chars().all(char_is_printable)
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue (keywords are
/// identifiers too; the VM checks `keyword.iskeyword` separately).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if char_is_xid_start(first) => chars.all(char_is_xid_continue),
        _ => false,
    }
}

/// `s.isupper()`: at least one cased character and no lowercase or
/// titlecase ones.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_is_lowercase(c) || char_is_titlecase(c) {
            return false;
        }
        cased |= char_is_uppercase(c);
    }
    cased
}

/// `s.islower()`: at least one cased character and no uppercase or
/// titlecase ones.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_is_uppercase(c) || char_is_titlecase(c) {
            return false;
        }
        cased |= char_is_lowercase(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase only after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if char_is_uppercase(c) || char_is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if char_is_lowercase(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_cpython() {
        assert!(is_digit("²3") && !is_decimal("²3") && is_numeric("½五"));
        assert!(is_alnum("a½") && !is_alnum("a b"));
        assert!(is_title("Hello World") && is_title("ǅungla") && !is_title("HEllo"));
        assert!(is_upper("ABC1") && !is_upper("1") && !is_upper("ǅ"));
        assert!(is_lower("abc1") && !is_lower(""));
        assert!(is_identifier("_x1") && is_identifier("ℵ") && !is_identifier("1x"));
        assert!(is_printable("") && !is_printable("\u{a0}") && is_space("\x1c \u{85}"));
        assert!(!is_space("") && is_ascii(""));
    }
}
