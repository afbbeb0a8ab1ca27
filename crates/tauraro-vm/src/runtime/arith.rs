//! Arithmetic with Python semantics: ints of arbitrary size (an `i64` fast path that
//! promotes to big ints on overflow), floats, int/float mixing, floor division and modulo that
//! follow the sign of the divisor, sequence concatenation and repetition, set and dict
//! operators.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{PyBytes, PyStr, as_builtin};
use crate::runtime::dict_views::is_set_like_view;
use crate::text;
use crate::value::Value;

/// A binary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }

    /// The method names of the operator: normal, reflected, in-place.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// The result of `a OP b` for two small ints when it is a small int or float computed
/// without error; `None` sends the caller to the general path (overflow, errors, big ints).
#[inline]
pub fn int_fast(op: BinOp, a: i64, b: i64) -> Option<Value> {
    match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            let (q, r) = (a.checked_div(b)?, a.checked_rem(b)?);
            Some(Value::Int(if r != 0 && ((r < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }))
        }
        BinOp::Mod => {
            if b == 0 {
                return None;
            }
            let r = a.checked_rem(b)?;
            Some(Value::Int(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            }))
        }
        BinOp::TrueDiv => {
            const EXACT: i64 = 1 << 53;
            if b != 0 && (-EXACT..=EXACT).contains(&a) && (-EXACT..=EXACT).contains(&b) {
                Some(Value::Float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return None;
            }
            let exp = u32::try_from(b).ok()?;
            a.checked_pow(exp).map(Value::Int)
        }
        BinOp::LShift => {
            if !(0..64).contains(&b) {
                return if b >= 64 && a == 0 {
                    Some(Value::Int(0))
                } else {
                    None
                };
            }
            let shifted = a << b;
            (shifted >> b == a).then_some(Value::Int(shifted))
        }
        BinOp::RShift => {
            if b < 0 {
                None
            } else if b >= 64 {
                Some(Value::Int(if a < 0 { -1 } else { 0 }))
            } else {
                Some(Value::Int(a >> b))
            }
        }
        BinOp::BitAnd => Some(Value::Int(a & b)),
        BinOp::BitOr => Some(Value::Int(a | b)),
        BinOp::BitXor => Some(Value::Int(a ^ b)),
        BinOp::MatMul => None,
    }
}

/// `a / b` for small ints: when both convert to float exactly (|x| <= 2**53) the quotient
/// of the converted values is the correctly rounded result, which is what CPython computes
/// (its own fast path does the same). Anything else, including division by zero, takes the
/// general path.
#[inline(always)]
pub fn int_true_divide_fast(a: i64, b: i64) -> Option<Value> {
    const EXACT: u64 = 1 << 53;
    if b != 0 && a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        Some(Value::Float(a as f64 / b as f64))
    } else {
        None
    }
}

/// The result of `a OP b` for two floats when it cannot raise.
#[inline]
pub fn float_fast(op: BinOp, a: f64, b: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::new_float(a + b)),
        BinOp::Sub => Some(Value::new_float(a - b)),
        BinOp::Mul => Some(Value::new_float(a * b)),
        BinOp::TrueDiv if b != 0.0 => Some(Value::new_float(a / b)),
        _ => None,
    }
}

/// A numeric operand after classification.
enum Num {
    Small(i64),
    Big(Rc<BigInt>),
    Float(f64),
}

fn classify(value: &Value) -> Option<Num> {
    match value {
        Value::Int(v) => Some(Num::Small(*v)),
        Value::True => Some(Num::Small(1)),
        Value::False => Some(Num::Small(0)),
        Value::BigInt(v) => Some(Num::Big(v.clone())),
        Value::Float(v) => Some(Num::Float(*v)),
        _ => None,
    }
}

fn to_bigint(num: &Num) -> BigInt {
    match num {
        Num::Small(v) => BigInt::from(*v),
        Num::Big(v) => (**v).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

/// Converts an int to float, raising OverflowError when it is too large.
pub fn bigint_to_f64(value: &BigInt) -> PyResult<f64> {
    Ok(text::bigint_to_f64(value)?)
}

fn num_to_f64(num: &Num) -> PyResult<f64> {
    match num {
        Num::Small(v) => Ok(*v as f64),
        Num::Big(v) => bigint_to_f64(v),
        Num::Float(v) => Ok(*v),
    }
}

fn zero_division(message: &str) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, message)
}

/// Integer arithmetic on big ints.
fn int_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::FloorDiv => Value::from_bigint(text::int_floor_div(a, b)?),
        BinOp::Mod => Value::from_bigint(text::int_mod(a, b)?),
        BinOp::TrueDiv => Value::Float(text::int_true_divide(a, b)?),
        BinOp::Pow => match text::int_pow(a, b)? {
            text::IntPow::Int(value) => Value::from_bigint(value),
            text::IntPow::Float(value) => Value::Float(value),
        },
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let Some(shift) = b.to_u64().filter(|s| *s < 1 << 34) else {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "too many digits in integer",
                ));
            };
            Value::from_bigint(a << shift)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(shift) => {
                    // `>>` on a negative BigInt rounds toward negative infinity, like Python.
                    Value::from_bigint(a >> shift)
                }
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::MatMul => unreachable!("matmul is rejected before reaching int_op"),
    })
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::new_float(a + b),
        BinOp::Sub => Value::new_float(a - b),
        BinOp::Mul => Value::new_float(a * b),
        BinOp::TrueDiv => Value::new_float(text::float_true_div(a, b)?),
        BinOp::FloorDiv => Value::new_float(text::float_floor_div(a, b)?),
        BinOp::Mod => Value::new_float(text::float_mod(a, b)?),
        BinOp::Pow => Value::new_float(text::float_pow(a, b)?),
        _ => return Err(PyErr::type_error(String::new())),
    })
}

fn numeric_op(op: BinOp, a: Num, b: Num) -> PyResult<Value> {
    match (&a, &b) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            ) {
                return Err(PyErr::type_error(String::new()));
            }
            float_op(op, num_to_f64(&a)?, num_to_f64(&b)?)
        }
        (Num::Small(x), Num::Small(y)) => match int_fast(op, *x, *y) {
            Some(value) => Ok(value),
            None => int_op(op, &BigInt::from(*x), &BigInt::from(*y)),
        },
        // Big ints are used in place (a copy of a big operand per operation would cost as
        // much as the operation); a small operand multiplies or adds as a machine word.
        (Num::Big(x), Num::Small(y)) => match op {
            BinOp::Add => Ok(Value::from_bigint(&**x + *y)),
            BinOp::Sub => Ok(Value::from_bigint(&**x - *y)),
            BinOp::Mul => Ok(Value::from_bigint(&**x * *y)),
            _ => int_op(op, x, &BigInt::from(*y)),
        },
        (Num::Small(x), Num::Big(y)) => match op {
            BinOp::Add => Ok(Value::from_bigint(*x + &**y)),
            BinOp::Sub => Ok(Value::from_bigint(*x - &**y)),
            BinOp::Mul => Ok(Value::from_bigint(*x * &**y)),
            _ => int_op(op, &BigInt::from(*x), y),
        },
        (Num::Big(x), Num::Big(y)) => int_op(op, x, y),
    }
}

/// Whether the builtin slot of `this` (a builtin value) handles `this OP other` (or the
/// reflected form): CPython's type checks in the numeric and sequence slots, so that an
/// int gives a float subclass's `__radd__` its turn instead of computing `int + float`.
pub(crate) fn slot_accepts(op: BinOp, this: &Value, other: &Value) -> bool {
    let int_like = |value: &Value| value.is_int();
    match this {
        Value::Float(_) => int_like(other) || matches!(other, Value::Float(_)),
        value if int_like(value) => int_like(other),
        Value::Str(_) => match op {
            BinOp::Add => matches!(other, Value::Str(_)),
            BinOp::Mul => int_like(other),
            BinOp::Mod => true,
            _ => false,
        },
        Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => match op {
            BinOp::Add => std::mem::discriminant(this) == std::mem::discriminant(other),
            BinOp::Mul => int_like(other),
            _ => false,
        },
        Value::Set(_) | Value::FrozenSet(_) => {
            matches!(other, Value::Set(_) | Value::FrozenSet(_))
        }
        Value::Dict(_) => op == BinOp::BitOr && matches!(other, Value::Dict(_)),
        Value::DictView(_) => true,
        _ => false,
    }
}

/// `&`, `|` and `^` on two bools give a bool (`bool.__and__` and friends), not an int.
fn bool_bitwise(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let as_bool = |value: &Value| match value {
        Value::True => Some(true),
        Value::False => Some(false),
        _ => None,
    };
    let (x, y) = (as_bool(a)?, as_bool(b)?);
    match op {
        BinOp::BitAnd => Some(Value::bool(x & y)),
        BinOp::BitOr => Some(Value::bool(x | y)),
        BinOp::BitXor => Some(Value::bool(x ^ y)),
        _ => None,
    }
}

/// `a OP= b` on a big int that nothing else references (`total *= i` in a loop): its digits
/// are updated in place instead of allocating a result of the same size. Gives the int back
/// when it is shared or the operation is not one of these.
fn bigint_in_place(op: BinOp, mut big: Rc<BigInt>, b: &Value) -> Result<Value, Rc<BigInt>> {
    let Some(unique) = Rc::get_mut(&mut big) else {
        return Err(big);
    };
    match (op, b) {
        (BinOp::Add, Value::Int(y)) => *unique += *y,
        (BinOp::Sub, Value::Int(y)) => *unique -= *y,
        (BinOp::Mul, Value::Int(y)) => *unique *= *y,
        (BinOp::Add, Value::BigInt(y)) => *unique += &**y,
        (BinOp::Sub, Value::BigInt(y)) => *unique -= &**y,
        (BinOp::BitXor, Value::BigInt(y)) => *unique ^= &**y,
        (BinOp::BitOr, Value::BigInt(y)) => *unique |= &**y,
        (BinOp::BitAnd, Value::BigInt(y)) => *unique &= &**y,
        _ => return Err(big),
    }
    // An int that fits in 64 bits is always `Value::Int`.
    Ok(match i64::try_from(&*big) {
        Ok(small) => Value::Int(small),
        Err(_) => Value::BigInt(big),
    })
}

/// Repeats a sequence `count` times, guarding against absurd sizes.
fn repeat_count(count: &Value, item_len: usize) -> PyResult<usize> {
    let count = match count {
        Value::BigInt(big) => {
            if big.is_negative() {
                0
            } else {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
        }
        other => other.as_small_int().unwrap_or(0).max(0) as u64,
    };
    if item_len > 0 && count.saturating_mul(item_len as u64) > (1 << 40) {
        return Err(PyErr::new(ExcKind::MemoryError, ""));
    }
    Ok(count as usize)
}

impl Vm {
    /// `a OP b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // `str + str` (building keys and lines) first: the general chain below classifies
        // both operands as numbers before it reaches the sequence slots.
        if let (BinOp::Add, Value::Str(x), Value::Str(y)) = (op, a, b) {
            return Ok(Value::Str(Rc::new(PyStr::concat_pair(x, y))));
        }
        match self.binary_op_opt(op, a, b)? {
            Some(result) => Ok(result),
            None => Err(self.unsupported(op, a, b)),
        }
    }

    /// `a OP b`, or `None` when no operand supports the operator (the caller words the
    /// TypeError: `+` or `+=`).
    fn binary_op_opt(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Some(result) = bool_bitwise(op, a, b) {
            return Ok(Some(result));
        }
        if let (Some(x), Some(y)) = (classify(a), classify(b))
            && op != BinOp::MatMul
        {
            return match numeric_op(op, x, y) {
                Err(err) if is_empty_type_error(&err) => Ok(None),
                other => other.map(Some),
            };
        }
        if op == BinOp::BitOr
            && crate::runtime::generic_alias::is_type_union_candidate(a, b)
            && let Some(result) = self.type_union_op(a, b)?
        {
            return Ok(Some(result));
        }
        let has_metaclass =
            |value: &Value| matches!(value, Value::Class(class) if class.metaclass.is_some());
        if matches!(a, Value::Instance(_))
            || matches!(b, Value::Instance(_))
            || has_metaclass(a)
            || has_metaclass(b)
        {
            if let Some(result) = self.user_binary_op(op, a, b)? {
                return Ok(Some(result));
            }
            // The sequence slots run last (`str + object()` is a concatenation error).
            if let Some(result) = self.sequence_op(op, as_builtin(a), b)? {
                return Ok(Some(result));
            }
            return self.sequence_repeat_fallback(op, a, b);
        }
        if let Some(result) = self.sequence_op(op, a, b)? {
            return Ok(Some(result));
        }
        self.sequence_repeat_fallback(op, a, b)
    }

    /// `seq * x` and `x * seq` once the numeric slots have declined, as CPython's
    /// `sequence_repeat`: `x` must have `__index__`.
    fn sequence_repeat_fallback(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let is_sequence = |value: &Value| {
            matches!(
                as_builtin(value),
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            )
        };
        if op != BinOp::Mul {
            return Ok(None);
        }
        let (sequence, count) = if is_sequence(a) {
            (a, b)
        } else if is_sequence(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        let has_index = matches!(count, Value::Instance(_))
            && crate::runtime::attribute::class_lookup(&self.type_of(count), "__index__").is_some();
        if !has_index {
            return Err(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(count)
            )));
        }
        let count = Value::from_bigint(self.to_index(count)?);
        let sequence = as_builtin(sequence).clone();
        self.repeat(&sequence, &count).map(Some)
    }

    /// `a OP b` computed by the builtin types of the operands (instances of builtin
    /// subclasses take part through their builtin values): `None` when the types do not
    /// support it together, so that the dunder protocol tries the other operand.
    pub(crate) fn native_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if let (BinOp::Mod, Value::Str(format)) = (op, as_builtin(a)) {
            // `str % x` formats whatever `x` is, before `x.__rmod__` is considered.
            return self.percent_format(format, b).map(Some);
        }
        let (a, b) = (as_builtin(a), as_builtin(b));
        if let Some(result) = bool_bitwise(op, a, b) {
            return Ok(Some(result));
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (classify(a), classify(b))
            && op != BinOp::MatMul
        {
            return match numeric_op(op, x, y) {
                Err(err) if is_empty_type_error(&err) => Ok(None),
                other => other.map(Some),
            };
        }
        self.sequence_op(op, a, b)
    }

    /// `a OP= b`: in place for mutable builtins (`list +=`), and for a `str` that nobody else
    /// references, appends without copying.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        match (&a, op, b) {
            (Value::List(list), BinOp::Add, _) => {
                let items = self.collect(b)?;
                list.items_mut().extend(items);
                return Ok(a);
            }
            (Value::List(list), BinOp::Mul, count) if count.is_int() => {
                let mut items = list.items_mut();
                let times = repeat_count(count, items.len())?;
                if times == 0 {
                    items.clear();
                } else {
                    let original = items.clone();
                    for _ in 1..times {
                        items.extend(original.iter().cloned());
                    }
                }
                drop(items);
                return Ok(a);
            }
            (Value::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _)
                if matches!(as_builtin(b), Value::Set(_) | Value::FrozenSet(_)) =>
            {
                return self.set_inplace_op(op, a, as_builtin(b));
            }
            (Value::Dict(dict), BinOp::BitOr, _) if matches!(as_builtin(b), Value::Dict(_)) => {
                let target = Value::Dict(dict.clone());
                self.dict_update(&target, as_builtin(b), None)?;
                return Ok(a);
            }
            (Value::Instance(_), _, _) => {
                if let Some(result) = self.user_inplace_op(op, &a, b)? {
                    return Ok(result);
                }
            }
            _ => {}
        }
        if let (Value::Str(_), BinOp::Add, Value::Str(suffix)) = (&a, op, b) {
            let Value::Str(mut text) = a else {
                unreachable!()
            };
            if let Some(unique) = Rc::get_mut(&mut text) {
                unique.push_str(suffix);
                return Ok(Value::Str(text));
            }
            let mut joined = String::with_capacity(text.as_str().len() + suffix.as_str().len());
            joined.push_str(text.as_str());
            joined.push_str(suffix.as_str());
            return Ok(Value::string(joined));
        }
        let a = match a {
            Value::BigInt(big) => match bigint_in_place(op, big, b) {
                Ok(result) => return Ok(result),
                Err(big) => Value::BigInt(big),
            },
            other => other,
        };
        match self.binary_op_opt(op, &a, b)? {
            Some(result) => Ok(result),
            None => Err(self.unsupported_inplace(op, &a, b)),
        }
    }

    fn sequence_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                Value::Str(Rc::new(PyStr::concat_pair(x, y)))
            }
            (BinOp::Add, Value::Str(_), other) => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(other)
                )));
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                Value::List(Rc::new(crate::object::PyList::concat(x, y)))
            }
            (BinOp::Add, Value::List(_), other) => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(other)
                )));
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (&x.items, &y.items);
                Value::Tuple(crate::object::RcTuple::from_fn(x.len() + y.len(), |i| {
                    x.get(i).unwrap_or_else(|| &y[i - x.len()]).clone()
                }))
            }
            (BinOp::Add, Value::Tuple(_), other) => {
                return Err(PyErr::type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(other)
                )));
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut bytes = x.bytes.to_vec();
                bytes.extend_from_slice(&y.bytes);
                Value::Bytes(Rc::new(PyBytes::new(bytes)))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n)
                if n.is_int() =>
            {
                self.repeat(a, n)?
            }
            (BinOp::Mul, n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
                if n.is_int() =>
            {
                self.repeat(b, n)?
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), other)
                if !matches!(other, Value::Instance(_)) =>
            {
                return Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                )));
            }
            (BinOp::Mod, Value::Str(format), args) => self.percent_format(format, args)?,
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => self.set_binary_op(op, a, b)?,
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, _)
                if is_set_like_view(a)
                    || (is_set_like_view(b) && !matches!(a, Value::Instance(_))) =>
            {
                // The view's slot runs when it is on the left, or when the left operand's
                // own slot (set, dict, int) declines a view; an instance gets its
                // `__or__` first through the dunder path, which then finds `__ror__`.
                return self.dict_view_binary_op(op, a, b);
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(_)) => {
                let merged = Value::Dict(Rc::new(crate::object::PyDict::new(
                    x.table.borrow().clone(),
                )));
                self.dict_update(&merged, b, None)?;
                merged
            }
            _ => return Ok(None),
        }))
    }

    fn repeat(&mut self, sequence: &Value, count: &Value) -> PyResult<Value> {
        Ok(match sequence {
            Value::Str(text) => {
                let times = repeat_count(count, text.as_str().len())?;
                Value::string(text.as_str().repeat(times))
            }
            Value::List(list) => {
                let items = list.snapshot();
                let times = repeat_count(count, items.len())?;
                let out = match &items[..] {
                    // `[flag] * n`: a long one is built in flags form, a bit per item.
                    [Value::True] => {
                        return Ok(Value::List(Rc::new(crate::object::PyList::repeated_flag(
                            true, times,
                        ))));
                    }
                    [Value::False] => {
                        return Ok(Value::List(Rc::new(crate::object::PyList::repeated_flag(
                            false, times,
                        ))));
                    }
                    // `[x] * n`, the common case: one fill, not `n` one-item extends.
                    [item] => vec![item.clone(); times],
                    _ => {
                        let mut out = Vec::with_capacity(items.len() * times);
                        for _ in 0..times {
                            out.extend_from_slice(&items);
                        }
                        out
                    }
                };
                Value::list(out)
            }
            Value::Tuple(tuple) => {
                let times = repeat_count(count, tuple.items.len())?;
                let mut out = Vec::with_capacity(tuple.items.len() * times);
                for _ in 0..times {
                    out.extend(tuple.items.iter().cloned());
                }
                Value::tuple(out)
            }
            Value::Bytes(bytes) => {
                let times = repeat_count(count, bytes.bytes.len())?;
                Value::Bytes(Rc::new(PyBytes::new(bytes.bytes.repeat(times))))
            }
            _ => return Err(PyErr::type_error("can't repeat this object")),
        })
    }

    /// The TypeError for an operator that no operand supports.
    pub(crate) fn unsupported(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        let symbol = if op == BinOp::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        PyErr::type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// The TypeError for an in-place operator that no operand supports.
    pub(crate) fn unsupported_inplace(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        PyErr::type_error(format!(
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `-a`.
    pub fn negative(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(v) => Ok(match v.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*v)),
            }),
            Value::True => Ok(Value::Int(-1)),
            Value::False => Ok(Value::Int(0)),
            Value::BigInt(v) => Ok(Value::from_bigint(-(**v).clone())),
            Value::Float(v) => Ok(Value::Float(-v)),
            _ => self.unary_dunder(a, "__neg__", "-"),
        }
    }

    /// `+a`.
    pub fn positive(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::True => Ok(Value::Int(1)),
            Value::False => Ok(Value::Int(0)),
            _ => self.unary_dunder(a, "__pos__", "+"),
        }
    }

    /// `~a`.
    pub fn invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(v) => Ok(Value::Int(!v)),
            Value::True => Ok(Value::Int(-2)),
            Value::False => Ok(Value::Int(-1)),
            Value::BigInt(v) => Ok(Value::from_bigint(-(**v).clone() - 1)),
            _ => self.unary_dunder(a, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, a: &Value, dunder: &str, symbol: &str) -> PyResult<Value> {
        // Instances, and classes whose metaclass defines the operator.
        if let Value::Instance(_) | Value::Class(_) = a
            && let Some(result) = self.call_dunder(a, dunder, &[])?
        {
            return Ok(result);
        }
        Err(PyErr::type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            self.type_name(a)
        )))
    }

    /// `abs(a)`.
    pub fn absolute(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(v) => Ok(match v.checked_abs() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(BigInt::from(*v).abs()),
            }),
            Value::True => Ok(Value::Int(1)),
            Value::False => Ok(Value::Int(0)),
            Value::BigInt(v) => Ok(Value::from_bigint(v.abs())),
            Value::Float(v) => Ok(Value::Float(v.abs())),
            _ => {
                if let Value::Instance(_) = a
                    && let Some(result) = self.call_dunder(a, "__abs__", &[])?
                {
                    return Ok(result);
                }
                Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    self.type_name(a)
                )))
            }
        }
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        match (classify(a), classify(b)) {
            (Some(x), Some(y)) if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) => {
                let (x, y) = (num_to_f64(&x)?, num_to_f64(&y)?);
                let (q, r) = text::float_divmod(x, y)?;
                Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
            }
            (Some(x), Some(y)) => {
                let (x, y) = (to_bigint(&x), to_bigint(&y));
                if y.is_zero() {
                    return Err(zero_division("integer division or modulo by zero"));
                }
                let (q, r) = x.div_mod_floor(&y);
                Ok(Value::tuple(vec![
                    Value::from_bigint(q),
                    Value::from_bigint(r),
                ]))
            }
            _ => {
                let native = |vm: &mut Vm, x: &Value, y: &Value| -> PyResult<Option<Value>> {
                    let (x, y) = (as_builtin(x), as_builtin(y));
                    if classify(x).is_some() && classify(y).is_some() {
                        vm.divmod(x, y).map(Some)
                    } else {
                        Ok(None)
                    }
                };
                let (name, reflected) = ("__divmod__", "__rdivmod__");
                if let Some(result) =
                    self.binary_dunder(BinOp::FloorDiv, a, b, name, reflected, &native)?
                {
                    return Ok(result);
                }
                Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        }
    }

    /// `pow(base, exp, modulus)`.
    pub fn pow_mod(&mut self, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
        let (Some(b), Some(e), Some(m)) = (base.as_bigint(), exp.as_bigint(), modulus.as_bigint())
        else {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        Ok(Value::from_bigint(text::int_pow_mod(&b, &e, &m)?))
    }
}

fn is_empty_type_error(err: &PyErr) -> bool {
    matches!(&err.inner().value, crate::error::ExcValue::Lazy { kind: ExcKind::TypeError, args }
        if matches!(args.first(), Some(Value::Str(s)) if s.as_str().is_empty()))
}
