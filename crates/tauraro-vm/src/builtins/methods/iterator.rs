//! `__next__` and `__iter__` of the builtin iterator types (`list_iterator`, `zip`, ...,
//! and `iterator`, the `__getitem__`-driven iterator of objects without `__iter__`), so
//! that `it.__next__()` works and user iterators can delegate to them.

use crate::builtins::methods::{no_args, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Payload};
use crate::value::Value;

/// The methods every builtin iterator type has.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__next__", dunder_next),
    BuiltinFunction::new("__iter__", dunder_iter),
];

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

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (iterator, rest) = this(vm, args, "__iter__")?;
    no_args(rest, "__iter__")?;
    Ok(iterator.clone())
}
