//! `globals()`, `locals()` and `vars()` without an argument.
//!
//! A module's globals live in slots, not in a dict, so `globals()` returns a proxy whose
//! reads and writes go to the module itself (`globals()["x"] = 1` then `x` works): an
//! instance of a class named `dict` with the mapping methods, holding the module in its
//! payload. It is not a real `dict` (`isinstance(globals(), dict)` is False); `copy()`,
//! `keys()`, `values()` and `items()` give real dicts and views of the current contents.
//!
//! `locals()` in a function is a new dict of its bound local variables, as in CPython; in a
//! class body it is the namespace being built; at module level it is `globals()`.

use std::rc::Rc;

use crate::builtins::arguments::receiver;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Instance, Module, Payload, PyStr};
use crate::value::Value;

/// The builtins defined here.
pub static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("globals", globals),
    BuiltinFunction::new("locals", locals),
];

static PROXY_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__getitem__", proxy_getitem),
    BuiltinFunction::new("__setitem__", proxy_setitem),
    BuiltinFunction::new("__delitem__", proxy_delitem),
    BuiltinFunction::new("__contains__", proxy_contains),
    BuiltinFunction::new("__iter__", proxy_iter),
    BuiltinFunction::new("__len__", proxy_len),
    BuiltinFunction::new("__repr__", proxy_repr),
    BuiltinFunction::new("__eq__", proxy_eq),
    BuiltinFunction::new("get", proxy_get),
    BuiltinFunction::new("setdefault", proxy_setdefault),
    BuiltinFunction::new("pop", proxy_pop),
    BuiltinFunction::new("update", proxy_update),
    BuiltinFunction::new("keys", proxy_keys),
    BuiltinFunction::new("values", proxy_values),
    BuiltinFunction::new("items", proxy_items),
    BuiltinFunction::new("copy", proxy_copy),
];

/// `globals()`: the running module's namespace.
fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "globals() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    let module = vm.globals_module()?;
    Ok(vm.namespace_proxy(module))
}

/// `locals()`.
fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.positional.is_empty() || !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "locals() takes no arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    vm.caller_locals()
}

impl Vm {
    fn globals_module(&self) -> PyResult<Rc<Module>> {
        match self.frames.last() {
            Some(frame) => Ok(frame.function.globals.clone()),
            None => Err(PyErr::new(
                ExcKind::SystemError,
                "globals(): no current frame",
            )),
        }
    }

    /// A `globals()` proxy for `module`.
    pub(crate) fn namespace_proxy(&mut self, module: Rc<Module>) -> Value {
        let class = match &self.namespace_proxy_class {
            Some(class) => class.clone(),
            None => {
                let class = crate::modules::native_class(
                    self,
                    "dict",
                    "builtins",
                    PROXY_METHODS,
                    Vec::new(),
                );
                self.namespace_proxy_class = Some(class.clone());
                class
            }
        };
        Value::Instance(Rc::new(Instance::new(
            class,
            Payload::ModuleNamespace(module),
        )))
    }

    /// `locals()` / `vars()` for the calling Python frame.
    pub(crate) fn caller_locals(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "locals(): no current frame",
            ));
        };
        let function = frame.function.clone();
        let base = frame.base as usize;
        let code = function.code.clone();
        let is_module_body = code.qualname.as_str() == "<module>";
        if is_module_body {
            return Ok(self.namespace_proxy(function.globals.clone()));
        }
        let names: Vec<Rc<PyStr>> = code.local_names.to_vec();
        if names
            .first()
            .is_some_and(|name| name.as_str() == ".namespace")
        {
            // A class body: its namespace argument is the dict being built.
            return Ok(self.stack[base].clone());
        }
        // CPython's order: parameters and plain locals, then the other locals captured by
        // inner functions (its cell variables), then the free variables.
        let mut pairs = Vec::new();
        let mut cells = Vec::new();
        for (index, name) in names.iter().enumerate() {
            if name.as_str().starts_with('.') {
                continue;
            }
            let (value, is_cell) = match &self.stack[base + index] {
                Value::Cell(cell) => (cell.get(), index >= code.param_count),
                other => (other.clone(), false),
            };
            if value.is_undefined() {
                continue;
            }
            let pair = (Value::Str(name.clone()), value);
            if is_cell {
                cells.push(pair);
            } else {
                pairs.push(pair);
            }
        }
        pairs.extend(cells);
        // Free variables have no entry in `local_names`: their names are those the code
        // reads them by.
        let free_start = code.free_start.index();
        let free_end = free_start + code.free_count;
        let mut free_names: Vec<Option<Rc<PyStr>>> = vec![None; code.free_count];
        for instr in code.instructions.iter() {
            if let tauraro_bytecode::Instr::LoadCell { cell, name, .. }
            | tauraro_bytecode::Instr::DeleteCell { cell, name } = *instr
                && (free_start..free_end).contains(&cell.index())
            {
                free_names[cell.index() - free_start] = code.names.get(name.index()).cloned();
            }
        }
        for (offset, name) in free_names.into_iter().enumerate() {
            let Some(name) = name else { continue };
            let value = match &self.stack[base + free_start + offset] {
                Value::Cell(cell) => cell.get(),
                _ => continue,
            };
            if !value.is_undefined() {
                pairs.push((Value::Str(name), value));
            }
        }
        self.build_dict(pairs)
    }

    fn namespace_snapshot(&mut self, module: &Module) -> PyResult<Value> {
        let pairs = module
            .bound_items()
            .into_iter()
            .map(|(name, value)| (Value::Str(name), value))
            .collect();
        self.build_dict(pairs)
    }
}

fn proxied(args: Args<'_>) -> PyResult<(Rc<Module>, Args<'_>)> {
    let (this, rest) = receiver(args)?;
    match this {
        Value::Instance(instance) => match &instance.payload {
            Payload::ModuleNamespace(module) => Ok((module.clone(), rest)),
            _ => Err(PyErr::type_error("expected a module namespace")),
        },
        _ => Err(PyErr::type_error("expected a module namespace")),
    }
}

fn key_name(vm: &Vm, key: &Value) -> PyResult<Rc<PyStr>> {
    match key {
        Value::Str(name) => Ok(name.clone()),
        other => Err(PyErr::not_supported(format!(
            "a non-string key ({}) in a module's globals()",
            vm.type_name(other)
        ))),
    }
}

fn arity<'a>(name: &str, args: &'a Args<'_>, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let given = args.positional.len();
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "dict.{name}() takes no keyword arguments"
        )));
    }
    if given < min || given > max {
        return Err(PyErr::type_error(if min == max {
            format!("dict.{name}() takes exactly {min} argument ({given} given)")
        } else {
            format!("{name} expected at most {max} arguments, got {given}")
        }));
    }
    Ok(args.positional)
}

fn proxy_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let [key] = arity("__getitem__", &rest, 1, 1)? else {
        unreachable!("checked")
    };
    if let Value::Str(name) = key
        && let Some(value) = module.get_by_name(name.as_str())
    {
        return Ok(value);
    }
    let _ = vm;
    Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
}

fn proxy_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let [key, value] = arity("__setitem__", &rest, 2, 2)? else {
        unreachable!("checked")
    };
    let name = key_name(vm, key)?;
    let name = vm.intern(name.as_str());
    module.set_by_name(&name, value.clone());
    Ok(Value::None)
}

fn proxy_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let [key] = arity("__delitem__", &rest, 1, 1)? else {
        unreachable!("checked")
    };
    let name = key_name(vm, key)?;
    if module.delete_by_name(name.as_str()) {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
    }
}

fn proxy_contains(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let [key] = arity("__contains__", &rest, 1, 1)? else {
        unreachable!("checked")
    };
    Ok(Value::bool(match key {
        Value::Str(name) => module.get_by_name(name.as_str()).is_some(),
        _ => false,
    }))
}

fn proxy_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, _) = proxied(args)?;
    let keys: Vec<Value> = module
        .bound_items()
        .into_iter()
        .map(|(name, _)| Value::Str(name))
        .collect();
    vm.get_iter(&Value::list(keys))
}

fn proxy_len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, _) = proxied(args)?;
    Ok(Value::Int(module.bound_items().len() as i64))
}

fn proxy_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, _) = proxied(args)?;
    let snapshot = vm.namespace_snapshot(&module)?;
    Ok(Value::Str(vm.repr(&snapshot)?))
}

fn proxy_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let [other] = arity("__eq__", &rest, 1, 1)? else {
        unreachable!("checked")
    };
    let other = match other {
        Value::Instance(instance) => match &instance.payload {
            Payload::ModuleNamespace(other) => return Ok(Value::bool(Rc::ptr_eq(&module, other))),
            _ => other.clone(),
        },
        other => other.clone(),
    };
    let snapshot = vm.namespace_snapshot(&module)?;
    vm.compare(&snapshot, &other, crate::runtime::compare::CompareOp::Eq)
}

fn proxy_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let given = arity("get", &rest, 1, 2)?;
    let default = given.get(1).cloned().unwrap_or(Value::None);
    Ok(match &given[0] {
        Value::Str(name) => module.get_by_name(name.as_str()).unwrap_or(default),
        _ => default,
    })
}

fn proxy_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let given = arity("setdefault", &rest, 1, 2)?;
    let name = key_name(vm, &given[0])?;
    if let Some(value) = module.get_by_name(name.as_str()) {
        return Ok(value);
    }
    let default = given.get(1).cloned().unwrap_or(Value::None);
    let name = vm.intern(name.as_str());
    module.set_by_name(&name, default.clone());
    Ok(default)
}

fn proxy_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    let given = arity("pop", &rest, 1, 2)?;
    let name = key_name(vm, &given[0])?;
    match module.get_by_name(name.as_str()) {
        Some(value) => {
            module.delete_by_name(name.as_str());
            Ok(value)
        }
        None => match given.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(ExcKind::KeyError, vec![given[0].clone()])),
        },
    }
}

fn proxy_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    if rest.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            rest.positional.len()
        )));
    }
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if let Some(source) = rest.positional.first() {
        // Whatever `dict(source)` accepts: a mapping or an iterable of pairs.
        let dict_class = Value::Class(vm.types.dict.clone());
        let as_dict = vm.call(&dict_class, std::slice::from_ref(source))?;
        if let Value::Dict(dict) = &as_dict {
            for entry in dict.table.borrow().iter() {
                pairs.push((entry.key.clone(), entry.value.clone()));
            }
        }
    }
    for (name, value) in rest.keywords {
        pairs.push((Value::Str(name.clone()), value.clone()));
    }
    for (key, value) in pairs {
        let name = key_name(vm, &key)?;
        let name = vm.intern(name.as_str());
        module.set_by_name(&name, value);
    }
    Ok(Value::None)
}

fn snapshot_method(vm: &mut Vm, args: Args<'_>, method: &str) -> PyResult<Value> {
    let (module, rest) = proxied(args)?;
    arity(method, &rest, 0, 0)?;
    let snapshot = vm.namespace_snapshot(&module)?;
    if method == "copy" {
        return Ok(snapshot);
    }
    let bound = vm.get_attr(&snapshot, &PyStr::new(method))?;
    vm.call(&bound, &[])
}

fn proxy_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    snapshot_method(vm, args, "keys")
}

fn proxy_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    snapshot_method(vm, args, "values")
}

fn proxy_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    snapshot_method(vm, args, "items")
}

fn proxy_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    snapshot_method(vm, args, "copy")
}
