//! Strings: format(), the str methods, character properties, repr().

use crate::data;
use crate::{check_rows, compare, show};
use tauraro_vm::text::*;

#[test]
fn format_str_matches_cpython() {
    check_rows(
        "format_str",
        data::format_str::CASES,
        |&(value, spec, expected)| {
            let got = show(
                parse_format_spec(spec, "str").and_then(|s| format_str(value, &s)),
                |s| s,
            );
            compare((value, spec), &got, expected)
        },
    );
}

fn list_repr(items: &[&str]) -> String {
    let parts: Vec<String> = items.iter().map(|s| str_repr(s)).collect();
    format!("[{}]", parts.join(", "))
}

fn tuple_repr((a, b, c): (&str, &str, &str)) -> String {
    format!("({}, {}, {})", str_repr(a), str_repr(b), str_repr(c))
}

fn py_bool(b: bool) -> String {
    (if b { "True" } else { "False" }).to_string()
}

/// Calls the method named like Python's and renders the result as repr().
fn call_method(
    method: &str,
    s: &str,
    x: Option<&str>,
    y: Option<&str>,
    n1: Option<i64>,
    n2: Option<i64>,
) -> String {
    let arg = || x.unwrap_or_default();
    let fill = || y.and_then(|f| f.chars().next()).unwrap_or(' ');
    match method {
        "upper" => str_repr(&upper(s)),
        "lower" => str_repr(&lower(s)),
        "casefold" => str_repr(&casefold(s)),
        "capitalize" => str_repr(&capitalize(s)),
        "title" => str_repr(&title(s)),
        "swapcase" => str_repr(&swapcase(s)),
        "isdigit" => py_bool(is_digit(s)),
        "isdecimal" => py_bool(is_decimal(s)),
        "isnumeric" => py_bool(is_numeric(s)),
        "isalpha" => py_bool(is_alpha(s)),
        "isalnum" => py_bool(is_alnum(s)),
        "isspace" => py_bool(is_space(s)),
        "isupper" => py_bool(is_upper(s)),
        "islower" => py_bool(is_lower(s)),
        "istitle" => py_bool(is_title(s)),
        "isidentifier" => py_bool(is_identifier(s)),
        "isprintable" => py_bool(is_printable(s)),
        "isascii" => py_bool(is_ascii(s)),
        "splitlines" => list_repr(&splitlines(s, n1 == Some(1))),
        "strip" => str_repr(strip(s, x)),
        "lstrip" => str_repr(lstrip(s, x)),
        "rstrip" => str_repr(rstrip(s, x)),
        "split" => show(split(s, x, n1.unwrap_or(-1)), |v| list_repr(&v)),
        "rsplit" => show(rsplit(s, x, n1.unwrap_or(-1)), |v| list_repr(&v)),
        "partition" => show(partition(s, arg()), tuple_repr),
        "rpartition" => show(rpartition(s, arg()), tuple_repr),
        "center" => show(center(s, n1.unwrap_or(0), fill()), |r| str_repr(&r)),
        "ljust" => show(ljust(s, n1.unwrap_or(0), fill()), |r| str_repr(&r)),
        "rjust" => show(rjust(s, n1.unwrap_or(0), fill()), |r| str_repr(&r)),
        "zfill" => show(zfill(s, n1.unwrap_or(0)), |r| str_repr(&r)),
        "expandtabs" => show(expandtabs(s, n1.unwrap_or(8)), |r| str_repr(&r)),
        "removeprefix" => str_repr(removeprefix(s, arg())),
        "removesuffix" => str_repr(removesuffix(s, arg())),
        "find" => find(s, arg(), n1, n2).to_string(),
        "rfind" => rfind(s, arg(), n1, n2).to_string(),
        "index" => show(index(s, arg(), n1, n2), |i| i.to_string()),
        "rindex" => show(rindex(s, arg(), n1, n2), |i| i.to_string()),
        "count" => count(s, arg(), n1, n2).to_string(),
        "startswith" => py_bool(startswith(s, arg(), n1, n2)),
        "endswith" => py_bool(endswith(s, arg(), n1, n2)),
        "replace" => show(
            replace(s, arg(), y.unwrap_or_default(), n1.unwrap_or(-1)),
            |r| str_repr(&r),
        ),
        other => format!("unknown method {other}"),
    }
}

#[test]
fn str_methods_match_cpython() {
    check_rows(
        "str_methods",
        data::str_methods::CASES,
        |&(method, s, x, y, n1, n2, expected)| {
            let got = call_method(method, s, x, y, n1, n2);
            compare((method, s, x, y, n1, n2), &got, expected)
        },
    );
}

#[test]
fn char_properties_match_cpython() {
    check_rows(
        "char_props",
        data::char_props::CASES,
        |&(cp, mask, decimal, up, low, tit, fold)| {
            let c = char::from_u32(cp).expect("no surrogates in the table");
            let s = c.to_string();
            let preds = [
                is_alpha(&s),
                is_decimal(&s),
                is_digit(&s),
                is_numeric(&s),
                is_printable(&s),
                is_space(&s),
                is_lower(&s),
                is_upper(&s),
                is_title(&s),
                is_identifier(&s),
                is_alnum(&s),
                char_is_xid_continue(c),
                char_is_linebreak(c),
            ];
            let got_mask = preds
                .iter()
                .enumerate()
                .fold(0u32, |m, (i, &p)| m | (u32::from(p) << i));
            let got_decimal = char_decimal_value(c).map_or(-1, |d| d as i32);
            let got = format!(
                "{got_mask:#x} {got_decimal} {:?} {:?} {:?} {:?}",
                upper(&s),
                lower(&s),
                title(&s),
                casefold(&s)
            );
            let expected = format!("{mask:#x} {decimal} {up:?} {low:?} {tit:?} {fold:?}");
            compare(format!("U+{cp:04X}"), &got, &expected)
        },
    );
}

#[test]
fn str_repr_and_ascii_match_cpython() {
    check_rows("str_repr", data::str_repr::CASES, |&(s, repr, ascii)| {
        let got = format!("{} {}", str_repr(s), ascii_repr(s));
        compare(s, &got, &format!("{repr} {ascii}"))
    });
}

#[test]
fn bytes_repr_matches_cpython() {
    check_rows(
        "bytes_repr",
        data::bytes_repr::CASES,
        |&(bytes, expected)| compare(bytes, &bytes_repr(bytes), expected),
    );
}
