//! `format(str, spec)`: `format_string_internal` in CPython 3.11.

use crate::text::error::{PyErr, PyResult, try_reserve};
use crate::text::format_spec::{
    Align, FormatSpec, Grouping, SignOption, unknown_format_code_error,
};
use crate::text::text_index::{char_len, take_chars};

/// Python's `format(value, spec)` for a `str`: only type `s` (or none);
/// precision truncates to that many code points, width and fill count code
/// points, the default alignment is left.
///
/// ```
/// let spec = tauraro_vm::text::parse_format_spec("*^7.2", "str").unwrap();
/// assert_eq!(tauraro_vm::text::format_str("héllo", &spec).unwrap(), "**hé***");
/// ```
pub fn format_str(value: &str, spec: &FormatSpec<'_>) -> PyResult<String> {
    let mut out = String::new();
    format_str_into(value, spec, &mut out)?;
    Ok(out)
}

/// [`format_str`] appended to `out` (which keeps what it held before).
pub fn format_str_into(value: &str, spec: &FormatSpec<'_>, out: &mut String) -> PyResult<()> {
    // CPython parses a str spec with default type 's', so a separator
    // without an explicit type is rejected as if 's' had been written.
    if spec.presentation.is_none()
        && let Some(grouping) = spec.grouping
    {
        let sep = if grouping == Grouping::Comma {
            ','
        } else {
            '_'
        };
        return Err(PyErr::value_error(format!(
            "Cannot specify '{sep}' with 's'."
        )));
    }
    match spec.presentation {
        None | Some('s') => {}
        Some(other) => return Err(unknown_format_code_error(other, spec.type_name)),
    }
    match spec.sign {
        Some(SignOption::Space) => {
            return Err(PyErr::value_error(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(PyErr::value_error(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_negative_zero {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text = match spec.precision {
        Some(p) => take_chars(value, p),
        None => value,
    };
    let len = char_len(text);
    let width = spec.width.unwrap_or(0);
    if width <= len {
        out.push_str(text);
        return Ok(());
    }
    let padding = width - len;
    let (left, right) = match spec.align.unwrap_or(Align::Left) {
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
        Align::Left | Align::AfterSign => (0, padding),
    };
    let fill = spec.effective_fill();
    try_reserve(
        out,
        text.len()
            .saturating_add(padding.saturating_mul(fill.len_utf8())),
    )?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::format_spec::parse_format_spec;

    fn fs(v: &str, spec: &str) -> String {
        let spec = parse_format_spec(spec, "str").unwrap();
        format_str(v, &spec).unwrap_or_else(|e| format!("!{e}"))
    }

    #[test]
    fn strings_from_cpython() {
        assert_eq!(fs("ab", "05"), "ab000");
        assert_eq!(fs("ab", ">5"), "   ab");
        assert_eq!(fs("abc", "^6"), " abc  ");
        assert_eq!(fs("日本語", ".2"), "日本");
        assert_eq!(
            fs("a", "+"),
            "!ValueError: Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "d"),
            "!ValueError: Unknown format code 'd' for object of type 'str'"
        );
    }
}
