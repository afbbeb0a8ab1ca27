//! Python 3.11 text and number semantics for the Tauraro VM.
//!
//! Every function in this crate reproduces what CPython 3.11 prints or
//! raises, byte for byte: `repr(float)`, the `format()` mini-language,
//! printf-style `%` formatting, the `str` methods (with indices counted in
//! code points and Unicode 14.0 character data generated from CPython
//! itself), `repr(str)`/`ascii()`/`repr(bytes)`, `int()`/`float()` parsing
//! including the 4300-digit limit, `hash()` of numbers and tuples, `round()`,
//! exact int/float conversions and the float/int arithmetic corner cases.
//! Failures are returned as [`PyErr`] values carrying the exception type and
//! CPython's exact message; nothing here panics on any input, and nothing
//! uses `unsafe`. Strings are Rust `&str`, so lone surrogates (which Python
//! strings may contain) cannot be represented and are out of scope.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod double_to_string;
mod error;
mod float_arith;
mod float_repr;
mod format_number;
mod format_spec;
mod format_str;
mod hashing;
mod int_arith;
mod int_float_conversion;
mod int_to_string;
mod number_layout;
mod parse_number;
mod percent_format;
mod round;
mod str_case;
mod str_methods;
mod str_predicates;
mod str_repr;
mod suggestions;
mod text_index;
mod unicode_props;
#[rustfmt::skip]
mod unicode_tables;

pub use double_to_string::{FloatFormatCode, FloatFormatFlags, double_to_string};
pub use error::{PyErr, PyErrKind, PyResult};
pub use float_arith::{float_divmod, float_floor_div, float_mod, float_pow, float_true_div};
pub use float_repr::float_repr;
pub use format_number::{
    format_float, format_float_into, format_int, format_int_i64, format_int_i64_into,
    format_int_into,
};
pub use format_spec::{Align, FormatSpec, Grouping, SignOption, parse_format_spec};
pub use format_str::{format_str, format_str_into};
pub use hashing::{
    HASH_INF, HASH_MODULUS, hash_bigint, hash_float, hash_int_i64, hash_pointer, hash_tuple,
};
pub use int_arith::{IntPow, int_divmod, int_floor_div, int_mod, int_pow, int_pow_mod};
pub use int_float_conversion::{bigint_to_f64, float_to_bigint, int_true_divide};
pub use int_to_string::{
    I64_DECIMAL_LEN, INT_MAX_STR_DIGITS, i64_to_decimal, int_to_bin, int_to_hex, int_to_oct,
    int_to_string, int_to_string_radix,
};
pub use parse_number::{ParsedInt, parse_float, parse_float_literal, parse_int, parse_int_literal};
pub use percent_format::{
    PercentConversion, PercentCount, PercentFlags, PercentFormatParser, PercentPiece, PercentSpec,
    format_percent_char, format_percent_float, format_percent_int, format_percent_str_padded,
    parse_percent_format, percent_char_from_int, percent_char_from_str, percent_errors,
};
pub use round::{round_float, round_float_to_int, round_int};
pub use str_case::{capitalize, casefold, lower, swapcase, title, upper};
pub use str_methods::{
    center, count, endswith, expandtabs, find, index, ljust, lstrip, partition, removeprefix,
    removesuffix, replace, rfind, rindex, rjust, rpartition, rsplit, rstrip, split, splitlines,
    startswith, strip, zfill,
};
pub use str_predicates::{
    is_alnum, is_alpha, is_ascii, is_decimal, is_digit, is_identifier, is_lower, is_numeric,
    is_printable, is_space, is_title, is_upper,
};
pub use str_repr::{ascii_repr, bytes_repr, str_repr};
pub use suggestions::closest_name;
pub use unicode_props::{
    char_decimal_value, char_is_alpha, char_is_case_ignorable, char_is_cased, char_is_decimal,
    char_is_digit, char_is_linebreak, char_is_lowercase, char_is_numeric, char_is_printable,
    char_is_space, char_is_titlecase, char_is_uppercase, char_is_xid_continue, char_is_xid_start,
};
pub use unicode_tables::UNICODE_VERSION;
