//! Module objects seen from Python: `m.name` (the module's globals, then a module-level
//! `__getattr__` as in PEP 562), `m.name = value`, `del m.name`, `m.__dict__`, and the repr.
//!
//! `m.__dict__` is a new dict holding the module's globals at the time it is read: globals
//! live in slots, not in a dict, so changes made through that dict do not reach the module.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Module, PyStr};
use crate::value::Value;

impl Vm {
    /// `module.name`.
    pub(crate) fn module_get_attr(&mut self, module: &Rc<Module>, name: &PyStr) -> PyResult<Value> {
        if let Some(value) = module.get_by_pystr(name) {
            return Ok(value);
        }
        match name.as_str() {
            "__name__" => return Ok(Value::Str(module.name.clone())),
            "__dict__" => {
                let pairs = module
                    .bound_items()
                    .into_iter()
                    .map(|(name, value)| (Value::Str(name), value))
                    .collect();
                return self.build_dict(pairs);
            }
            "__annotations__" => {
                // As CPython's module type: a module whose body annotated nothing gets an
                // empty dict, kept, when the attribute is first read.
                let dict = self.build_dict(Vec::new())?;
                module.set_by_name(&self.intern("__annotations__"), dict.clone());
                return Ok(dict);
            }
            _ => {}
        }
        if let Some(getattr) = module.get_by_name("__getattr__") {
            return self.call(&getattr, &[Value::str(name.as_str())]);
        }
        let module_name = module.name.as_str();
        let message = if self.is_initializing(module_name) {
            format!(
                "partially initialized module '{module_name}' has no attribute '{}' (most likely due to a circular import)",
                name.as_str()
            )
        } else {
            format!(
                "module '{module_name}' has no attribute '{}'",
                name.as_str()
            )
        };
        Err(PyErr::new(ExcKind::AttributeError, message))
    }

    /// `module.name = value`.
    pub(crate) fn module_set_attr(&mut self, module: &Rc<Module>, name: &PyStr, value: Value) {
        let name = self.intern(name.as_str());
        module.set_by_name(&name, value);
    }

    /// `del module.name`.
    pub(crate) fn module_del_attr(&mut self, module: &Rc<Module>, name: &PyStr) -> PyResult<()> {
        if module.delete_by_name(name.as_str()) {
            Ok(())
        } else {
            // CPython's generic attribute deletion names the type, not the module.
            Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'module' object has no attribute '{}'", name.as_str()),
            ))
        }
    }

    /// `repr(module)`: `<module 'm' from '/path/m.py'>`, `<module 'sys' (built-in)>`.
    pub(crate) fn module_repr(&mut self, module: &Rc<Module>) -> String {
        let name = module.name.as_str();
        match module.get_by_name("__file__") {
            Some(Value::Str(path)) => format!("<module '{name}' from '{}'>", path.as_str()),
            _ if crate::modules::find(name).is_some() => format!("<module '{name}' (built-in)>"),
            _ => format!("<module '{name}'>"),
        }
    }
}
