//! Conformance tests: every table under `conformance/data/` was generated
//! by `tools/gen_test_data.py` from CPython 3.11 and is checked in, so the
//! tests need no Python. Each table row is one assertion; mismatches are
//! collected and reported together.

#[rustfmt::skip]
mod data;

mod float_tests;
mod int_tests;
mod percent_tests;
mod str_tests;

use num_bigint::BigInt;
use tauraro_vm::text::PyResult;

/// A `%`-format argument in the generated tables.
pub enum Arg {
    /// An int, in hexadecimal (some exceed the decimal digit limit).
    I(&'static str),
    /// A float, as IEEE-754 bits.
    F(u64),
    S(&'static str),
}

/// The right operand of `%`.
pub enum Args {
    Single(Arg),
    Tuple(&'static [Arg]),
    Map(&'static [(&'static str, Arg)]),
}

/// Renders a result the way the generator encodes CPython's outcome.
pub fn show<T>(result: PyResult<T>, render: impl FnOnce(T) -> String) -> String {
    match result {
        Ok(v) => render(v),
        Err(e) => format!("!{}: {}", e.kind.name(), e.message),
    }
}

pub fn big(decimal: &str) -> BigInt {
    decimal.parse().expect("test data holds valid ints")
}

pub fn float(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// Runs `check` on every row and fails with the first mismatches, each
/// described as "input: got X, expected Y".
pub fn check_rows<R>(table: &str, rows: &[R], check: impl Fn(&R) -> Option<String>) {
    let failures: Vec<String> = rows.iter().filter_map(check).collect();
    assert!(
        failures.is_empty(),
        "{table}: {} of {} rows differ from CPython:\n{}",
        failures.len(),
        rows.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// `None` if equal, else a mismatch description.
pub fn compare(input: impl std::fmt::Debug, got: &str, expected: &str) -> Option<String> {
    (got != expected).then(|| format!("{input:?}: got {got:?}, expected {expected:?}"))
}

mod robustness;
