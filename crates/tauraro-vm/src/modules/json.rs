//! `_json`: JSON encoding and decoding in Rust for the Python-level `json` package, with
//! CPython's output (float reprs, `\uXXXX` escapes with surrogate pairs, indentation and
//! separators) and errors (`Object of type X is not JSON serializable`, and the decoder's
//! messages with the position the package turns into `: line L column C (char N)`).

use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::builtins::sort::sort_values;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, DictTable, PyDict, as_builtin};
use crate::text::float_repr;
use crate::value::Value;

use super::NativeModule;

pub(super) static MODULE: NativeModule = NativeModule {
    name: "_json",
    built_in: false,
    attributes,
};

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("dumps", dumps),
    BuiltinFunction::new("loads", loads),
];

fn attributes(_vm: &mut Vm) -> PyResult<super::Attributes> {
    Ok(FUNCTIONS
        .iter()
        .map(|function| (function.name, Value::Builtin(function)))
        .collect())
}

/// The encoder's settings.
struct Encoder {
    skip_keys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    /// The text of one indentation level; None writes everything on one line.
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    default: Value,
    sort_keys: bool,
    /// The containers being encoded, by address, to detect cycles.
    stack: Vec<usize>,
}

fn text_argument(vm: &Vm, value: &Value, what: &str) -> PyResult<String> {
    match value {
        Value::Str(text) => Ok(text.as_str().to_owned()),
        other => Err(PyErr::type_error(format!(
            "{what} must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `dumps(obj, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
/// default, sort_keys)`.
fn dumps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [
        obj,
        skip_keys,
        ensure_ascii,
        check_circular,
        allow_nan,
        indent,
        separators,
        default,
        sort_keys,
    ] = bind(
        "dumps",
        args,
        [
            "obj",
            "skipkeys",
            "ensure_ascii",
            "check_circular",
            "allow_nan",
            "indent",
            "separators",
            "default",
            "sort_keys",
        ],
        9,
        9,
    )?;
    let none = Value::None;
    let flag = |vm: &mut Vm, value: Option<&Value>| vm.is_true(value.unwrap_or(&none));
    let indent = match indent.unwrap_or(&none) {
        Value::None => None,
        Value::Str(text) => Some(text.as_str().to_owned()),
        other => match other.as_small_int() {
            Some(count) => Some(" ".repeat(usize::try_from(count).unwrap_or(0))),
            None => {
                return Err(PyErr::type_error(format!(
                    "indent must be int, str or None, not {}",
                    vm.type_name(other)
                )));
            }
        },
    };
    let (item_separator, key_separator) = match separators.unwrap_or(&none) {
        Value::None => (
            if indent.is_some() { "," } else { ", " }.to_owned(),
            ": ".to_owned(),
        ),
        pair => {
            let parts = vm.unpack_exact(pair, 2)?;
            (
                text_argument(vm, &parts[0], "item separator")?,
                text_argument(vm, &parts[1], "key separator")?,
            )
        }
    };
    let mut encoder = Encoder {
        skip_keys: flag(vm, skip_keys)?,
        ensure_ascii: flag(vm, ensure_ascii)?,
        check_circular: flag(vm, check_circular)?,
        allow_nan: flag(vm, allow_nan)?,
        indent,
        item_separator,
        key_separator,
        default: default.unwrap_or(&none).clone(),
        sort_keys: flag(vm, sort_keys)?,
        stack: Vec::new(),
    };
    let mut out = String::new();
    encoder.encode(vm, obj.unwrap_or(&none), &mut out, 0)?;
    Ok(Value::string(out))
}

impl Encoder {
    fn newline(&self, out: &mut String, depth: usize) {
        if let Some(indent) = &self.indent {
            out.push('\n');
            for _ in 0..depth {
                out.push_str(indent);
            }
        }
    }

    fn float(&self, value: f64) -> PyResult<String> {
        if value.is_finite() {
            return Ok(float_repr(value));
        }
        if !self.allow_nan {
            return Err(PyErr::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned())
    }

    fn enter(&mut self, value: &Value, vm: &Vm, depth: usize) -> PyResult<()> {
        vm.check_rust_stack()?;
        if depth > vm.recursion_limit() {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.check_circular
            && let Some(address) = value.object_address()
        {
            if self.stack.contains(&address) {
                return Err(PyErr::value_error("Circular reference detected"));
            }
            self.stack.push(address);
        }
        Ok(())
    }

    fn leave(&mut self, value: &Value) {
        if self.check_circular && value.object_address().is_some() {
            self.stack.pop();
        }
    }

    fn encode(
        &mut self,
        vm: &mut Vm,
        value: &Value,
        out: &mut String,
        depth: usize,
    ) -> PyResult<()> {
        let native = as_builtin(value);
        match native {
            Value::None => out.push_str("null"),
            Value::True => out.push_str("true"),
            Value::False => out.push_str("false"),
            Value::Int(number) => out.push_str(&number.to_string()),
            Value::BigInt(number) => out.push_str(&number.to_string()),
            Value::Float(number) => out.push_str(&self.float(*number)?),
            Value::Str(text) => encode_string(text.as_str(), self.ensure_ascii, out),
            Value::List(_) | Value::Tuple(_) => {
                let items = match native {
                    Value::List(list) => list.snapshot(),
                    Value::Tuple(tuple) => tuple.items.to_vec(),
                    _ => Vec::new(),
                };
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                self.enter(value, vm, depth)?;
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(&self.item_separator);
                    }
                    self.newline(out, depth + 1);
                    self.encode(vm, item, out, depth + 1)?;
                }
                self.newline(out, depth);
                out.push(']');
                self.leave(value);
            }
            Value::Dict(dict) => {
                let mut items: Vec<Value> = dict
                    .table
                    .borrow()
                    .iter()
                    .map(|entry| Value::tuple(vec![entry.key.clone(), entry.value.clone()]))
                    .collect();
                if items.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                self.enter(value, vm, depth)?;
                if self.sort_keys {
                    sort_values(vm, &mut items, None, false)?;
                }
                out.push('{');
                let mut first = true;
                for item in &items {
                    let Value::Tuple(pair) = item else { continue };
                    let (key, item) = (&pair.items[0], &pair.items[1]);
                    let Some(key) = self.key_text(vm, key)? else {
                        continue;
                    };
                    if !first {
                        out.push_str(&self.item_separator);
                    }
                    first = false;
                    self.newline(out, depth + 1);
                    encode_string(&key, self.ensure_ascii, out);
                    out.push_str(&self.key_separator);
                    self.encode(vm, item, out, depth + 1)?;
                }
                self.newline(out, depth);
                out.push('}');
                self.leave(value);
            }
            _ => {
                if self.default.is_none() {
                    return Err(PyErr::type_error(format!(
                        "Object of type {} is not JSON serializable",
                        vm.type_name(value)
                    )));
                }
                self.enter(value, vm, depth)?;
                let default = self.default.clone();
                let replacement = vm.call(&default, std::slice::from_ref(value))?;
                self.encode(vm, &replacement, out, depth + 1)?;
                self.leave(value);
            }
        }
        Ok(())
    }

    /// The text of a dict key, or None to skip it (`skipkeys`).
    fn key_text(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<String>> {
        Ok(Some(match as_builtin(key) {
            Value::Str(text) => text.as_str().to_owned(),
            Value::Float(number) => self.float(*number)?,
            Value::True => "true".to_owned(),
            Value::False => "false".to_owned(),
            Value::None => "null".to_owned(),
            Value::Int(number) => number.to_string(),
            Value::BigInt(number) => number.to_string(),
            _ if self.skip_keys => return Ok(None),
            other => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.type_name(other)
                )));
            }
        }))
    }
}

/// `text` as a JSON string literal.
fn encode_string(text: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0C' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && !(' '..='~').contains(&c)) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The decoder's settings and position.
struct Decoder<'a> {
    text: &'a str,
    bytes: &'a [u8],
    position: usize,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    strict: bool,
    depth: usize,
}

/// A decoding failure: the message and the byte offset it names.
struct Failure(&'static str, usize);

enum DecodeError {
    Syntax(Failure),
    Python(PyErr),
}

impl From<PyErr> for DecodeError {
    fn from(err: PyErr) -> DecodeError {
        DecodeError::Python(err)
    }
}

fn fail<T>(message: &'static str, position: usize) -> Result<T, DecodeError> {
    Err(DecodeError::Syntax(Failure(message, position)))
}

/// `loads(s, error_class, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, strict)`.
fn loads(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [
        text,
        error_class,
        object_hook,
        object_pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        strict,
    ] = bind(
        "loads",
        args,
        [
            "s",
            "error",
            "object_hook",
            "object_pairs_hook",
            "parse_float",
            "parse_int",
            "parse_constant",
            "strict",
        ],
        8,
        8,
    )?;
    let none = Value::None;
    let text_value = text.unwrap_or(&none);
    let Value::Str(text) = as_builtin(text_value) else {
        return Err(PyErr::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            vm.type_name(text_value)
        )));
    };
    let strict = vm.is_true(strict.unwrap_or(&none))?;
    let mut decoder = Decoder {
        text: text.as_str(),
        bytes: text.as_str().as_bytes(),
        position: 0,
        object_hook: object_hook.unwrap_or(&none).clone(),
        object_pairs_hook: object_pairs_hook.unwrap_or(&none).clone(),
        parse_float: parse_float.unwrap_or(&none).clone(),
        parse_int: parse_int.unwrap_or(&none).clone(),
        parse_constant: parse_constant.unwrap_or(&none).clone(),
        strict,
        depth: 0,
    };
    let result = decoder.document(vm);
    match result {
        Ok(value) => Ok(value),
        Err(DecodeError::Python(err)) => Err(err),
        Err(DecodeError::Syntax(Failure(message, byte))) => {
            let position = decoder.text[..byte.min(decoder.text.len())].chars().count();
            let class = error_class.unwrap_or(&none).clone();
            let made = vm.call(
                &class,
                &[
                    Value::str(message),
                    Value::Str(text.clone()),
                    Value::Int(position as i64),
                ],
            )?;
            match made {
                Value::Instance(instance) if instance.exception.is_some() => {
                    Err(PyErr::from_instance(instance))
                }
                _ => Err(PyErr::type_error("the JSON error class made no exception")),
            }
        }
    }
}

impl Decoder<'_> {
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.position) {
            self.position += 1;
        }
    }

    fn document(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        self.skip_whitespace();
        let value = self.value(vm)?;
        self.skip_whitespace();
        if self.position != self.bytes.len() {
            return fail("Extra data", self.position);
        }
        Ok(value)
    }

    fn value(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        let start = self.position;
        match self.bytes.get(start) {
            Some(b'"') => {
                self.position += 1;
                Ok(Value::string(self.string(start)?))
            }
            Some(b'{') => {
                self.position += 1;
                self.nested(vm, true)
            }
            Some(b'[') => {
                self.position += 1;
                self.nested(vm, false)
            }
            Some(b'n') if self.text[start..].starts_with("null") => {
                self.position += 4;
                Ok(Value::None)
            }
            Some(b't') if self.text[start..].starts_with("true") => {
                self.position += 4;
                Ok(Value::True)
            }
            Some(b'f') if self.text[start..].starts_with("false") => {
                self.position += 5;
                Ok(Value::False)
            }
            Some(b'N') if self.text[start..].starts_with("NaN") => {
                self.position += 3;
                self.constant(vm, "NaN", f64::NAN)
            }
            Some(b'I') if self.text[start..].starts_with("Infinity") => {
                self.position += 8;
                self.constant(vm, "Infinity", f64::INFINITY)
            }
            Some(b'-') if self.text[start..].starts_with("-Infinity") => {
                self.position += 9;
                self.constant(vm, "-Infinity", f64::NEG_INFINITY)
            }
            Some(b'-' | b'0'..=b'9') => self.number(vm),
            _ => fail("Expecting value", start),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, value: f64) -> Result<Value, DecodeError> {
        if self.parse_constant.is_none() {
            return Ok(Value::new_float(value));
        }
        let hook = self.parse_constant.clone();
        Ok(vm.call(&hook, &[Value::str(name)])?)
    }

    fn digits(&mut self) -> usize {
        let start = self.position;
        while self
            .bytes
            .get(self.position)
            .is_some_and(u8::is_ascii_digit)
        {
            self.position += 1;
        }
        self.position - start
    }

    fn number(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        let start = self.position;
        if self.bytes[start] == b'-' {
            self.position += 1;
        }
        let integer_start = self.position;
        match self.bytes.get(self.position) {
            Some(b'0') => self.position += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return fail("Expecting value", start),
        }
        let integer_end = self.position;
        let mut is_float = false;
        if self.bytes.get(self.position) == Some(&b'.')
            && self
                .bytes
                .get(self.position + 1)
                .is_some_and(u8::is_ascii_digit)
        {
            self.position += 1;
            self.digits();
            is_float = true;
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.position) {
            let mark = self.position;
            self.position += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.position) {
                self.position += 1;
            }
            if self.digits() == 0 {
                self.position = mark;
            } else {
                is_float = true;
            }
        }
        let _ = (integer_start, integer_end);
        let literal = &self.text[start..self.position];
        if is_float {
            if !self.parse_float.is_none() {
                let hook = self.parse_float.clone();
                return Ok(vm.call(&hook, &[Value::str(literal)])?);
            }
            let value: f64 = literal.parse().unwrap_or(f64::NAN);
            return Ok(Value::new_float(value));
        }
        if !self.parse_int.is_none() {
            let hook = self.parse_int.clone();
            return Ok(vm.call(&hook, &[Value::str(literal)])?);
        }
        match literal.parse::<i64>() {
            Ok(value) => Ok(Value::Int(value)),
            Err(_) => match literal.parse::<num_bigint::BigInt>() {
                Ok(value) => Ok(Value::from_bigint(value)),
                Err(_) => fail("Expecting value", start),
            },
        }
    }

    /// The rest of a string whose opening quote is at `start`.
    fn string(&mut self, start: usize) -> Result<String, DecodeError> {
        let mut out = String::new();
        loop {
            let chunk_start = self.position;
            while let Some(&byte) = self.bytes.get(self.position) {
                if byte == b'"' || byte == b'\\' || (byte < 0x20 && self.strict) {
                    break;
                }
                self.position += 1;
            }
            out.push_str(&self.text[chunk_start..self.position]);
            match self.bytes.get(self.position) {
                None => return fail("Unterminated string starting at", start),
                Some(b'"') => {
                    self.position += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape = self.position;
                    let Some(&letter) = self.bytes.get(escape + 1) else {
                        return fail("Unterminated string starting at", start);
                    };
                    self.position += 2;
                    let c = match letter {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\x08',
                        b'f' => '\x0C',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape(escape)?,
                        _ => return fail("Invalid \\escape", escape),
                    };
                    out.push(c);
                }
                Some(_) => return fail("Invalid control character at", self.position),
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.text.get(at..at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// A `\uXXXX` escape (the backslash at `escape`), joining a surrogate pair.
    fn unicode_escape(&mut self, escape: usize) -> Result<char, DecodeError> {
        let Some(unit) = self.hex4(escape + 2) else {
            return fail("Invalid \\uXXXX escape", escape + 1);
        };
        self.position = escape + 6;
        let code =
            if (0xD800..0xDC00).contains(&unit) && self.text[self.position..].starts_with("\\u") {
                match self.hex4(self.position + 2) {
                    Some(low) if (0xDC00..0xE000).contains(&low) => {
                        self.position += 6;
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    Some(_) => unit,
                    None => return fail("Invalid \\uXXXX escape", self.position + 1),
                }
            } else {
                unit
            };
        match char::from_u32(code) {
            Some(c) => Ok(c),
            None => Err(DecodeError::Python(PyErr::not_supported(
                "lone surrogates in JSON strings",
            ))),
        }
    }

    /// An object (`{` consumed) or an array (`[` consumed).
    fn nested(&mut self, vm: &mut Vm, object: bool) -> Result<Value, DecodeError> {
        self.depth += 1;
        vm.check_rust_stack()?;
        if self.depth > vm.recursion_limit() {
            let what = if object { "object" } else { "array" };
            return Err(DecodeError::Python(PyErr::new(
                ExcKind::RecursionError,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
                ),
            )));
        }
        let result = if object {
            self.object(vm)
        } else {
            self.array(vm)
        };
        self.depth -= 1;
        result
    }

    fn array(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.bytes.get(self.position) == Some(&b']') {
            self.position += 1;
            return Ok(Value::list(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(vm)?);
            self.skip_whitespace();
            match self.bytes.get(self.position) {
                Some(b']') => {
                    self.position += 1;
                    return Ok(Value::list(items));
                }
                Some(b',') => self.position += 1,
                _ => return fail("Expecting ',' delimiter", self.position),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm) -> Result<Value, DecodeError> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        self.skip_whitespace();
        if self.bytes.get(self.position) == Some(&b'}') {
            self.position += 1;
            return self.finish_object(vm, pairs);
        }
        loop {
            self.skip_whitespace();
            let key_start = self.position;
            if self.bytes.get(key_start) != Some(&b'"') {
                return fail(
                    "Expecting property name enclosed in double quotes",
                    key_start,
                );
            }
            self.position += 1;
            let key = self.string(key_start)?;
            self.skip_whitespace();
            if self.bytes.get(self.position) != Some(&b':') {
                return fail("Expecting ':' delimiter", self.position);
            }
            self.position += 1;
            self.skip_whitespace();
            let value = self.value(vm)?;
            pairs.push((Value::Str(vm.intern(&key)), value));
            self.skip_whitespace();
            match self.bytes.get(self.position) {
                Some(b'}') => {
                    self.position += 1;
                    return self.finish_object(vm, pairs);
                }
                Some(b',') => self.position += 1,
                _ => return fail("Expecting ',' delimiter", self.position),
            }
        }
    }

    fn finish_object(
        &mut self,
        vm: &mut Vm,
        pairs: Vec<(Value, Value)>,
    ) -> Result<Value, DecodeError> {
        if !self.object_pairs_hook.is_none() {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(key, value)| Value::tuple(vec![key, value]))
                    .collect(),
            );
            let hook = self.object_pairs_hook.clone();
            return Ok(vm.call(&hook, &[list])?);
        }
        let dict = PyDict::new(DictTable::new());
        for (key, value) in pairs {
            vm.dict_set(&dict, key, value)?;
        }
        let dict = Value::Dict(Rc::new(dict));
        if self.object_hook.is_none() {
            return Ok(dict);
        }
        let hook = self.object_hook.clone();
        Ok(vm.call(&hook, &[dict])?)
    }
}
