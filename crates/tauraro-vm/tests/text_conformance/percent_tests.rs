//! `str % args`, driven through the piecewise API by a miniature VM that
//! knows ints, floats and strs.

use crate::data;
use crate::{Arg, Args, check_rows, compare, float, show};
use num_bigint::BigInt;
use tauraro_vm::text::{
    PercentConversion, PercentCount, PercentFormatParser, PercentPiece, PyErr, PyResult,
    ascii_repr, bigint_to_f64, float_repr, float_to_bigint, format_percent_char,
    format_percent_float, format_percent_int, format_percent_str_padded, int_to_string,
    percent_char_from_int, percent_char_from_str, percent_errors, str_repr,
};

fn int_of(hex: &str) -> BigInt {
    let (negative, digits) = match hex.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, hex),
    };
    let n = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex int");
    if negative { -n } else { n }
}

fn type_name(arg: &Arg) -> &'static str {
    match arg {
        Arg::I(_) => "int",
        Arg::F(_) => "float",
        Arg::S(_) => "str",
    }
}

/// The argument cursor of CPython's `PyUnicode_Format`: a tuple is
/// consumed item by item; any other object (or a mapping value selected
/// by a key) is a single argument.
struct Cursor<'a> {
    tuple: &'a [Arg],
    single: Option<&'a Arg>,
    mapping: Option<&'a [(&'static str, Arg)]>,
    len: i64,
    index: i64,
}

impl<'a> Cursor<'a> {
    fn next(&mut self) -> PyResult<&'a Arg> {
        if self.index < self.len {
            self.index += 1;
            return if self.len < 0 {
                self.single
                    .ok_or_else(|| PyErr::type_error("mock: dict as value"))
            } else {
                Ok(&self.tuple[(self.index - 1) as usize])
            };
        }
        Err(percent_errors::not_enough_arguments())
    }
}

fn star_value(arg: &Arg) -> PyResult<BigInt> {
    match arg {
        Arg::I(hex) => Ok(int_of(hex)),
        _ => Err(percent_errors::star_wants_int()),
    }
}

fn str_of(arg: &Arg) -> PyResult<String> {
    match arg {
        Arg::I(hex) => int_to_string(&int_of(hex)),
        Arg::F(bits) => Ok(float_repr(float(*bits))),
        Arg::S(s) => Ok(s.to_string()),
    }
}

fn repr_of(arg: &Arg, ascii: bool) -> PyResult<String> {
    match arg {
        Arg::S(s) if ascii => Ok(ascii_repr(s)),
        Arg::S(s) => Ok(str_repr(s)),
        other => str_of(other),
    }
}

fn percent_format(format: &str, args: &Args) -> PyResult<String> {
    let mut cursor = match args {
        Args::Tuple(items) => Cursor {
            tuple: items,
            single: None,
            mapping: None,
            len: items.len() as i64,
            index: 0,
        },
        Args::Single(arg) => Cursor {
            tuple: &[],
            single: Some(arg),
            mapping: None,
            len: -1,
            index: -2,
        },
        Args::Map(entries) => Cursor {
            tuple: &[],
            single: None,
            mapping: Some(entries),
            len: -1,
            index: -2,
        },
    };
    let mut out = String::new();
    for piece in PercentFormatParser::new(format) {
        let mut spec = match piece? {
            PercentPiece::Literal(text) => {
                out.push_str(text);
                continue;
            }
            PercentPiece::Conversion(spec) => spec,
        };
        if let Some(key) = spec.key {
            let mapping = cursor
                .mapping
                .ok_or_else(percent_errors::requires_mapping)?;
            let value = mapping
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v)
                .ok_or_else(|| PyErr::type_error(format!("mock: KeyError {key}")))?;
            cursor.single = Some(value);
            cursor.len = -1;
            cursor.index = -2;
        }
        if spec.width == PercentCount::FromArgument {
            let v = star_value(cursor.next()?)?;
            spec.set_width_from_argument(&v)?;
        }
        if spec.precision == PercentCount::FromArgument {
            let v = star_value(cursor.next()?)?;
            spec.set_precision_from_argument(&v)?;
        }
        let conversion = spec.conversion()?;
        let arg = cursor.next()?;
        let c = spec.conversion_char;
        let text = match conversion {
            PercentConversion::Int => {
                let n = match arg {
                    Arg::I(hex) => int_of(hex),
                    Arg::F(bits) if !matches!(c, 'o' | 'x' | 'X') => float_to_bigint(float(*bits))?,
                    other => return Err(percent_errors::number_required(c, type_name(other))),
                };
                format_percent_int(&n, &spec)?
            }
            PercentConversion::Float => {
                let x = match arg {
                    Arg::I(hex) => bigint_to_f64(&int_of(hex))?,
                    Arg::F(bits) => float(*bits),
                    Arg::S(_) => return Err(percent_errors::real_number_required("str")),
                };
                format_percent_float(x, &spec)?
            }
            PercentConversion::Char => {
                let ch = match arg {
                    Arg::I(hex) => percent_char_from_int(&int_of(hex))?,
                    Arg::S(s) => percent_char_from_str(s)?,
                    Arg::F(_) => return Err(percent_errors::char_requires_int_or_char()),
                };
                format_percent_char(ch, &spec)?
            }
            PercentConversion::Str => format_percent_str_padded(&str_of(arg)?, &spec)?,
            PercentConversion::Repr => format_percent_str_padded(&repr_of(arg, false)?, &spec)?,
            PercentConversion::Ascii => format_percent_str_padded(&repr_of(arg, true)?, &spec)?,
            PercentConversion::Unsupported => return Err(spec.unsupported_error()),
        };
        out.push_str(&text);
    }
    if cursor.index < cursor.len && cursor.mapping.is_none() {
        return Err(percent_errors::not_all_converted());
    }
    Ok(out)
}

#[test]
fn percent_format_matches_cpython() {
    check_rows(
        "percent_format",
        data::percent_format::CASES,
        |(format, args, expected)| {
            compare(format, &show(percent_format(format, args), |s| s), expected)
        },
    );
}

#[test]
fn percent_random_conversions_match_cpython() {
    check_rows(
        "percent_random",
        data::percent_random::CASES,
        |(format, args, expected)| {
            compare(format, &show(percent_format(format, args), |s| s), expected)
        },
    );
}
