//! Argument binding for native functions that CPython writes in Python (the methods behind
//! `random`'s functions), with the messages CPython gives for Python functions: they count
//! `self` (`Random.randint() takes 3 positional arguments but 4 were given`) and accept
//! every parameter by keyword.

use crate::error::{PyErr, PyResult};
use crate::object::Args;
use crate::value::Value;

/// The bound arguments: one per positional parameter, then one per keyword-only one.
pub(crate) type Bound<'a, const P: usize, const K: usize> =
    ([Option<&'a Value>; P], [Option<&'a Value>; K]);

/// A Python-level signature: `positional` parameters (the first `required` of them without
/// defaults), then keyword-only ones.
pub(crate) struct Signature<'n, const P: usize, const K: usize> {
    /// The qualified name, as `Random.randint`.
    pub name: &'n str,
    pub positional: [&'n str; P],
    pub required: usize,
    pub keyword_only: [&'n str; K],
}

impl<const P: usize, const K: usize> Signature<'_, P, K> {
    /// The arguments for each positional and then each keyword-only parameter.
    pub(crate) fn bind<'a>(&self, args: Args<'a>) -> PyResult<Bound<'a, P, K>> {
        let name = self.name;
        let given = args.positional.len();
        if given > P {
            // `self` counts as a positional argument.
            let takes = if self.required == P {
                format!(
                    "{} positional argument{}",
                    P + 1,
                    if P == 0 { "" } else { "s" }
                )
            } else {
                format!(
                    "from {} to {} positional arguments",
                    self.required + 1,
                    P + 1
                )
            };
            return Err(PyErr::type_error(if P == 0 && K == 0 {
                format!("{name}() takes no arguments ({given} given)")
            } else {
                format!("{name}() takes {takes} but {} were given", given + 1)
            }));
        }
        let mut positional: [Option<&'a Value>; P] = [None; P];
        let mut keyword_only: [Option<&'a Value>; K] = [None; K];
        for (slot, value) in positional.iter_mut().zip(args.positional) {
            *slot = Some(value);
        }
        for (keyword, value) in args.keywords {
            let keyword = keyword.as_str();
            if let Some(index) = self.positional.iter().position(|p| *p == keyword) {
                if positional[index].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{name}() got multiple values for argument '{keyword}'"
                    )));
                }
                positional[index] = Some(value);
            } else if let Some(index) = self.keyword_only.iter().position(|p| *p == keyword) {
                keyword_only[index] = Some(value);
            } else {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument '{keyword}'"
                )));
            }
        }
        let missing: Vec<&str> = (0..self.required)
            .filter(|&index| positional[index].is_none())
            .map(|index| self.positional[index])
            .collect();
        if !missing.is_empty() {
            let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
            let list = match quoted.as_slice() {
                [one] => one.clone(),
                [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
                [] => String::new(),
            };
            return Err(PyErr::type_error(format!(
                "{name}() missing {} required positional argument{}: {list}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        Ok((positional, keyword_only))
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::object::PyStr;

    const RANDINT: Signature<'static, 2, 0> = Signature {
        name: "Random.randint",
        positional: ["a", "b"],
        required: 2,
        keyword_only: [],
    };

    fn message(result: PyResult<impl Sized>) -> String {
        match result {
            Err(err) => format!("{err:?}"),
            Ok(_) => "ok".into(),
        }
    }

    #[test]
    fn messages_match_python_functions() {
        let one = [Value::Int(1)];
        assert!(
            message(RANDINT.bind(Args::new(&one)))
                .contains("Random.randint() missing 1 required positional argument: 'b'")
        );
        assert!(
            message(RANDINT.bind(Args::new(&[])))
                .contains("missing 2 required positional arguments: 'a' and 'b'")
        );
        let three = [Value::Int(1), Value::Int(2), Value::Int(3)];
        assert!(
            message(RANDINT.bind(Args::new(&three)))
                .contains("takes 3 positional arguments but 4 were given")
        );
        let keywords = [(Rc::new(PyStr::new("a")), Value::Int(2))];
        let args = Args {
            positional: &one,
            keywords: &keywords,
        };
        assert!(message(RANDINT.bind(args)).contains("got multiple values for argument 'a'"));
    }
}
