//! `__next__` and `__iter__` of the builtin iterator types (`list_iterator`, `zip`, ...,
//! and `iterator`, the `__getitem__`-driven iterator of objects without `__iter__`), so
//! that `it.__next__()` works and user iterators can delegate to them.

use crate::builtins::methods::{no_args, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use num_bigint::BigInt;
use num_traits::Zero;

use crate::object::{Args, BuiltinFunction, IterState, Payload};
use crate::value::Value;

/// The methods every builtin iterator type has.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__next__", dunder_next),
    BuiltinFunction::new("__iter__", dunder_iter),
];

/// The iterators over containers of known size, which also report how many items are left
/// (`operator.length_hint`, `list(it)` sizing).
pub static SIZED_ITERATORS: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "list_reverseiterator",
];

/// The methods of [`SIZED_ITERATORS`] besides [`METHODS`].
pub static SIZED_METHODS: &[BuiltinFunction] =
    &[BuiltinFunction::new("__length_hint__", dunder_length_hint)];

/// Accepts the builtin iterators: `Value::Iterator` and sequence-iterator instances.
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Value, Args<'a>)> {
    let class = match args.positional.first() {
        Some(first) => vm.type_name(first),
        None => "iterator".to_owned(),
    };
    receiver(vm, args, &class, method, |value| match value {
        Value::Iterator(_) => Some(value),
        Value::Instance(instance) if matches!(instance.payload, Payload::SequenceIterator(_)) => {
            Some(value)
        }
        _ => None,
    })
}

fn dunder_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (iterator, rest) = this(vm, args, "__next__")?;
    no_args(rest, "__next__")?;
    let step = match iterator {
        Value::Instance(_) => vm.user_next(iterator)?,
        _ => vm.next_value(iterator)?,
    };
    step.ok_or_else(|| PyErr::with_args(ExcKind::StopIteration, vec![]))
}

/// How many items are left; 0 once the container changed size, as CPython's iterators say.
fn dunder_length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (iterator, rest) = this(vm, args, "__length_hint__")?;
    no_args(rest, "__length_hint__")?;
    let Value::Iterator(iterator) = iterator else {
        return Ok(Value::Int(0));
    };
    let state = iterator.state.borrow();
    let left = match &*state {
        IterState::Sequence { seq, index } => {
            let len = match seq {
                Value::List(list) => list.len(),
                Value::Tuple(tuple) => tuple.items.len(),
                Value::Bytes(bytes) => bytes.bytes.len(),
                _ => 0,
            };
            len.saturating_sub(*index)
        }
        IterState::Str { text, offset } => text.as_str()[*offset..].chars().count(),
        IterState::Range { remaining, .. } => usize::try_from(*remaining).unwrap_or(0),
        IterState::LongRange { remaining, .. } => {
            return Ok(Value::from_bigint(remaining.clone().max(BigInt::zero())));
        }
        IterState::Dict {
            dict,
            position,
            expected_len,
            ..
        } => {
            let table = dict.table.borrow();
            if table.len() != *expected_len {
                0
            } else {
                (*position..table.positions())
                    .filter(|&at| table.entry(at).is_some())
                    .count()
            }
        }
        IterState::DictReversed {
            dict,
            next,
            expected_len,
            ..
        } => {
            let table = dict.table.borrow();
            if table.len() != *expected_len {
                0
            } else {
                (0..(*next).min(table.positions()))
                    .filter(|&at| table.entry(at).is_some())
                    .count()
            }
        }
        IterState::Set {
            set,
            position,
            expected_len,
        } => {
            let table = set.table.borrow();
            let mut count = 0;
            let mut at = *position;
            if table.len() == *expected_len {
                while let Some((_, next)) = table.next_from(at) {
                    count += 1;
                    at = next;
                }
            }
            count
        }
        IterState::Reversed { seq, next } => {
            let len = match seq {
                Value::List(list) => list.len(),
                Value::Tuple(tuple) => tuple.items.len(),
                Value::Str(text) => text.char_len(),
                _ => 0,
            };
            if *next <= len { *next } else { 0 }
        }
        _ => 0,
    };
    Ok(Value::Int(i64::try_from(left).unwrap_or(i64::MAX)))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (iterator, rest) = this(vm, args, "__iter__")?;
    no_args(rest, "__iter__")?;
    Ok(iterator.clone())
}
