//! The import instructions: `ImportName` (`import a.b.c`, the module of a `from` import, with
//! relative names resolved against the running module's package), `ImportFrom` (one name of
//! `from m import name`) and `ImportStar` (`from m import *`).

use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, Module, PyStr};
use crate::value::Value;

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: what an
/// `import` statement does, for code that imports by a computed name. Relative names are
/// resolved against the module whose code calls it.
pub(crate) fn builtin_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, _globals, _locals, fromlist, level] = bind(
        "__import__",
        args,
        ["name", "globals", "locals", "fromlist", "level"],
        1,
        0,
    )?;
    let Some(Value::Str(name)) = name else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let level = match level {
        Some(level) => vm.to_index(level)?,
        None => 0.into(),
    };
    if level < 0.into() {
        return Err(PyErr::value_error("level must be >= 0"));
    }
    let level = u8::try_from(&level)
        .map_err(|_| PyErr::not_supported("relative imports more than 255 levels up"))?;
    if name.as_str().is_empty() && level == 0 {
        return Err(PyErr::value_error("Empty module name"));
    }
    let fromlist = match fromlist {
        Some(list) if !list.is_none() => vm.collect(list)?,
        _ => Vec::new(),
    };
    let module = vm.import_name(name, level, fromlist.is_empty())?;
    // `_handle_fromlist`: the names of a package's submodules are imported now.
    for item in fromlist {
        if let Value::Str(item) = item
            && item.as_str() != "*"
            && vm.get_attr_opt(&module, item.as_str())?.is_none()
            && let Some(Value::Str(package)) = vm.get_attr_opt(&module, "__name__")?
        {
            let full = format!("{}.{}", package.as_str(), item.as_str());
            vm.import_submodule_if_package(&module, &full)?;
        }
    }
    Ok(module)
}

impl Vm {
    /// The module whose code is running.
    fn running_module(&self) -> Option<Rc<Module>> {
        self.frames
            .last()
            .map(|frame| frame.function.globals.clone())
    }

    /// `ImportName`: imports `name` (relative to the running module's package when
    /// `level > 0`) and returns the module, or its top-level package when `top_level`.
    pub(crate) fn import_name(
        &mut self,
        name: &PyStr,
        level: u8,
        top_level: bool,
    ) -> PyResult<Value> {
        let full = if level > 0 {
            self.resolve_relative_name(name.as_str(), level)?
        } else {
            name.as_str().to_owned()
        };
        if full.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        let module = self.import_module(&full)?;
        match full.split_once('.') {
            Some((first, _)) if top_level => self.import_module(first),
            _ => Ok(module),
        }
    }

    /// The package a relative import starts from: `__package__`, or else what CPython
    /// derives from `__name__` and `__path__`.
    fn running_package(&mut self) -> PyResult<Option<String>> {
        let Some(module) = self.running_module() else {
            return Ok(None);
        };
        match module.get_by_name("__package__") {
            Some(Value::Str(package)) => return Ok(Some(package.as_str().to_owned())),
            Some(Value::None) | None => {}
            Some(_) => return Err(PyErr::type_error("__package__ not set to a string")),
        }
        let Some(Value::Str(name)) = module.get_by_name("__name__") else {
            return Ok(None);
        };
        if module.get_by_name("__path__").is_some() {
            return Ok(Some(name.as_str().to_owned()));
        }
        Ok(Some(
            name.as_str()
                .rsplit_once('.')
                .map_or("", |(parent, _)| parent)
                .to_owned(),
        ))
    }

    /// CPython's `_resolve_name`: `from ..a import b` inside package `p.q` imports `p.a`.
    fn resolve_relative_name(&mut self, name: &str, level: u8) -> PyResult<String> {
        let package = match self.running_package()? {
            Some(package) if !package.is_empty() => package,
            _ => {
                return Err(self.import_error(
                    "attempted relative import with no known parent package".into(),
                    None,
                    None,
                ));
            }
        };
        let level = usize::from(level);
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.import_error(
                "attempted relative import beyond top-level package".into(),
                None,
                None,
            ));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `ImportFrom`: `module.name`, else the submodule `module.name` (imported now when the
    /// module is a package, as CPython's `_handle_fromlist` does), else ImportError.
    pub(crate) fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(value) => return Ok(value),
            Err(err) if self.is_instance_of_kind(&err, ExcKind::AttributeError) => {}
            Err(err) => return Err(err),
        }
        let package_name = match self.get_attr_opt(module, "__name__")? {
            Some(Value::Str(package)) => Some(package.as_str().to_owned()),
            _ => None,
        };
        if let Some(package) = &package_name {
            let full = format!("{package}.{}", name.as_str());
            if let Some(value) = self.import_submodule_if_package(module, &full)? {
                return Ok(value);
            }
            if let Some(value) = self.sys_modules_get(&full)? {
                return Ok(value);
            }
        }
        let shown = package_name
            .clone()
            .unwrap_or_else(|| "<unknown module name>".to_owned());
        let path = match self.get_attr_opt(module, "__file__")? {
            Some(Value::Str(path)) => Some(path.as_str().to_owned()),
            _ => None,
        };
        let message = match &path {
            None => format!(
                "cannot import name '{}' from '{shown}' (unknown location)",
                name.as_str()
            ),
            Some(path) if self.is_initializing(&shown) => format!(
                "cannot import name '{}' from partially initialized module '{shown}' (most likely due to a circular import) ({path})",
                name.as_str()
            ),
            Some(path) => format!(
                "cannot import name '{}' from '{shown}' ({path})",
                name.as_str()
            ),
        };
        Err(self.import_error(message, package_name.as_deref(), path.as_deref()))
    }

    /// Imports the submodule `full` of `module` if `module` is a package; a submodule that
    /// does not exist is not an error here.
    fn import_submodule_if_package(
        &mut self,
        module: &Value,
        full: &str,
    ) -> PyResult<Option<Value>> {
        if self.get_attr_opt(module, "__path__")?.is_none() {
            return Ok(None);
        }
        match self.import_module(full) {
            Ok(value) => Ok(Some(value)),
            Err(err) if self.is_module_not_found_for(&err, full) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// `ImportStar`: binds every public name of `module` in the running module.
    pub(crate) fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Some(target) = self.running_module() else {
            return Ok(());
        };
        let module_name = match self.get_attr_opt(module, "__name__")? {
            Some(Value::Str(name)) => name.as_str().to_owned(),
            _ => "?".to_owned(),
        };
        let (names, from_all) = match self.get_attr_opt(module, "__all__")? {
            Some(all) => (self.collect(&all)?, true),
            None => (self.namespace_keys(module)?, false),
        };
        for name in names {
            let Value::Str(name) = name else {
                let (what, source) = if from_all {
                    ("Item", "__all__")
                } else {
                    ("Key", "__dict__")
                };
                return Err(PyErr::type_error(format!(
                    "{what} in {module_name}.{source} must be str, not {}",
                    self.type_name(&name)
                )));
            };
            if !from_all && name.as_str().starts_with('_') {
                continue;
            }
            if from_all && self.get_attr_opt(module, name.as_str())?.is_none() {
                let full = format!("{module_name}.{}", name.as_str());
                self.import_submodule_if_package(module, &full)?;
            }
            let value = self.get_attr(module, &name)?;
            if name.as_str() == "range" && target.slot_of("range").is_none() {
                // `for x in range(...)` is compiled to a loop over the builtin range when the
                // module has no global of that name.
                return Err(PyErr::not_supported(
                    "'from ... import *' that binds the name 'range'",
                ));
            }
            target.set_by_name(&name, value);
        }
        Ok(())
    }

    /// The names of a module's namespace (or of another object's `__dict__`).
    fn namespace_keys(&mut self, module: &Value) -> PyResult<Vec<Value>> {
        if let Value::Module(module) = module {
            return Ok(module
                .bound_items()
                .into_iter()
                .map(|(name, _)| Value::Str(name))
                .collect());
        }
        let name = self.intern("__dict__");
        let dict = self.get_attr(module, &name)?;
        self.collect(&dict)
    }
}
