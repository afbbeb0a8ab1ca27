//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): the checks of the constructor and the
//! methods `derive`, `subgroup` and `split`, plus `BaseException.add_note` (also 3.11), and
//! the class a group constructor call makes.
//! `except*` itself is not compiled yet (a "not supported yet" SyntaxError).

use std::rc::Rc;

use crate::builtins::arguments::receiver;
use crate::builtins::functions::is_instance_of;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, PyStr};
use crate::value::Value;

pub(crate) static GROUP_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("derive", group_derive),
    BuiltinFunction::new("subgroup", group_subgroup),
    BuiltinFunction::new("split", group_split),
];

pub(crate) static ADD_NOTE: BuiltinFunction = BuiltinFunction::new("add_note", exception_add_note);

/// `exception.add_note(note)`: appends to the `__notes__` list tracebacks print.
fn exception_add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [note] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(note)
        )));
    }
    let Value::Instance(instance) = this else {
        return Err(PyErr::type_error("add_note() needs an exception"));
    };
    match crate::runtime::descriptors::dict_lookup(instance, "__notes__") {
        Some(Value::List(list)) => list.items_mut().push(note.clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ));
        }
        None => {
            let notes = Value::list(vec![note.clone()]);
            let key = Value::Str(vm.intern("__notes__"));
            vm.dict_set(&instance.dict(), key, notes)?;
        }
    }
    Ok(Value::None)
}

/// The checks `BaseExceptionGroup.__new__(message, exceptions)` makes.
pub(crate) fn check_group_arguments(
    vm: &mut Vm,
    class: &Rc<Class>,
    args: &[Value],
) -> PyResult<()> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    }
    let items = match &args[1] {
        Value::List(_) | Value::Tuple(_) => vm.collect(&args[1])?,
        _ => {
            return Err(PyErr::type_error(
                "second argument (exceptions) must be a sequence",
            ));
        }
    };
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let base = vm.types.exception(ExcKind::BaseException).clone();
    let exception = vm.types.exception(ExcKind::Exception).clone();
    let mut all_exceptions = true;
    for (index, item) in items.iter().enumerate() {
        if !vm.is_instance(item, &base) {
            return Err(PyErr::value_error(format!(
                "Item {index} of second argument (exceptions) is not an exception"
            )));
        }
        all_exceptions &= vm.is_instance(item, &exception);
    }
    if !all_exceptions && class.is_subclass_of(vm.types.exception(ExcKind::ExceptionGroup)) {
        return Err(PyErr::type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    Ok(())
}

fn group_parts(vm: &mut Vm, group: &Value) -> PyResult<(Value, Vec<Value>)> {
    let message = vm.get_attr(group, &PyStr::new("message"))?;
    let exceptions = vm.get_attr(group, &PyStr::new("exceptions"))?;
    Ok((message, vm.collect(&exceptions)?))
}

/// A new group of the same message: an ExceptionGroup when every member is an Exception,
/// else a BaseExceptionGroup (what the base `derive` does).
fn new_group(vm: &mut Vm, message: Value, exceptions: Vec<Value>) -> Value {
    let exception = vm.types.exception(ExcKind::Exception).clone();
    let all_exceptions = exceptions.iter().all(|e| vm.is_instance(e, &exception));
    let class = vm
        .types
        .exception(if all_exceptions {
            ExcKind::ExceptionGroup
        } else {
            ExcKind::BaseExceptionGroup
        })
        .clone();
    let instance = vm.new_exception(class, vec![message, Value::list(exceptions)]);
    Value::Instance(instance)
}

fn group_derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [exceptions] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    let message = vm.get_attr(this, &PyStr::new("message"))?;
    let items = vm.collect(exceptions)?;
    let class = vm.types.exception(ExcKind::BaseExceptionGroup).clone();
    check_group_arguments(vm, &class, &[message.clone(), Value::list(items.clone())])?;
    Ok(new_group(vm, message, items))
}

/// What `subgroup`/`split` match: a type, a tuple of types, or a predicate.
enum Condition {
    Types(Value),
    Predicate(Value),
}

impl Condition {
    fn new(vm: &mut Vm, value: &Value) -> PyResult<Condition> {
        let base = vm.types.exception(ExcKind::BaseException).clone();
        let is_exception_type = |v: &Value| matches!(v, Value::Class(c) if c.is_subclass_of(&base));
        match value {
            v if is_exception_type(v) => Ok(Condition::Types(v.clone())),
            Value::Tuple(items) if items.items.iter().all(is_exception_type) => {
                Ok(Condition::Types(value.clone()))
            }
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
                Ok(Condition::Predicate(value.clone()))
            }
            _ => Err(PyErr::type_error(
                "expected a function, exception type or tuple of exception types",
            )),
        }
    }

    fn matches(&self, vm: &mut Vm, exception: &Value) -> PyResult<bool> {
        match self {
            Condition::Types(types) => is_instance_of(vm, exception, types, "isinstance"),
            Condition::Predicate(function) => {
                let result = vm.call(function, std::slice::from_ref(exception))?;
                vm.is_true(&result)
            }
        }
    }
}

/// Copies what a derived group keeps from the original: traceback links and notes.
fn copy_metadata(vm: &mut Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Value::Instance(from), Value::Instance(to)) = (from, to)
        && let (Some(source), Some(target)) = (&from.exception, &to.exception)
    {
        let source = source.borrow();
        let mut target = target.borrow_mut();
        target.cause = source.cause.clone();
        target.context = source.context.clone();
        target.suppress_context = source.suppress_context;
        target.traceback = source.traceback.clone();
    }
    if let Value::Instance(from_instance) = from
        && let Some(notes) = crate::runtime::descriptors::dict_lookup(from_instance, "__notes__")
        && let Value::Instance(to_instance) = to
    {
        let key = Value::Str(vm.intern("__notes__"));
        vm.dict_set(&to_instance.dict(), key, notes)?;
    }
    Ok(())
}

/// Splits `group` into the part matching `condition` and the rest (either may be None).
fn split_group(
    vm: &mut Vm,
    group: &Value,
    condition: &Condition,
    want_rest: bool,
) -> PyResult<(Value, Value)> {
    if condition.matches(vm, group)? {
        return Ok((group.clone(), Value::None));
    }
    let group_class = vm.types.exception(ExcKind::BaseExceptionGroup).clone();
    let (message, exceptions) = group_parts(vm, group)?;
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for exception in &exceptions {
        if vm.is_instance(exception, &group_class) {
            let (m, r) = split_group(vm, exception, condition, want_rest)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        } else if condition.matches(vm, exception)? {
            matched.push(exception.clone());
        } else {
            rest.push(exception.clone());
        }
    }
    let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let derived = match vm.get_attr_opt(group, "derive")? {
            Some(method) => vm.call(&method, &[Value::list(items)])?,
            None => new_group(vm, message.clone(), items),
        };
        copy_metadata(vm, group, &derived)?;
        Ok(derived)
    };
    let matched = derive(vm, matched)?;
    let rest = if want_rest {
        derive(vm, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

fn group_subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [condition] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.subgroup() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    let condition = Condition::new(vm, condition)?;
    let (matched, _) = split_group(vm, this, &condition, false)?;
    unchanged_or(vm, this, matched)
}

fn group_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = receiver(args)?;
    let [condition] = rest.positional else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.split() takes exactly one argument ({} given)",
            rest.positional.len()
        )));
    };
    let condition = Condition::new(vm, condition)?;
    let (matched, rest) = split_group(vm, this, &condition, true)?;
    Ok(Value::tuple(vec![matched, rest]))
}

/// `subgroup` returns the group itself when every member matched.
fn unchanged_or(vm: &mut Vm, group: &Value, derived: Value) -> PyResult<Value> {
    if derived.is_none() || derived.is(group) {
        return Ok(derived);
    }
    let (_, original) = group_parts(vm, group)?;
    let (_, kept) = group_parts(vm, &derived)?;
    let same = original.len() == kept.len() && original.iter().zip(&kept).all(|(a, b)| a.is(b));
    Ok(if same { group.clone() } else { derived })
}

/// The class a group constructor call makes: its checks passed, `BaseExceptionGroup`
/// itself becomes `ExceptionGroup` when every member is an Exception (as CPython's
/// `__new__` does). Other classes are returned unchanged.
pub(crate) fn exception_class_for(
    vm: &mut Vm,
    class: &Rc<Class>,
    args: &[Value],
) -> PyResult<Rc<Class>> {
    if !class.is_subclass_of(vm.types.exception(ExcKind::BaseExceptionGroup)) {
        return Ok(class.clone());
    }
    check_group_arguments(vm, class, args)?;
    if Rc::ptr_eq(class, vm.types.exception(ExcKind::BaseExceptionGroup)) {
        let exception = vm.types.exception(ExcKind::Exception).clone();
        let items = vm.collect(&args[1])?;
        if items.iter().all(|item| vm.is_instance(item, &exception)) {
            return Ok(vm.types.exception(ExcKind::ExceptionGroup).clone());
        }
    }
    Ok(class.clone())
}
