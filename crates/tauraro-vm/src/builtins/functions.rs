//! The builtin functions (`print`, `len`, `sorted`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::arguments::{bind, no_arguments};
use crate::builtins::sort::sort_values;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::import::builtin_import;
use crate::interpreter::Vm;
use crate::interpreter::generator_drain::DrainPolicy;
use crate::object::{Args, BuiltinFunction, DictIterKind, IterState, PyIterator};
use crate::runtime::iterate::reversed_dict;
use crate::text;
use crate::value::Value;

macro_rules! builtin_functions {
    ($($name:literal => $static_name:ident = $function:ident),* $(,)?) => {
        $(pub static $static_name: BuiltinFunction = BuiltinFunction::new($name, $function);)*
        /// Every builtin function by name.
        pub static FUNCTIONS: &[&BuiltinFunction] = &[$(&$static_name),*];
    };
}

builtin_functions! {
    "print" => PRINT = print,
    "len" => LEN = len,
    "abs" => ABS = abs,
    "min" => MIN = min,
    "max" => MAX = max,
    "sum" => SUM = sum,
    "sorted" => SORTED = sorted,
    "reversed" => REVERSED = reversed,
    "enumerate" => ENUMERATE = enumerate,
    "zip" => ZIP = zip,
    "map" => MAP = map,
    "filter" => FILTER = filter,
    "any" => ANY = any,
    "all" => ALL = all,
    "isinstance" => ISINSTANCE = isinstance,
    "issubclass" => ISSUBCLASS = issubclass,
    "repr" => REPR = repr,
    "ascii" => ASCII = ascii,
    "round" => ROUND = round,
    "divmod" => DIVMOD = divmod,
    "pow" => POW = pow,
    "chr" => CHR = chr,
    "ord" => ORD = ord,
    "hex" => HEX = hex,
    "bin" => BIN = bin,
    "oct" => OCT = oct,
    "hash" => HASH = hash,
    "input" => INPUT = input,
    "open" => OPEN = open,
    "iter" => ITER = iter,
    "next" => NEXT = next,
    "id" => ID = id,
    "callable" => CALLABLE = callable,
    "getattr" => GETATTR = getattr,
    "setattr" => SETATTR = setattr,
    "hasattr" => HASATTR = hasattr,
    "delattr" => DELATTR = delattr,
    "format" => FORMAT = format,
    "exit" => EXIT = exit,
    "__import__" => IMPORT = builtin_import,
    "quit" => QUIT = exit,
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    for (name, value) in args.keywords {
        let slot = match name.as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" => continue,
            "file" => {
                if !value.is_none() {
                    file = Some(value);
                }
                continue;
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "print() got an unexpected keyword argument '{other}'"
                )));
            }
        };
        match value {
            Value::None => {}
            Value::Str(text) => *slot = Some(text.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "{} must be None or a string, not {}",
                    name.as_str(),
                    vm.type_name(other)
                )));
            }
        }
    }
    if let Some(file) = file {
        return print_to_file(vm, file, args.positional, sep, end);
    }
    let mut line = String::new();
    for (index, value) in args.positional.iter().enumerate() {
        if index > 0 {
            line.push_str(sep.as_ref().map_or(" ", |s| s.as_str()));
        }
        match value {
            Value::Str(text) => line.push_str(text.as_str()),
            Value::Int(v) => {
                use std::fmt::Write;
                let _ = write!(line, "{v}");
            }
            other => line.push_str(vm.to_str(other)?.as_str()),
        }
    }
    line.push_str(end.as_ref().map_or("\n", |s| s.as_str()));
    vm.output.write_str(&line);
    Ok(Value::None)
}

/// `print(..., file=f)`: each piece goes to `f.write`, one call per piece as in CPython.
fn print_to_file(
    vm: &mut Vm,
    file: &Value,
    values: &[Value],
    sep: Option<Rc<crate::object::PyStr>>,
    end: Option<Rc<crate::object::PyStr>>,
) -> PyResult<Value> {
    let write_name = vm.intern("write");
    let write = vm.get_attr(file, &write_name)?;
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            let sep = sep.clone().map_or_else(|| Value::str(" "), Value::Str);
            vm.call(&write, &[sep])?;
        }
        let text = vm.to_str(value)?;
        vm.call(&write, &[Value::Str(text)])?;
    }
    let end = end.map_or_else(|| Value::str("\n"), Value::Str);
    vm.call(&write, &[end])?;
    Ok(Value::None)
}

/// `len(value)` as a Rust integer.
pub fn length(vm: &mut Vm, value: &Value) -> PyResult<usize> {
    Ok(match value {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::DictView(v) => v.dict.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Bytes(b) => b.bytes.len(),
        Value::Range(r) => match r.len() {
            Some(len) => len as usize,
            None => {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            }
        },
        Value::Instance(_) => vm.user_len(value)?,
        Value::Class(class) if class.metaclass.is_some() => vm.user_len(value)?,
        other => {
            return Err(PyErr::type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(other)
            )));
        }
    })
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("len", args, ["obj"], 1, 1)?;
    Ok(Value::Int(length(vm, value.expect("required"))? as i64))
}

/// `len(x)` from `CallBuiltin` when the builtin slot still holds `len` itself and `x` is an
/// exact str, list, tuple, dict, set or frozenset: the answer needs no argument window and
/// no binding. `None` for everything else, which the general call answers identically.
///
/// Why: `len(items)` spent about 140 machine instructions in the general builtin-call path
/// (argument binding, the window's release) around a length read of a few.
#[inline(always)]
pub(crate) fn exact_len(callee: &Value, argument: &Value) -> Option<Value> {
    let Value::Builtin(function) = callee else {
        return None;
    };
    if !std::ptr::eq(*function, &LEN) {
        return None;
    }
    let len = match argument {
        Value::List(list) => list.len(),
        Value::Tuple(tuple) => tuple.items.len(),
        Value::Str(text) => text.char_len(),
        Value::Dict(dict) => dict.len(),
        Value::Set(set) | Value::FrozenSet(set) => set.len(),
        _ => return None,
    };
    Some(Value::Int(len as i64))
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("abs", args, ["x"], 1, 1)?;
    vm.absolute(value.expect("required"))
}

/// `min()` and `max()` of several ints, or of several floats, given positionally
/// (`max(a, b)`): compared in place, without copying the arguments or the general
/// comparison. `None` for anything else. Like the general path, a later item replaces the
/// best only when strictly better, so NaNs behave as in CPython.
fn extreme_of_numbers(items: &[Value], want_greater: bool) -> Option<Value> {
    let (first, rest) = items.split_first()?;
    match first {
        Value::Int(first) => {
            let mut best = *first;
            for item in rest {
                let Value::Int(item) = item else {
                    return None;
                };
                if (want_greater && *item > best) || (!want_greater && *item < best) {
                    best = *item;
                }
            }
            Some(Value::Int(best))
        }
        Value::Float(first) => {
            let mut best = *first;
            for item in rest {
                let Value::Float(item) = item else {
                    return None;
                };
                if (want_greater && *item > best) || (!want_greater && *item < best) {
                    best = *item;
                }
            }
            Some(Value::Float(best))
        }
        _ => None,
    }
}

/// `min()` and `max()`.
fn extreme(vm: &mut Vm, args: Args<'_>, name: &str, want_greater: bool) -> PyResult<Value> {
    if args.keywords.is_empty()
        && args.positional.len() >= 2
        && let Some(best) = extreme_of_numbers(args.positional, want_greater)
    {
        return Ok(best);
    }
    let mut key = None;
    let mut default = None;
    for (keyword, value) in args.keywords {
        match keyword.as_str() {
            "key" => key = Some(value.clone()).filter(|k| !k.is_none()),
            "default" => default = Some(value.clone()),
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let items = match args.positional {
        [] => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        [iterable] => vm.collect(iterable)?,
        many => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let item_key = match &key {
            Some(key) => vm.call(key, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, item_key),
            Some((best_item, best_key)) => {
                let better = if want_greater {
                    vm.compare_bool(&item_key, &best_key, crate::runtime::compare::CompareOp::Gt)?
                } else {
                    vm.compare_bool(&item_key, &best_key, crate::runtime::compare::CompareOp::Lt)?
                };
                if better {
                    (item, item_key)
                } else {
                    (best_item, best_key)
                }
            }
        });
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(PyErr::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    extreme(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    extreme(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = bind("sum", args, ["iterable", "start"], 1, 1)?;
    let mut total = start.cloned().unwrap_or(Value::Int(0));
    match &total {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        Value::Bytes(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ));
        }
        _ => {}
    }
    let iterable = iterable.expect("required");
    let iterator = vm.get_iter(iterable)?;
    // Adding ints and floats to an int or float total runs no Python code, so a generator
    // may run ahead of the additions for those; any other total takes each value in turn.
    let policy = match total {
        Value::Int(_) | Value::Float(_) => DrainPolicy::Number,
        _ => DrainPolicy::None,
    };
    vm.for_each_item(&iterator, policy, |vm, item| {
        // Int and float totals are updated in place: no drop of the old total per item.
        match (&mut total, &item) {
            (Value::Int(a), Value::Int(b)) => {
                if let Some(sum) = a.checked_add(*b) {
                    *a = sum;
                    return Ok(());
                }
            }
            (Value::Float(a), Value::Float(b)) => {
                *a += b;
                return Ok(());
            }
            _ => {}
        }
        total = vm.binary_op(crate::runtime::arith::BinOp::Add, &total, &item)?;
        crate::value::discard(item);
        Ok(())
    })?;
    Ok(total)
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((iterable, rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error("sorted expected 1 argument, got 0"));
    };
    if !rest.is_empty() {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.positional.len()
        )));
    }
    let mut items = vm.collect(iterable)?;
    let (key, reverse) = sort_options(vm, args.keywords, "sorted")?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// The `key=` and `reverse=` keyword arguments of `sorted` and `list.sort`.
pub fn sort_options(
    vm: &mut Vm,
    keywords: &[(Rc<crate::object::PyStr>, Value)],
    function: &str,
) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (name, value) in keywords {
        match name.as_str() {
            "key" => key = Some(value.clone()).filter(|k| !k.is_none()),
            "reverse" => reverse = vm.is_true(value)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "{function}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    Ok((key, reverse))
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("reversed", args, ["sequence"], 1, 1)?;
    let value = value.expect("required");
    let len = match value {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Str(s) => s.char_len(),
        Value::Range(range) => {
            return Ok(Value::Iterator(Rc::new(PyIterator::new(
                IterState::over_range(range, true),
            ))));
        }
        Value::Dict(dict) => return Ok(reversed_dict(dict, DictIterKind::Keys)),
        Value::DictView(view) => return Ok(reversed_dict(&view.dict, view.kind)),
        Value::Instance(_) => return vm.user_reversed(value),
        Value::Class(class) if class.metaclass.is_some() => return vm.user_reversed(value),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                vm.type_name(other)
            )));
        }
    };
    Ok(Value::Iterator(Rc::new(PyIterator::new(
        IterState::Reversed {
            seq: value.clone(),
            next: len,
        },
    ))))
}

fn enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable, start] = bind("enumerate", args, ["iterable", "start"], 1, 0)?;
    let inner = vm.get_iter(iterable.expect("required"))?;
    let count = match start {
        Some(start) => match start.as_bigint() {
            Some(int) => Value::from_bigint(int),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(start)
                )));
            }
        },
        None => Value::Int(0),
    };
    Ok(Value::Iterator(Rc::new(PyIterator::new(
        IterState::Enumerate { inner, count },
    ))))
}

fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (name, value) in args.keywords {
        if name.as_str() == "strict" {
            strict = vm.is_true(value)?;
        } else {
            return Err(PyErr::type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                name.as_str()
            )));
        }
    }
    let mut inners = Vec::with_capacity(args.positional.len());
    for (index, iterable) in args.positional.iter().enumerate() {
        match vm.get_iter(iterable) {
            Ok(inner) => inners.push(inner),
            Err(err) if vm.is_instance_of_kind(&err, ExcKind::TypeError) => {
                return Err(PyErr::type_error(format!(
                    "zip argument #{} must support iteration",
                    index + 1
                )));
            }
            Err(err) => return Err(err),
        }
    }
    Ok(Value::Iterator(Rc::new(PyIterator::new(IterState::Zip {
        inners,
        strict,
    }))))
}

fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("map", args)?;
    let Some((function, iterables)) = args.positional.split_first() else {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    };
    if iterables.is_empty() {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let inners = iterables
        .iter()
        .map(|iterable| vm.get_iter(iterable))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Iterator(Rc::new(PyIterator::new(IterState::Map {
        function: function.clone(),
        inners,
    }))))
}

fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords("filter", args)?;
    let [function, iterable] = bind("filter", args, ["function", "iterable"], 2, 2)?;
    let inner = vm.get_iter(iterable.expect("required"))?;
    Ok(Value::Iterator(Rc::new(PyIterator::new(
        IterState::Filter {
            function: function.expect("required").clone(),
            inner,
        },
    ))))
}

fn no_keywords(function: &str, args: Args<'_>) -> PyResult<()> {
    if args.keywords.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{function}() takes no keyword arguments"
        )))
    }
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = bind("any", args, ["iterable"], 1, 1)?;
    let iterator = vm.get_iter(iterable.expect("required"))?;
    while let Some(item) = vm.next_value(&iterator)? {
        if vm.is_true(&item)? {
            return Ok(Value::True);
        }
    }
    Ok(Value::False)
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = bind("all", args, ["iterable"], 1, 1)?;
    let iterator = vm.get_iter(iterable.expect("required"))?;
    while let Some(item) = vm.next_value(&iterator)? {
        if !vm.is_true(&item)? {
            return Ok(Value::False);
        }
    }
    Ok(Value::True)
}

/// `isinstance(value, classinfo)` where classinfo is a class, a union or a (nested) tuple of
/// them; a metaclass's `__instancecheck__` decides for its classes (after the exact-type
/// shortcut CPython also takes).
pub fn is_instance_of(
    vm: &mut Vm,
    value: &Value,
    classinfo: &Value,
    function: &str,
) -> PyResult<bool> {
    match classinfo {
        Value::Class(class) if class.metaclass.is_none() => Ok(vm.is_instance(value, class)),
        Value::Class(class) => {
            if Rc::ptr_eq(&vm.type_of(value), class) {
                return Ok(true);
            }
            match vm.call_metaclass_dunder(
                classinfo,
                "__instancecheck__",
                std::slice::from_ref(value),
            )? {
                Some(result) => vm.is_true(&result),
                None => Ok(vm.is_instance(value, class)),
            }
        }
        Value::Tuple(classes) => {
            for class in classes.items.iter() {
                if is_instance_of(vm, value, class, function)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            if let Some(members) = vm.union_members(other) {
                return is_instance_of(vm, value, &Value::Tuple(members), function);
            }
            if crate::runtime::generic_alias::alias_parts(other).is_some() {
                return Err(PyErr::type_error(format!(
                    "{function}() argument 2 cannot be a parameterized generic"
                )));
            }
            // An object standing for a type (`typing` aliases): its class's hook decides.
            if let Value::Instance(instance) = other
                && let Some(check) =
                    crate::runtime::dunder::user_method(&instance.class, "__instancecheck__")
            {
                let result = vm.call(&check, &[other.clone(), value.clone()])?;
                return vm.is_true(&result);
            }
            Err(PyErr::type_error(format!(
                "{function}() arg 2 must be a type, a tuple of types, or a union"
            )))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // The usual call, two positional arguments: no binding needed.
    if let ([value, classinfo], []) = (args.positional, args.keywords) {
        return is_instance_of(vm, value, classinfo, "isinstance").map(Value::bool);
    }
    let [value, classinfo] = bind("isinstance", args, ["obj", "class_or_tuple"], 2, 2)?;
    is_instance_of(
        vm,
        value.expect("required"),
        classinfo.expect("required"),
        "isinstance",
    )
    .map(Value::bool)
}

/// `issubclass(class, classinfo)`, a metaclass's `__subclasscheck__` deciding for its
/// classes.
pub fn is_subclass(vm: &mut Vm, class: &Value, classinfo: &Value) -> PyResult<bool> {
    if let Value::Class(info) = classinfo
        && info.metaclass.is_some()
        && let Some(result) =
            vm.call_metaclass_dunder(classinfo, "__subclasscheck__", std::slice::from_ref(class))?
    {
        return vm.is_true(&result);
    }
    if let Value::Tuple(classes) = classinfo {
        for other in classes.items.iter() {
            if is_subclass(vm, class, other)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(members) = vm.union_members(classinfo) {
        return is_subclass(vm, class, &Value::Tuple(members));
    }
    if crate::runtime::generic_alias::alias_parts(classinfo).is_some() {
        return Err(PyErr::type_error(
            "issubclass() argument 2 cannot be a parameterized generic",
        ));
    }
    if let Value::Instance(instance) = classinfo
        && let Some(check) =
            crate::runtime::dunder::user_method(&instance.class, "__subclasscheck__")
    {
        let result = vm.call(&check, &[classinfo.clone(), class.clone()])?;
        return vm.is_true(&result);
    }
    let Value::Class(class) = class else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    match classinfo {
        Value::Class(other) => Ok(class.is_subclass_of(other)),
        _ => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [class, classinfo] = bind("issubclass", args, ["cls", "class_or_tuple"], 2, 2)?;
    is_subclass(vm, class.expect("required"), classinfo.expect("required")).map(Value::bool)
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("repr", args, ["obj"], 1, 1)?;
    Ok(Value::Str(vm.repr(value.expect("required"))?))
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("ascii", args, ["obj"], 1, 1)?;
    Ok(Value::Str(vm.ascii(value.expect("required"))?))
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [number, ndigits] = bind("round", args, ["number", "ndigits"], 1, 0)?;
    let number = number.expect("required");
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(value) => Some(vm.to_index(value)?.to_i64().unwrap_or(
            if value.as_bigint().is_some_and(|v| v.is_negative()) {
                i64::MIN
            } else {
                i64::MAX
            },
        )),
    };
    match number {
        Value::Float(f) => match ndigits {
            None => Ok(Value::from_bigint(text::round_float_to_int(*f)?)),
            Some(digits) => Ok(Value::Float(text::round_float(*f, digits)?)),
        },
        other if other.is_int() => {
            let int = other.as_bigint().expect("int");
            match ndigits {
                None => Ok(Value::from_bigint(int)),
                Some(digits) => Ok(Value::from_bigint(text::round_int(&int, digits))),
            }
        }
        Value::Instance(_) => {
            let args: Vec<Value> = ndigits.map(Value::Int).into_iter().collect();
            match vm.call_dunder(number, "__round__", &args)? {
                Some(result) => Ok(result),
                None => Err(PyErr::type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(number)
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(other)
        ))),
    }
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = bind("divmod", args, ["x", "y"], 2, 2)?;
    vm.divmod(a.expect("required"), b.expect("required"))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [base, exp, modulus] = bind("pow", args, ["base", "exp", "mod"], 2, 0)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match modulus {
        None | Some(Value::None) => vm.binary_op(crate::runtime::arith::BinOp::Pow, base, exp),
        Some(modulus) => vm.pow_mod(base, exp, modulus),
    }
}

fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [code] = bind("chr", args, ["i"], 1, 1)?;
    let code = code.expect("required");
    let Some(int) = code.as_bigint() else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(code)
        )));
    };
    let ch = int
        .to_u32()
        .filter(|c| *c < 0x110000)
        .ok_or_else(|| PyErr::value_error("chr() arg not in range(0x110000)"))?;
    match char::from_u32(ch) {
        Some(ch) => Ok(Value::string(ch.to_string())),
        None => Err(PyErr::not_supported(
            "lone surrogate code points in strings",
        )),
    }
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("ord", args, ["c"], 1, 1)?;
    match value.expect("required") {
        Value::Str(text) => {
            let mut chars = text.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(ch), None) => Ok(Value::Int(i64::from(u32::from(ch)))),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    text.char_len()
                ))),
            }
        }
        Value::Bytes(bytes) if bytes.bytes.len() == 1 => Ok(Value::Int(i64::from(bytes.bytes[0]))),
        Value::Bytes(bytes) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {} found",
            bytes.bytes.len()
        ))),
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn radix(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    convert: fn(&BigInt) -> String,
) -> PyResult<Value> {
    let [value] = bind(name, args, ["number"], 1, 1)?;
    let int = vm.to_index(value.expect("required"))?;
    Ok(Value::string(convert(&int)))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", text::int_to_hex)
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", text::int_to_bin)
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", text::int_to_oct)
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("hash", args, ["obj"], 1, 1)?;
    Ok(Value::Int(vm.hash_value(value.expect("required"))?))
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [prompt] = bind("input", args, ["prompt"], 0, 1)?;
    if let Some(prompt) = prompt {
        let text = vm.to_str(prompt)?;
        vm.output.write_str(text.as_str());
    }
    vm.output.flush();
    let mut line = crate::modules::read_stdin_line(vm)?;
    if line.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::string(line))
}

/// `open(...)`: the `io` module's `open`, which builds file objects on the `posix` calls.
fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let name = vm.intern("open");
    let open = vm.get_attr(&io, &name)?;
    vm.call_value(&open, args)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value, sentinel] = bind("iter", args, ["object", "sentinel"], 1, 2)?;
    let value = value.expect("required");
    match sentinel {
        None => vm.get_iter(value),
        Some(sentinel) => {
            if !is_callable(value) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(Value::Iterator(Rc::new(PyIterator::new(
                IterState::Callable {
                    function: value.clone(),
                    sentinel: sentinel.clone(),
                },
            ))))
        }
    }
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterator, default] = bind("next", args, ["iterator", "default"], 1, 2)?;
    let iterator = iterator.expect("required");
    let is_iterator = match iterator {
        Value::Iterator(_) | Value::Generator(_) => true,
        Value::Instance(_) => vm.get_attr_opt(iterator, "__next__")?.is_some(),
        _ => false,
    };
    if !is_iterator {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(iterator)
        )));
    }
    // Generators and user iterators finish with a StopIteration that may carry a value;
    // without a default it propagates unchanged.
    let exhausted_with = match iterator {
        Value::Generator(generator) => match vm.resume_generator(generator, Value::None)? {
            crate::interpreter::generator::Resumed::Yielded(value) => return Ok(value),
            crate::interpreter::generator::Resumed::Returned(value) => value,
        },
        Value::Instance(_) if default.is_none() => {
            let next = vm
                .get_attr_opt(iterator, "__next__")?
                .expect("checked above");
            return vm.call(&next, &[]);
        }
        _ => match vm.next_value(iterator)? {
            Some(value) => return Ok(value),
            None => Value::None,
        },
    };
    match default {
        Some(default) => Ok(default.clone()),
        None if exhausted_with.is_none() => {
            Err(PyErr::with_args(ExcKind::StopIteration, Vec::new()))
        }
        None => Err(PyErr::with_args(
            ExcKind::StopIteration,
            vec![exhausted_with],
        )),
    }
}

fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("id", args, ["obj"], 1, 1)?;
    Ok(Value::Int(value.expect("required").id()))
}

/// Whether a value can be called.
pub fn is_callable(value: &Value) -> bool {
    match value {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(instance) => {
            crate::runtime::attribute::class_lookup(&instance.class, "__call__").is_some()
        }
        _ => false,
    }
}

fn callable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value] = bind("callable", args, ["obj"], 1, 1)?;
    Ok(Value::bool(is_callable(value.expect("required"))))
}

fn attribute_name<'a>(
    vm: &Vm,
    name: &'a Value,
    function: &str,
) -> PyResult<&'a Rc<crate::object::PyStr>> {
    match name {
        Value::Str(name) => Ok(name),
        other => Err(PyErr::type_error(format!(
            "{function}(): attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object, name, default] = bind("getattr", args, ["object", "name", "default"], 2, 3)?;
    let object = object.expect("required");
    let name = attribute_name(vm, name.expect("required"), "getattr")?.clone();
    match vm.get_attr(object, &name) {
        Ok(value) => Ok(value),
        Err(err) if default.is_some() && vm.is_instance_of_kind(&err, ExcKind::AttributeError) => {
            Ok(default.expect("checked").clone())
        }
        Err(err) => Err(err),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object, name, value] = bind("setattr", args, ["obj", "name", "value"], 3, 3)?;
    let name = attribute_name(vm, name.expect("required"), "setattr")?.clone();
    vm.set_attr(
        object.expect("required"),
        &name,
        value.expect("required").clone(),
    )?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object, name] = bind("hasattr", args, ["obj", "name"], 2, 2)?;
    let name = attribute_name(vm, name.expect("required"), "hasattr")?.clone();
    match vm.get_attr(object.expect("required"), &name) {
        Ok(_) => Ok(Value::True),
        Err(err) if vm.is_instance_of_kind(&err, ExcKind::AttributeError) => Ok(Value::False),
        Err(err) => Err(err),
    }
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [object, name] = bind("delattr", args, ["obj", "name"], 2, 2)?;
    let name = attribute_name(vm, name.expect("required"), "delattr")?.clone();
    vm.del_attr(object.expect("required"), &name)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [value, spec] = bind("format", args, ["value", "format_spec"], 1, 2)?;
    let spec = match spec {
        None => String::new(),
        Some(Value::Str(spec)) => spec.as_str().to_owned(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    Ok(Value::Str(vm.format(value.expect("required"), &spec)?))
}

fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let code = args.positional.first().cloned();
    Err(PyErr::with_args(
        ExcKind::SystemExit,
        code.into_iter().collect(),
    ))
}

/// `len()` of zero-argument builtins, kept for methods that validate empty argument lists.
pub fn expect_no_arguments(function: &str, args: Args<'_>) -> PyResult<()> {
    no_arguments(function, args, 0)
}

/// Whether a value is a non-negative int (used by sequence repetition and `range`).
pub fn is_non_negative_int(value: &Value) -> bool {
    value
        .as_bigint()
        .is_some_and(|v| !v.is_negative() || v.is_zero())
}
