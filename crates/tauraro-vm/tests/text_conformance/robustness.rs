//! Hostile inputs: absurd widths and precisions, huge numbers, odd text.
//! Nothing may panic; errors must be CPython's.

use num_bigint::BigInt;
use tauraro_vm::text::*;

#[test]
fn absurd_widths_fail_cleanly() {
    let spec = parse_format_spec("9223372036854775807", "int").unwrap();
    assert_eq!(
        format_int_i64(1, &spec).unwrap_err().kind,
        PyErrKind::MemoryError
    );
    let spec = parse_format_spec("09223372036854775807,", "int").unwrap();
    assert_eq!(
        format_int_i64(1, &spec).unwrap_err().kind,
        PyErrKind::MemoryError
    );
    let spec = parse_format_spec("x^9223372036854775807", "str").unwrap();
    assert_eq!(
        format_str("a", &spec).unwrap_err().kind,
        PyErrKind::MemoryError
    );
    let spec = parse_format_spec("9223372036854775807.3f", "float").unwrap();
    assert_eq!(
        format_float(1.5, &spec).unwrap_err().kind,
        PyErrKind::MemoryError
    );
    assert_eq!(
        parse_format_spec("9223372036854775808", "int")
            .unwrap_err()
            .message,
        "Too many decimal digits in format string"
    );
    let pieces = parse_percent_format("%9223372036854775807d").unwrap();
    let PercentPiece::Conversion(spec) = &pieces[0] else {
        panic!("conversion expected")
    };
    assert_eq!(
        format_percent_int(&BigInt::from(1), spec).unwrap_err().kind,
        PyErrKind::MemoryError
    );
    assert!(center("a", i64::MAX, '*').is_err());
    assert!(zfill("-1", i64::MAX).is_err());
}

#[test]
fn float_precision_limit() {
    // format(1.5, '.2147483648f') -> ValueError: precision too big
    let spec = parse_format_spec(".2147483648f", "float").unwrap();
    assert_eq!(
        format_float(1.5, &spec).unwrap_err().message,
        "precision too big"
    );
}

#[test]
fn huge_int_operations_stay_bounded() {
    let huge = BigInt::from(1) << 200_000usize;
    assert_eq!(
        int_true_divide(&huge, &BigInt::from(3))
            .unwrap_err()
            .message,
        "integer division result too large for a float"
    );
    assert_eq!(int_true_divide(&BigInt::from(3), &huge).unwrap(), 0.0);
    assert!(
        int_true_divide(&-BigInt::from(3), &huge)
            .unwrap()
            .is_sign_negative()
    );
    assert_eq!(round_int(&BigInt::from(12345), i64::MIN), BigInt::from(0));
    assert_eq!(
        int_pow(&BigInt::from(2), &(BigInt::from(1) << 70usize))
            .unwrap_err()
            .kind,
        PyErrKind::MemoryError
    );
    assert_eq!(
        int_pow(&BigInt::from(-1), &(BigInt::from(1) << 70usize)).unwrap(),
        IntPow::Int(BigInt::from(1))
    );
    assert_eq!(
        hash_bigint(&huge),
        hash_bigint(&(&huge % ((BigInt::from(1) << 61usize) - 1)))
    );
    // 10**4300 has 4301 digits: str() refuses, hex() does not.
    let ten = num_traits::pow(BigInt::from(10), 4300);
    assert!(int_to_string(&ten).is_err());
    assert!(int_to_hex(&ten).starts_with("0x"));
    let spec = parse_format_spec("d", "int").unwrap();
    assert!(format_int(&ten, &spec).is_err());
}

#[test]
fn odd_text_never_panics() {
    let samples = [
        "",
        "%",
        "%%",
        "%(",
        "%(()",
        "%*.*",
        "%.",
        "%-",
        "\u{10ffff}%\u{10ffff}",
        "{",
        "}",
        "\0",
        "\u{300}\u{300}",
        "ǅ",
        "Σ",
        "ΣΣ",
        "İ",
        "\u{fb03}",
        "\r\n\r",
        "\t\t",
        "0x",
        "0b_",
        "-_1",
    ];
    for s in samples {
        let _ = parse_percent_format(s);
        let _ = parse_format_spec(s, "str");
        let _ = parse_int(s, 0);
        let _ = parse_int(s, 36);
        let _ = parse_float(s);
        let _ = parse_int_literal(s);
        let _ = parse_float_literal(s);
        let _ = (
            upper(s),
            lower(s),
            title(s),
            capitalize(s),
            swapcase(s),
            casefold(s),
        );
        let _ = (str_repr(s), ascii_repr(s), bytes_repr(s.as_bytes()));
        let _ = (
            split(s, None, -1),
            rsplit(s, Some("%"), 1),
            splitlines(s, true),
        );
        let _ = (
            find(s, "", Some(i64::MIN), Some(i64::MAX)),
            count(s, "", Some(i64::MAX), None),
        );
        let _ = (
            startswith(s, "", Some(i64::MAX), Some(i64::MIN)),
            expandtabs(s, i64::MIN),
        );
        let _ = replace(s, "", "x", i64::MAX);
    }
}
