//! The module system: what `import` statements do at run time.
//!
//! The VM cannot compile source (it depends only on `tauraro-bytecode`), so finding and
//! compiling a module's file is the job of a [`ModuleLoader`] that the embedder installs (the
//! CLI implements it with the compiler's database). Everything else follows CPython's
//! `importlib._bootstrap`:
//! - `sys.modules` is a real dict and the only cache: a module is registered there *before*
//!   its body runs, so a circular import sees the partially initialised module, and removed
//!   again if the body raises;
//! - a dotted name imports its parents first; each submodule becomes an attribute of its
//!   parent; a package is a folder with an `__init__` file and its `__path__` is searched for
//!   submodules;
//! - the native modules (`sys`, `time`, `math`, `random`, in `crate::modules`) are found
//!   where CPython finds them: `sys` and `time` are built in and come before `sys.path`;
//!   `math` and `random` come after it, so a program's own `random.py` shadows them as it
//!   does under CPython.
//!
//! All of it lives in one field of the VM, [`ImportState`].
//!
//! Files: `finder.rs` (importing a module by its full name), `statements.rs` (the three
//! import instructions), `errors.rs` (ImportError, ModuleNotFoundError, and SyntaxErrors of
//! imported files), `module_object.rs` (attributes and repr of module objects).

mod errors;
mod finder;
mod module_object;
mod statements;
#[cfg(test)]
mod tests;

use std::rc::Rc;

use tauraro_bytecode::BytecodeModule;

pub(crate) use statements::builtin_import;

use crate::error::{ExcKind, PyResult};
use crate::interpreter::Vm;
use crate::object::{DictTable, Module, PyDict, PyList};
use crate::value::Value;

/// Finds module files and compiles them. Implemented outside the VM, by whoever owns a
/// compiler.
pub trait ModuleLoader {
    /// Looks for the module `name` (its full dotted name; the file is named after its last
    /// part) in `folders`, in order: `NAME/__init__.py` (a package), then `NAME.py`, and the
    /// same with the `.tr` extension. For a top-level module the folders are `sys.path`; for
    /// a submodule, its package's `__path__`. Returns `Ok(None)` when no folder has it.
    fn find_and_compile(
        &mut self,
        name: &str,
        folders: &[String],
    ) -> Result<Option<FoundModule>, LoadFailure>;
}

/// A module file that was found and compiled.
pub struct FoundModule {
    /// The file's path, which becomes the module's `__file__`.
    pub path: String,
    /// The file is a package's `__init__`: its folder becomes the package's `__path__`.
    pub is_package: bool,
    pub bytecode: BytecodeModule,
}

/// Why a module file that was found could not be compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    /// The file has a syntax error: raised as SyntaxError (or one of its subclasses).
    Syntax(SyntaxErrorInfo),
    /// The file cannot be read (raised as ImportError with this message).
    Unreadable { path: String, message: String },
    /// The module exists in a form Tauraro does not handle (raised as "not supported yet").
    NotSupported(String),
}

/// A syntax error in a module file, with CPython's SyntaxError attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: ExcKind,
    pub message: String,
    pub path: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the error in the line, in characters.
    pub offset: u32,
    /// The source line, without its line break.
    pub text: String,
}

/// The state of the module system: `sys.modules`, `sys.path`, the loader, and the state of
/// the native modules.
pub struct ImportState {
    /// `sys.modules`.
    pub(crate) modules: Rc<PyDict>,
    /// `sys.path`: the folders searched for top-level modules.
    pub(crate) path: Rc<PyList>,
    pub(crate) loader: Option<Box<dyn ModuleLoader>>,
    /// Full names of the modules whose body is running (for CPython's "partially
    /// initialized module" message).
    pub(crate) initializing: Vec<Rc<str>>,
    /// State of the native modules (the random generator, the clock origin, `sys`'s streams).
    pub(crate) native: crate::modules::NativeState,
}

impl Default for ImportState {
    fn default() -> Self {
        ImportState {
            modules: Rc::new(PyDict::new(DictTable::new())),
            path: Rc::new(PyList::new(Vec::new())),
            loader: None,
            initializing: Vec::new(),
            native: crate::modules::NativeState::default(),
        }
    }
}

impl Vm {
    /// Installs the loader that finds and compiles module files.
    pub fn set_module_loader(&mut self, loader: Box<dyn ModuleLoader>) {
        self.import.loader = Some(loader);
    }

    /// Sets `sys.path`: the folders searched for top-level modules (the main script's folder
    /// first, then those of `TAURARO_PATH`).
    pub fn set_module_search_path(&mut self, folders: Vec<String>) {
        *self.import.path.items_mut() = folders.into_iter().map(Value::string).collect();
    }

    /// Registers the program's module (`__main__`) in `sys.modules`, with no package, as
    /// CPython does for a script.
    pub(crate) fn register_top_module(&mut self, module: &Rc<Module>) -> PyResult<()> {
        module.set_by_name(&self.intern("__package__"), Value::None);
        let name = module.name.clone();
        self.sys_modules_set(name.as_str(), Value::Module(module.clone()))
    }
}
