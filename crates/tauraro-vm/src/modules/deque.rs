//! `_collections`: the native core of `collections.deque`, a ring buffer of values. The
//! operations a program runs in loops (appends and pops at both ends, indexing, `len`,
//! `extend`, `rotate`) are Rust methods of the class; `collections/_deque.py` adds the
//! rest (`__init__`'s checks, iteration, comparisons, `repr`, ...) to the same class in
//! Python, built on `_items`, `_set_items`, `_state` and `_maxlen`.
//!
//! The items live in a `Payload::Native`, which the cycle collector does not follow: a
//! cycle through a deque is never collected, but nothing live is ever freed.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::builtins::arguments::{bind, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Instance, Payload};
use crate::value::Value;

use super::NativeModule;

pub(super) static MODULE: NativeModule = NativeModule {
    name: "_collections",
    built_in: true,
    attributes,
};

static NEW: BuiltinFunction = BuiltinFunction::new("__new__", new);

static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("_configure", configure),
    BuiltinFunction::new("_items", items),
    BuiltinFunction::new("_set_items", set_items),
    BuiltinFunction::new("_state", state),
    BuiltinFunction::new("_maxlen", maxlen),
    BuiltinFunction::new("_rotate", rotate),
    BuiltinFunction::new("__len__", len),
    BuiltinFunction::new("__bool__", truth),
    BuiltinFunction::new("__getitem__", getitem),
    BuiltinFunction::new("__setitem__", setitem),
    BuiltinFunction::new("__delitem__", delitem),
    BuiltinFunction::new("append", append),
    BuiltinFunction::new("appendleft", appendleft),
    BuiltinFunction::new("pop", pop),
    BuiltinFunction::new("popleft", popleft),
    BuiltinFunction::new("extend", extend),
    BuiltinFunction::new("extendleft", extendleft),
    BuiltinFunction::new("clear", clear),
    BuiltinFunction::new("reverse", reverse),
    BuiltinFunction::new("__iter__", iter),
    BuiltinFunction::new("__reversed__", reversed),
];

static ITERATOR_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__iter__", iterator_iter),
    BuiltinFunction::new("__next__", iterator_next),
];

/// A deque's contents. `state` counts the changes an iterator must report as "deque
/// mutated during iteration" (every append, pop, rotation, insertion or removal; not
/// assignment to an item nor `reverse`), as CPython's does.
struct DequeState {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl DequeState {
    fn changed(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Adds `value` at one end; a full bounded deque drops the item at the other end, which
    /// is returned so that it is released after the borrow ends (its `__del__` may run
    /// Python code that uses this deque).
    fn push(&self, value: Value, left: bool) -> Option<Value> {
        self.changed();
        let mut items = self.items.borrow_mut();
        let mut dropped = None;
        if let Some(maxlen) = self.maxlen.get() {
            if maxlen == 0 {
                return Some(value);
            }
            if items.len() >= maxlen {
                dropped = if left {
                    items.pop_back()
                } else {
                    items.pop_front()
                };
            }
        }
        if left {
            items.push_front(value);
        } else {
            items.push_back(value);
        }
        dropped
    }
}

fn attributes(vm: &mut Vm) -> PyResult<super::Attributes> {
    // Instantiation calls a `__new__` found as a staticmethod, as for classes in Python,
    // so subclasses written in Python get the native state too.
    let new = Value::Instance(Rc::new(Instance::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(Value::Builtin(&NEW)),
    )));
    let class = super::native_class(
        vm,
        "deque",
        "collections",
        METHODS,
        vec![("__hash__", Value::None), ("__new__", new)],
    );
    let forward = super::native_class(
        vm,
        "_deque_iterator",
        "_collections",
        ITERATOR_METHODS,
        Vec::new(),
    );
    let backward = super::native_class(
        vm,
        "_deque_reverse_iterator",
        "_collections",
        ITERATOR_METHODS,
        Vec::new(),
    );
    vm.import.native.deque_iterator_classes = Some([forward, backward]);
    Ok(vec![("deque", Value::Class(class))])
}

/// The deque behind `value`, an instance of deque or of a subclass.
fn deque_state(value: &Value) -> Option<&DequeState> {
    match value {
        Value::Instance(instance) => match &instance.payload {
            Payload::Native(state) => state.downcast_ref::<DequeState>(),
            _ => None,
        },
        _ => None,
    }
}

fn this<'a>(args: Args<'a>) -> PyResult<(&'a DequeState, Args<'a>)> {
    let (object, rest) = receiver(args)?;
    if let Some(deque) = deque_state(object) {
        return Ok((deque, rest));
    }
    Err(PyErr::type_error(
        "descriptor requires a 'collections.deque' object",
    ))
}

/// `__new__(cls, *args, **kwargs)`: an empty deque; `__init__` fills it.
fn new(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.positional.first() else {
        return Err(PyErr::type_error(
            "deque.__new__(X): X is not a type object",
        ));
    };
    let state = DequeState {
        items: RefCell::new(VecDeque::new()),
        maxlen: Cell::new(None),
        state: Cell::new(0),
    };
    Ok(Value::Instance(Rc::new(Instance::new(
        class.clone(),
        Payload::Native(Box::new(state)),
    ))))
}

/// `_configure(maxlen)`: empties the deque and sets its bound (None or a checked int).
fn configure(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [maxlen] = bind("_configure", rest, ["maxlen"], 1, 0)?;
    let maxlen = match maxlen {
        Some(Value::None) | None => None,
        Some(value) => Some(value.as_small_int().unwrap_or(i64::MAX).max(0) as usize),
    };
    deque.maxlen.set(maxlen);
    deque.changed();
    let old = std::mem::take(&mut *deque.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `_items()`: the items, left to right, as a new list.
fn items(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(args)?;
    let items: Vec<Value> = deque.items.borrow().iter().cloned().collect();
    Ok(Value::list(items))
}

/// `_set_items(list)`: replaces the items (already cut to `maxlen` by the caller).
fn set_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [items] = bind("_set_items", rest, ["items"], 1, 0)?;
    let items: VecDeque<Value> = vm.collect(items.unwrap_or(&Value::None))?.into();
    deque.changed();
    let old = std::mem::replace(&mut *deque.items.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn state(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(args)?;
    Ok(Value::Int((deque.state.get() & (i64::MAX as u64)) as i64))
}

fn maxlen(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(args)?;
    Ok(deque
        .maxlen
        .get()
        .map_or(Value::None, |maxlen| Value::Int(maxlen as i64)))
}

/// `_rotate(steps)`: rotates right by `steps`, which the caller reduced to `0..len`.
fn rotate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [steps] = bind("_rotate", rest, ["steps"], 1, 0)?;
    let steps = steps.and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    deque.changed();
    let mut items = deque.items.borrow_mut();
    if steps < items.len() {
        items.rotate_right(steps);
    }
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(args)?;
    Ok(Value::Int(deque.len() as i64))
}

fn truth(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(args)?;
    Ok(Value::bool(deque.len() > 0))
}

/// The position `key` names in a deque of `size` items (negative ones from the end).
fn position(vm: &mut Vm, key: &Value, size: usize) -> PyResult<usize> {
    let index = match key {
        Value::Int(index) => *index,
        Value::False => 0,
        Value::True => 1,
        Value::Instance(_) | Value::BigInt(_) => {
            let index = vm.to_index(key).map_err(|_| {
                PyErr::type_error(format!(
                    "sequence index must be integer, not '{}'",
                    vm.type_name(key)
                ))
            })?;
            i64::try_from(&index).map_err(|_| {
                PyErr::new(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )
            })?
        }
        other => {
            return Err(PyErr::type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    let size = size as i64;
    let index = if index < 0 { index + size } else { index };
    if (0..size).contains(&index) {
        Ok(index as usize)
    } else {
        Err(PyErr::new(ExcKind::IndexError, "deque index out of range"))
    }
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [key] = bind("__getitem__", rest, ["index"], 1, 0)?;
    let index = position(vm, key.unwrap_or(&Value::None), deque.len())?;
    Ok(deque.items.borrow()[index].clone())
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [key, value] = bind("__setitem__", rest, ["index", "value"], 2, 0)?;
    let index = position(vm, key.unwrap_or(&Value::None), deque.len())?;
    let value = value.unwrap_or(&Value::None).clone();
    let old = std::mem::replace(&mut deque.items.borrow_mut()[index], value);
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [key] = bind("__delitem__", rest, ["index"], 1, 0)?;
    let index = position(vm, key.unwrap_or(&Value::None), deque.len())?;
    deque.changed();
    let old = deque.items.borrow_mut().remove(index);
    drop(old);
    Ok(Value::None)
}

fn push(args: Args<'_>, name: &str, left: bool) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [value] = bind(name, rest, ["x"], 1, 0)?;
    let dropped = deque.push(value.unwrap_or(&Value::None).clone(), left);
    drop(dropped);
    Ok(Value::None)
}

fn append(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    push(args, "append", false)
}

fn appendleft(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    push(args, "appendleft", true)
}

fn take(args: Args<'_>, name: &str, left: bool) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    bind::<0>(name, rest, [], 0, 0)?;
    let item = if left {
        deque.items.borrow_mut().pop_front()
    } else {
        deque.items.borrow_mut().pop_back()
    };
    match item {
        Some(item) => {
            deque.changed();
            Ok(item)
        }
        None => Err(PyErr::new(ExcKind::IndexError, "pop from an empty deque")),
    }
}

fn pop(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    take(args, "pop", false)
}

fn popleft(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    take(args, "popleft", true)
}

/// Appends every item of the iterable (collected first, so `d.extend(d)` doubles `d`).
fn extend_side(vm: &mut Vm, args: Args<'_>, name: &str, left: bool) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    let [iterable] = bind(name, rest, ["iterable"], 1, 0)?;
    let items = vm.collect(iterable.unwrap_or(&Value::None))?;
    let mut dropped = Vec::new();
    for item in items {
        dropped.extend(deque.push(item, left));
    }
    drop(dropped);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    extend_side(vm, args, "extend", false)
}

fn extendleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    extend_side(vm, args, "extendleft", true)
}

fn clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    bind::<0>("clear", rest, [], 0, 0)?;
    deque.changed();
    let old = std::mem::take(&mut *deque.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(args)?;
    bind::<0>("reverse", rest, [], 0, 0)?;
    deque.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

/// An iterator over a deque by position, as CPython's: any change the deque's `state`
/// counts ends it with "deque mutated during iteration"; `reverse()` and item assignment
/// do not, and iteration goes on at the same position.
struct DequeIterator {
    deque: Value,
    state: u64,
    /// The position of the next item (for a reversed iterator, one past it).
    next: Cell<usize>,
    remaining: Cell<usize>,
    backward: bool,
}

fn make_iterator(vm: &mut Vm, args: Args<'_>, backward: bool) -> PyResult<Value> {
    let (object, _) = receiver(args)?;
    let Some(deque) = deque_state(object) else {
        return Err(PyErr::type_error(
            "descriptor requires a 'collections.deque' object",
        ));
    };
    let Some(classes) = &vm.import.native.deque_iterator_classes else {
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "_collections is not set up",
        ));
    };
    let class = classes[usize::from(backward)].clone();
    let size = deque.len();
    let iterator = DequeIterator {
        deque: object.clone(),
        state: deque.state.get(),
        next: Cell::new(if backward { size } else { 0 }),
        remaining: Cell::new(size),
        backward,
    };
    Ok(Value::Instance(Rc::new(Instance::new(
        class,
        Payload::Native(Box::new(iterator)),
    ))))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_iterator(vm, args, false)
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    make_iterator(vm, args, true)
}

fn iterator_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(args)?;
    Ok(object.clone())
}

fn iterator_next(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (object, _) = receiver(args)?;
    let iterator = match object {
        Value::Instance(instance) => match &instance.payload {
            Payload::Native(state) => state.downcast_ref::<DequeIterator>(),
            _ => None,
        },
        _ => None,
    };
    let Some(iterator) = iterator else {
        return Err(PyErr::type_error(
            "descriptor requires a '_collections._deque_iterator' object",
        ));
    };
    let Some(deque) = deque_state(&iterator.deque) else {
        return Err(PyErr::with_args(ExcKind::StopIteration, Vec::new()));
    };
    if deque.state.get() != iterator.state {
        iterator.remaining.set(0);
        return Err(PyErr::new(
            ExcKind::RuntimeError,
            "deque mutated during iteration",
        ));
    }
    let remaining = iterator.remaining.get();
    if remaining == 0 {
        return Err(PyErr::with_args(ExcKind::StopIteration, Vec::new()));
    }
    iterator.remaining.set(remaining - 1);
    let position = if iterator.backward {
        iterator.next.get() - 1
    } else {
        iterator.next.get()
    };
    iterator.next.set(if iterator.backward {
        position
    } else {
        position + 1
    });
    let items = deque.items.borrow();
    match items.get(position) {
        Some(item) => Ok(item.clone()),
        None => Err(PyErr::with_args(ExcKind::StopIteration, Vec::new())),
    }
}
