//! `str % args`: drives the printf-style parser of `crate::text` with the interpreter's
//! values, following the argument protocol documented there.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{PyStr, as_builtin};
use crate::text::{self, PercentConversion, PercentCount, PercentFormatParser, PercentPiece};
use crate::value::Value;

/// Where `%` conversions take their values from.
enum Source {
    Positional { items: Vec<Value>, next: usize },
    Mapping(Value),
}

impl Vm {
    pub(crate) fn percent_format(&mut self, format: &PyStr, args: &Value) -> PyResult<Value> {
        let mut source = match as_builtin(args) {
            Value::Tuple(tuple) => Source::Positional {
                items: tuple.items.to_vec(),
                next: 0,
            },
            Value::Dict(_) => Source::Mapping(args.clone()),
            Value::Instance(_) if self.get_attr_opt(args, "__getitem__")?.is_some() => {
                Source::Mapping(args.clone())
            }
            _ => Source::Positional {
                items: vec![args.clone()],
                next: 0,
            },
        };
        let mut out = String::with_capacity(format.as_str().len());
        let mut used_mapping_key = false;
        for piece in PercentFormatParser::new(format.as_str()) {
            let mut spec = match piece? {
                PercentPiece::Literal(text) => {
                    out.push_str(text);
                    continue;
                }
                PercentPiece::Conversion(spec) => spec,
            };
            let keyed_value = match spec.key {
                Some(key) => match &source {
                    Source::Mapping(mapping) => {
                        used_mapping_key = true;
                        Some(self.get_item(mapping, &Value::str(key))?)
                    }
                    Source::Positional { .. } => {
                        return Err(text::percent_errors::requires_mapping().into());
                    }
                },
                None => None,
            };
            let next_argument = |source: &mut Source| -> PyResult<Value> {
                match source {
                    Source::Positional { items, next } => {
                        let value = items.get(*next).cloned().ok_or_else(|| {
                            PyErr::from(text::percent_errors::not_enough_arguments())
                        })?;
                        *next += 1;
                        Ok(value)
                    }
                    Source::Mapping(mapping) => Ok(mapping.clone()),
                }
            };
            if spec.width == PercentCount::FromArgument {
                let width = next_argument(&mut source)?;
                let Some(width) = width.as_bigint() else {
                    return Err(text::percent_errors::star_wants_int().into());
                };
                spec.set_width_from_argument(&width)?;
            }
            if spec.precision == PercentCount::FromArgument {
                let precision = next_argument(&mut source)?;
                let Some(precision) = precision.as_bigint() else {
                    return Err(text::percent_errors::star_wants_int().into());
                };
                spec.set_precision_from_argument(&precision)?;
            }
            let conversion = spec.conversion()?;
            let value = match keyed_value {
                Some(value) => value,
                None => next_argument(&mut source)?,
            };
            let formatted = match conversion {
                PercentConversion::Int => {
                    let int = match as_builtin(&value) {
                        instance @ Value::Instance(_) => {
                            let converted =
                                crate::builtins::constructors::to_int(self, instance).ok();
                            converted.and_then(|int| int.as_bigint())
                        }
                        Value::Float(f) if !matches!(spec.conversion_char, 'o' | 'x' | 'X') => {
                            Some(text::float_to_bigint(f.trunc())?)
                        }
                        other => other.as_bigint(),
                    };
                    let Some(int) = int else {
                        return Err(text::percent_errors::number_required(
                            spec.conversion_char,
                            &self.type_name(&value),
                        )
                        .into());
                    };
                    text::format_percent_int(&int, &spec)?
                }
                PercentConversion::Float => {
                    let float = match as_builtin(&value) {
                        Value::Float(f) => *f,
                        instance @ Value::Instance(_) => {
                            match crate::builtins::constructors::to_float(self, instance) {
                                Ok(float) => float,
                                Err(_) => {
                                    return Err(text::percent_errors::real_number_required(
                                        &self.type_name(&value),
                                    )
                                    .into());
                                }
                            }
                        }
                        other => match other.as_bigint() {
                            Some(int) => text::bigint_to_f64(&int)?,
                            None => {
                                return Err(text::percent_errors::real_number_required(
                                    &self.type_name(&value),
                                )
                                .into());
                            }
                        },
                    };
                    text::format_percent_float(float, &spec)?
                }
                PercentConversion::Char => {
                    let ch = match as_builtin(&value) {
                        Value::Str(s) => text::percent_char_from_str(s.as_str())?,
                        other => match other.as_bigint() {
                            Some(int) => text::percent_char_from_int(&int)?,
                            None => {
                                return Err(
                                    text::percent_errors::char_requires_int_or_char().into()
                                );
                            }
                        },
                    };
                    text::format_percent_char(ch, &spec)?
                }
                PercentConversion::Str => {
                    let shown = self.to_str(&value)?;
                    text::format_percent_str_padded(shown.as_str(), &spec)?
                }
                PercentConversion::Repr => {
                    let shown = self.repr(&value)?;
                    text::format_percent_str_padded(shown.as_str(), &spec)?
                }
                PercentConversion::Ascii => {
                    let shown = self.ascii(&value)?;
                    text::format_percent_str_padded(shown.as_str(), &spec)?
                }
                PercentConversion::Unsupported => return Err(spec.unsupported_error().into()),
            };
            out.push_str(&formatted);
        }
        if let Source::Positional { items, next } = &source
            && *next < items.len()
            && !used_mapping_key
        {
            return Err(text::percent_errors::not_all_converted().into());
        }
        Ok(Value::string(out))
    }
}
