//! Methods of generator objects: `send`, `throw`, `close`, and the iterator protocol.

use std::rc::Rc;

use crate::builtins::methods::{no_args, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::interpreter::generator::Resumed;
use crate::object::{Args, BuiltinFunction, Generator};
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<Generator>, Args<'a>)> {
    receiver(vm, args, "generator", method, |value| match value {
        Value::Generator(generator) => Some(generator),
        _ => None,
    })
}

/// The methods of generators.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("send", send),
    BuiltinFunction::new("throw", throw),
    BuiltinFunction::new("close", close),
    BuiltinFunction::new("__next__", dunder_next),
    BuiltinFunction::new("__iter__", dunder_iter),
];

/// A finished resumption as the caller of `send`/`throw`/`__next__` sees it.
fn yielded_or_stop(resumed: Resumed) -> PyResult<Value> {
    match resumed {
        Resumed::Yielded(value) => Ok(value),
        Resumed::Returned(Value::None) => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        Resumed::Returned(value) => Err(PyErr::with_args(ExcKind::StopIteration, vec![value])),
    }
}

fn send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (generator, rest) = this(vm, args, "send")?;
    if !rest.keywords.is_empty() {
        return Err(PyErr::type_error(
            "generator.send() takes no keyword arguments",
        ));
    }
    if rest.positional.len() != 1 {
        return Err(PyErr::type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    }
    let resumed = vm.resume_generator(generator, rest.positional[0].clone())?;
    yielded_or_stop(resumed)
}

/// `throw(value)`, `throw(type[, value[, traceback]])`.
fn throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (generator, rest) = this(vm, args, "throw")?;
    if !rest.keywords.is_empty() {
        return Err(PyErr::type_error(
            "generator.throw() takes no keyword arguments",
        ));
    }
    let exception = match rest.positional {
        [] => {
            return Err(PyErr::type_error(
                "throw expected at least 1 argument, got 0",
            ));
        }
        [exception] => exception.clone(),
        [kind, value] | [kind, value, _] => match (kind, value) {
            (Value::Class(class), Value::Instance(instance))
                if instance.exception.is_some() && instance.class.is_subclass_of(class) =>
            {
                value.clone()
            }
            (Value::Class(class), Value::None) => Value::Class(class.clone()),
            (Value::Class(class), Value::Tuple(args)) => {
                vm.call(&Value::Class(class.clone()), &args.items)?
            }
            (Value::Class(class), value) => {
                vm.call(&Value::Class(class.clone()), std::slice::from_ref(value))?
            }
            (_, _) => {
                return Err(PyErr::type_error(
                    "instance exception may not have a separate value",
                ));
            }
        },
        more => {
            return Err(PyErr::type_error(format!(
                "throw expected at most 3 arguments, got {}",
                more.len()
            )));
        }
    };
    let err = vm.make_raise(&exception, None);
    let resumed = vm.throw_into_generator(generator, err)?;
    yielded_or_stop(resumed)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (generator, rest) = this(vm, args, "close")?;
    no_args(rest, "generator.close")?;
    vm.close_generator(generator)?;
    Ok(Value::None)
}

fn dunder_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (generator, rest) = this(vm, args, "__next__")?;
    no_args(rest, "generator.__next__")?;
    let resumed = vm.resume_generator(generator, Value::None)?;
    yielded_or_stop(resumed)
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (generator, rest) = this(vm, args, "__iter__")?;
    no_args(rest, "generator.__iter__")?;
    Ok(Value::Generator(generator.clone()))
}
