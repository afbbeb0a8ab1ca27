//! Importing a module by its full dotted name, as CPython's `importlib._bootstrap._gcd_import`:
//! the `sys.modules` cache, parents before children, the native modules, the loader, running
//! the module's body, and binding a submodule as an attribute of its package.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interpreter::Vm;
use crate::modules::NativeModule;
use crate::object::Module;
use crate::value::Value;

use super::{FoundModule, LoadFailure};

impl Vm {
    /// `sys.modules[name]`, if present.
    pub(crate) fn sys_modules_get(&mut self, name: &str) -> PyResult<Option<Value>> {
        let modules = self.import.modules.clone();
        let key = Value::Str(self.intern(name));
        self.dict_get(&modules, &key)
    }

    /// `sys.modules[name] = module`.
    pub(crate) fn sys_modules_set(&mut self, name: &str, module: Value) -> PyResult<()> {
        let modules = self.import.modules.clone();
        let key = Value::Str(self.intern(name));
        self.dict_set(&modules, key, module)
    }

    /// `sys.modules.pop(name, None)`.
    fn sys_modules_remove(&mut self, name: &str) -> PyResult<Option<Value>> {
        let modules = self.import.modules.clone();
        let key = Value::Str(self.intern(name));
        self.dict_remove(&modules, &key)
    }

    /// The module called `name` (a full dotted name), imported now if it is not in
    /// `sys.modules` yet.
    pub(crate) fn import_module(&mut self, name: &str) -> PyResult<Value> {
        match self.sys_modules_get(name)? {
            Some(Value::None) => Err(self.module_not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            )),
            Some(module) => Ok(module),
            None => self.find_and_load(name),
        }
    }

    fn find_and_load(&mut self, name: &str) -> PyResult<Value> {
        let (parent, child) = match name.rsplit_once('.') {
            Some((parent, child)) => (Some(parent), child),
            None => (None, name),
        };
        let mut parent_module = None;
        let folders = match parent {
            None => self.search_path(),
            Some(parent) => {
                if self.sys_modules_get(parent)?.is_none() {
                    self.import_module(parent)?;
                }
                // Importing the parent may have imported this module too.
                if let Some(module) = self.sys_modules_get(name)? {
                    return Ok(module);
                }
                let Some(module) = self.sys_modules_get(parent)? else {
                    return Err(self.module_not_found(format!("No module named '{name}'"), name));
                };
                let path = self.get_attr_opt(&module, "__path__")?;
                parent_module = Some(module);
                match path {
                    Some(path) => self.folder_list(&path)?,
                    None => {
                        return Err(self.module_not_found(
                            format!("No module named '{name}'; '{parent}' is not a package"),
                            name,
                        ));
                    }
                }
            }
        };
        let module = self.find_and_execute(name, parent.is_none(), &folders)?;
        if let Some(parent_module) = parent_module {
            // CPython only warns when the package refuses the attribute.
            let child = self.intern(child);
            let _ = self.set_attr(&parent_module, &child, module.clone());
        }
        Ok(module)
    }

    /// The string entries of `sys.path`.
    fn search_path(&mut self) -> Vec<String> {
        self.import
            .path
            .snapshot()
            .iter()
            .filter_map(|entry| match entry {
                Value::Str(folder) => Some(folder.as_str().to_owned()),
                _ => None,
            })
            .collect()
    }

    /// The string entries of a package's `__path__`.
    fn folder_list(&mut self, path: &Value) -> PyResult<Vec<String>> {
        Ok(self
            .collect(path)?
            .iter()
            .filter_map(|entry| match entry {
                Value::Str(folder) => Some(folder.as_str().to_owned()),
                _ => None,
            })
            .collect())
    }

    /// Finds module `name` — built-in native modules, then a file in `folders`, then the
    /// other native modules (top level only) — and runs it.
    fn find_and_execute(
        &mut self,
        name: &str,
        top_level: bool,
        folders: &[String],
    ) -> PyResult<Value> {
        let native = if top_level {
            crate::modules::find(name)
        } else {
            None
        };
        if let Some(native) = native.filter(|native| native.built_in) {
            return self.load_native(native);
        }
        let found = match self.import.loader.take() {
            Some(mut loader) => {
                let result = loader.find_and_compile(name, folders);
                self.import.loader = Some(loader);
                result
            }
            None => Ok(None),
        };
        match found {
            Ok(Some(found)) => self.execute_found(name, found),
            Ok(None) => match native {
                Some(native) => self.load_native(native),
                None => Err(self.module_not_found(format!("No module named '{name}'"), name)),
            },
            Err(LoadFailure::Syntax(info)) => Err(self.import_syntax_error(&info)),
            Err(LoadFailure::Unreadable { path, message }) => {
                Err(self.import_error(message, Some(name), Some(&path)))
            }
            Err(LoadFailure::NotSupported(what)) => Err(crate::error::PyErr::not_supported(what)),
        }
    }

    fn load_native(&mut self, native: &NativeModule) -> PyResult<Value> {
        let module = Value::Module(crate::modules::instantiate(self, native)?);
        self.sys_modules_set(native.name, module.clone())?;
        Ok(module)
    }

    /// Runs a compiled module file as module `name`: registered in `sys.modules` while its
    /// body runs (a circular import sees it partially initialised), removed if the body
    /// raises.
    fn execute_found(&mut self, name: &str, found: FoundModule) -> PyResult<Value> {
        let slot_names = found
            .bytecode
            .global_names
            .iter()
            .map(|slot| self.intern(slot))
            .collect();
        let module = Rc::new(Module::new(self.intern(name), slot_names));
        let package = if found.is_package {
            name
        } else {
            name.rsplit_once('.').map_or("", |(parent, _)| parent)
        };
        let attributes = [
            ("__name__", Value::str(name)),
            ("__doc__", Value::None),
            ("__package__", Value::str(package)),
            ("__file__", Value::str(&found.path)),
        ];
        for (attribute, value) in attributes {
            module.set_by_name(&self.intern(attribute), value);
        }
        if found.is_package {
            let folder = match found.path.rsplit_once('/') {
                Some((folder, _)) => folder,
                None => ".",
            };
            let path = Value::list(vec![Value::str(folder)]);
            module.set_by_name(&self.intern("__path__"), path);
        }
        self.sys_modules_set(name, Value::Module(module.clone()))?;
        self.import.initializing.push(Rc::from(name));
        let result = self.run_module_in(&found.bytecode, &module);
        self.import.initializing.pop();
        if let Err(err) = result {
            self.sys_modules_remove(name)?;
            return Err(err);
        }
        // The body may have replaced its entry in sys.modules; CPython returns that.
        match self.sys_modules_get(name)? {
            Some(replaced) => Ok(replaced),
            None => Ok(Value::Module(module)),
        }
    }

    /// Whether the body of module `name` is still running.
    pub(crate) fn is_initializing(&self, name: &str) -> bool {
        self.import
            .initializing
            .iter()
            .any(|running| &**running == name)
    }
}
