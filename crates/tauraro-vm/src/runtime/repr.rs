//! `repr()`, `str()`, `ascii()` and `format()` of values.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{DictIterKind, PyStr};
use crate::text;
use crate::value::Value;

impl Vm {
    /// `repr(value)`.
    pub fn repr(&mut self, value: &Value) -> PyResult<Rc<PyStr>> {
        if let Value::Int(v) = value {
            // The digits fit inline in the string: no intermediate `String`.
            return Ok(Rc::new(PyStr::from_int(*v)));
        }
        let text = self.repr_string(value)?;
        Ok(Rc::new(PyStr::from_string(text)))
    }

    /// `str(value)`.
    pub fn to_str(&mut self, value: &Value) -> PyResult<Rc<PyStr>> {
        match value {
            Value::Str(text) => Ok(text.clone()),
            Value::Instance(instance) => {
                if let Some(result) = self.call_user_dunder(value, "__str__", &[])? {
                    return self.expect_str(result, "__str__");
                }
                if instance.exception.is_some() {
                    return Ok(self.exception_str_object(instance));
                }
                if let Some(Value::Str(text)) = instance.payload.builtin() {
                    // `str.__str__` gives the exact string of a str subclass.
                    return Ok(text.clone());
                }
                self.repr(value)
            }
            Value::Class(_) => match self.call_metaclass_dunder(value, "__str__", &[])? {
                Some(result) => self.expect_str(result, "__str__"),
                None => self.repr(value),
            },
            _ => self.repr(value),
        }
    }

    fn expect_str(&self, result: Value, method: &str) -> PyResult<Rc<PyStr>> {
        match str_text(&result) {
            Some(text) => Ok(text),
            None => Err(PyErr::type_error(format!(
                "{method} returned non-string (type {})",
                self.type_name(&result)
            ))),
        }
    }

    /// `ascii(value)`.
    pub fn ascii(&mut self, value: &Value) -> PyResult<Rc<PyStr>> {
        let repr = self.repr(value)?;
        if repr.is_ascii() {
            return Ok(repr);
        }
        // Escape the non-ASCII characters of the repr the way ascii() does.
        let escaped = text::ascii_repr(repr.as_str());
        // ascii_repr quotes its argument; strip the quotes it added.
        let inner = &escaped[1..escaped.len() - 1];
        Ok(Rc::new(PyStr::new(&inner.replace("\\'", "'"))))
    }

    fn repr_string(&mut self, value: &Value) -> PyResult<String> {
        Ok(match value {
            Value::Undefined => "<undefined>".to_owned(),
            Value::None => "None".to_owned(),
            Value::True => "True".to_owned(),
            Value::False => "False".to_owned(),
            Value::Ellipsis => "Ellipsis".to_owned(),
            Value::NotImplemented => "NotImplemented".to_owned(),
            Value::Int(v) => v.to_string(),
            Value::BigInt(v) => text::int_to_string(v)?,
            Value::Float(v) => text::float_repr(*v),
            Value::Str(s) => text::str_repr(s.as_str()),
            Value::Bytes(b) => text::bytes_repr(&b.bytes),
            Value::List(list) => {
                let Some(_guard) = self.enter_repr(value)? else {
                    return Ok("[...]".to_owned());
                };
                let items = list.snapshot();
                let result = self.join_reprs(&items).map(|inner| format!("[{inner}]"));
                self.leave_repr();
                result?
            }
            Value::Tuple(tuple) => {
                if tuple.items.is_empty() {
                    return Ok("()".to_owned());
                }
                let Some(_guard) = self.enter_repr(value)? else {
                    return Ok("(...)".to_owned());
                };
                let items = tuple.clone();
                let items = &items.items;
                let result = self.join_reprs(items).map(|inner| {
                    if items.len() == 1 {
                        format!("({inner},)")
                    } else {
                        format!("({inner})")
                    }
                });
                self.leave_repr();
                result?
            }
            Value::Dict(dict) => {
                let Some(_guard) = self.enter_repr(value)? else {
                    return Ok("{...}".to_owned());
                };
                let entries: Vec<(Value, Value)> = dict
                    .table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let result = self
                    .repr_pairs(&entries)
                    .map(|inner| format!("{{{inner}}}"));
                self.leave_repr();
                result?
            }
            Value::DictView(view) => {
                let Some(_guard) = self.enter_repr(value)? else {
                    return Ok("...".to_owned());
                };
                let (name, items): (&str, Vec<Value>) = {
                    let table = view.dict.table.borrow();
                    match view.kind {
                        DictIterKind::Keys => {
                            ("dict_keys", table.iter().map(|e| e.key.clone()).collect())
                        }
                        DictIterKind::Values => (
                            "dict_values",
                            table.iter().map(|e| e.value.clone()).collect(),
                        ),
                        DictIterKind::Items => (
                            "dict_items",
                            table
                                .iter()
                                .map(|e| Value::tuple(vec![e.key.clone(), e.value.clone()]))
                                .collect(),
                        ),
                    }
                };
                let result = self.join_reprs(&items);
                self.leave_repr();
                format!("{name}([{}])", result?)
            }
            Value::Set(set) | Value::FrozenSet(set) => {
                let is_frozen = matches!(value, Value::FrozenSet(_));
                let name = if is_frozen { "frozenset" } else { "set" };
                if set.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let Some(_guard) = self.enter_repr(value)? else {
                    return Ok(format!("{name}(...)"));
                };
                let items: Vec<Value> = set
                    .table
                    .borrow()
                    .entries()
                    .map(|(k, _)| k.clone())
                    .collect();
                let result = self.join_reprs(&items);
                self.leave_repr();
                let inner = result?;
                if is_frozen {
                    format!("frozenset({{{inner}}})")
                } else {
                    format!("{{{inner}}}")
                }
            }
            Value::Range(range) => {
                let (start, stop, step) = (range.start(), range.stop(), range.step());
                let (start, stop) = (self.repr(&start)?, self.repr(&stop)?);
                if matches!(step, Value::Int(1)) {
                    format!("range({}, {})", start.as_str(), stop.as_str())
                } else {
                    let step = self.repr(&step)?;
                    format!(
                        "range({}, {}, {})",
                        start.as_str(),
                        stop.as_str(),
                        step.as_str()
                    )
                }
            }
            Value::Slice(slice) => format!(
                "slice({}, {}, {})",
                self.repr(&slice.start)?.as_str(),
                self.repr(&slice.stop)?.as_str(),
                self.repr(&slice.step)?.as_str()
            ),
            Value::Function(function) => format!(
                "<function {} at {:#x}>",
                function.qualname.borrow().as_str(),
                value.id()
            ),
            Value::Builtin(function) => format!("<built-in function {}>", function.name),
            Value::BoundMethod(method) => match &method.function {
                Value::Builtin(function) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    function.name,
                    self.type_name(&method.receiver),
                    method.receiver.id()
                ),
                function => {
                    let name = self.callable_name(function);
                    let receiver = self.repr(&method.receiver)?;
                    format!("<bound method {name} of {}>", receiver.as_str())
                }
            },
            Value::Cell(cell) => {
                let contents = cell.get();
                if contents.is_undefined() {
                    format!("<cell at {:#x}: empty>", value.id())
                } else {
                    format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        value.id(),
                        self.type_name(&contents),
                        contents.id()
                    )
                }
            }
            Value::Iterator(_) => {
                format!("<{} object at {:#x}>", self.type_name(value), value.id())
            }
            Value::Generator(generator) => format!(
                "<generator object {} at {:#x}>",
                generator.state.borrow().function.qualname.borrow().as_str(),
                value.id()
            ),
            Value::Class(class) => {
                if let Some(result) = self.call_metaclass_dunder(value, "__repr__", &[])? {
                    return Ok(self.expect_str(result, "__repr__")?.as_str().to_owned());
                }
                let (module, qualname) = class.repr_names();
                if module.as_str() == "builtins" {
                    format!("<class '{}'>", qualname.as_str())
                } else {
                    format!("<class '{}.{}'>", module.as_str(), qualname.as_str())
                }
            }
            Value::Instance(instance) => {
                if let Some(text) = self.alias_repr(instance)? {
                    return Ok(text);
                }
                if let Some(result) = self.call_user_dunder(value, "__repr__", &[])? {
                    return Ok(self.expect_str(result, "__repr__")?.as_str().to_owned());
                }
                if let Some(payload) = instance.payload.builtin() {
                    let payload = payload.clone();
                    return self.builtin_subclass_repr(&instance.class, &payload);
                }
                if instance.exception.is_some() {
                    let args = instance
                        .exception
                        .as_ref()
                        .map(|d| d.borrow().args.clone())
                        .unwrap_or(Value::None);
                    let name = instance.class.name.as_str().to_owned();
                    return Ok(match &args {
                        Value::Tuple(items) if items.items.len() == 1 => {
                            format!("{name}({})", self.repr(&items.items[0])?.as_str())
                        }
                        Value::Tuple(_) => format!("{name}{}", self.repr(&args)?.as_str()),
                        _ => format!("{name}()"),
                    });
                }
                format!(
                    "<{}.{} object at {:#x}>",
                    instance.class.module.as_str(),
                    instance.class.qualname.as_str(),
                    value.id()
                )
            }
            Value::Module(module) => self.module_repr(module),
        })
    }

    /// The repr a builtin type gives an instance of a subclass: the value's own repr, except
    /// that sets name the class (`MySet({1, 2})`, `MySet()`).
    fn builtin_subclass_repr(
        &mut self,
        class: &crate::object::Class,
        payload: &Value,
    ) -> PyResult<String> {
        match payload {
            Value::Set(set) | Value::FrozenSet(set) => {
                let name = class.name.as_str();
                if set.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let repr = self.repr(payload)?;
                let inner = match payload {
                    // `frozenset({1})` wraps the set display; keep only the braces part.
                    Value::FrozenSet(_) => repr
                        .as_str()
                        .strip_prefix("frozenset(")
                        .and_then(|rest| rest.strip_suffix(')'))
                        .unwrap_or(repr.as_str())
                        .to_owned(),
                    _ => repr.as_str().to_owned(),
                };
                Ok(format!("{name}({inner})"))
            }
            other => Ok(self.repr(other)?.as_str().to_owned()),
        }
    }

    /// Guards against infinite recursion in reprs of self-referencing containers: `None`
    /// when `value` is already being printed.
    fn enter_repr(&mut self, value: &Value) -> PyResult<Option<()>> {
        self.check_rust_stack()?;
        let address = value.id() as usize;
        if self.repr_stack.contains(&address) {
            return Ok(None);
        }
        self.repr_stack.push(address);
        Ok(Some(()))
    }

    fn leave_repr(&mut self) {
        self.repr_stack.pop();
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            out.push_str(self.repr(item)?.as_str());
        }
        Ok(out)
    }

    fn repr_pairs(&mut self, entries: &[(Value, Value)]) -> PyResult<String> {
        let mut out = String::new();
        for (index, (key, value)) in entries.iter().enumerate() {
            if index > 0 {
                out.push_str(", ");
            }
            out.push_str(self.repr(key)?.as_str());
            out.push_str(": ");
            out.push_str(self.repr(value)?.as_str());
        }
        Ok(out)
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: &Value, spec: &str) -> PyResult<Rc<PyStr>> {
        let formatted = match value {
            _ if spec.is_empty() && !matches!(value, Value::Instance(_)) => {
                return self.to_str(value);
            }
            _ if let Some(type_name) = exact_builtin_type_name(value) => {
                format_exact_builtin(value, &text::parse_format_spec(spec, type_name)?)?
            }
            Value::Instance(instance) => {
                let type_name = self.type_name(value);
                if let Some(result) =
                    self.call_user_dunder(value, "__format__", &[Value::str(spec)])?
                {
                    return match str_text(&result) {
                        Some(text) => Ok(text),
                        None => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&result)
                        ))),
                    };
                }
                if let Some(payload) = instance.payload.builtin() {
                    // `int.__format__`, `float.__format__` and `str.__format__` format the
                    // value; with an empty spec they (like `object.__format__`) give `str()`.
                    let formats_itself =
                        payload.is_int() || matches!(payload, Value::Float(_) | Value::Str(_));
                    if formats_itself && !spec.is_empty() {
                        let payload = payload.clone();
                        return self.format(&payload, spec);
                    }
                    return self.format_object(value, spec, &type_name);
                }
                if let Some(result) = self.call_dunder(value, "__format__", &[Value::str(spec)])? {
                    return self.expect_str(result, "__format__");
                }
                return self.format_object(value, spec, &type_name);
            }
            _ => {
                let type_name = self.type_name(value);
                return self.format_object(value, spec, &type_name);
            }
        };
        Ok(Rc::new(PyStr::from_string(formatted)))
    }

    /// `object.__format__`: only the empty spec is allowed.
    fn format_object(&mut self, value: &Value, spec: &str, type_name: &str) -> PyResult<Rc<PyStr>> {
        if spec.is_empty() {
            self.to_str(value)
        } else {
            Err(PyErr::type_error(format!(
                "unsupported format string passed to {type_name}.__format__"
            )))
        }
    }

    /// An f-string replacement field: optional conversion (`!s`, `!r`, `!a`), then format.
    pub(crate) fn format_value(
        &mut self,
        value: &Value,
        conversion: u8,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            1 => Value::Str(self.to_str(value)?),
            2 => Value::Str(self.repr(value)?),
            3 => Value::Str(self.ascii(value)?),
            _ => value.clone(),
        };
        let spec = match spec {
            Some(Value::Str(spec)) => {
                if !spec.as_str().is_empty()
                    && let Some(type_name) = exact_builtin_type_name(&converted)
                {
                    let parsed = self.format_specs.parse(spec, type_name)?;
                    // Formatted into a buffer kept between fields, then copied into the
                    // string (inline when short): no allocation but the string's own.
                    let mut buffer = std::mem::take(&mut self.format_buffer);
                    buffer.clear();
                    let formatted = format_exact_builtin_into(&converted, &parsed, &mut buffer)
                        .map(|()| Value::Str(Rc::new(PyStr::new(&buffer))));
                    if buffer.capacity() <= FORMAT_BUFFER_KEPT {
                        self.format_buffer = buffer;
                    }
                    return formatted;
                }
                spec.clone()
            }
            Some(_) | None => {
                if let Value::Str(text) = converted {
                    return Ok(Value::Str(text));
                }
                return Ok(Value::Str(self.format(&converted, "")?));
            }
        };
        Ok(Value::Str(self.format(&converted, spec.as_str())?))
    }
}

/// The type name of an int, bool, float or str (which format themselves), for the spec's
/// error messages; `None` for other values.
fn exact_builtin_type_name(value: &Value) -> Option<&'static str> {
    match value {
        Value::Int(_) | Value::BigInt(_) => Some("int"),
        Value::True | Value::False => Some("bool"),
        Value::Float(_) => Some("float"),
        Value::Str(_) => Some("str"),
        _ => None,
    }
}

/// The largest formatting buffer kept for the next field (a huge width is not kept).
const FORMAT_BUFFER_KEPT: usize = 4096;

/// `format(value, spec)` for a value [`exact_builtin_type_name`] names.
fn format_exact_builtin(value: &Value, spec: &text::FormatSpec<'_>) -> PyResult<String> {
    let mut out = String::new();
    format_exact_builtin_into(value, spec, &mut out)?;
    Ok(out)
}

/// [`format_exact_builtin`] appended to `out`.
fn format_exact_builtin_into(
    value: &Value,
    spec: &text::FormatSpec<'_>,
    out: &mut String,
) -> PyResult<()> {
    match value {
        Value::Int(v) => text::format_int_i64_into(*v, spec, out)?,
        Value::True | Value::False => {
            text::format_int_i64_into(value.as_small_int().unwrap_or(0), spec, out)?
        }
        Value::BigInt(v) => text::format_int_into(v, spec, out)?,
        Value::Float(v) => text::format_float_into(*v, spec, out)?,
        Value::Str(s) => text::format_str_into(s.as_str(), spec, out)?,
        _ => {
            return Err(PyErr::type_error(
                "format of a value that is not int, float or str",
            ));
        }
    }
    Ok(())
}

/// The text of a str or of an instance of a str subclass (which `__str__`, `__repr__` and
/// `__format__` may return, as in CPython).
fn str_text(value: &Value) -> Option<Rc<PyStr>> {
    match value {
        Value::Str(text) => Some(text.clone()),
        Value::Instance(instance) => match instance.payload.builtin() {
            Some(Value::Str(text)) => Some(text.clone()),
            _ => None,
        },
        _ => None,
    }
}
