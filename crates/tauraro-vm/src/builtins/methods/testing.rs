//! Test support: a tiny evaluator for Python snippets made of literals, names, attribute
//! access, calls, subscripts and assignments (`l = [3, 1]; l.sort(); l`), driving the builtin
//! methods through the public VM API exactly as a program would. Each case pairs a snippet
//! with what CPython 3.11 prints for it: the repr of the last expression, or
//! `ExceptionName: message` when it raises.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::error::{ExcValue, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, PyBytes, PyStr};
use crate::value::Value;

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Name(String),
    Punct(&'static str),
}

fn tokenize(source: &str) -> Vec<Tok> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let start = i;
            if c == '0' && matches!(chars.get(i + 1), Some('x' | 'X')) {
                i += 2;
                while i < chars.len() && chars[i].is_ascii_hexdigit() {
                    i += 1;
                }
                let digits: String = chars[start + 2..i].iter().collect();
                tokens.push(Tok::Int(
                    BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex literal"),
                ));
                continue;
            }
            let mut is_float = false;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i < chars.len() && chars[i] == '.' {
                is_float = true;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            if i < chars.len() && (chars[i] == 'e' || chars[i] == 'E') {
                is_float = true;
                i += 1;
                if matches!(chars.get(i), Some('-' | '+')) {
                    i += 1;
                }
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let text: String = chars[start..i].iter().collect();
            if is_float {
                tokens.push(Tok::Float(text.parse().expect("float literal")));
            } else {
                tokens.push(Tok::Int(text.parse().expect("int literal")));
            }
            continue;
        }
        let is_bytes = (c == 'b' || c == 'B') && matches!(chars.get(i + 1), Some('\'' | '"'));
        if c == '\'' || c == '"' || is_bytes {
            if is_bytes {
                i += 1;
            }
            let quote = chars[i];
            i += 1;
            let mut text = String::new();
            while chars[i] != quote {
                if chars[i] == '\\' {
                    i += 1;
                    let escape = chars[i];
                    i += 1;
                    let hex = |i: &mut usize, n: usize| {
                        let digits: String = chars[*i..*i + n].iter().collect();
                        *i += n;
                        char::from_u32(u32::from_str_radix(&digits, 16).expect("hex escape"))
                            .expect("code point")
                    };
                    text.push(match escape {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        '0' => '\0',
                        'a' => '\x07',
                        'b' => '\x08',
                        'f' => '\x0c',
                        'v' => '\x0b',
                        'x' => hex(&mut i, 2),
                        'u' => hex(&mut i, 4),
                        'U' => hex(&mut i, 8),
                        other => other,
                    });
                } else {
                    text.push(chars[i]);
                    i += 1;
                }
            }
            i += 1;
            tokens.push(if is_bytes {
                Tok::Bytes(text.chars().map(|c| c as u32 as u8).collect())
            } else {
                Tok::Str(text)
            });
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(Tok::Name(chars[start..i].iter().collect()));
            continue;
        }
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        if let Some(p) = ["==", "**"].into_iter().find(|p| *p == two) {
            tokens.push(Tok::Punct(p));
            i += 2;
            continue;
        }
        let punct = [
            "(", ")", "[", "]", "{", "}", ",", ":", ".", "=", ";", "*", "-",
        ]
        .into_iter()
        .find(|p| p.starts_with(c))
        .unwrap_or_else(|| panic!("unexpected character {c:?} in {source:?}"));
        tokens.push(Tok::Punct(punct));
        i += 1;
    }
    tokens
}

struct Eval<'a> {
    vm: &'a mut Vm,
    tokens: Vec<Tok>,
    pos: usize,
    env: HashMap<String, Value>,
    /// Parsing the target of `container[key] = value`: the subscript before `=` is not
    /// evaluated but stored here.
    target: Option<Option<(Value, Value)>>,
}

impl Eval<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn peek_at(&self, offset: usize) -> Option<&Tok> {
        self.tokens.get(self.pos + offset)
    }

    fn is_punct(&self, p: &str) -> bool {
        matches!(self.peek(), Some(Tok::Punct(q)) if *q == p)
    }

    fn eat(&mut self, p: &str) -> bool {
        if self.is_punct(p) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, p: &str) {
        assert!(self.eat(p), "expected {p:?} at token {}", self.pos);
    }

    fn program(&mut self) -> PyResult<Value> {
        let mut last = Value::None;
        while self.peek().is_some() {
            last = self.statement()?;
            if !self.eat(";") {
                break;
            }
        }
        assert!(self.peek().is_none(), "trailing tokens at {}", self.pos);
        Ok(last)
    }

    /// Whether the statement at the current position assigns (has a top-level `=`).
    fn is_assignment(&self) -> bool {
        let mut depth = 0i32;
        for token in &self.tokens[self.pos..] {
            match token {
                Tok::Punct("(" | "[" | "{") => depth += 1,
                Tok::Punct(")" | "]" | "}") => depth -= 1,
                Tok::Punct(";") if depth == 0 => return false,
                Tok::Punct("=") if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    fn statement(&mut self) -> PyResult<Value> {
        if let (Some(Tok::Name(name)), Some(Tok::Punct("="))) = (self.peek(), self.peek_at(1)) {
            let name = name.clone();
            self.pos += 2;
            let value = self.expr()?;
            self.env.insert(name, value);
            return Ok(Value::None);
        }
        if self.is_assignment() {
            self.target = Some(None);
            let parsed = self.postfix();
            let target = self.target.take().flatten();
            parsed?;
            let (container, key) = target.expect("a subscript target");
            self.expect("=");
            let value = self.expr()?;
            self.vm.set_item(&container, key, value)?;
            return Ok(Value::None);
        }
        self.expr()
    }

    /// A subscript: an expression or a slice `a:b:c` (parts optional).
    fn subscript(&mut self) -> PyResult<Value> {
        let mut parts = [Value::None, Value::None, Value::None];
        let mut index = 0;
        let mut is_slice = false;
        loop {
            if self.is_punct("]") {
                break;
            }
            if self.eat(":") {
                is_slice = true;
                index += 1;
                assert!(index < 3, "too many ':' in a slice");
                continue;
            }
            parts[index] = self.expr()?;
        }
        if !is_slice {
            return Ok(std::mem::take(&mut parts[0]));
        }
        let [start, stop, step] = parts;
        Ok(Value::Slice(Rc::new(crate::object::PySlice {
            start,
            stop,
            step,
        })))
    }

    fn expr(&mut self) -> PyResult<Value> {
        let value = self.unary()?;
        if matches!(self.peek(), Some(Tok::Name(n)) if n == "is") {
            self.pos += 1;
            let other = self.unary()?;
            return Ok(Value::bool(value.is(&other)));
        }
        if self.eat("==") {
            let other = self.unary()?;
            return Ok(Value::bool(self.vm.values_equal(&value, &other)?));
        }
        Ok(value)
    }

    fn unary(&mut self) -> PyResult<Value> {
        if self.eat("-") {
            let value = self.unary()?;
            return self.vm.negative(&value);
        }
        self.postfix()
    }

    fn postfix(&mut self) -> PyResult<Value> {
        let mut value = self.atom()?;
        loop {
            if self.eat(".") {
                let Some(Tok::Name(name)) = self.peek().cloned() else {
                    panic!("expected attribute name");
                };
                self.pos += 1;
                value = self.vm.get_attr(&value, &PyStr::new(&name))?;
            } else if self.eat("(") {
                let mut positional = Vec::new();
                let mut keywords: Vec<(Rc<PyStr>, Value)> = Vec::new();
                while !self.eat(")") {
                    if self.eat("*") {
                        let iterable = self.expr()?;
                        positional.extend(self.vm.collect(&iterable)?);
                    } else if let (Some(Tok::Name(name)), Some(Tok::Punct("="))) =
                        (self.peek(), self.peek_at(1))
                    {
                        let name = Rc::new(PyStr::new(name));
                        self.pos += 2;
                        keywords.push((name, self.expr()?));
                    } else {
                        positional.push(self.expr()?);
                    }
                    if !self.eat(",") {
                        self.expect(")");
                        break;
                    }
                }
                value = self.vm.call_value(
                    &value,
                    Args {
                        positional: &positional,
                        keywords: &keywords,
                    },
                )?;
            } else if self.eat("[") {
                let key = self.subscript()?;
                self.expect("]");
                if matches!(self.target, Some(None)) && self.is_punct("=") {
                    self.target = Some(Some((value, key)));
                    return Ok(Value::None);
                }
                value = self.vm.get_item(&value, &key)?;
            } else {
                return Ok(value);
            }
        }
    }

    /// Comma-separated expressions up to `close`; whether a trailing comma was seen.
    fn items(&mut self, close: &str) -> PyResult<(Vec<Value>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        while !self.eat(close) {
            items.push(self.expr()?);
            comma = self.eat(",");
            if !comma {
                self.expect(close);
                break;
            }
        }
        Ok((items, comma))
    }

    fn atom(&mut self) -> PyResult<Value> {
        let token = self.peek().cloned().expect("unexpected end of snippet");
        self.pos += 1;
        Ok(match token {
            Tok::Int(value) => Value::from_bigint(value),
            Tok::Float(value) => Value::Float(value),
            Tok::Str(text) => {
                let mut text = text;
                while let Some(Tok::Str(more)) = self.peek() {
                    text.push_str(more);
                    self.pos += 1;
                }
                Value::string(text)
            }
            Tok::Bytes(bytes) => Value::Bytes(Rc::new(PyBytes::new(bytes))),
            Tok::Name(name) => match name.as_str() {
                "None" => Value::None,
                "True" => Value::True,
                "False" => Value::False,
                _ => {
                    if let Some(value) = self.env.get(&name) {
                        value.clone()
                    } else {
                        let slot = tauraro_bytecode::builtin_slot(&name)
                            .unwrap_or_else(|| panic!("unknown name {name}"));
                        self.vm.builtins[slot.index()].clone()
                    }
                }
            },
            Tok::Punct("(") => {
                let (items, comma) = self.items(")")?;
                if items.len() == 1 && !comma {
                    items.into_iter().next().expect("one item")
                } else {
                    Value::tuple(items)
                }
            }
            Tok::Punct("[") => Value::list(self.items("]")?.0),
            Tok::Punct("{") => {
                if self.eat("}") {
                    return self.vm.build_dict(Vec::new());
                }
                let first = self.expr()?;
                if self.eat(":") {
                    let mut pairs = vec![(first, self.expr()?)];
                    while self.eat(",") && !self.is_punct("}") {
                        let key = self.expr()?;
                        self.expect(":");
                        pairs.push((key, self.expr()?));
                    }
                    self.expect("}");
                    self.vm.build_dict(pairs)?
                } else {
                    let mut items = vec![first];
                    if self.eat(",") {
                        items.extend(self.items("}")?.0);
                    } else {
                        self.expect("}");
                    }
                    self.vm.build_set(items)?
                }
            }
            other => panic!("unexpected token {other:?}"),
        })
    }
}

/// What CPython prints for an exception: `Name: str(exc)`.
pub(crate) fn describe_error(vm: &mut Vm, err: PyErr) -> String {
    let (name, args) = match &err.inner().value {
        ExcValue::Lazy { kind, args } => (kind.name().to_owned(), args.clone()),
        ExcValue::Object(instance) => {
            let args = match instance.exception.as_ref().map(|d| d.borrow().args.clone()) {
                Some(Value::Tuple(items)) => items.items.to_vec(),
                _ => Vec::new(),
            };
            (instance.class.name.as_str().to_owned(), args)
        }
    };
    let message = match args.as_slice() {
        [] => String::new(),
        [single] if name == "KeyError" => vm
            .repr(single)
            .map_or_else(|_| "<repr failed>".into(), |s| s.as_str().to_owned()),
        [single] => vm
            .to_str(single)
            .map_or_else(|_| "<str failed>".into(), |s| s.as_str().to_owned()),
        many => vm
            .repr(&Value::tuple(many.to_vec()))
            .map_or_else(|_| "<repr failed>".into(), |s| s.as_str().to_owned()),
    };
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// Runs a snippet: the repr of its value, or the exception it raised.
pub(crate) fn run(vm: &mut Vm, source: &str) -> String {
    let mut eval = Eval {
        vm,
        tokens: tokenize(source),
        pos: 0,
        env: HashMap::new(),
        target: None,
    };
    match eval.program() {
        Ok(value) => match eval.vm.repr(&value) {
            Ok(text) => text.as_str().to_owned(),
            Err(err) => format!("repr failed: {}", describe_error(eval.vm, err)),
        },
        Err(err) => describe_error(eval.vm, err),
    }
}

/// Checks every case, reporting all mismatches at once.
pub(crate) fn check(cases: &[(&str, &str)]) {
    let mut vm = Vm::new(8 << 20);
    let mut failures = Vec::new();
    for (source, expected) in cases {
        let got = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut vm, source)))
            .unwrap_or_else(|_| "<the test harness could not parse this snippet>".to_owned());
        if got != *expected {
            failures.push(format!(
                "  {source}\n    expected: {expected}\n    got:      {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
