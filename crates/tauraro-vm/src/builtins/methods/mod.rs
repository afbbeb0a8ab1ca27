//! Methods of builtin types, one file per type, registered into each class's namespace.
//!
//! Every method receives its `self` as the first positional argument (so `str.upper("a")`
//! and `"a".upper()` reach the same code). Class methods (`dict.fromkeys`, `int.from_bytes`,
//! ...) and the static `str.maketrans` are stored as methods bound to the class, so that
//! calling them through the class or through an instance passes the class first.
//!
//! Argument errors copy CPython 3.11's wording, which depends on how each method parses its
//! arguments there; the helpers below are named after those mechanisms (`METH_NOARGS`,
//! `METH_O`, `_PyArg_CheckPositional`, `PyArg_ParseTuple`, `_PyArg_UnpackKeywords`, slot
//! wrappers).

/// The six rich-comparison dunders of a type, given `$this` (returning the receiver as a
/// `Value` and the remaining arguments) and which other operands the type compares with
/// (for the others they return `NotImplemented`).
macro_rules! comparison_dunders {
    ($this:ident, $accepts:expr) => {
        fn dunder_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__eq__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__eq__",
                $crate::runtime::compare::CompareOp::Eq,
                $accepts,
            )
        }
        fn dunder_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__ne__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__ne__",
                $crate::runtime::compare::CompareOp::Ne,
                $accepts,
            )
        }
        fn dunder_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__lt__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__lt__",
                $crate::runtime::compare::CompareOp::Lt,
                $accepts,
            )
        }
        fn dunder_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__le__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__le__",
                $crate::runtime::compare::CompareOp::Le,
                $accepts,
            )
        }
        fn dunder_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__gt__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__gt__",
                $crate::runtime::compare::CompareOp::Gt,
                $accepts,
            )
        }
        fn dunder_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let (me, rest) = $this(vm, args, "__ge__")?;
            $crate::builtins::methods::compare_dunder(
                vm,
                &me,
                rest,
                "__ge__",
                $crate::runtime::compare::CompareOp::Ge,
                $accepts,
            )
        }
    };
}

mod bytes;
mod dict;
mod dict_view;
mod float;
mod generator;
mod int;
mod iterator;
mod list;
mod range;
mod set;
mod slice;
mod str;
mod str_format;
mod tuple;

#[cfg(test)]
mod testing;

pub(crate) use dict::is_get as is_dict_get;
pub(crate) use list::is_append as is_list_append;

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BoundMethod, BuiltinFunction, Class, PyStr};
use crate::value::Value;

/// Adds `value` under `name` to the namespace of `class` (replacing an existing entry).
fn register_value(class: &Rc<Class>, name: &str, value: Value) {
    let key = PyStr::new(name);
    let hash = key.hash();
    let mut dict = class.dict.borrow_mut();
    let position = dict
        .find::<()>(hash, |k| {
            Ok(matches!(k, Value::Str(k) if k.as_str() == name))
        })
        .unwrap_or(None);
    match position {
        Some(position) => *dict.value_mut(position) = value,
        None => dict.push(hash, Value::Str(Rc::new(key)), value),
    }
    class.namespace_changed();
}

/// Adds `methods` to the namespace of `class`.
fn register(class: &Rc<Class>, methods: &'static [BuiltinFunction]) {
    for method in methods {
        register_value(class, method.name, Value::Builtin(method));
    }
}

/// Adds a class method (or a static method that ignores its first argument): a builtin bound
/// to the class, so that both `cls.f(...)` and `instance.f(...)` call `f(cls, ...)`.
fn register_bound(class: &Rc<Class>, function: &'static BuiltinFunction) {
    register_value(
        class,
        function.name,
        Value::BoundMethod(Rc::new(BoundMethod {
            receiver: Value::Class(class.clone()),
            function: Value::Builtin(function),
        })),
    );
}

/// Installs the methods of every builtin type.
pub fn install(vm: &mut Vm) {
    let types = &vm.types;
    register(&types.str, str::METHODS);
    register_bound(&types.str, &str::MAKETRANS);
    register(&types.list, list::METHODS);
    register_value(&types.list, "__hash__", Value::None);
    register(&types.tuple, tuple::METHODS);
    register(&types.dict, dict::METHODS);
    register_bound(&types.dict, &dict::FROMKEYS);
    register_value(&types.dict, "__hash__", Value::None);
    register(&types.set, set::SET_METHODS);
    register_value(&types.set, "__hash__", Value::None);
    register(&types.frozenset, set::FROZENSET_METHODS);
    register(&types.int, int::METHODS);
    register_bound(&types.int, &int::FROM_BYTES);
    register(&types.bool, int::BOOL_METHODS);
    register_bound(&types.bool, &int::FROM_BYTES);
    register(&types.float, float::METHODS);
    register_bound(&types.float, &float::FROMHEX);
    register(&types.bytes, bytes::METHODS);
    register_bound(&types.bytes, &bytes::FROMHEX);
    register(&types.range, range::METHODS);
    register(&types.generator, generator::METHODS);
    for class in types.iterators.values() {
        register(class, iterator::METHODS);
    }
    for name in iterator::SIZED_ITERATORS {
        if let Some(class) = types.iterators.get(name) {
            register(class, iterator::SIZED_METHODS);
        }
    }
    register(&types.dict_keys, dict_view::KEYS_METHODS);
    register_value(&types.dict_keys, "__hash__", Value::None);
    register(&types.dict_items, dict_view::ITEMS_METHODS);
    register_value(&types.dict_items, "__hash__", Value::None);
    register(&types.dict_values, dict_view::VALUES_METHODS);
    register(&types.slice, slice::METHODS);
    register_value(&types.slice, "__hash__", Value::None);
}

// ---------------------------------------------------------------------------------------------
// Receivers.

/// Methods whose name looks like a slot wrapper's but which CPython implements as method
/// descriptors (so their receiver errors use the method wording).
const DUNDER_METHOD_DESCRIPTORS: &[&str] = &[
    "__format__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__reversed__",
    "__getnewargs__",
    "__sizeof__",
];

fn is_slot_wrapper(class: &str, method: &str) -> bool {
    let dunder = method.len() > 4 && method.starts_with("__") && method.ends_with("__");
    if !dunder || DUNDER_METHOD_DESCRIPTORS.contains(&method) {
        return false;
    }
    // `list.__getitem__`, `dict.__getitem__`, `dict.__contains__` and the set ones are
    // method descriptors too.
    !matches!(
        (class, method),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    )
}

/// Splits off the receiver, which `extract` must accept; otherwise raises CPython's
/// descriptor errors (`str.upper(5)`, `str.upper()`). An instance of a subclass of the type
/// (`class Stack(list)`) is accepted through the builtin value it carries.
#[inline]
pub(super) fn receiver<'a, T>(
    vm: &Vm,
    args: Args<'a>,
    class: &str,
    method: &str,
    extract: impl Fn(&'a Value) -> Option<T>,
) -> PyResult<(T, Args<'a>)> {
    // The usual case, an exact builtin receiver, inline in every method; subclass payloads
    // and the errors out of line.
    if let Some((first, rest)) = args.positional.split_first()
        && let Some(value) = extract(first)
    {
        return Ok((
            value,
            Args {
                positional: rest,
                keywords: args.keywords,
            },
        ));
    }
    receiver_general(vm, args, class, method, extract)
}

#[inline(never)]
fn receiver_general<'a, T>(
    vm: &Vm,
    args: Args<'a>,
    class: &str,
    method: &str,
    extract: impl Fn(&'a Value) -> Option<T>,
) -> PyResult<(T, Args<'a>)> {
    let Some((first, rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error(if is_slot_wrapper(class, method) {
            format!("descriptor '{method}' of '{class}' object needs an argument")
        } else {
            format!("unbound method {class}.{method}() needs an argument")
        }));
    };
    match extract(first).or_else(|| crate::object::builtin_payload(first).and_then(&extract)) {
        Some(value) => Ok((
            value,
            Args {
                positional: rest,
                keywords: args.keywords,
            },
        )),
        None => Err(PyErr::type_error(if is_slot_wrapper(class, method) {
            format!(
                "descriptor '{method}' requires a '{class}' object but received a '{}'",
                vm.type_name(first)
            )
        } else {
            format!(
                "descriptor '{method}' for '{class}' objects doesn't apply to a '{}' object",
                vm.type_name(first)
            )
        })),
    }
}

/// The result of an in-place method that returns its receiver (`list.__iadd__`): the
/// subclass instance it was called on rather than the builtin value inside it.
pub(super) fn self_result(args: Args<'_>, result: Value) -> Value {
    match args.positional.first() {
        Some(first) if crate::object::builtin_payload(first).is_some_and(|p| p.is(&result)) => {
            first.clone()
        }
        _ => result,
    }
}

// ---------------------------------------------------------------------------------------------
// Argument parsing, in the styles of CPython's argument parsers.

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
pub(super) fn no_args(args: Args<'_>, qualname: &str) -> PyResult<()> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    if !args.positional.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.positional.len()
        )));
    }
    Ok(())
}

/// `METH_O`: `list.append() takes exactly one argument (0 given)`.
pub(super) fn one_arg<'a>(args: Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    match args.positional {
        [value] => Ok(value),
        other => Err(PyErr::type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// `_PyArg_CheckPositional` for positional-only methods: `pop expected at most 1 argument,
/// got 2`; keywords are rejected with the qualified name.
pub(super) fn positional<'a, const N: usize>(
    args: Args<'a>,
    name: &str,
    qualname: &str,
    min: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    let given = args.positional.len();
    if given < min {
        let at_least = if min == N { "" } else { "at least " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at_least}{min} argument{}, got {given}",
            plural(min)
        )));
    }
    if given > N {
        let at_most = if min == N { "" } else { "at most " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at_most}{N} argument{}, got {given}",
            plural(N)
        )));
    }
    let mut bound = [None; N];
    for (slot, value) in bound.iter_mut().zip(args.positional) {
        *slot = Some(value);
    }
    Ok(bound)
}

/// `PyArg_ParseTuple` (`METH_VARARGS`): `find() takes at least 1 argument (0 given)`.
pub(super) fn varargs<'a, const N: usize>(
    args: Args<'a>,
    name: &str,
    qualname: &str,
    min: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )));
    }
    let given = args.positional.len();
    if given < min || given > N {
        let (how, count) = if min == N {
            ("exactly", N)
        } else if given < min {
            ("at least", min)
        } else {
            ("at most", N)
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes {how} {count} argument{} ({given} given)",
            plural(count)
        )));
    }
    let mut bound = [None; N];
    for (slot, value) in bound.iter_mut().zip(args.positional) {
        *slot = Some(value);
    }
    Ok(bound)
}

/// `_PyArg_UnpackKeywords`: parameters that may be passed by keyword, the first `min`
/// required, at most `max_positional` positionally (the rest keyword-only).
pub(super) fn keywords<'a, const N: usize>(
    args: Args<'a>,
    name: &str,
    names: [&str; N],
    min: usize,
    max_positional: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let given = args.positional.len();
    let total = given + args.keywords.len();
    if total > N {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most {N} {}argument{} ({total} given)",
            if given == 0 { "keyword " } else { "" },
            plural(N)
        )));
    }
    if given > max_positional {
        if max_positional == 0 {
            return Err(PyErr::type_error(format!(
                "{name}() takes no positional arguments"
            )));
        }
        return Err(PyErr::type_error(format!(
            "{name}() takes {} {max_positional} positional argument{} ({given} given)",
            if min < max_positional {
                "at most"
            } else {
                "exactly"
            },
            plural(max_positional)
        )));
    }
    let mut bound: [Option<&'a Value>; N] = [None; N];
    for (slot, value) in bound.iter_mut().zip(args.positional) {
        *slot = Some(value);
    }
    let mut used = vec![false; args.keywords.len()];
    for (index, slot) in bound.iter_mut().enumerate().skip(given) {
        if let Some(position) = args
            .keywords
            .iter()
            .position(|(key, _)| key.as_str() == names[index])
        {
            used[position] = true;
            *slot = Some(&args.keywords[position].1);
            continue;
        }
        if index < min {
            return Err(PyErr::type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[index],
                index + 1
            )));
        }
    }
    if let Some(position) = used.iter().position(|used| !used) {
        for (index, parameter) in names.iter().enumerate().take(given) {
            if args
                .keywords
                .iter()
                .any(|(key, _)| key.as_str() == *parameter)
            {
                return Err(PyErr::type_error(format!(
                    "argument for {name}() given by name ('{parameter}') and position ({})",
                    index + 1
                )));
            }
        }
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for {name}()",
            args.keywords[position].0.as_str()
        )));
    }
    Ok(bound)
}

/// A slot wrapper (`str.__add__`): exactly `N` positional arguments.
pub(super) fn wrapper<'a, const N: usize>(args: Args<'a>, name: &str) -> PyResult<[&'a Value; N]> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    if args.positional.len() != N {
        return Err(PyErr::type_error(format!(
            "expected {N} argument{}, got {}",
            plural(N),
            args.positional.len()
        )));
    }
    Ok(std::array::from_fn(|index| &args.positional[index]))
}

// ---------------------------------------------------------------------------------------------
// Conversions of arguments.

/// The `None` or type name CPython's `_PyArg_BadArgument` prints.
pub(super) fn arg_type_name(vm: &Vm, value: &Value) -> String {
    if value.is_none() {
        "None".to_owned()
    } else {
        vm.type_name(value)
    }
}

/// `_PyArg_BadArgument`: `replace() argument 1 must be str, not int`.
pub(super) fn bad_argument(
    vm: &Vm,
    function: &str,
    argument: &str,
    expected: &str,
    value: &Value,
) -> PyErr {
    PyErr::type_error(format!(
        "{function}() {argument} must be {expected}, not {}",
        arg_type_name(vm, value)
    ))
}

/// A `Py_ssize_t` argument (`n` format): an int or `__index__`, else TypeError; too large is
/// OverflowError.
pub(super) fn ssize_arg(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    if let Value::Int(small) = value {
        return Ok(*small);
    }
    let int = vm.to_index(value)?;
    int.to_i64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// A C `int` argument (`_PyLong_AsInt`).
pub(super) fn c_int_arg(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    let int = vm.to_index(value)?;
    int.to_i32().map(i64::from).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// A slice bound (`_PyEval_SliceIndex`): `None` or absent means "not given"; out-of-range
/// ints clamp.
pub(super) fn slice_arg(vm: &mut Vm, value: Option<&Value>) -> PyResult<Option<i64>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(value) => slice_bound(vm, value).map(Some).map_err(|_| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// A slice bound that may not be `None` (`_PyEval_SliceIndexNotNone`, used by `index`).
pub(super) fn slice_arg_not_none(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    slice_bound(vm, value).map_err(|_| {
        PyErr::type_error("slice indices must be integers or have an __index__ method")
    })
}

fn slice_bound(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    if let Value::Int(small) = value {
        return Ok(*small);
    }
    if !value.is_int() && !matches!(value, Value::Instance(_)) {
        return Err(PyErr::type_error(""));
    }
    let int = vm.to_index(value)?;
    Ok(int
        .to_i64()
        .unwrap_or(if int.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }))
}

/// Resolves the `start`/`stop` of `list.index` and friends: negative values count from the
/// end (clamped at 0); `stop` is not clamped to the length, callers check the live length.
pub(super) fn resolve_range(start: i64, stop: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |index: i64| -> usize {
        if index < 0 {
            index.saturating_add(len).max(0) as usize
        } else {
            usize::try_from(index).unwrap_or(usize::MAX)
        }
    };
    (fix(start), fix(stop))
}

/// A rich-comparison dunder: `me OP other` through the runtime when `accepts(other)`, else
/// `NotImplemented`.
pub(super) fn compare_dunder(
    vm: &mut Vm,
    me: &Value,
    rest: Args<'_>,
    name: &str,
    op: crate::runtime::compare::CompareOp,
    accepts: fn(&Value) -> bool,
) -> PyResult<Value> {
    let [other] = wrapper(rest, name)?;
    let other = crate::object::as_builtin(other);
    if !accepts(other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(me, other, op)
}

/// `NotImplemented`, for binary dunders given an operand type they do not handle.
pub(super) fn not_implemented() -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use crate::builtins::methods::testing::describe_error;
    use crate::error::PyResult;
    use crate::interpreter::Vm;
    use crate::object::{
        Args, BuiltinFunction, BuiltinKind, Class, DictTable, Instance, Payload, PyStr,
    };
    use crate::value::Value;

    /// `__eq__` that empties the container in `self.victim`, then says "not equal".
    fn evil_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
        let this = args.positional[0].clone();
        let victim = vm.get_attr(&this, &PyStr::new("victim"))?;
        let clear = vm.get_attr(&victim, &PyStr::new("clear"))?;
        vm.call(&clear, &[])?;
        Ok(Value::False)
    }

    /// `__hash__` colliding with `1`, so lookups compare with the stored key.
    fn evil_hash(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
        Ok(Value::Int(1))
    }

    static EVIL_EQ: BuiltinFunction = BuiltinFunction::new("__eq__", evil_eq);
    static EVIL_HASH: BuiltinFunction = BuiltinFunction::new("__hash__", evil_hash);

    fn evil(vm: &mut Vm, victim: &Value) -> Value {
        let mut dict = DictTable::new();
        for function in [&EVIL_EQ, &EVIL_HASH] {
            let name = PyStr::new(function.name);
            dict.push(
                name.hash(),
                Value::Str(Rc::new(name)),
                Value::Builtin(function),
            );
        }
        let name = Rc::new(PyStr::new("Evil"));
        let class = Rc::new(Class {
            qualname: name.clone(),
            name,
            module: Rc::new(PyStr::new("__main__")),
            bases: Box::new([vm.types.object.clone()]),
            mro_tail: Box::new([vm.types.object.clone()]),
            dict: RefCell::new(dict),
            kind: BuiltinKind::Object,
            is_builtin: false,
            is_native: false,
            constructor: None,
            version: Cell::new(0),
            init_cache: Default::default(),
            construct_cache: Default::default(),
            context_cache: Default::default(),
            finalizer_cache: Default::default(),
            instances_may_shadow: Cell::new(false),
            attribute_hint: Cell::new(0),
            shape_root: Cell::new(None),
            metaclass: None,
            is_abstract: Cell::new(false),
            subclasses: Default::default(),
        });
        let instance = Value::Instance(Rc::new(Instance::new(class, Payload::None)));
        vm.set_attr(&instance, &PyStr::new("victim"), victim.clone())
            .expect("set victim");
        instance
    }

    fn call(vm: &mut Vm, receiver: &Value, method: &str, args: &[Value]) -> PyResult<Value> {
        let method = vm.get_attr(receiver, &PyStr::new(method))?;
        vm.call(&method, args)
    }

    /// Containers emptied by an element's `__eq__` while a method compares never panic
    /// (no borrow of the items is held across the comparison).
    #[test]
    fn containers_mutated_during_comparison() {
        let mut vm = Vm::new(8 << 20);
        let methods: &[(&str, &str)] = &[
            ("list", "count"),
            ("list", "index"),
            ("list", "remove"),
            ("list", "__contains__"),
            ("tuple", "count"),
            ("dict", "get"),
            ("dict", "pop"),
            ("dict", "setdefault"),
            ("dict", "__getitem__"),
            ("dict", "__contains__"),
            ("dict", "__delitem__"),
            ("set", "add"),
            ("set", "discard"),
            ("set", "remove"),
            ("set", "__contains__"),
        ];
        for (kind, method) in methods {
            let victim = match *kind {
                "list" | "tuple" => Value::list((1..=4).map(Value::Int).collect()),
                "dict" => vm
                    .build_dict((1..=4).map(|i| (Value::Int(i), Value::Int(i))).collect())
                    .expect("dict"),
                _ => vm
                    .build_set((1..=4).map(Value::Int).collect())
                    .expect("set"),
            };
            let probe = evil(&mut vm, &victim);
            let receiver = if *kind == "tuple" {
                // The tuple holds the list the probe empties.
                Value::tuple(vec![Value::Int(1), victim.clone(), Value::Int(2)])
            } else {
                victim.clone()
            };
            // Either outcome is fine; what matters is that nothing panics.
            let _ = call(&mut vm, &receiver, method, &[probe]);
        }
        // Bulk operations with a probe among the items.
        let victim = vm
            .build_set((1..=4).map(Value::Int).collect())
            .expect("set");
        let probe = evil(&mut vm, &victim);
        let items = Value::list(vec![Value::Int(7), probe.clone(), Value::Int(8)]);
        for method in [
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "update",
            "difference_update",
            "intersection_update",
            "symmetric_difference_update",
        ] {
            let _ = call(&mut vm, &victim, method, std::slice::from_ref(&items));
        }
        let victim = vm
            .build_dict(vec![(Value::Int(1), Value::Int(1))])
            .expect("dict");
        let probe = evil(&mut vm, &victim);
        let pairs = Value::list(vec![Value::tuple(vec![probe.clone(), Value::None])]);
        let _ = call(&mut vm, &victim, "update", &[pairs]);
        let _ = call(&mut vm, &victim, "__ior__", std::slice::from_ref(&victim));
        // The probe compares unequal to everything, so list.index reports it missing.
        let victim = Value::list(vec![Value::Int(1), Value::Int(2)]);
        let probe = evil(&mut vm, &victim);
        let err = call(&mut vm, &victim, "index", &[probe]).unwrap_err();
        let message = describe_error(&mut vm, err);
        assert!(message.starts_with("ValueError: <__main__.Evil object at "));
        assert!(message.ends_with("> is not in list"));
        assert_eq!(vm.repr(&victim).expect("repr").as_str(), "[]");
    }
}
