//! Loading bytecode: checking the format version against what this VM accepts, decoding,
//! verifying, and turning code objects into runtime [`Code`] with live constants.

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use tauraro_bytecode::{BytecodeModule, CodeObject, Constant, DecodeError, VerifyError};

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Code, CodeUnit, Function, Module, PyBytes, PySet, SetTable};
use crate::value::Value;
use crate::{ACCEPTED_FORMAT_VERSIONS, VM_VERSION};

/// Why bytecode could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    UnsupportedVersion { found: u32 },
    Decode(DecodeError),
    Verify(VerifyError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::UnsupportedVersion { found } => write!(
                f,
                "bytecode format version {found} is not supported by tauraro-vm {VM_VERSION} (it accepts version{} {})",
                if ACCEPTED_FORMAT_VERSIONS.len() == 1 {
                    ""
                } else {
                    "s"
                },
                ACCEPTED_FORMAT_VERSIONS
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            LoadError::Decode(err) => write!(f, "{err}"),
            LoadError::Verify(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Decodes and verifies the bytes of a `.trc` file.
pub fn load_module_bytes(bytes: &[u8]) -> Result<BytecodeModule, LoadError> {
    let version = tauraro_bytecode::peek_format_version(bytes).map_err(LoadError::Decode)?;
    if !ACCEPTED_FORMAT_VERSIONS.contains(&version) {
        return Err(LoadError::UnsupportedVersion { found: version });
    }
    let module = tauraro_bytecode::decode_module(bytes).map_err(LoadError::Decode)?;
    tauraro_bytecode::verify_module(&module).map_err(LoadError::Verify)?;
    Ok(module)
}

impl Vm {
    fn constant_value(&mut self, constant: &Constant) -> PyResult<Value> {
        Ok(match constant {
            Constant::None => Value::None,
            Constant::True => Value::True,
            Constant::False => Value::False,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(v) => Value::Int(*v),
            Constant::BigInt(digits) => match digits.parse::<BigInt>() {
                Ok(value) => Value::from_bigint(value),
                Err(_) => return Err(PyErr::value_error("invalid big integer constant")),
            },
            Constant::Float(v) => Value::Float(*v),
            Constant::Imaginary(_) => {
                return Err(PyErr::not_supported("complex numbers (imaginary literals)"));
            }
            Constant::Str(text) => {
                if text.len() <= 40 && text.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    Value::Str(self.intern(text))
                } else {
                    Value::str(text)
                }
            }
            Constant::Bytes(bytes) => Value::Bytes(Rc::new(PyBytes::new(bytes.clone()))),
            Constant::Tuple(items) => {
                let values = items
                    .iter()
                    .map(|item| self.constant_value(item))
                    .collect::<PyResult<Vec<_>>>()?;
                Value::tuple(values)
            }
            Constant::FrozenSet(items) => {
                let values = items
                    .iter()
                    .map(|item| self.constant_value(item))
                    .collect::<PyResult<Vec<_>>>()?;
                let set = Rc::new(PySet::new(SetTable::new()));
                for value in values {
                    self.set_insert(&set, value)?;
                }
                Value::FrozenSet(set)
            }
        })
    }

    fn runtime_code(&mut self, code: &CodeObject, source_path: &Rc<str>) -> PyResult<Code> {
        let constants = code
            .constants
            .iter()
            .map(|constant| self.constant_value(constant))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(Code {
            instructions: code.instructions.clone(),
            constants: constants.into_boxed_slice(),
            names: code.names.iter().map(|name| self.intern(name)).collect(),
            local_names: code
                .local_names
                .iter()
                .map(|name| self.intern(name))
                .collect(),
            name: self.intern(&code.name),
            qualname: self.intern(&code.qualname),
            flags: code.flags,
            arg_count: usize::from(code.arg_count),
            posonly_count: usize::from(code.posonly_count),
            kwonly_count: usize::from(code.kwonly_count),
            local_count: usize::from(code.local_count),
            param_count: usize::from(code.param_count()),
            free_start: code.free_start,
            free_count: usize::from(code.free_count),
            register_count: usize::from(code.register_count),
            first_line: code.first_line,
            line_table: code.line_table.clone(),
            exception_table: code.exception_table.clone(),
            source_path: source_path.clone(),
            simple_call: code.param_count() == code.arg_count
                && code.free_count == 0
                && !code.flags.contains(tauraro_bytecode::CodeFlags::GENERATOR),
            closure_call: code.param_count() == code.arg_count
                && code.free_count != 0
                && !code.flags.contains(tauraro_bytecode::CodeFlags::GENERATOR),
            attr_caches: crate::runtime::attribute_cache::AttrCaches::new(code.names.len()),
        })
    }

    /// Runs a verified module as `module_name` (`"__main__"` for the program).
    ///
    /// The module must have passed [`tauraro_bytecode::verify_module`]: the interpreter indexes
    /// registers without bounds checks on that guarantee (it is checked again here).
    pub fn run_module(
        &mut self,
        module: &BytecodeModule,
        module_name: &str,
    ) -> PyResult<Rc<Module>> {
        let slot_names = module
            .global_names
            .iter()
            .map(|name| self.intern(name))
            .collect();
        let namespace = Rc::new(Module::new(self.intern(module_name), slot_names));
        self.initialise_module_attributes(&namespace, &module.source_path);
        if module_name == "__main__" {
            self.give_main_annotations(&namespace);
        }
        self.register_top_module(&namespace)?;
        self.run_module_in(module, &namespace)?;
        Ok(namespace)
    }

    /// A namespace for an interactive session: `capacity` global names at most.
    pub fn new_session(&mut self, capacity: usize) -> Rc<Module> {
        let namespace = Rc::new(Module::with_capacity(self.intern("__main__"), capacity));
        let names: Vec<_> = ["__name__", "__doc__", "__file__"]
            .iter()
            .map(|name| self.intern(name))
            .collect();
        namespace.bind_names(&names);
        self.initialise_module_attributes(&namespace, "<stdin>");
        self.give_main_annotations(&namespace);
        // Only fails for a sys.modules that holds unhashable keys, which a new VM has not.
        let _ = self.register_top_module(&namespace);
        namespace
    }

    /// CPython's `__main__` starts with an empty `__annotations__` dict (other modules only
    /// get one when their body annotates a name).
    fn give_main_annotations(&mut self, namespace: &Rc<Module>) {
        let name = self.intern("__annotations__");
        let dict = Value::Dict(Rc::new(crate::object::PyDict::new(
            crate::object::DictTable::new(),
        )));
        namespace.set_by_name(&name, dict);
    }

    fn initialise_module_attributes(&mut self, namespace: &Module, path: &str) {
        if let Some(slot) = namespace.slot_of("__name__") {
            namespace
                .globals
                .replace(slot, Value::Str(namespace.name.clone()));
        }
        if let Some(slot) = namespace.slot_of("__doc__") {
            namespace.globals.replace(slot, Value::None);
        }
        if let Some(slot) = namespace.slot_of("__file__") {
            namespace.globals.replace(slot, Value::str(path));
        }
    }

    /// Runs a verified module's body with `namespace` as its globals. The module's global
    /// names must be the namespace's names followed by new ones (what the compiler produces
    /// when given the namespace's names as predefined globals).
    pub fn run_module_in(
        &mut self,
        module: &BytecodeModule,
        namespace: &Rc<Module>,
    ) -> PyResult<()> {
        if let Err(err) = tauraro_bytecode::verify_module(module) {
            return Err(PyErr::new(crate::ExcKind::SystemError, err.to_string()));
        }
        let names: Vec<_> = module
            .global_names
            .iter()
            .map(|name| self.intern(name))
            .collect();
        if !namespace.bind_names(&names) {
            return Err(PyErr::new(
                crate::ExcKind::SystemError,
                "the module's global names do not match its namespace",
            ));
        }
        let source_path: Rc<str> = Rc::from(&*module.source_path);
        let mut codes = Vec::with_capacity(module.codes.len());
        for code in &module.codes {
            codes.push(Rc::new(self.runtime_code(code, &source_path)?));
        }
        let unit = Rc::new(CodeUnit {
            codes: codes.into_boxed_slice(),
        });
        let entry = unit.codes[module.entry.index()].clone();
        let function = Rc::new(Function::new(entry, unit, namespace.clone()));
        let base = self.stack_top();
        self.push_frame(function, base, base, true)?;
        self.run()?;
        Ok(())
    }
}
