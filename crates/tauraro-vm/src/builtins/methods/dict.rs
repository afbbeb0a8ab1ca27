//! Methods of `dict`. Key lookups go through the runtime (`dict_get`, `dict_set`, ...), which
//! never holds a borrow of the table while a key's `__eq__` or `__hash__` runs.

use std::rc::Rc;

use crate::builtins::methods::{no_args, one_arg, positional, receiver, wrapper};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, DictIterKind, DictView, PyDict};
use crate::runtime::compare::CompareOp;
use crate::value::Value;

#[inline]
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Rc<PyDict>, Args<'a>)> {
    receiver(vm, args, "dict", method, |value| match value {
        Value::Dict(dict) => Some(dict),
        _ => None,
    })
}

/// Where `get` is in [`METHODS`], for [`is_get`].
const GET: usize = 2;

/// Whether `function` is `dict.get` (the dispatch loop answers `d.get(key, default)` with a
/// str or int key in place, see `Instr::CallMethod`).
#[inline(always)]
pub(crate) fn is_get(function: &BuiltinFunction) -> bool {
    std::ptr::eq(function, &METHODS[GET])
}

/// The methods of `dict`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("clear", clear),
    BuiltinFunction::new("copy", copy),
    BuiltinFunction::new("get", get),
    BuiltinFunction::new("items", items),
    BuiltinFunction::new("keys", keys),
    BuiltinFunction::new("pop", pop),
    BuiltinFunction::new("popitem", popitem),
    BuiltinFunction::new("setdefault", setdefault),
    BuiltinFunction::new("update", update),
    BuiltinFunction::new("values", values),
    BuiltinFunction::new("__len__", dunder_len),
    BuiltinFunction::new("__getitem__", dunder_getitem),
    BuiltinFunction::new("__setitem__", dunder_setitem),
    BuiltinFunction::new("__delitem__", dunder_delitem),
    BuiltinFunction::new("__contains__", dunder_contains),
    BuiltinFunction::new("__iter__", dunder_iter),
    BuiltinFunction::new("__reversed__", dunder_reversed),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__or__", dunder_or),
    BuiltinFunction::new("__ror__", dunder_ror),
    BuiltinFunction::new("__ior__", dunder_ior),
    BuiltinFunction::new("__repr__", dunder_repr),
];

/// `dict.fromkeys`, a class method.
pub static FROMKEYS: BuiltinFunction = BuiltinFunction::new("fromkeys", fromkeys);

/// A new dict with the same items, in the same order.
fn copy_dict(dict: &PyDict) -> Rc<PyDict> {
    let mut table = dict.table.borrow().clone();
    table.compact();
    Rc::new(PyDict::new(table))
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "clear")?;
    no_args(rest, "dict.clear")?;
    let old = std::mem::take(&mut *dict.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "copy")?;
    no_args(rest, "dict.copy")?;
    Ok(Value::Dict(copy_dict(dict)))
}

fn get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `d.get(key)` and `d.get(key, default)` on a plain dict, the counting idiom, skip the
    // general receiver and argument checks.
    if let ([Value::Dict(dict), key, default @ ..], []) = (args.positional, args.keywords)
        && default.len() <= 1
    {
        use crate::runtime::dict_scalar_keys::{ValueProbe, probe_value};
        let found = match probe_value(dict, key) {
            ValueProbe::Found(value) => Some(value),
            ValueProbe::Absent => None,
            ValueProbe::Unsure => vm.dict_get(dict, key)?,
        };
        return Ok(found.unwrap_or_else(|| default.first().cloned().unwrap_or(Value::None)));
    }
    let (dict, rest) = this(vm, args, "get")?;
    let [key, default] = positional(rest, "get", "dict.get", 1)?;
    let key = key.unwrap_or(&Value::None);
    Ok(vm
        .dict_get(dict, key)?
        .unwrap_or_else(|| default.cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args<'_>, name: &str, kind: DictIterKind) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, name)?;
    no_args(rest, &format!("dict.{name}"))?;
    Ok(Value::DictView(Rc::new(DictView {
        dict: dict.clone(),
        kind,
    })))
}

fn keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "keys", DictIterKind::Keys)
}

fn values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "values", DictIterKind::Values)
}

fn items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "items", DictIterKind::Items)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "pop")?;
    let [key, default] = positional(rest, "pop", "dict.pop", 1)?;
    let key = key.unwrap_or(&Value::None);
    // An empty dict answers without hashing the key, as CPython's does.
    let removed = if dict.is_empty() {
        None
    } else {
        vm.dict_remove(dict, key)?
    };
    match removed {
        Some(value) => Ok(value),
        None => match default {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "popitem")?;
    no_args(rest, "dict.popitem")?;
    let popped = dict.table.borrow_mut().pop_last();
    match popped {
        Some((key, value)) => Ok(Value::tuple(vec![key, value])),
        None => Err(PyErr::with_args(
            ExcKind::KeyError,
            vec![Value::str("popitem(): dictionary is empty")],
        )),
    }
}

fn setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "setdefault")?;
    let [key, default] = positional(rest, "setdefault", "dict.setdefault", 1)?;
    let key = key.unwrap_or(&Value::None);
    if let Some(value) = vm.dict_get(dict, key)? {
        return Ok(value);
    }
    let default = default.cloned().unwrap_or(Value::None);
    vm.dict_set(dict, key.clone(), default.clone())?;
    Ok(default)
}

/// `dict.update(other)`: a dict, a mapping (anything with `keys()`), or an iterable of pairs.
fn update_from(vm: &mut Vm, dict: &Rc<PyDict>, other: &Value) -> PyResult<()> {
    if let Value::Dict(source) = other {
        let pairs: Vec<(Value, Value)> = source
            .table
            .borrow()
            .iter()
            .map(|entry| (entry.key.clone(), entry.value.clone()))
            .collect();
        for (key, value) in pairs {
            vm.dict_set(dict, key, value)?;
        }
        return Ok(());
    }
    if let Some(keys_method) = vm.get_attr_opt(other, "keys")? {
        let keys = vm.call(&keys_method, &[])?;
        let iterator = vm.get_iter(&keys)?;
        while let Some(key) = vm.next_value(&iterator)? {
            let value = vm.get_item(other, &key)?;
            vm.dict_set(dict, key, value)?;
        }
        return Ok(());
    }
    let iterator = vm.get_iter(other)?;
    let mut index = 0;
    while let Some(item) = vm.next_value(&iterator)? {
        let parts = match &item {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            Value::List(list) => list.snapshot(),
            _ => match vm.get_iter(&item) {
                Ok(inner) => {
                    let mut parts = Vec::new();
                    while let Some(part) = vm.next_value(&inner)? {
                        parts.push(part);
                    }
                    parts
                }
                Err(err) if vm.is_instance_of_kind(&err, ExcKind::TypeError) => {
                    return Err(PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{index} to a sequence"
                    )));
                }
                Err(err) => return Err(err),
            },
        };
        let [key, value] = <[Value; 2]>::try_from(parts).map_err(|parts| {
            PyErr::value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                parts.len()
            ))
        })?;
        vm.dict_set(dict, key, value)?;
        index += 1;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "update")?;
    match rest.positional {
        [] => {}
        [other] => update_from(vm, dict, other)?,
        more => {
            return Err(PyErr::type_error(format!(
                "update expected at most 1 argument, got {}",
                more.len()
            )));
        }
    }
    for (name, value) in rest.keywords {
        vm.dict_set(dict, Value::Str(name.clone()), value.clone())?;
    }
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = receiver(vm, args, "dict", "fromkeys", Some)?;
    let [iterable, value] = positional(rest, "fromkeys", "dict.fromkeys", 1)?;
    let iterable = iterable.unwrap_or(&Value::None);
    let value = value.cloned().unwrap_or(Value::None);
    let is_dict = matches!(class, Value::Class(class) if Rc::ptr_eq(class, &vm.types.dict));
    let target = if is_dict {
        Value::Dict(Rc::new(PyDict::new(Default::default())))
    } else {
        vm.call(class, &[])?
    };
    let iterator = vm.get_iter(iterable)?;
    while let Some(key) = vm.next_value(&iterator)? {
        match &target {
            Value::Dict(dict) => vm.dict_set(dict, key, value.clone())?,
            other => vm.set_item(other, key, value.clone())?,
        }
    }
    Ok(target)
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__len__")?;
    wrapper::<0>(rest, "__len__")?;
    Ok(Value::Int(dict.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__getitem__")?;
    let key = one_arg(rest, "dict.__getitem__")?;
    match vm.dict_get(dict, key)? {
        Some(value) => Ok(value),
        None => {
            // A subclass may supply missing keys (`collections.Counter`, `defaultdict`).
            let receiver = &args.positional[0];
            if let Value::Instance(instance) = receiver
                && let Some(missing) =
                    crate::runtime::attribute::class_lookup(&instance.class, "__missing__")
            {
                return vm.call(&missing, &[receiver.clone(), key.clone()]);
            }
            Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]))
        }
    }
}

fn dunder_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__setitem__")?;
    let [key, value] = wrapper(rest, "__setitem__")?;
    vm.dict_set(dict, key.clone(), value.clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__delitem__")?;
    let [key] = wrapper(rest, "__delitem__")?;
    match vm.dict_remove(dict, key)? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
    }
}

fn dunder_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__contains__")?;
    let key = one_arg(rest, "dict.__contains__")?;
    Ok(Value::bool(vm.dict_get(dict, key)?.is_some()))
}

fn dunder_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__iter__")?;
    wrapper::<0>(rest, "__iter__")?;
    vm.get_iter(&Value::Dict(dict.clone()))
}

fn dunder_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__reversed__")?;
    no_args(rest, "dict.__reversed__")?;
    (crate::builtins::functions::REVERSED.call)(vm, Args::new(&[Value::Dict(dict.clone())]))
}

fn equality(vm: &mut Vm, args: Args<'_>, name: &str, op: CompareOp) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    if !matches!(other, Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::Dict(dict.clone()), other, op)
}

fn dunder_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    equality(vm, args, "__eq__", CompareOp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    equality(vm, args, "__ne__", CompareOp::Ne)
}

fn dunder_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__or__")?;
    let [other] = wrapper(rest, "__or__")?;
    if !matches!(other, Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    let merged = copy_dict(dict);
    update_from(vm, &merged, other)?;
    Ok(Value::Dict(merged))
}

fn dunder_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__ror__")?;
    let [other] = wrapper(rest, "__ror__")?;
    let Value::Dict(other) = other else {
        return Ok(Value::NotImplemented);
    };
    let merged = copy_dict(other);
    update_from(vm, &merged, &Value::Dict(dict.clone()))?;
    Ok(Value::Dict(merged))
}

fn dunder_ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__ior__")?;
    let [other] = wrapper(rest, "__ior__")?;
    update_from(vm, dict, other)?;
    Ok(super::self_result(args, Value::Dict(dict.clone())))
}

fn dunder_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dict, rest) = this(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::Str(vm.repr(&Value::Dict(dict.clone()))?))
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn get_is_found_where_is_get_looks() {
        assert_eq!(super::METHODS[super::GET].name, "get");
        assert!(super::is_get(&super::METHODS[super::GET]));
        assert!(!super::is_get(&super::METHODS[super::GET + 1]));
    }

    #[test]
    fn access_and_mutation() {
        check(&[
            (r#"d = {'a': 1}; d.clear(); d"#, r#"{}"#),
            (
                r#"{}.clear(1)"#,
                r#"TypeError: dict.clear() takes no arguments (1 given)"#,
            ),
            (
                r#"d = {'a': [1]}; c = d.copy(); c['b'] = 2; (d, c, c['a'] is d['a'])"#,
                r#"({'a': [1]}, {'a': [1], 'b': 2}, True)"#,
            ),
            (
                r#"d = {1: 1, 2: 2, 3: 3}; d.pop(2); d.copy()"#,
                r#"{1: 1, 3: 3}"#,
            ),
            (r#"{'a': 1}.get('a')"#, r#"1"#),
            (r#"{'a': 1}.get('b')"#, r#"None"#),
            (r#"{'a': 1}.get('b', 0)"#, r#"0"#),
            (r#"{1: 'x'}.get(1.0)"#, r#"'x'"#),
            (r#"{1: 'x'}.get(True)"#, r#"'x'"#),
            (r#"{}.get([1])"#, r#"TypeError: unhashable type: 'list'"#),
            (
                r#"{}.get()"#,
                r#"TypeError: get expected at least 1 argument, got 0"#,
            ),
            (
                r#"{}.get(1, 2, 3)"#,
                r#"TypeError: get expected at most 2 arguments, got 3"#,
            ),
            (
                r#"{}.get(key=1)"#,
                r#"TypeError: dict.get() takes no keyword arguments"#,
            ),
            (
                r#"d = {'a': 1, 'b': 2}; (d.pop('a'), d)"#,
                r#"(1, {'b': 2})"#,
            ),
            (r#"{'a': 1}.pop('z', None)"#, r#"None"#),
            (r#"{'a': 1}.pop('z')"#, r#"KeyError: 'z'"#),
            (r#"{}.pop((1, 2))"#, r#"KeyError: (1, 2)"#),
            (r#"{}.pop([1])"#, r#"KeyError: [1]"#),
            (
                r#"{}.pop()"#,
                r#"TypeError: pop expected at least 1 argument, got 0"#,
            ),
            (
                r#"d = {'a': 1, 'b': 2}; (d.popitem(), d)"#,
                r#"(('b', 2), {'a': 1})"#,
            ),
            (
                r#"d = {'a': 1, 'b': 2}; d.popitem(); d.popitem(); d.popitem()"#,
                r#"KeyError: 'popitem(): dictionary is empty'"#,
            ),
            (r#"d = {1: 1}; d.popitem(); d[2] = 2; d"#, r#"{2: 2}"#),
            (
                r#"d = {}; (d.setdefault('a', []), d)"#,
                r#"([], {'a': []})"#,
            ),
            (
                r#"d = {'a': 1}; (d.setdefault('a', 5), d)"#,
                r#"(1, {'a': 1})"#,
            ),
            (r#"d = {}; d.setdefault('k'); d"#, r#"{'k': None}"#),
            (
                r#"{}.setdefault()"#,
                r#"TypeError: setdefault expected at least 1 argument, got 0"#,
            ),
            (
                r#"{}.setdefault([], 1)"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (
                r#"d = {'a': 1}; d.update({'b': 2, 'a': 3}); d"#,
                r#"{'a': 3, 'b': 2}"#,
            ),
            (
                r#"d = {}; d.update([('x', 1), ['y', 2]]); d"#,
                r#"{'x': 1, 'y': 2}"#,
            ),
            (
                r#"d = {}; d.update(['ab', 'cd']); d"#,
                r#"{'a': 'b', 'c': 'd'}"#,
            ),
            (r#"d = {}; d.update(a=1, b=2); d"#, r#"{'a': 1, 'b': 2}"#),
            (
                r#"d = {}; d.update({'a': 1}, b=2); d"#,
                r#"{'a': 1, 'b': 2}"#,
            ),
            (
                r#"d = {}; d.update(zip('ab', range(2))); d"#,
                r#"{'a': 0, 'b': 1}"#,
            ),
            (r#"d = {}; d.update({1: 2}.items()); d"#, r#"{1: 2}"#),
            (r#"d = {'a': 1}; d.update(d); d"#, r#"{'a': 1}"#),
            (r#"d = {}; d.update([{1, 2}]); len(d)"#, r#"1"#),
            (
                r#"{}.update(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"{}.update([1])"#,
                r#"TypeError: cannot convert dictionary update sequence element #0 to a sequence"#,
            ),
            (
                r#"{}.update([(1, 2, 3)])"#,
                r#"ValueError: dictionary update sequence element #0 has length 3; 2 is required"#,
            ),
            (
                r#"{}.update(['abc'])"#,
                r#"ValueError: dictionary update sequence element #0 has length 3; 2 is required"#,
            ),
            (
                r#"d = {}; d.update([(1, 2), 3])"#,
                r#"TypeError: cannot convert dictionary update sequence element #1 to a sequence"#,
            ),
            (
                r#"{}.update({}, {})"#,
                r#"TypeError: update expected at most 1 argument, got 2"#,
            ),
            (
                r#"{}.update([([], 1)])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
        ]);
    }

    #[test]
    fn views_and_fromkeys() {
        check(&[
            (r#"{'a': 1, 'b': 2}.keys()"#, r#"dict_keys(['a', 'b'])"#),
            (r#"{'a': 1, 'b': 2}.values()"#, r#"dict_values([1, 2])"#),
            (
                r#"{'a': 1, 'b': 2}.items()"#,
                r#"dict_items([('a', 1), ('b', 2)])"#,
            ),
            (
                r#"d = {'a': 1}; k = d.keys(); d['b'] = 2; k"#,
                r#"dict_keys(['a', 'b'])"#,
            ),
            (
                r#"list({'a': 1, 'b': 2}.items())"#,
                r#"[('a', 1), ('b', 2)]"#,
            ),
            (r#"len({'a': 1}.values())"#, r#"1"#),
            (
                r#"{}.keys(1)"#,
                r#"TypeError: dict.keys() takes no arguments (1 given)"#,
            ),
            (
                r#"dict.fromkeys('abc')"#,
                r#"{'a': None, 'b': None, 'c': None}"#,
            ),
            (r#"dict.fromkeys(['a', 'b'], 0)"#, r#"{'a': 0, 'b': 0}"#),
            (r#"dict.fromkeys(range(3), [])"#, r#"{0: [], 1: [], 2: []}"#),
            (r#"{'z': 1}.fromkeys('ab', 1)"#, r#"{'a': 1, 'b': 1}"#),
            (
                r#"dict.fromkeys({'x': 1, 'y': 2})"#,
                r#"{'x': None, 'y': None}"#,
            ),
            (r#"dict.fromkeys([1, 1.0, True])"#, r#"{1: None}"#),
            (
                r#"dict.fromkeys()"#,
                r#"TypeError: fromkeys expected at least 1 argument, got 0"#,
            ),
            (
                r#"dict.fromkeys(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"dict.fromkeys([[1]])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (
                r#"dict.fromkeys('a', 1, 2)"#,
                r#"TypeError: fromkeys expected at most 2 arguments, got 3"#,
            ),
            (
                r#"dict.fromkeys('a', value=1)"#,
                r#"TypeError: dict.fromkeys() takes no keyword arguments"#,
            ),
        ]);
    }

    #[test]
    fn dunders() {
        check(&[
            (r#"{'a': 1}.__len__()"#, r#"1"#),
            (r#"{'a': 1}.__getitem__('a')"#, r#"1"#),
            (r#"{'a': 1}.__getitem__('b')"#, r#"KeyError: 'b'"#),
            (
                r#"{'a': 1}.__getitem__([])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (
                r#"{}.__getitem__()"#,
                r#"TypeError: dict.__getitem__() takes exactly one argument (0 given)"#,
            ),
            (r#"d = {}; d.__setitem__('k', 'v'); d"#, r#"{'k': 'v'}"#),
            (
                r#"{}.__setitem__({}, 1)"#,
                r#"TypeError: unhashable type: 'dict'"#,
            ),
            (
                r#"d = {'a': 1, 'b': 2}; d.__delitem__('a'); d"#,
                r#"{'b': 2}"#,
            ),
            (r#"{}.__delitem__('a')"#, r#"KeyError: 'a'"#),
            (r#"{'a': 1}.__contains__('a')"#, r#"True"#),
            (r#"{'a': 1}.__contains__('b')"#, r#"False"#),
            (
                r#"{'a': 1}.__contains__([])"#,
                r#"TypeError: unhashable type: 'list'"#,
            ),
            (r#"list({'a': 1, 'b': 2}.__iter__())"#, r#"['a', 'b']"#),
            (r#"list({'a': 1, 'b': 2}.__reversed__())"#, r#"['b', 'a']"#),
            (r#"{'a': 1}.__eq__({'a': 1})"#, r#"True"#),
            (r#"{'a': 1}.__eq__({'a': 1.0})"#, r#"True"#),
            (r#"{'a': 1}.__eq__({'a': 2})"#, r#"False"#),
            (r#"{'a': 1}.__eq__([('a', 1)])"#, r#"NotImplemented"#),
            (r#"{'a': 1}.__ne__({})"#, r#"True"#),
            (
                r#"{'a': 1, 'b': 2}.__or__({'b': 3, 'c': 4})"#,
                r#"{'a': 1, 'b': 3, 'c': 4}"#,
            ),
            (r#"{'a': 1}.__or__([('b', 2)])"#, r#"NotImplemented"#),
            (
                r#"{'a': 1}.__ror__({'a': 0, 'z': 9})"#,
                r#"{'a': 1, 'z': 9}"#,
            ),
            (
                r#"d = {'a': 1}; (d.__ior__([('b', 2)]) is d, d)"#,
                r#"(True, {'a': 1, 'b': 2})"#,
            ),
            (
                r#"{}.__ior__(1)"#,
                r#"TypeError: 'int' object is not iterable"#,
            ),
            (
                r#"{1: 'a', 'b': [2]}.__repr__()"#,
                r#""{1: 'a', 'b': [2]}""#,
            ),
            (r#"d = {}; d[1] = d; d.__repr__()"#, r#"'{1: {...}}'"#),
            (
                r#"dict.__len__([])"#,
                r#"TypeError: descriptor '__len__' requires a 'dict' object but received a 'list'"#,
            ),
            (
                r#"dict.get([], 1)"#,
                r#"TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'list' object"#,
            ),
            (r#"{}.__hash__"#, r#"None"#),
        ]);
    }
}
