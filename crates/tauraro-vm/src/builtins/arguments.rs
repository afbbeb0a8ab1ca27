//! Argument binding for builtin functions and methods, with CPython's error messages.

use crate::error::{PyErr, PyResult};
use crate::object::Args;
use crate::value::Value;

/// Binds `args` to the parameter `names` of builtin `function`: the first `required` are
/// mandatory; parameters from `positional_only` on may not be passed by keyword (CPython's
/// builtins mostly take positional-only arguments, marked `/` in their signatures).
pub fn bind<'a, const N: usize>(
    function: &str,
    args: Args<'a>,
    names: [&str; N],
    required: usize,
    keyword_start: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let mut bound: [Option<&'a Value>; N] = [None; N];
    if args.positional.len() > N {
        return Err(too_many(function, N, required, args.positional.len()));
    }
    for (slot, value) in bound.iter_mut().zip(args.positional) {
        *slot = Some(value);
    }
    for (name, value) in args.keywords {
        let position = names.iter().position(|n| *n == name.as_str());
        match position {
            Some(index) if index >= keyword_start => {
                if bound[index].is_some() {
                    return Err(PyErr::type_error(format!(
                        "argument for {function}() given by name ('{}') and position ({})",
                        name.as_str(),
                        index + 1
                    )));
                }
                bound[index] = Some(value);
            }
            _ => {
                return Err(if keyword_start >= N {
                    PyErr::type_error(format!("{function}() takes no keyword arguments"))
                } else {
                    PyErr::type_error(format!(
                        "{function}() got an unexpected keyword argument '{}'",
                        name.as_str()
                    ))
                });
            }
        }
    }
    for (index, slot) in bound.iter().enumerate().take(required) {
        if slot.is_none() {
            if keyword_start > index {
                return Err(too_few(function, N, required, args.positional.len()));
            }
            return Err(PyErr::type_error(format!(
                "{function}() missing required argument '{}' (pos {})",
                names[index],
                index + 1
            )));
        }
    }
    Ok(bound)
}

fn too_many(function: &str, max: usize, min: usize, given: usize) -> PyErr {
    if max == 0 {
        return PyErr::type_error(format!("{function}() takes no arguments ({given} given)"));
    }
    if max == min {
        if max == 1 {
            return PyErr::type_error(format!(
                "{function}() takes exactly one argument ({given} given)"
            ));
        }
        return PyErr::type_error(format!("{function} expected {max} arguments, got {given}"));
    }
    PyErr::type_error(format!(
        "{function} expected at most {max} argument{}, got {given}",
        if max == 1 { "" } else { "s" }
    ))
}

fn too_few(function: &str, max: usize, min: usize, given: usize) -> PyErr {
    if max == min && max == 1 {
        return PyErr::type_error(format!(
            "{function}() takes exactly one argument ({given} given)"
        ));
    }
    if max == min {
        return PyErr::type_error(format!("{function} expected {max} arguments, got {given}"));
    }
    PyErr::type_error(format!(
        "{function} expected at least {min} argument{}, got {given}",
        if min == 1 { "" } else { "s" }
    ))
}

/// Rejects any arguments (for `f()` builtins such as `list.clear`).
pub fn no_arguments(function: &str, args: Args<'_>, skip: usize) -> PyResult<()> {
    let given = args.positional.len().saturating_sub(skip);
    if given > 0 || !args.keywords.is_empty() {
        if !args.keywords.is_empty() {
            return Err(PyErr::type_error(format!(
                "{function}() takes no keyword arguments"
            )));
        }
        return Err(PyErr::type_error(format!(
            "{function}() takes no arguments ({given} given)"
        )));
    }
    Ok(())
}

/// The receiver of a method call and its remaining arguments.
pub fn receiver<'a>(args: Args<'a>) -> PyResult<(&'a Value, Args<'a>)> {
    match args.positional.split_first() {
        Some((first, rest)) => Ok((
            first,
            Args {
                positional: rest,
                keywords: args.keywords,
            },
        )),
        None => Err(PyErr::type_error("method called without its object")),
    }
}
