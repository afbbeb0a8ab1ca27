//! "Did you mean" hints for NameError and AttributeError, chosen among the names in scope
//! (or the attributes of the object) the way CPython 3.11's traceback printer does.

use crate::error::PyErr;
use crate::interpreter::Vm;
use crate::object::PyStr;
use crate::value::Value;

impl Vm {
    /// NameError for `name` in the running frame, with a hint from its locals, then the
    /// module's globals, then the builtins.
    pub(crate) fn name_error_with_suggestion(&self, name: &PyStr) -> PyErr {
        let err = crate::interpreter::dispatch::name_error(name);
        let Some(frame) = self.frames.last() else {
            return err;
        };
        let function = &frame.function;
        let locals: Vec<&str> = function
            .code
            .local_names
            .iter()
            .map(|local| local.as_str())
            .collect();
        if let Some(found) = crate::text::closest_name(&locals, name.as_str()) {
            return err.with_suggestion(Some(found));
        }
        let globals = function.globals.bound_items();
        let global_names: Vec<&str> = globals.iter().map(|(key, _)| key.as_str()).collect();
        if let Some(found) = crate::text::closest_name(&global_names, name.as_str()) {
            return err.with_suggestion(Some(found));
        }
        let builtins = tauraro_bytecode::BUILTIN_NAMES;
        let found = crate::text::closest_name(builtins, name.as_str());
        err.with_suggestion(found)
    }

    /// A hint for a missing attribute `name` of `obj`: the closest of its attributes.
    pub(crate) fn attribute_suggestion(&self, obj: &Value, name: &str) -> Option<String> {
        let mut candidates: Vec<String> = Vec::new();
        match obj {
            Value::Module(module) => {
                candidates.extend(
                    module
                        .bound_items()
                        .into_iter()
                        .map(|(key, _)| key.as_str().to_owned()),
                );
            }
            Value::Instance(instance) => {
                for (key, _) in instance.attribute_items() {
                    if let Value::Str(key) = &key {
                        candidates.push(key.as_str().to_owned());
                    }
                }
            }
            _ => {}
        }
        let class = match obj {
            Value::Class(class) => class.clone(),
            other => self.type_of(other),
        };
        for class in class.mro() {
            for entry in class.dict.borrow().iter() {
                if let Value::Str(key) = &entry.key {
                    candidates.push(key.as_str().to_owned());
                }
            }
        }
        candidates.sort();
        candidates.dedup();
        let names: Vec<&str> = candidates.iter().map(String::as_str).collect();
        crate::text::closest_name(&names, name).map(str::to_owned)
    }
}
