//! Structural pattern matching (`match`): the type tests and extractions behind the
//! `MatchSequence`, `MatchMapping`, `GetLen`, `MatchKeys`, `MatchClass` and `DictWithout`
//! instructions, with CPython 3.11's rules and error messages (`ceval.c`'s `match_keys` and
//! `match_class`).

use std::rc::Rc;

use crate::builtins::functions::length;
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{BuiltinKind, Class, DictTable, Instance, Payload, PyDict, PySet, PyStr};
use crate::value::Value;

/// Whether a class pattern with one positional sub-pattern matches the subject itself
/// (`int(x)`): CPython's `_Py_TPFLAGS_MATCH_SELF`, set on these builtins and inherited by
/// their subclasses.
fn matches_self(class: &Rc<Class>) -> bool {
    class.mro().any(|class| {
        class.is_builtin
            && matches!(
                class.kind,
                BuiltinKind::Bool
                    | BuiltinKind::Bytes
                    | BuiltinKind::Dict
                    | BuiltinKind::Float
                    | BuiltinKind::FrozenSet
                    | BuiltinKind::Int
                    | BuiltinKind::List
                    | BuiltinKind::Set
                    | BuiltinKind::Str
                    | BuiltinKind::Tuple
            )
    })
}

impl Vm {
    /// Whether sequence patterns apply to `value`: the types CPython flags
    /// `Py_TPFLAGS_SEQUENCE` (str, bytes and bytearray deliberately are not).
    pub(crate) fn is_match_sequence(&self, value: &Value) -> bool {
        match value {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            // The flag is inherited: instances of subclasses of list and tuple are sequences.
            Value::Instance(instance) => {
                instance.class.is_subclass_of(&self.types.list)
                    || instance.class.is_subclass_of(&self.types.tuple)
            }
            _ => false,
        }
    }

    /// Whether mapping patterns apply to `value` (`Py_TPFLAGS_MAPPING`): dicts and instances
    /// of dict subclasses.
    pub(crate) fn is_match_mapping(&self, value: &Value) -> bool {
        match value {
            Value::Dict(_) => true,
            Value::Instance(instance) => instance.class.is_subclass_of(&self.types.dict),
            _ => false,
        }
    }

    /// `len(value)` for a length check.
    pub(crate) fn match_len(&mut self, value: &Value) -> PyResult<Value> {
        let len = length(self, value)?;
        Ok(Value::Int(i64::try_from(len).unwrap_or(i64::MAX)))
    }

    /// The values of `keys` (a tuple) in the mapping `subject`, or `None` if one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Option<Value>> {
        let keys: Vec<Value> = match keys {
            Value::Tuple(keys) => keys.items.to_vec(),
            other => {
                return Err(PyErr::type_error(format!(
                    "mapping pattern keys must be a tuple, not {}",
                    self.type_name(other)
                )));
            }
        };
        if keys.is_empty() {
            return Ok(Some(Value::tuple(Vec::new())));
        }
        let seen = PySet::new(Default::default());
        // What `subject.get(key, missing)` returns for an absent key, for non-dict mappings.
        let mut missing: Option<Value> = None;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.set_contains(&seen, &key)? {
                let repr = self.repr(&key)?;
                return Err(PyErr::value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    repr.as_str()
                )));
            }
            self.set_insert(&seen, key.clone())?;
            let value = match subject {
                Value::Dict(dict) => self.dict_get(dict, &key)?,
                other => {
                    let sentinel = missing
                        .get_or_insert_with(|| {
                            Value::Instance(Rc::new(Instance::new(
                                self.types.object.clone(),
                                Payload::None,
                            )))
                        })
                        .clone();
                    // What CPython calls for every mapping: an override of `get` in a dict
                    // subclass runs.
                    let get = self.get_attr(other, &PyStr::new("get"))?;
                    let value = self.call(&get, &[key, sentinel.clone()])?;
                    (!value.is(&sentinel)).then_some(value)
                }
            };
            match value {
                Some(value) => values.push(value),
                None => return Ok(None),
            }
        }
        Ok(Some(Value::tuple(values)))
    }

    /// A class pattern `class(p1, ..., name=p, ...)` against `subject`: the tuple of the
    /// `positional` attributes named by `__match_args__` (or the subject itself) followed by
    /// the keyword attributes named in `keywords`, or `None` when the subject is not an
    /// instance of the class or lacks one of the attributes.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        class: &Value,
        keywords: &Value,
        positional: usize,
    ) -> PyResult<Option<Value>> {
        let Value::Class(class_ref) = class else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        // A metaclass's `__instancecheck__` decides, as for `isinstance`.
        let matches = if class_ref.metaclass.is_some() {
            crate::builtins::functions::is_instance_of(self, subject, class, "isinstance")?
        } else {
            self.is_instance(subject, class_ref)
        };
        if !matches {
            return Ok(None);
        }
        let class = class_ref;
        let keywords: Vec<Value> = match keywords {
            Value::Tuple(names) => names.items.to_vec(),
            _ => Vec::new(),
        };
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        let mut attributes = Vec::with_capacity(positional + keywords.len());
        if positional > 0 {
            let class_value = Value::Class(class.clone());
            let (names, match_self) = match self.get_attr_opt(&class_value, "__match_args__")? {
                Some(Value::Tuple(names)) => (names.items.to_vec(), false),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        class.name.as_str(),
                        self.type_name(&other)
                    )));
                }
                // Only a class without `__match_args__` can match itself.
                None => (Vec::new(), matches_self(class)),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < positional {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{} ({positional} given)",
                    class.name.as_str(),
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self {
                attributes.push(subject.clone());
            } else {
                for name in names.iter().take(positional) {
                    let Value::Str(name) = name else {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    };
                    match self.match_class_attribute(subject, class, name, &mut seen)? {
                        Some(value) => attributes.push(value),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in &keywords {
            let Value::Str(name) = name else {
                return Err(PyErr::type_error(format!(
                    "class pattern attribute names must be strings (got {})",
                    self.type_name(name)
                )));
            };
            match self.match_class_attribute(subject, class, name, &mut seen)? {
                Some(value) => attributes.push(value),
                None => return Ok(None),
            }
        }
        Ok(Some(Value::tuple(attributes)))
    }

    /// `getattr(subject, name)` for a class pattern, `None` on AttributeError; naming an
    /// attribute twice is a TypeError.
    fn match_class_attribute(
        &mut self,
        subject: &Value,
        class: &Class,
        name: &Rc<PyStr>,
        seen: &mut Vec<Rc<PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|other| other.as_str() == name.as_str()) {
            let repr = self.repr(&Value::Str(name.clone()))?;
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                class.name.as_str(),
                repr.as_str()
            )));
        }
        seen.push(name.clone());
        self.get_attr_opt(subject, name.as_str())
    }

    /// `dict(src)` without the keys of the tuple `keys`: the `**rest` of a mapping pattern.
    pub(crate) fn dict_without(&mut self, src: &Value, keys: &Value) -> PyResult<Value> {
        let rest = Value::Dict(Rc::new(PyDict::new(DictTable::new())));
        self.dict_update(&rest, src, None)?;
        if let Value::Tuple(keys) = keys {
            for key in keys.items.iter() {
                self.del_item(&rest, key)?;
            }
        }
        Ok(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ExcKind;

    #[test]
    fn only_lists_tuples_and_ranges_are_sequences() {
        let vm = Vm::new(1 << 20);
        assert!(vm.is_match_sequence(&Value::list(Vec::new())));
        assert!(vm.is_match_sequence(&Value::tuple(Vec::new())));
        assert!(!vm.is_match_sequence(&Value::str("ab")));
        assert!(!vm.is_match_mapping(&Value::list(Vec::new())));
    }

    #[test]
    fn repeated_keys_are_a_value_error() {
        let mut vm = Vm::new(1 << 20);
        let subject = vm
            .build_dict(vec![(Value::Int(1), Value::Int(2))])
            .expect("dict");
        let keys = Value::tuple(vec![Value::Int(1), Value::True]);
        let err = vm.match_keys(&subject, &keys).expect_err("duplicate");
        assert!(vm.is_instance_of_kind(&err, ExcKind::ValueError));
        let found = vm
            .match_keys(&subject, &Value::tuple(vec![Value::Int(1)]))
            .expect("lookup");
        assert!(matches!(found, Some(Value::Tuple(values)) if values.items.len() == 1));
        let absent = vm
            .match_keys(&subject, &Value::tuple(vec![Value::Int(3)]))
            .expect("lookup");
        assert!(absent.is_none());
    }
}
