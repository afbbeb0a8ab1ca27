//! The iterator protocol: `iter()`, `next()`, collecting an iterable, unpacking, and the state
//! of the fused `for ... in range(...)` loop.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::interpreter::generator::Resumed;
use crate::object::{DictIterKind, IterState, PyDict, PyIterator, PyStr};
use crate::value::Value;

fn new_iterator(state: IterState) -> Value {
    Value::Iterator(Rc::new(PyIterator::new(state)))
}

/// `reversed(d)` (with `Keys`) and `reversed()` of the views of `d`.
pub fn reversed_dict(dict: &Rc<PyDict>, kind: DictIterKind) -> Value {
    new_iterator(IterState::DictReversed {
        dict: dict.clone(),
        next: dict.table.borrow().positions(),
        expected_len: dict.len(),
        kind,
    })
}

/// One step of a composite iterator that needs to call back into the interpreter; the
/// iterator's state is not borrowed while it runs.
enum Step {
    Done(Option<Value>),
    Enumerate(Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
}

/// The next character of a str iterator at byte `offset`, which moves past it. An ASCII
/// byte (nearly every character a program iterates over) is its own character: no UTF-8
/// decoding. Called from the loop's `ForIter` as well.
#[inline(always)]
pub(crate) fn next_char(text: &PyStr, offset: &mut usize) -> Option<Value> {
    let &first = text.as_str().as_bytes().get(*offset)?;
    if first.is_ascii() {
        *offset += 1;
        return Some(Value::char(char::from(first)));
    }
    let ch = text.as_str()[*offset..].chars().next()?;
    *offset += ch.len_utf8();
    Some(Value::char(ch))
}

impl Vm {
    /// `iter(value)`.
    pub fn get_iter(&mut self, value: &Value) -> PyResult<Value> {
        Ok(match value {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => {
                new_iterator(IterState::Sequence {
                    seq: value.clone(),
                    index: 0,
                })
            }
            Value::Str(text) => new_iterator(IterState::Str {
                text: text.clone(),
                offset: 0,
            }),
            Value::Range(range) => new_iterator(IterState::over_range(range, false)),
            Value::Dict(dict) => new_iterator(IterState::Dict {
                dict: dict.clone(),
                position: 0,
                expected_len: dict.len(),
                kind: DictIterKind::Keys,
            }),
            Value::DictView(view) => new_iterator(IterState::Dict {
                dict: view.dict.clone(),
                position: 0,
                expected_len: view.dict.len(),
                kind: view.kind,
            }),
            Value::Set(set) | Value::FrozenSet(set) => new_iterator(IterState::Set {
                set: set.clone(),
                position: 0,
                expected_len: set.len(),
            }),
            Value::Iterator(_) | Value::Generator(_) => value.clone(),
            Value::Instance(_) => return self.user_iter(value),
            Value::Class(class) if class.metaclass.is_some() => return self.user_iter(value),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    self.type_name(other)
                )));
            }
        })
    }

    /// Calls `each` with every remaining item of `iterator` when it is a range iterator (in
    /// 64 bits), without the general `next_value` dispatch per item: `sum(range(n))`,
    /// `list(range(n))`. `None` for any other iterator. The state is borrowed only to step
    /// it, so `each` may run Python code, even code that advances the same iterator.
    pub(crate) fn for_each_range_item(
        &mut self,
        iterator: &Value,
        each: &mut impl FnMut(&mut Vm, Value) -> PyResult<()>,
    ) -> Option<PyResult<()>> {
        let Value::Iterator(it) = iterator else {
            return None;
        };
        if !matches!(&*it.state.borrow(), IterState::Range { .. }) {
            return None;
        }
        loop {
            let item = match &mut *it.state.borrow_mut() {
                IterState::Range {
                    next,
                    remaining,
                    step,
                } => {
                    if *remaining <= 0 {
                        return Some(Ok(()));
                    }
                    let item = *next;
                    // Wrapping: the value after the last one is never used.
                    *next = item.wrapping_add(*step);
                    *remaining -= 1;
                    item
                }
                // A range iterator stays one.
                _ => return Some(Ok(())),
            };
            if let Err(error) = each(self, Value::Int(item)) {
                return Some(Err(error));
            }
        }
    }

    /// `next(iterator)`, with exhaustion as `None` rather than StopIteration.
    pub fn next_value(&mut self, iterator: &Value) -> PyResult<Option<Value>> {
        match iterator {
            Value::Iterator(it) => {
                let step = self.simple_step(it)?;
                match step {
                    Step::Done(result) => Ok(result),
                    composite => self.composite_step(it, composite),
                }
            }
            Value::Generator(generator) => match self.resume_generator(generator, Value::None)? {
                Resumed::Yielded(value) => Ok(Some(value)),
                Resumed::Returned(_) => Ok(None),
            },
            Value::Instance(_) => self.user_next(iterator),
            other => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(other)
            ))),
        }
    }

    /// Advances iterators over builtin containers; composite iterators return what they need.
    fn simple_step(&mut self, it: &PyIterator) -> PyResult<Step> {
        let mut state = it.state.borrow_mut();
        if let Some(item) = step_common(&mut state) {
            return Ok(Step::Done(item));
        }
        let result = match &mut *state {
            IterState::Sequence { seq, index } => {
                // Tuples took `step_common`, and so did lists but those it would have to
                // convert from flags form or that are being written.
                let item = match seq {
                    Value::List(list) => list.items().get(*index).cloned(),
                    Value::Bytes(bytes) => {
                        bytes.bytes.get(*index).map(|b| Value::Int(i64::from(*b)))
                    }
                    _ => None,
                };
                if item.is_some() {
                    *index += 1;
                }
                item
            }
            IterState::Str { text, offset } => next_char(text, offset),
            // Ranges always take `step_common`.
            IterState::Range { .. } => None,
            IterState::Dict {
                dict,
                position,
                expected_len,
                kind,
            } => {
                let table = dict.table.borrow();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                let mut found = None;
                *position = (*position).max(table.first_live());
                while *position < table.positions() {
                    let current = *position;
                    *position += 1;
                    if let Some(entry) = table.entry(current) {
                        found = Some(match kind {
                            DictIterKind::Keys => entry.key.clone(),
                            DictIterKind::Values => entry.value.clone(),
                            DictIterKind::Items => {
                                Value::tuple(vec![entry.key.clone(), entry.value.clone()])
                            }
                        });
                        break;
                    }
                }
                found
            }
            IterState::DictReversed {
                dict,
                next,
                expected_len,
                kind,
            } => {
                let table = dict.table.borrow();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                // `popitem` truncates the entry vector, so the position may now be past it.
                *next = (*next).min(table.positions());
                let mut found = None;
                while *next > 0 {
                    *next -= 1;
                    if let Some(entry) = table.entry(*next) {
                        found = Some(match kind {
                            DictIterKind::Keys => entry.key.clone(),
                            DictIterKind::Values => entry.value.clone(),
                            DictIterKind::Items => {
                                Value::tuple(vec![entry.key.clone(), entry.value.clone()])
                            }
                        });
                        break;
                    }
                }
                found
            }
            IterState::Set {
                set,
                position,
                expected_len,
            } => {
                let table = set.table.borrow();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                match table.next_from(*position) {
                    Some((key, next)) => {
                        *position = next;
                        Some(key)
                    }
                    None => {
                        *position = usize::MAX;
                        None
                    }
                }
            }
            IterState::Reversed { seq, next } => {
                if *next == 0 {
                    None
                } else {
                    *next -= 1;
                    let item = match seq {
                        Value::List(list) => list.get(*next),
                        Value::Tuple(tuple) => tuple.items.get(*next).cloned(),
                        Value::Str(text) => {
                            (*next < text.char_len()).then(|| Value::char(text.char_at(*next)))
                        }
                        _ => None,
                    };
                    if item.is_none() {
                        *next = 0;
                    }
                    item
                }
            }
            IterState::LongRange {
                next,
                remaining,
                step,
            } => {
                if remaining.is_positive() {
                    let value = next.clone();
                    *remaining -= 1;
                    *next += &*step;
                    Some(Value::from_bigint(value))
                } else {
                    None
                }
            }
            IterState::Enumerate { inner, .. } => return Ok(Step::Enumerate(inner.clone())),
            IterState::Zip { inners, strict } => return Ok(Step::Zip(inners.clone(), *strict)),
            IterState::Map { function, inners } => {
                return Ok(Step::Map(function.clone(), inners.clone()));
            }
            IterState::Filter { function, inner } => {
                return Ok(Step::Filter(function.clone(), inner.clone()));
            }
            IterState::Callable { function, sentinel } => {
                return Ok(Step::Callable(function.clone(), sentinel.clone()));
            }
            IterState::Exhausted => None,
        };
        Ok(Step::Done(result))
    }

    fn composite_step(&mut self, it: &PyIterator, step: Step) -> PyResult<Option<Value>> {
        let exhaust = |it: &PyIterator| *it.state.borrow_mut() = IterState::Exhausted;
        match step {
            Step::Done(result) => Ok(result),
            Step::Enumerate(inner) => match self.next_value(&inner)? {
                Some(item) => {
                    let mut state = it.state.borrow_mut();
                    let IterState::Enumerate { count, .. } = &mut *state else {
                        return Ok(None);
                    };
                    let index = count.clone();
                    *count = match &index {
                        Value::Int(n) => match n.checked_add(1) {
                            Some(next) => Value::Int(next),
                            None => Value::from_bigint(num_bigint::BigInt::from(*n) + 1),
                        },
                        Value::BigInt(n) => Value::from_bigint((**n).clone() + 1),
                        other => other.clone(),
                    };
                    Ok(Some(Value::tuple(vec![index, item])))
                }
                None => Ok(None),
            },
            Step::Zip(inners, strict) => {
                if inners.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(inners.len());
                for (position, inner) in inners.iter().enumerate() {
                    match self.next_value(inner)? {
                        Some(item) => items.push(item),
                        None => {
                            exhaust(it);
                            if strict {
                                if position > 0 {
                                    let plural = if position == 1 { "" } else { "s" };
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        position + 1,
                                        if position == 1 {
                                            String::new()
                                        } else {
                                            format!("-{position}")
                                        }
                                    )));
                                }
                                for (later, other) in inners.iter().enumerate().skip(1) {
                                    if self.next_value(other)?.is_some() {
                                        let plural = if later == 1 { "" } else { "s" };
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            later + 1,
                                            if later == 1 {
                                                String::new()
                                            } else {
                                                format!("-{later}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            Step::Map(function, inners) => {
                let mut args = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.next_value(inner)? {
                        Some(item) => args.push(item),
                        None => {
                            exhaust(it);
                            return Ok(None);
                        }
                    }
                }
                self.call(&function, &args).map(Some)
            }
            Step::Filter(function, inner) => loop {
                let Some(item) = self.next_value(&inner)? else {
                    return Ok(None);
                };
                let keep = if function.is_none() {
                    self.is_true(&item)?
                } else {
                    let verdict = self.call(&function, std::slice::from_ref(&item))?;
                    self.is_true(&verdict)?
                };
                if keep {
                    return Ok(Some(item));
                }
            },
            Step::Callable(function, sentinel) => {
                let value = self.call(&function, &[])?;
                if value.is(&sentinel) || self.values_equal(&value, &sentinel)? {
                    exhaust(it);
                    Ok(None)
                } else {
                    Ok(Some(value))
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable {
            Value::List(list) => Ok(list.snapshot()),
            Value::Tuple(tuple) => Ok(tuple.items.to_vec()),
            Value::Range(range) if range.len().is_none_or(|len| len > 1 << 32) => {
                Err(PyErr::new(ExcKind::MemoryError, ""))
            }
            Value::Range(range) if range.as_small().is_some() => {
                let small = range.as_small().expect("checked");
                Ok((0..small.len()).map(|i| Value::Int(small.get(i))).collect())
            }
            Value::Dict(dict) => Ok(dict.table.borrow().iter().map(|e| e.key.clone()).collect()),
            // Storing values has no visible effect: one run takes them all.
            Value::Generator(generator) => self.collect_generator(generator),
            _ => {
                let iterator = self.get_iter(iterable)?;
                let mut items = Vec::new();
                while let Some(item) = self.next_value(&iterator)? {
                    items.push(item);
                }
                Ok(items)
            }
        }
    }

    /// `a, b, c = value`.
    pub fn unpack_exact(&mut self, value: &Value, count: usize) -> PyResult<Vec<Value>> {
        let items = match value {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            Value::List(list) => list.snapshot(),
            _ => {
                let iterator = match self.get_iter(value) {
                    Ok(iterator) => iterator,
                    Err(err) if self.is_instance_of_kind(&err, ExcKind::TypeError) => {
                        return Err(PyErr::type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(value)
                        )));
                    }
                    Err(err) => return Err(err),
                };
                let mut items = Vec::with_capacity(count);
                while let Some(item) = self.next_value(&iterator)? {
                    items.push(item);
                    if items.len() > count {
                        return Err(PyErr::value_error(format!(
                            "too many values to unpack (expected {count})"
                        )));
                    }
                }
                items
            }
        };
        if items.len() > count {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {count})"
            )));
        }
        if items.len() < count {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {count}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }

    /// `a, *b, c = value`: `before` values, a list of the middle, `after` values.
    pub fn unpack_starred(
        &mut self,
        value: &Value,
        before: usize,
        after: usize,
    ) -> PyResult<Vec<Value>> {
        let items = match self.collect(value) {
            Ok(items) => items,
            Err(err) if self.is_instance_of_kind(&err, ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(value)
                )));
            }
            Err(err) => return Err(err),
        };
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(Value::list(middle));
        items.extend(tail);
        Ok(items)
    }

    /// The state of a `for ... in range(args)` loop: (next value, remaining count, step), or
    /// a generic iterator followed by two placeholders when `range` is not the builtin.
    pub(crate) fn range_loop_state(&mut self, args: &[Value]) -> PyResult<[Value; 3]> {
        // Found once: a name search per loop would cost more than a short loop itself.
        static RANGE_SLOT: std::sync::LazyLock<Option<usize>> = std::sync::LazyLock::new(|| {
            tauraro_bytecode::builtin_slot("range").map(|slot| slot.index())
        });
        let range_builtin = RANGE_SLOT
            .map(|slot| self.builtins[slot].clone())
            .unwrap_or(Value::Undefined);
        let is_builtin_range =
            matches!(&range_builtin, Value::Class(class) if Rc::ptr_eq(class, &self.types.range));
        if is_builtin_range {
            let range = self.make_range(args)?;
            if let Some(small) = range.as_small() {
                return Ok([
                    Value::Int(small.start),
                    Value::Int(small.len()),
                    Value::Int(small.step),
                ]);
            }
            let iterator = new_iterator(IterState::over_range(&range, false));
            return Ok([iterator, Value::Undefined, Value::Undefined]);
        }
        let iterable = self.call(&range_builtin, args)?;
        let iterator = self.get_iter(&iterable)?;
        Ok([iterator, Value::Undefined, Value::Undefined])
    }

    /// `range(*args)` with CPython's argument checks.
    pub fn make_range(&mut self, args: &[Value]) -> PyResult<crate::object::PyRange> {
        use crate::object::PyRange;
        if args.is_empty() {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ));
        }
        if args.len() > 3 {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
        // The common case, without big-int conversions.
        let small = match args {
            [Value::Int(stop)] => Some((0, *stop, 1)),
            [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
            [Value::Int(start), Value::Int(stop), Value::Int(step)] => Some((*start, *stop, *step)),
            _ => None,
        };
        if let Some((start, stop, step)) = small {
            if step == 0 {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            return Ok(PyRange::from_i64(start, stop, step));
        }
        let mut numbers = Vec::with_capacity(args.len());
        for arg in args {
            numbers.push(self.to_index(arg)?);
        }
        let mut numbers = numbers.into_iter();
        let first = numbers.next().expect("at least one argument");
        let (start, stop, step) = match (numbers.next(), numbers.next()) {
            (None, _) => (BigInt::zero(), first, BigInt::one()),
            (Some(stop), None) => (first, stop, BigInt::one()),
            (Some(stop), Some(step)) => (first, stop, step),
        };
        if step.is_zero() {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        Ok(PyRange::new(start, stop, step))
    }
}

/// The next item of the iterators the interpreter steps without a call: a range, and a list
/// or tuple being walked. `Some(None)` when one of those is exhausted; `None` for any other
/// iterator (the caller takes the general path). Shared by `ForIter` in the loop and the
/// fast lane, so both advance the same way.
#[inline(always)]
pub(crate) fn step_common(state: &mut IterState) -> Option<Option<Value>> {
    match state {
        IterState::Range {
            next,
            remaining,
            step,
        } => {
            if *remaining > 0 {
                let value = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Some(Some(Value::Int(value)))
            } else {
                Some(None)
            }
        }
        IterState::Sequence { seq, index } => {
            let item = match seq {
                // (A list in flags form, or being written, takes the general path.)
                Value::List(list) => list.get_without_converting(*index)?,
                Value::Tuple(tuple) => tuple.items.get(*index).cloned(),
                _ => return None,
            };
            if item.is_some() {
                *index += 1;
            }
            Some(item)
        }
        _ => None,
    }
}
