//! Rich comparison (`<`, `==`, ...), equality and membership (`in`).

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::runtime::dict_views::is_set_like_view;
use crate::value::Value;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn holds(self, ordering: Ordering) -> bool {
        match self {
            CompareOp::Lt => ordering == Ordering::Less,
            CompareOp::Le => ordering != Ordering::Greater,
            CompareOp::Eq => ordering == Ordering::Equal,
            CompareOp::Ne => ordering != Ordering::Equal,
            CompareOp::Gt => ordering == Ordering::Greater,
            CompareOp::Ge => ordering != Ordering::Less,
        }
    }
}

/// Compares an int with a float exactly (no rounding of the int); `None` for NaN.
pub fn compare_int_float(int: &BigInt, float: f64) -> Option<Ordering> {
    if float.is_nan() {
        return None;
    }
    if float.is_infinite() {
        return Some(if float > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = int.to_i64()
        && small.unsigned_abs() < (1 << 53)
    {
        return (small as f64).partial_cmp(&float);
    }
    let floor = float.floor();
    let floor_int = BigInt::from(floor as i128);
    let floor_int = if floor.abs() < 1e38 {
        floor_int
    } else {
        num_bigint::BigInt::from_biguint(
            if floor < 0.0 {
                num_bigint::Sign::Minus
            } else {
                num_bigint::Sign::Plus
            },
            float_to_biguint(floor.abs()),
        )
    };
    match int.cmp(&floor_int) {
        Ordering::Equal => {
            if float > floor {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        other => Some(other),
    }
}

fn float_to_biguint(value: f64) -> num_bigint::BigUint {
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = num_bigint::BigUint::from(mantissa);
    if exponent >= 0 {
        m << exponent as u64
    } else {
        m >> (-exponent) as u64
    }
}

/// Orders two numbers (int, bool, big int, float); `None` if either is not a number or the
/// comparison involves NaN. The outer option says whether both were numbers.
fn compare_numbers(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let float = |v: &Value| match v {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    let int = |v: &Value| -> Option<BigInt> { v.as_bigint() };
    match (float(a), float(b)) {
        (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
        (Some(x), None) => {
            let y = int(b)?;
            Some(compare_int_float(&y, x).map(Ordering::reverse))
        }
        (None, Some(y)) => {
            let x = int(a)?;
            Some(compare_int_float(&x, y))
        }
        (None, None) => {
            if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                return Some(Some(x.cmp(&y)));
            }
            Some(Some(int(a)?.cmp(&int(b)?)))
        }
    }
}

/// Whether `<`, `<=`, `>`, `>=` are defined between these builtin values (numbers, or two
/// values of the same sequence or set family).
pub fn natively_ordered(a: &Value, b: &Value) -> bool {
    compare_numbers(a, b).is_some()
        || matches!(
            (a, b),
            (Value::Str(_), Value::Str(_))
                | (Value::Bytes(_), Value::Bytes(_))
                | (Value::List(_), Value::List(_))
                | (Value::Tuple(_), Value::Tuple(_))
                | (Value::Slice(_), Value::Slice(_))
                | (
                    Value::Set(_) | Value::FrozenSet(_),
                    Value::Set(_) | Value::FrozenSet(_)
                )
        )
        || is_set_like_view(a)
        || is_set_like_view(b)
}

/// Whether a builtin type's `==` handles these builtin values (numbers with numbers, and
/// otherwise values of the same type family); when not, its `__eq__` gives NotImplemented.
pub fn natively_equatable(a: &Value, b: &Value) -> bool {
    compare_numbers(a, b).is_some()
        || std::mem::discriminant(a) == std::mem::discriminant(b)
        || matches!(
            (a, b),
            (
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_)
            )
        )
        || is_set_like_view(a)
        || is_set_like_view(b)
}

/// Equality of values whose equality never runs Python code; `None` when it might.
#[inline]
pub fn pure_equal(a: &Value, b: &Value) -> Option<bool> {
    // Strings first: they are the usual dict keys. Identity, then the text.
    if let (Value::Str(x), Value::Str(y)) = (a, b) {
        return Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str());
    }
    pure_equal_general(a, b)
}

/// [`pure_equal`] for everything but two strings.
fn pure_equal_general(a: &Value, b: &Value) -> Option<bool> {
    // The identity shortcut of container comparison (PyObject_RichCompareBool): a NaN object
    // equals itself there, while `==` between floats never reaches here.
    if a.is(b) {
        return Some(true);
    }
    if let Some(ordering) = compare_numbers(a, b) {
        return Some(ordering == Some(Ordering::Equal));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        (Value::Bytes(x), Value::Bytes(y)) => Some(x.bytes == y.bytes),
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !p.is(q) && !pure_equal(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Value::Instance(_), _) | (_, Value::Instance(_)) => None,
        _ if has_metaclass(a) || has_metaclass(b) => None,
        (Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_), _) => None,
        _ if is_set_like_view(a) || is_set_like_view(b) => None,
        (Value::Slice(_), Value::Slice(_)) => None,
        (Value::Range(x), Value::Range(y)) => Some(ranges_equal(x, y)),
        _ => Some(a.is(b)),
    }
}

/// A slice as the tuple `(start, stop, step)` that slices compare as.
fn slice_parts(slice: &crate::object::PySlice) -> [Value; 3] {
    [slice.start.clone(), slice.stop.clone(), slice.step.clone()]
}

/// `range_equals`: equal lengths, and for non-empty ranges the same first element and, past
/// one element, the same step.
fn ranges_equal(x: &crate::object::PyRange, y: &crate::object::PyRange) -> bool {
    if let (Some(a), Some(b)) = (x.as_small(), y.as_small()) {
        let len = a.len();
        return len == b.len()
            && (len == 0 || (a.start == b.start && (len == 1 || a.step == b.step)));
    }
    let len = x.len_big();
    if len != y.len_big() {
        return false;
    }
    let ((x_start, _, x_step), (y_start, _, y_step)) = (x.bounds(), y.bounds());
    len.is_zero() || (x_start == y_start && (len == BigInt::from(1) || x_step == y_step))
}

/// Whether `value` is a class whose metaclass is not `type` (it may define comparisons).
fn has_metaclass(value: &Value) -> bool {
    matches!(value, Value::Class(class) if class.metaclass.is_some())
}

impl Vm {
    /// `a OP b` as a value (user `__lt__` may return anything).
    pub fn compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let Some(ordering) = compare_numbers(a, b) {
            return Ok(Value::bool(match ordering {
                Some(ordering) => op.holds(ordering),
                None => op == CompareOp::Ne,
            }));
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return self.user_compare(a, b, op);
        }
        if has_metaclass(a) || has_metaclass(b) {
            return self.user_compare(a, b, op);
        }
        if is_set_like_view(a) || is_set_like_view(b) {
            return match self.set_like_view_compare(a, b, op)? {
                Some(result) => Ok(Value::bool(result)),
                None => match op {
                    CompareOp::Eq => Ok(Value::bool(a.is(b))),
                    CompareOp::Ne => Ok(Value::bool(!a.is(b))),
                    _ => Err(self.not_orderable(a, b, op)),
                },
            };
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(self.values_equal(a, b)?)),
            CompareOp::Ne => Ok(Value::bool(!self.values_equal(a, b)?)),
            _ => self.order(a, b, op).map(Value::bool),
        }
    }

    /// `a OP b` as a truth value.
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
        let result = self.compare(a, b, op)?;
        match result {
            Value::True => Ok(true),
            Value::False => Ok(false),
            other => self.is_true(&other),
        }
    }

    /// `a == b` (identity first, as containers do).
    pub fn values_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(equal) = pure_equal(a, b) {
            return Ok(equal);
        }
        self.check_rust_stack()?;
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                Ok(self.lists_first_difference(x, y)?.is_none() && x.len() == y.len())
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples are immutable: holding them keeps their items alive and unchanged
                // while `__eq__` methods run, without copying the items.
                let (x, y) = (x.clone(), y.clone());
                self.sequences_equal(&x.items, &y.items)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = x
                    .table
                    .borrow()
                    .iter()
                    .map(|entry| (entry.key.clone(), entry.value.clone()))
                    .collect();
                for (key, value) in entries {
                    match self.dict_get(y, &key)? {
                        Some(other) => {
                            if !value.is(&other) && !self.values_equal(&value, &other)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.set_is_subset(x, y)
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                let result = self.user_compare(a, b, CompareOp::Eq)?;
                self.is_true(&result)
            }
            _ if has_metaclass(a) || has_metaclass(b) => {
                let result = self.user_compare(a, b, CompareOp::Eq)?;
                self.is_true(&result)
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (xs, ys) = (slice_parts(x), slice_parts(y));
                self.sequences_equal(&xs, &ys)
            }
            _ if is_set_like_view(a) || is_set_like_view(b) => Ok(self
                .set_like_view_compare(a, b, CompareOp::Eq)?
                .unwrap_or_else(|| a.is(b))),
            _ => Ok(a.is(b)),
        }
    }

    /// Walks two lists in step to the first index whose items differ and returns those
    /// items, or `None` when either list runs out first. As CPython does, the lists are read
    /// in place, not copied, and their lengths re-read after every comparison (an `__eq__`
    /// may change them).
    fn lists_first_difference(
        &mut self,
        x: &crate::object::PyList,
        y: &crate::object::PyList,
    ) -> PyResult<Option<(Value, Value)>> {
        let mut index = 0;
        loop {
            let (a, b) = {
                let (xs, ys) = (x.items(), y.items());
                let (Some(a), Some(b)) = (xs.get(index), ys.get(index)) else {
                    return Ok(None);
                };
                if a.is(b) || pure_equal(a, b) == Some(true) {
                    index += 1;
                    continue;
                }
                (a.clone(), b.clone())
            };
            if !self.values_equal(&a, &b)? {
                return Ok(Some((a, b)));
            }
            index += 1;
        }
    }

    fn sequences_equal(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (x, y) in xs.iter().zip(ys) {
            if !x.is(y) && !self.values_equal(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Ordering comparison of builtin values (`<`, `<=`, `>`, `>=`).
    fn order(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(op.holds(x.as_str().cmp(y.as_str()))),
            (Value::Bytes(x), Value::Bytes(y)) => Ok(op.holds(x.bytes.cmp(&y.bytes))),
            (Value::List(x), Value::List(y)) => {
                self.check_rust_stack()?;
                match self.lists_first_difference(x, y)? {
                    Some((a, b)) => self.compare_bool(&a, &b, op),
                    None => Ok(op.holds(x.len().cmp(&y.len()))),
                }
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.order_sequences(&x.items, &y.items, op)
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (xs, ys) = (slice_parts(x), slice_parts(y));
                self.order_sequences(&xs, &ys, op)
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                match op {
                    CompareOp::Le => self.set_is_subset(x, y),
                    CompareOp::Lt => Ok(x.len() < y.len() && self.set_is_subset(x, y)?),
                    CompareOp::Ge => self.set_is_subset(y, x),
                    CompareOp::Gt => Ok(y.len() < x.len() && self.set_is_subset(y, x)?),
                    CompareOp::Eq | CompareOp::Ne => unreachable!("equality handled by caller"),
                }
            }
            _ => Err(self.not_orderable(a, b, op)),
        }
    }

    pub(crate) fn not_orderable(&self, a: &Value, b: &Value, op: CompareOp) -> PyErr {
        PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn order_sequences(&mut self, xs: &[Value], ys: &[Value], op: CompareOp) -> PyResult<bool> {
        self.check_rust_stack()?;
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) || self.values_equal(x, y)? {
                continue;
            }
            return self.compare_bool(x, y, op);
        }
        Ok(op.holds(xs.len().cmp(&ys.len())))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::List(list) => {
                // Elements that compare without Python code are scanned under one borrow;
                // the first that needs `__eq__` hands over to the general loop.
                let mut index = 0;
                {
                    let items = list.items();
                    for element in items.iter() {
                        match pure_equal(element, item) {
                            Some(true) => return Ok(true),
                            Some(false) => index += 1,
                            None => break,
                        }
                    }
                    if index == items.len() {
                        return Ok(false);
                    }
                }
                loop {
                    let Some(element) = list.get(index) else {
                        return Ok(false);
                    };
                    if element.is(item) || self.values_equal(&element, item)? {
                        return Ok(true);
                    }
                    index += 1;
                }
            }
            Value::Tuple(tuple) => {
                for element in tuple.items.iter() {
                    if element.is(item) || self.values_equal(element, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Str(text) => match crate::object::as_builtin(item) {
                Value::Str(needle) => Ok(text.as_str().contains(needle.as_str())),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Bytes(bytes) => match item {
                Value::Bytes(needle) => Ok(needle.bytes.is_empty()
                    || bytes
                        .bytes
                        .windows(needle.bytes.len())
                        .any(|window| window == &needle.bytes[..])),
                other => match other.as_small_int() {
                    Some(byte) if (0..256).contains(&byte) => {
                        Ok(bytes.bytes.contains(&(byte as u8)))
                    }
                    _ => Err(PyErr::type_error(
                        "a bytes-like object is required, not 'int'",
                    )),
                },
            },
            Value::Dict(dict) => Ok(self.dict_get(dict, item)?.is_some()),
            Value::Set(set) | Value::FrozenSet(set) => self.set_contains(set, item),
            Value::Range(range) => {
                let Some(value) = item.as_bigint() else {
                    // Non-int items: compare by equality with each element, like CPython.
                    if let Value::Float(f) = item {
                        if f.fract() != 0.0 || !f.is_finite() {
                            return Ok(false);
                        }
                        let int = crate::text::float_to_bigint(*f)?;
                        return self.contains(container, &Value::from_bigint(int));
                    }
                    return Ok(false);
                };
                Ok(range.position_of(&value).is_some())
            }
            Value::DictView(view) => match view.kind {
                crate::object::DictIterKind::Keys => {
                    self.contains(&Value::Dict(view.dict.clone()), item)
                }
                crate::object::DictIterKind::Values => {
                    let values: Vec<Value> = view
                        .dict
                        .table
                        .borrow()
                        .iter()
                        .map(|e| e.value.clone())
                        .collect();
                    for value in values {
                        if value.is(item) || self.values_equal(&value, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                crate::object::DictIterKind::Items => {
                    let Value::Tuple(pair) = item else {
                        return Ok(false);
                    };
                    if pair.items.len() != 2 {
                        return Ok(false);
                    }
                    match self.dict_get(&view.dict, &pair.items[0])? {
                        Some(value) => self.values_equal(&value, &pair.items[1]),
                        None => Ok(false),
                    }
                }
            },
            Value::Iterator(_) | Value::Generator(_) => {
                while let Some(element) = self.next_value(container)? {
                    if element.is(item) || self.values_equal(&element, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(_) => self.user_contains(container, item),
            Value::Class(class) if class.metaclass.is_some() => self.user_contains(container, item),
            other => Err(PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(other)
            ))),
        }
    }
}

/// Whether a float is an exact integer (for `int == float` hashing consistency).
pub fn float_is_integral(value: f64) -> bool {
    value.is_finite() && value.fract() == 0.0
}

/// Sign of a big int as -1, 0 or 1.
pub fn bigint_signum(value: &BigInt) -> i32 {
    if value.is_zero() {
        0
    } else if value.sign() == num_bigint::Sign::Minus {
        -1
    } else {
        1
    }
}
