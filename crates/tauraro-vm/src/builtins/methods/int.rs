//! Methods of `int` (inherited by `bool`, which overrides a few). Arithmetic dunders delegate
//! to the runtime and return `NotImplemented` for operands that are not ints, as CPython's
//! `int` slots do.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::methods::str::{check_result_size, format_with_spec};
use crate::builtins::methods::{
    bad_argument, keywords, no_args, one_arg, positional, receiver, ssize_arg, wrapper,
};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, PyBytes};
use crate::runtime::arith::BinOp;
use crate::text;
use crate::value::Value;

/// The receiver of an `int` method (an int or a bool).
fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(&'a Value, Args<'a>)> {
    receiver(vm, args, "int", method, |value| {
        value.is_int().then_some(value)
    })
}

/// `int(x)` of an int or bool: bools become plain ints.
fn plain(value: &Value) -> Value {
    match value {
        Value::True => Value::Int(1),
        Value::False => Value::Int(0),
        other => other.clone(),
    }
}

fn big(value: &Value) -> BigInt {
    value.as_bigint().unwrap_or_default()
}

/// The methods of `int`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("as_integer_ratio", as_integer_ratio),
    BuiltinFunction::new("bit_count", bit_count),
    BuiltinFunction::new("bit_length", bit_length),
    BuiltinFunction::new("conjugate", conjugate),
    BuiltinFunction::new("to_bytes", to_bytes),
    BuiltinFunction::new("__index__", dunder_index),
    BuiltinFunction::new("__int__", dunder_int),
    BuiltinFunction::new("__float__", dunder_float),
    BuiltinFunction::new("__abs__", dunder_abs),
    BuiltinFunction::new("__neg__", dunder_neg),
    BuiltinFunction::new("__pos__", dunder_pos),
    BuiltinFunction::new("__invert__", dunder_invert),
    BuiltinFunction::new("__bool__", dunder_bool),
    BuiltinFunction::new("__trunc__", dunder_trunc),
    BuiltinFunction::new("__floor__", dunder_floor),
    BuiltinFunction::new("__ceil__", dunder_ceil),
    BuiltinFunction::new("__round__", dunder_round),
    BuiltinFunction::new("__hash__", dunder_hash),
    BuiltinFunction::new("__repr__", dunder_repr),
    BuiltinFunction::new("__format__", dunder_format),
    BuiltinFunction::new("__add__", dunder_add),
    BuiltinFunction::new("__radd__", dunder_radd),
    BuiltinFunction::new("__sub__", dunder_sub),
    BuiltinFunction::new("__rsub__", dunder_rsub),
    BuiltinFunction::new("__mul__", dunder_mul),
    BuiltinFunction::new("__rmul__", dunder_rmul),
    BuiltinFunction::new("__floordiv__", dunder_floordiv),
    BuiltinFunction::new("__rfloordiv__", dunder_rfloordiv),
    BuiltinFunction::new("__truediv__", dunder_truediv),
    BuiltinFunction::new("__rtruediv__", dunder_rtruediv),
    BuiltinFunction::new("__mod__", dunder_mod),
    BuiltinFunction::new("__rmod__", dunder_rmod),
    BuiltinFunction::new("__divmod__", dunder_divmod),
    BuiltinFunction::new("__rdivmod__", dunder_rdivmod),
    BuiltinFunction::new("__pow__", dunder_pow),
    BuiltinFunction::new("__rpow__", dunder_rpow),
    BuiltinFunction::new("__lshift__", dunder_lshift),
    BuiltinFunction::new("__rlshift__", dunder_rlshift),
    BuiltinFunction::new("__rshift__", dunder_rshift),
    BuiltinFunction::new("__rrshift__", dunder_rrshift),
    BuiltinFunction::new("__and__", dunder_and),
    BuiltinFunction::new("__rand__", dunder_rand),
    BuiltinFunction::new("__or__", dunder_or),
    BuiltinFunction::new("__ror__", dunder_ror),
    BuiltinFunction::new("__xor__", dunder_xor),
    BuiltinFunction::new("__rxor__", dunder_rxor),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__lt__", dunder_lt),
    BuiltinFunction::new("__le__", dunder_le),
    BuiltinFunction::new("__gt__", dunder_gt),
    BuiltinFunction::new("__ge__", dunder_ge),
];

/// The methods `bool` overrides.
pub static BOOL_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__repr__", bool_repr),
    BuiltinFunction::new("__and__", bool_and),
    BuiltinFunction::new("__rand__", bool_and),
    BuiltinFunction::new("__or__", bool_or),
    BuiltinFunction::new("__ror__", bool_or),
    BuiltinFunction::new("__xor__", bool_xor),
    BuiltinFunction::new("__rxor__", bool_xor),
];

/// `int.from_bytes`, a class method.
pub static FROM_BYTES: BuiltinFunction = BuiltinFunction::new("from_bytes", from_bytes);

// ---------------------------------------------------------------------------------------------
// Plain methods.

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "as_integer_ratio")?;
    no_args(rest, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![plain(int), Value::Int(1)]))
}

fn bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "bit_count")?;
    no_args(rest, "int.bit_count")?;
    Ok(Value::Int(match int {
        Value::Int(small) => i64::from(small.unsigned_abs().count_ones()),
        other => big(other)
            .magnitude()
            .iter_u64_digits()
            .map(|digit| i64::from(digit.count_ones()))
            .sum(),
    }))
}

fn bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "bit_length")?;
    no_args(rest, "int.bit_length")?;
    Ok(Value::Int(match int {
        Value::Int(small) => i64::from(64 - small.unsigned_abs().leading_zeros()),
        other => big(other).bits() as i64,
    }))
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "conjugate")?;
    no_args(rest, "int.conjugate")?;
    Ok(plain(int))
}

/// `byteorder` of `to_bytes` and `from_bytes`: whether it is little-endian.
fn little_endian(vm: &Vm, function: &str, value: Option<&Value>) -> PyResult<bool> {
    match value {
        None => Ok(false),
        Some(Value::Str(order)) => match order.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(bad_argument(
            vm,
            function,
            "argument 'byteorder'",
            "str",
            other,
        )),
    }
}

fn to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "to_bytes")?;
    let [length, byteorder, signed] =
        keywords(rest, "to_bytes", ["length", "byteorder", "signed"], 0, 2)?;
    let length = match length {
        Some(length) => ssize_arg(vm, length)?,
        None => 1,
    };
    let little = little_endian(vm, "to_bytes", byteorder)?;
    let signed = match signed {
        Some(value) => vm.is_true(value)?,
        None => false,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    check_result_size(length as u128)?;
    let length = length as usize;
    let value = big(int);
    if !signed && value.is_negative() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    // Little-endian two's complement (or magnitude), minimal, then padded.
    let mut bytes = if value.is_zero() {
        Vec::new()
    } else if signed {
        value.to_signed_bytes_le()
    } else {
        value.to_bytes_le().1
    };
    if bytes.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if value.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes::new(bytes))))
}

/// `bytes(x)` for `int.from_bytes`: bytes, or an iterable of ints in `range(256)`.
pub(super) fn bytes_from_object(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    let cannot = |vm: &Vm| {
        PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(value)
        ))
    };
    let items = match value {
        Value::Bytes(bytes) => return Ok(bytes.bytes.to_vec()),
        Value::Str(_) => return Err(cannot(vm)),
        Value::List(list) => list.snapshot(),
        Value::Tuple(tuple) => tuple.items.to_vec(),
        other => {
            let iterator = match vm.get_iter(other) {
                Ok(iterator) => iterator,
                Err(err) if vm.is_instance_of_kind(&err, ExcKind::TypeError) => {
                    return Err(cannot(vm));
                }
                Err(err) => return Err(err),
            };
            let mut items = Vec::new();
            while let Some(item) = vm.next_value(&iterator)? {
                items.push(item);
            }
            items
        }
    };
    let mut bytes = Vec::with_capacity(items.len());
    for item in &items {
        let int = vm.to_index(item)?;
        match int.to_u8() {
            Some(byte) => bytes.push(byte),
            None => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(bytes)
}

fn from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = receiver(vm, args, "int", "from_bytes", Some)?;
    let [bytes, byteorder, signed] =
        keywords(rest, "from_bytes", ["bytes", "byteorder", "signed"], 1, 2)?;
    let little = little_endian(vm, "from_bytes", byteorder)?;
    let signed = match signed {
        Some(value) => vm.is_true(value)?,
        None => false,
    };
    let mut bytes = bytes_from_object(vm, bytes.unwrap_or(&Value::None))?;
    if !little {
        bytes.reverse();
    }
    let value = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    let value = Value::from_bigint(value);
    match class {
        Value::Class(class) if Rc::ptr_eq(class, &vm.types.int) => Ok(value),
        Value::Class(class) if Rc::ptr_eq(class, &vm.types.bool) => Ok(Value::bool(
            !value.as_bigint().unwrap_or_default().is_zero(),
        )),
        other => vm.call(other, &[value]),
    }
}

// ---------------------------------------------------------------------------------------------
// Unary special methods.

macro_rules! unary {
    ($($function:ident($name:literal) => |$vm:ident, $int:ident| $body:expr;)*) => {
        $(fn $function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let ($int, rest) = this(vm, args, $name)?;
            wrapper::<0>(rest, $name)?;
            let $vm = vm;
            $body
        })*
    };
}

unary! {
    dunder_index("__index__") => |_vm, int| Ok(plain(int));
    dunder_int("__int__") => |_vm, int| Ok(plain(int));
    dunder_float("__float__") => |_vm, int| Ok(Value::Float(match int {
        Value::Int(small) => *small as f64,
        other => text::bigint_to_f64(&big(other))?,
    }));
    dunder_abs("__abs__") => |vm, int| vm.absolute(int);
    dunder_neg("__neg__") => |vm, int| vm.negative(int);
    dunder_pos("__pos__") => |vm, int| vm.positive(int);
    dunder_invert("__invert__") => |vm, int| vm.invert(int);
    dunder_bool("__bool__") => |vm, int| Ok(Value::bool(vm.is_true(int)?));
    dunder_hash("__hash__") => |vm, int| Ok(Value::Int(vm.hash_value(int)?));
    dunder_repr("__repr__") => |_vm, int| Ok(Value::string(match int {
        Value::Int(small) => small.to_string(),
        other => text::int_to_string(&big(other))?,
    }));
}

/// `__trunc__`, `__floor__` and `__ceil__`: the int itself.
fn integral(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let (int, rest) = this(vm, args, name)?;
    no_args(rest, &format!("int.{name}"))?;
    Ok(plain(int))
}

fn dunder_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    integral(vm, args, "__trunc__")
}

fn dunder_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    integral(vm, args, "__floor__")
}

fn dunder_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    integral(vm, args, "__ceil__")
}

/// The `ndigits` of `round()`: an index, clamped to `i64`.
pub(super) fn ndigits_arg(vm: &mut Vm, value: &Value) -> PyResult<i64> {
    let int = vm.to_index(value)?;
    Ok(int.to_i64().unwrap_or(if int.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    }))
}

fn dunder_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__round__")?;
    let [ndigits] = positional(rest, "__round__", "int.__round__", 0)?;
    match ndigits {
        None => Ok(plain(int)),
        Some(ndigits) => {
            let ndigits = ndigits_arg(vm, ndigits)?;
            Ok(Value::from_bigint(text::round_int(&big(int), ndigits)))
        }
    }
}

fn dunder_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__format__")?;
    let spec = one_arg(rest, "int.__format__")?;
    format_with_spec(vm, int, spec)
}

// ---------------------------------------------------------------------------------------------
// Binary special methods.

/// `int OP other` (or `other OP int` when `reflected`), `NotImplemented` for non-ints.
fn binary(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (int, rest) = this(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    let other = crate::object::as_builtin(other);
    if !other.is_int() {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(op, other, int)
    } else {
        vm.binary_op(op, int, other)
    }
}

macro_rules! binary_dunders {
    ($($function:ident($name:literal, $op:ident, $reflected:expr);)*) => {
        $(fn $function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            binary(vm, args, $name, BinOp::$op, $reflected)
        })*
    };
}

binary_dunders! {
    dunder_add("__add__", Add, false);
    dunder_radd("__radd__", Add, true);
    dunder_sub("__sub__", Sub, false);
    dunder_rsub("__rsub__", Sub, true);
    dunder_mul("__mul__", Mul, false);
    dunder_rmul("__rmul__", Mul, true);
    dunder_floordiv("__floordiv__", FloorDiv, false);
    dunder_rfloordiv("__rfloordiv__", FloorDiv, true);
    dunder_truediv("__truediv__", TrueDiv, false);
    dunder_rtruediv("__rtruediv__", TrueDiv, true);
    dunder_mod("__mod__", Mod, false);
    dunder_rmod("__rmod__", Mod, true);
    dunder_lshift("__lshift__", LShift, false);
    dunder_rlshift("__rlshift__", LShift, true);
    dunder_rshift("__rshift__", RShift, false);
    dunder_rrshift("__rrshift__", RShift, true);
    dunder_and("__and__", BitAnd, false);
    dunder_rand("__rand__", BitAnd, true);
    dunder_or("__or__", BitOr, false);
    dunder_ror("__ror__", BitOr, true);
    dunder_xor("__xor__", BitXor, false);
    dunder_rxor("__rxor__", BitXor, true);
}

fn dunder_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__divmod__")?;
    let [other] = wrapper(rest, "__divmod__")?;
    if !other.is_int() {
        return Ok(Value::NotImplemented);
    }
    vm.divmod(int, other)
}

fn dunder_rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__rdivmod__")?;
    let [other] = wrapper(rest, "__rdivmod__")?;
    if !other.is_int() {
        return Ok(Value::NotImplemented);
    }
    vm.divmod(other, int)
}

/// The arguments of the ternary `__pow__` slot wrapper: the other operand and the modulus.
pub(super) fn pow_args<'a>(args: Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    match args.positional {
        [other] => Ok((other, &Value::None)),
        [other, modulus] => Ok((other, modulus)),
        [] => Err(PyErr::type_error(" expected at least 1 argument, got 0")),
        more => Err(PyErr::type_error(format!(
            " expected at most 2 arguments, got {}",
            more.len()
        ))),
    }
}

fn int_pow(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if !exp.is_int() || !(modulus.is_none() || modulus.is_int()) {
        return Ok(Value::NotImplemented);
    }
    if modulus.is_none() {
        vm.binary_op(BinOp::Pow, base, exp)
    } else {
        vm.pow_mod(base, exp, modulus)
    }
}

fn dunder_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__pow__")?;
    let (other, modulus) = pow_args(rest, "__pow__")?;
    int_pow(vm, int, other, modulus)
}

fn dunder_rpow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (int, rest) = this(vm, args, "__rpow__")?;
    let (other, modulus) = pow_args(rest, "__rpow__")?;
    if !other.is_int() {
        return Ok(Value::NotImplemented);
    }
    int_pow(vm, other, int, modulus)
}

fn this_value<'a>(vm: &mut Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let (int, rest) = this(vm, args, method)?;
    Ok((int.clone(), rest))
}

comparison_dunders!(this_value, Value::is_int);

// ---------------------------------------------------------------------------------------------
// `bool`.

fn this_bool<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(bool, Args<'a>)> {
    receiver(vm, args, "bool", method, |value| match value {
        Value::True => Some(true),
        Value::False => Some(false),
        _ => None,
    })
}

fn bool_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (value, rest) = this_bool(vm, args, "__repr__")?;
    wrapper::<0>(rest, "__repr__")?;
    Ok(Value::str(if value { "True" } else { "False" }))
}

/// `&`, `|` and `^` of bools stay bools; with other ints they are int operations.
fn bool_logic(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let (value, rest) = this_bool(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    let other_bool = match other {
        Value::True => true,
        Value::False => false,
        other if other.is_int() => {
            return vm.binary_op(op, &Value::Int(i64::from(value)), other);
        }
        _ => return Ok(Value::NotImplemented),
    };
    Ok(Value::bool(match op {
        BinOp::BitAnd => value & other_bool,
        BinOp::BitOr => value | other_bool,
        _ => value ^ other_bool,
    }))
}

fn bool_and(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bool_logic(vm, args, "__and__", BinOp::BitAnd)
}

fn bool_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bool_logic(vm, args, "__or__", BinOp::BitOr)
}

fn bool_xor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bool_logic(vm, args, "__xor__", BinOp::BitXor)
}

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn plain_methods() {
        check(&[
            (r#"(0).bit_length()"#, r#"0"#),
            (r#"(255).bit_length()"#, r#"8"#),
            (r#"(-256).bit_length()"#, r#"9"#),
            (r#"(-9223372036854775808).bit_length()"#, r#"64"#),
            (
                r#"(1267650600228229401496703205376).bit_length()"#,
                r#"101"#,
            ),
            (r#"True.bit_length()"#, r#"1"#),
            (r#"(255).bit_count()"#, r#"8"#),
            (r#"(-7).bit_count()"#, r#"3"#),
            (r#"(1267650600228229401496703205375).bit_count()"#, r#"100"#),
            (r#"(5).conjugate()"#, r#"5"#),
            (r#"True.conjugate()"#, r#"1"#),
            (r#"(-5).as_integer_ratio()"#, r#"(-5, 1)"#),
            (r#"False.as_integer_ratio()"#, r#"(0, 1)"#),
            (
                r#"(5).bit_length(1)"#,
                r#"TypeError: int.bit_length() takes no arguments (1 given)"#,
            ),
            (
                r#"int.bit_length('a')"#,
                r#"TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object"#,
            ),
            (r#"int.bit_length(True)"#, r#"1"#),
            (r#"(1024).to_bytes(2, 'big')"#, r#"b'\x04\x00'"#),
            (r#"(1024).to_bytes(2, 'little')"#, r#"b'\x00\x04'"#),
            (
                r#"(1024).to_bytes(4, byteorder='big')"#,
                r#"b'\x00\x00\x04\x00'"#,
            ),
            (r#"(5).to_bytes()"#, r#"b'\x05'"#),
            (r#"(0).to_bytes(0, 'big')"#, r#"b''"#),
            (r#"(-1).to_bytes(2, 'big', signed=True)"#, r#"b'\xff\xff'"#),
            (r#"(-128).to_bytes(1, 'big', signed=True)"#, r#"b'\x80'"#),
            (
                r#"(128).to_bytes(1, 'big', signed=True)"#,
                r#"OverflowError: int too big to convert"#,
            ),
            (
                r#"(-129).to_bytes(1, 'little', signed=True)"#,
                r#"OverflowError: int too big to convert"#,
            ),
            (
                r#"(256).to_bytes(1, 'big')"#,
                r#"OverflowError: int too big to convert"#,
            ),
            (
                r#"(-1).to_bytes(1, 'big')"#,
                r#"OverflowError: can't convert negative int to unsigned"#,
            ),
            (
                r#"(1).to_bytes(-1, 'big')"#,
                r#"ValueError: length argument must be non-negative"#,
            ),
            (
                r#"(1).to_bytes(1, 'middle')"#,
                r#"ValueError: byteorder must be either 'little' or 'big'"#,
            ),
            (
                r#"(1).to_bytes(1, 5)"#,
                r#"TypeError: to_bytes() argument 'byteorder' must be str, not int"#,
            ),
            (
                r#"(1).to_bytes('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"(1).to_bytes(1, 'big', True)"#,
                r#"TypeError: to_bytes() takes at most 2 positional arguments (3 given)"#,
            ),
            (
                r#"(1).to_bytes(1, 'big', sign=True)"#,
                r#"TypeError: 'sign' is an invalid keyword argument for to_bytes()"#,
            ),
            (
                r#"(1208925819614629174706175).to_bytes(10, 'big')"#,
                r#"b'\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'"#,
            ),
            (
                r#"(1208925819614629174706175).to_bytes(11, 'little', signed=True)"#,
                r#"b'\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00'"#,
            ),
            (r#"int.from_bytes(b'\x04\x00', 'big')"#, r#"1024"#),
            (r#"int.from_bytes(b'\x04\x00', 'little')"#, r#"4"#),
            (
                r#"int.from_bytes(b'\xff\xff', 'big', signed=True)"#,
                r#"-1"#,
            ),
            (
                r#"int.from_bytes(b'\xff\xff', byteorder='big')"#,
                r#"65535"#,
            ),
            (r#"int.from_bytes(b'')"#, r#"0"#),
            (r#"int.from_bytes([1, 2])"#, r#"258"#),
            (r#"int.from_bytes((255,), signed=True)"#, r#"-1"#),
            (r#"int.from_bytes(range(3))"#, r#"258"#),
            (r#"(7).from_bytes(b'\x01')"#, r#"1"#),
            (r#"bool.from_bytes(b'\x00')"#, r#"False"#),
            (r#"bool.from_bytes(b'\x02')"#, r#"True"#),
            (
                r#"int.from_bytes(b'\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12')"#,
                r#"87796859220666505562985680550526421307666"#,
            ),
            (
                r#"int.from_bytes('ab')"#,
                r#"TypeError: cannot convert 'str' object to bytes"#,
            ),
            (
                r#"int.from_bytes(5)"#,
                r#"TypeError: cannot convert 'int' object to bytes"#,
            ),
            (
                r#"int.from_bytes([256])"#,
                r#"ValueError: bytes must be in range(0, 256)"#,
            ),
            (
                r#"int.from_bytes(['a'])"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (
                r#"int.from_bytes()"#,
                r#"TypeError: from_bytes() missing required argument 'bytes' (pos 1)"#,
            ),
            (
                r#"int.from_bytes(b'', 'big', True)"#,
                r#"TypeError: from_bytes() takes at most 2 positional arguments (3 given)"#,
            ),
            (
                r#"int.from_bytes(b'', 'sideways')"#,
                r#"ValueError: byteorder must be either 'little' or 'big'"#,
            ),
        ]);
    }

    #[test]
    fn special_methods() {
        check(&[
            (r#"(5).__index__()"#, r#"5"#),
            (r#"True.__index__()"#, r#"1"#),
            (r#"True.__int__()"#, r#"1"#),
            (r#"(5).__float__()"#, r#"5.0"#),
            (
                r#"(1267650600228229401496703205376).__float__()"#,
                r#"1.2676506002282294e+30"#,
            ),
            (r#"(-5).__abs__()"#, r#"5"#),
            (r#"(5).__neg__()"#, r#"-5"#),
            (
                r#"(-9223372036854775808).__neg__()"#,
                r#"9223372036854775808"#,
            ),
            (r#"True.__neg__()"#, r#"-1"#),
            (r#"True.__pos__()"#, r#"1"#),
            (r#"(5).__invert__()"#, r#"-6"#),
            (r#"(0).__bool__()"#, r#"False"#),
            (r#"(7).__bool__()"#, r#"True"#),
            (r#"(5).__trunc__()"#, r#"5"#),
            (r#"True.__floor__()"#, r#"1"#),
            (r#"(5).__ceil__()"#, r#"5"#),
            (r#"(1234).__round__()"#, r#"1234"#),
            (r#"(1234).__round__(-2)"#, r#"1200"#),
            (r#"(1250).__round__(-2)"#, r#"1200"#),
            (r#"(1350).__round__(-2)"#, r#"1400"#),
            (r#"(1234).__round__(2)"#, r#"1234"#),
            (
                r#"(1234).__round__(None)"#,
                r#"TypeError: 'NoneType' object cannot be interpreted as an integer"#,
            ),
            (
                r#"(1234).__round__(1.5)"#,
                r#"TypeError: 'float' object cannot be interpreted as an integer"#,
            ),
            (
                r#"(1234).__round__(1, 2)"#,
                r#"TypeError: __round__ expected at most 1 argument, got 2"#,
            ),
            (r#"(-1).__hash__()"#, r#"-2"#),
            (r#"(2305843009213693951).__hash__()"#, r#"0"#),
            (
                r#"(12345678901234567890123).__hash__()"#,
                r#"195429904450476469"#,
            ),
            (r#"(-42).__repr__()"#, r#"'-42'"#),
            (
                r#"(12345678901234567890123).__repr__()"#,
                r#"'12345678901234567890123'"#,
            ),
            (r#"int.__repr__(True)"#, r#"'1'"#),
            (r#"True.__repr__()"#, r#"'True'"#),
            (r#"False.__repr__()"#, r#"'False'"#),
            (r#"(255).__format__('x')"#, r#"'ff'"#),
            (r#"(1234567).__format__(',')"#, r#"'1,234,567'"#),
            (r#"(5).__format__('')"#, r#"'5'"#),
            (r#"True.__format__('')"#, r#"'True'"#),
            (r#"True.__format__('d')"#, r#"'1'"#),
            (
                r#"(5).__format__(5)"#,
                r#"TypeError: __format__() argument must be str, not int"#,
            ),
            (
                r#"(5).__format__('s')"#,
                r#"ValueError: Unknown format code 's' for object of type 'int'"#,
            ),
        ]);
    }

    #[test]
    fn arithmetic_dunders() {
        check(&[
            (r#"(5).__add__(3)"#, r#"8"#),
            (r#"(5).__add__(True)"#, r#"6"#),
            (r#"(5).__add__(1.5)"#, r#"NotImplemented"#),
            (r#"(5).__add__('a')"#, r#"NotImplemented"#),
            (
                r#"(9223372036854775807).__add__(1)"#,
                r#"9223372036854775808"#,
            ),
            (r#"(5).__radd__(3)"#, r#"8"#),
            (r#"(5).__sub__(8)"#, r#"-3"#),
            (r#"(5).__rsub__(8)"#, r#"3"#),
            (r#"(5).__mul__(4)"#, r#"20"#),
            (r#"(5).__rmul__([1])"#, r#"NotImplemented"#),
            (r#"(7).__floordiv__(-2)"#, r#"-4"#),
            (r#"(7).__rfloordiv__(20)"#, r#"2"#),
            (
                r#"(7).__floordiv__(0)"#,
                r#"ZeroDivisionError: integer division or modulo by zero"#,
            ),
            (r#"(7).__truediv__(2)"#, r#"3.5"#),
            (r#"(7).__rtruediv__(2)"#, r#"0.2857142857142857"#),
            (
                r#"(7).__truediv__(0)"#,
                r#"ZeroDivisionError: division by zero"#,
            ),
            (r#"(-7).__mod__(3)"#, r#"2"#),
            (
                r#"(7).__mod__(0)"#,
                r#"ZeroDivisionError: integer modulo by zero"#,
            ),
            (r#"(3).__rmod__(-7)"#, r#"2"#),
            (r#"(7).__divmod__(-2)"#, r#"(-4, -1)"#),
            (r#"(7).__rdivmod__(30)"#, r#"(4, 2)"#),
            (r#"(7).__divmod__(2.0)"#, r#"NotImplemented"#),
            (r#"(2).__pow__(10)"#, r#"1024"#),
            (r#"(2).__pow__(100)"#, r#"1267650600228229401496703205376"#),
            (r#"(2).__pow__(-1)"#, r#"0.5"#),
            (r#"(2).__pow__(10, 7)"#, r#"2"#),
            (r#"(2).__pow__(10, None)"#, r#"1024"#),
            (r#"(2).__pow__(0.5)"#, r#"NotImplemented"#),
            (r#"(2).__pow__(2, 1.5)"#, r#"NotImplemented"#),
            (
                r#"(2).__pow__()"#,
                r#"TypeError:  expected at least 1 argument, got 0"#,
            ),
            (r#"(3).__rpow__(2)"#, r#"8"#),
            (r#"(3).__rpow__(2, 5)"#, r#"3"#),
            (r#"(1).__lshift__(70)"#, r#"1180591620717411303424"#),
            (
                r#"(1).__lshift__(-1)"#,
                r#"ValueError: negative shift count"#,
            ),
            (r#"(3).__rlshift__(1)"#, r#"8"#),
            (r#"(-16).__rshift__(2)"#, r#"-4"#),
            (r#"(2).__rrshift__(16)"#, r#"4"#),
            (r#"(12).__and__(10)"#, r#"8"#),
            (r#"(12).__or__(3)"#, r#"15"#),
            (r#"(12).__xor__(10)"#, r#"6"#),
            (r#"(12).__rand__(10)"#, r#"8"#),
            (r#"(12).__and__(1.0)"#, r#"NotImplemented"#),
            (r#"True.__and__(False)"#, r#"False"#),
            (r#"True.__or__(False)"#, r#"True"#),
            (r#"True.__xor__(True)"#, r#"False"#),
            (r#"True.__and__(3)"#, r#"1"#),
            (r#"True.__rxor__(2)"#, r#"3"#),
            (r#"True.__or__(1.0)"#, r#"NotImplemented"#),
            (r#"True.__add__(True)"#, r#"2"#),
            (r#"(5).__eq__(5)"#, r#"True"#),
            (r#"(5).__eq__(5.0)"#, r#"NotImplemented"#),
            (r#"(5).__eq__(True)"#, r#"False"#),
            (r#"(1).__eq__(True)"#, r#"True"#),
            (r#"(5).__ne__(6)"#, r#"True"#),
            (r#"(5).__lt__(6)"#, r#"True"#),
            (r#"(5).__lt__('a')"#, r#"NotImplemented"#),
            (r#"(5).__le__(5)"#, r#"True"#),
            (r#"(5).__gt__(12345678901234567890123)"#, r#"False"#),
            (r#"(5).__ge__(-12345678901234567890123)"#, r#"True"#),
            (
                r#"(5).__add__()"#,
                r#"TypeError: expected 1 argument, got 0"#,
            ),
            (
                r#"(5).__add__(1, 2)"#,
                r#"TypeError: expected 1 argument, got 2"#,
            ),
            (
                r#"int.__add__(1.5, 1)"#,
                r#"TypeError: descriptor '__add__' requires a 'int' object but received a 'float'"#,
            ),
            (r#"int.__add__(True, 1)"#, r#"2"#),
            (
                r#"int.__neg__()"#,
                r#"TypeError: descriptor '__neg__' of 'int' object needs an argument"#,
            ),
        ]);
    }
}
