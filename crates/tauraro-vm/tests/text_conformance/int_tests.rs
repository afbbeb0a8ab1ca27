//! Ints: format(), str/bin/oct/hex, hash(), parsing, conversion to float,
//! true division, round(), pow().

use crate::data;
use crate::{big, check_rows, compare, show};
use num_traits::ToPrimitive;
use tauraro_vm::text::{
    IntPow, ParsedInt, bigint_to_f64, float_repr, format_int, format_int_i64, hash_bigint,
    hash_int_i64, hash_tuple, int_pow, int_pow_mod, int_to_bin, int_to_hex, int_to_oct,
    int_to_string, int_true_divide, parse_format_spec, parse_int, round_int,
};

fn check_format_int(table: &str, rows: &[data::format_int::Row]) {
    check_rows(table, rows, |&(value, type_name, spec, expected)| {
        // format(x, '') of a bool is str(True): the VM's job, not tested.
        if type_name == "bool" && spec.is_empty() {
            return None;
        }
        let n = big(value);
        let parsed = parse_format_spec(spec, type_name);
        let got = show(parsed.clone().and_then(|s| format_int(&n, &s)), |s| s);
        if let Some(small) = n.to_i64() {
            let fast = show(parsed.and_then(|s| format_int_i64(small, &s)), |s| s);
            if fast != got {
                return Some(format!("{value} {spec:?}: i64 path {fast:?} != {got:?}"));
            }
        }
        compare((value, spec), &got, expected)
    });
}

#[test]
fn format_int_matches_cpython() {
    check_format_int("format_int", data::format_int::CASES);
}

#[test]
fn format_int_random_specs_match_cpython() {
    check_format_int("format_int_random", data::format_int_random::CASES);
}

#[test]
fn int_text_and_hash_match_cpython() {
    check_rows(
        "int_text",
        data::int_text::CASES,
        |&(value, bin, oct, hex, hash)| {
            let n = big(value);
            let mut got = format!(
                "{} {} {} {} {}",
                int_to_string(&n).unwrap_or_default(),
                int_to_bin(&n),
                int_to_oct(&n),
                int_to_hex(&n),
                hash_bigint(&n)
            );
            if let Some(small) = n.to_i64()
                && hash_int_i64(small) != hash
            {
                got.push_str(" (i64 hash differs)");
            }
            compare(value, &got, &format!("{value} {bin} {oct} {hex} {hash}"))
        },
    );
}

#[test]
fn tuple_hash_matches_cpython() {
    check_rows(
        "tuple_hash",
        data::tuple_hash::CASES,
        |&(items, expected)| {
            compare(
                items,
                &hash_tuple(items.iter().copied()).to_string(),
                &expected.to_string(),
            )
        },
    );
}

fn render_parsed(v: ParsedInt) -> String {
    let fits = matches!(v, ParsedInt::Small(_));
    let n = v.into_bigint();
    if n.bits() > 12_000 {
        return format!("ok:{}", n.bits());
    }
    // A Big result must really need more than 64 bits.
    assert!(fits || n.to_i64().is_none());
    int_to_string(&n).unwrap_or_else(|_| format!("ok:{}", n.bits()))
}

#[test]
fn parse_int_matches_cpython() {
    check_rows(
        "parse_int",
        data::parse_int::CASES,
        |&(text, base, expected)| {
            let got = show(parse_int(text, base), render_parsed);
            let got = match (got.as_str(), expected.strip_prefix("ok:")) {
                // Huge values are compared by bit length only.
                (_, Some(_)) if !got.starts_with('!') => {
                    let n = parse_int(text, base).map(ParsedInt::into_bigint);
                    format!("ok:{}", n.map(|n| n.bits()).unwrap_or_default())
                }
                _ => got,
            };
            compare(
                (text.chars().take(40).collect::<String>(), base),
                &got,
                expected,
            )
        },
    );
}

#[test]
fn int_to_float_matches_cpython() {
    check_rows(
        "int_to_float",
        data::int_to_float::CASES,
        |&(value, expected)| {
            compare(
                value,
                &show(bigint_to_f64(&big(value)), float_repr),
                expected,
            )
        },
    );
}

#[test]
fn int_true_divide_matches_cpython() {
    check_rows(
        "int_true_divide",
        data::int_true_divide::CASES,
        |&(a, b, expected)| {
            compare(
                (a, b),
                &show(int_true_divide(&big(a), &big(b)), float_repr),
                expected,
            )
        },
    );
}

#[test]
fn round_int_matches_cpython() {
    check_rows(
        "round_int",
        data::round_int::CASES,
        |&(value, ndigits, expected)| {
            let got = int_to_string(&round_int(&big(value), ndigits)).unwrap_or_default();
            compare((value, ndigits), &got, expected)
        },
    );
}

#[test]
fn int_pow_matches_cpython() {
    check_rows(
        "int_pow",
        data::int_pow::CASES,
        |&(base, exponent, modulus, expected)| {
            let (b, e) = (big(base), big(exponent));
            let got = match modulus {
                None => show(int_pow(&b, &e), |r| match r {
                    IntPow::Int(n) => int_to_string(&n).unwrap_or_default(),
                    IntPow::Float(x) => float_repr(x),
                }),
                Some(m) => show(int_pow_mod(&b, &e, &big(m)), |n| {
                    int_to_string(&n).unwrap_or_default()
                }),
            };
            compare((base, exponent, modulus), &got, expected)
        },
    );
}

#[test]
fn source_literals_match_cpython() {
    check_rows(
        "literals",
        data::literals::CASES,
        |&(kind, text, expected)| {
            let got = if kind == "i" {
                show(tauraro_vm::text::parse_int_literal(text), |v| {
                    let n = v.into_bigint();
                    match int_to_string(&n) {
                        Ok(s) if !expected.starts_with("ok:") => s,
                        _ => format!("ok:{}", n.bits()),
                    }
                })
            } else {
                show(tauraro_vm::text::parse_float_literal(text), float_repr)
            };
            compare(text.chars().take(40).collect::<String>(), &got, expected)
        },
    );
}
