//! Methods of `float`, including ports of CPython's `float.hex` and `float.fromhex`.
//! Arithmetic dunders delegate to the runtime and return `NotImplemented` for operands that
//! are neither floats nor ints.

use num_bigint::{BigInt, BigUint};
use num_traits::{One, Zero};

use crate::builtins::methods::int::{ndigits_arg, pow_args};
use crate::builtins::methods::str::format_with_spec;
use crate::builtins::methods::{no_args, one_arg, positional, receiver, wrapper};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::runtime::arith::BinOp;
use crate::text;
use crate::value::Value;

fn this<'a>(vm: &Vm, args: Args<'a>, method: &str) -> PyResult<(f64, Args<'a>)> {
    receiver(vm, args, "float", method, |value| match value {
        Value::Float(f) => Some(*f),
        _ => None,
    })
}

fn this_value<'a>(vm: &mut Vm, args: Args<'a>, method: &str) -> PyResult<(Value, Args<'a>)> {
    let (f, rest) = this(vm, args, method)?;
    Ok((Value::Float(f), rest))
}

/// Whether `float` arithmetic accepts the operand.
fn is_number(value: &Value) -> bool {
    matches!(value, Value::Float(_)) || value.is_int()
}

/// The methods of `float`.
pub static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("as_integer_ratio", as_integer_ratio),
    BuiltinFunction::new("conjugate", conjugate),
    BuiltinFunction::new("hex", hex),
    BuiltinFunction::new("is_integer", is_integer),
    BuiltinFunction::new("__int__", dunder_int),
    BuiltinFunction::new("__float__", dunder_float),
    BuiltinFunction::new("__abs__", dunder_abs),
    BuiltinFunction::new("__neg__", dunder_neg),
    BuiltinFunction::new("__pos__", dunder_pos),
    BuiltinFunction::new("__bool__", dunder_bool),
    BuiltinFunction::new("__hash__", dunder_hash),
    BuiltinFunction::new("__repr__", dunder_repr),
    BuiltinFunction::new("__format__", dunder_format),
    BuiltinFunction::new("__trunc__", dunder_trunc),
    BuiltinFunction::new("__floor__", dunder_floor),
    BuiltinFunction::new("__ceil__", dunder_ceil),
    BuiltinFunction::new("__round__", dunder_round),
    BuiltinFunction::new("__add__", dunder_add),
    BuiltinFunction::new("__radd__", dunder_radd),
    BuiltinFunction::new("__sub__", dunder_sub),
    BuiltinFunction::new("__rsub__", dunder_rsub),
    BuiltinFunction::new("__mul__", dunder_mul),
    BuiltinFunction::new("__rmul__", dunder_rmul),
    BuiltinFunction::new("__truediv__", dunder_truediv),
    BuiltinFunction::new("__rtruediv__", dunder_rtruediv),
    BuiltinFunction::new("__floordiv__", dunder_floordiv),
    BuiltinFunction::new("__rfloordiv__", dunder_rfloordiv),
    BuiltinFunction::new("__mod__", dunder_mod),
    BuiltinFunction::new("__rmod__", dunder_rmod),
    BuiltinFunction::new("__divmod__", dunder_divmod),
    BuiltinFunction::new("__rdivmod__", dunder_rdivmod),
    BuiltinFunction::new("__pow__", dunder_pow),
    BuiltinFunction::new("__rpow__", dunder_rpow),
    BuiltinFunction::new("__eq__", dunder_eq),
    BuiltinFunction::new("__ne__", dunder_ne),
    BuiltinFunction::new("__lt__", dunder_lt),
    BuiltinFunction::new("__le__", dunder_le),
    BuiltinFunction::new("__gt__", dunder_gt),
    BuiltinFunction::new("__ge__", dunder_ge),
];

/// `float.fromhex`, a class method.
pub static FROMHEX: BuiltinFunction = BuiltinFunction::new("fromhex", fromhex);

// ---------------------------------------------------------------------------------------------
// Plain methods.

/// `x` as `mantissa * 2**exponent` with an integer mantissa (`x` finite).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    }
}

fn as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "as_integer_ratio")?;
    no_args(rest, "float.as_integer_ratio")?;
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (mut mantissa, mut exponent) = decompose(x);
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exponent += i64::from(zeros);
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::one();
    if exponent >= 0 {
        numerator <<= exponent as u64;
    } else {
        denominator <<= (-exponent) as u64;
    }
    if x < 0.0 {
        numerator = -numerator;
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(numerator),
        Value::from_bigint(denominator),
    ]))
}

fn conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "conjugate")?;
    no_args(rest, "float.conjugate")?;
    Ok(Value::Float(x))
}

fn is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "is_integer")?;
    no_args(rest, "float.is_integer")?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

/// `float.hex()`: CPython's `float_hex`.
fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return text::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".to_owned()
        } else {
            "0x0.0p+0".to_owned()
        };
    }
    // frexp: |x| = m * 2**e with 0.5 <= m < 1.
    let (mantissa, exponent) = decompose(x);
    let bits = 64 - i64::from(mantissa.leading_zeros());
    let mut e = exponent + bits;
    let mut m = mantissa as f64 / 2f64.powi(bits as i32);
    // Shift so that the leading hex digit is 1 (0 for subnormals).
    let shift = 1 - (-1021 - e).max(0);
    m *= 2f64.powi(shift as i32);
    e -= shift;
    let digit = |d: f64| char::from_digit(d as u32, 16).unwrap_or('0');
    let mut out = String::with_capacity(24);
    if x < 0.0 {
        out.push('-');
    }
    out.push_str("0x");
    out.push(digit(m.trunc()));
    m -= m.trunc();
    out.push('.');
    for _ in 0..13 {
        m *= 16.0;
        out.push(digit(m.trunc()));
        m -= m.trunc();
    }
    out.push('p');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.abs().to_string());
    out
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "hex")?;
    no_args(rest, "float.hex")?;
    Ok(Value::string(float_hex(x)))
}

fn invalid_hex() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn hex_too_large() -> PyErr {
    PyErr::new(
        ExcKind::OverflowError,
        "hexadecimal value too large to represent as a float",
    )
}

/// `float.fromhex(s)`: CPython's `float_fromhex`, correctly rounded.
fn parse_hex_float(s: &str) -> PyResult<f64> {
    let s = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let bytes = s.as_bytes();
    let mut pos = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            pos += 1;
            true
        }
        Some(b'+') => {
            pos += 1;
            false
        }
        _ => false,
    };
    let sign = |x: f64| if negative { -x } else { x };
    let rest = &s[pos..];
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    if lower.starts_with("0x") {
        pos += 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut fraction_digits: i128 = 0;
    let mut seen_point = false;
    let mut any_digit = false;
    while pos < bytes.len() {
        let c = bytes[pos];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(value) = char::from(c).to_digit(16) {
            any_digit = true;
            if seen_point {
                fraction_digits += 1;
            }
            // Leading zeros are dropped (after the point they still scale the value).
            if !(digits.is_empty() && value == 0) {
                digits.push(value as u8);
            }
        } else {
            break;
        }
        pos += 1;
    }
    if !any_digit {
        return Err(invalid_hex());
    }
    let mut exponent: i128 = 0;
    if pos < bytes.len() && (bytes[pos] == b'p' || bytes[pos] == b'P') {
        pos += 1;
        let exponent_negative = match bytes.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let start = pos;
        while pos < bytes.len() && bytes[pos].is_ascii_digit() {
            exponent = (exponent * 10 + i128::from(bytes[pos] - b'0')).min(1 << 60);
            pos += 1;
        }
        if pos == start {
            return Err(invalid_hex());
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    if pos != bytes.len() {
        return Err(invalid_hex());
    }
    if digits.is_empty() {
        return Ok(sign(0.0));
    }
    let mut mantissa = BigUint::zero();
    for digit in &digits {
        mantissa = (mantissa << 4u32) + BigUint::from(*digit);
    }
    let scale = exponent - 4 * fraction_digits;
    let top = mantissa.bits() as i128 + scale;
    if top > 1024 {
        return Err(hex_too_large());
    }
    if top <= -1075 {
        return Ok(sign(0.0));
    }
    let mantissa = BigInt::from(mantissa);
    let value = if scale >= 0 {
        text::bigint_to_f64(&(mantissa << scale as u64))
    } else {
        text::int_true_divide(&mantissa, &(BigInt::one() << (-scale) as u64))
    };
    match value {
        Ok(value) if value.is_finite() => Ok(sign(value)),
        _ => Err(hex_too_large()),
    }
}

fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (class, rest) = receiver(vm, args, "float", "fromhex", Some)?;
    let text = match one_arg(rest, "float.fromhex")? {
        Value::Str(text) => text.clone(),
        _ => {
            return Err(PyErr::type_error(
                "bad argument type for built-in operation",
            ));
        }
    };
    let value = Value::new_float(parse_hex_float(text.as_str())?);
    match class {
        Value::Class(class) if std::rc::Rc::ptr_eq(class, &vm.types.float) => Ok(value),
        other => vm.call(other, &[value]),
    }
}

// ---------------------------------------------------------------------------------------------
// Special methods.

macro_rules! unary {
    ($($function:ident($name:literal) => |$vm:ident, $x:ident| $body:expr;)*) => {
        $(fn $function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            let ($x, rest) = this(vm, args, $name)?;
            wrapper::<0>(rest, $name)?;
            let $vm = vm;
            $body
        })*
    };
}

unary! {
    dunder_int("__int__") => |_vm, x| Ok(Value::from_bigint(text::float_to_bigint(x)?));
    dunder_float("__float__") => |_vm, x| Ok(Value::Float(x));
    dunder_abs("__abs__") => |_vm, x| Ok(Value::Float(x.abs()));
    dunder_neg("__neg__") => |_vm, x| Ok(Value::Float(-x));
    dunder_pos("__pos__") => |_vm, x| Ok(Value::Float(x));
    dunder_bool("__bool__") => |_vm, x| Ok(Value::bool(x != 0.0));
    dunder_hash("__hash__") => |vm, x| Ok(Value::Int(vm.hash_value(&Value::Float(x))?));
    dunder_repr("__repr__") => |_vm, x| Ok(Value::string(text::float_repr(x)));
}

/// `__trunc__`, `__floor__` and `__ceil__`.
fn to_integral(vm: &mut Vm, args: Args<'_>, name: &str, round: fn(f64) -> f64) -> PyResult<Value> {
    let (x, rest) = this(vm, args, name)?;
    no_args(rest, &format!("float.{name}"))?;
    Ok(Value::from_bigint(text::float_to_bigint(round(x))?))
}

fn dunder_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_integral(vm, args, "__trunc__", f64::trunc)
}

fn dunder_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_integral(vm, args, "__floor__", f64::floor)
}

fn dunder_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    to_integral(vm, args, "__ceil__", f64::ceil)
}

fn dunder_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__round__")?;
    let [ndigits] = positional(rest, "__round__", "float.__round__", 0)?;
    match ndigits {
        None | Some(Value::None) => Ok(Value::from_bigint(text::round_float_to_int(x)?)),
        Some(ndigits) => {
            let ndigits = ndigits_arg(vm, ndigits)?;
            Ok(Value::Float(text::round_float(x, ndigits)?))
        }
    }
}

fn dunder_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__format__")?;
    let spec = one_arg(rest, "float.__format__")?;
    format_with_spec(vm, &Value::Float(x), spec)
}

/// `float OP other` (or reflected), `NotImplemented` for non-numbers.
fn binary(vm: &mut Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, rest) = this(vm, args, name)?;
    let [other] = wrapper(rest, name)?;
    let other = crate::object::as_builtin(other);
    if !is_number(other) {
        return Ok(Value::NotImplemented);
    }
    let x = Value::Float(x);
    if reflected {
        vm.binary_op(op, other, &x)
    } else {
        vm.binary_op(op, &x, other)
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
    dunder_truediv("__truediv__", TrueDiv, false);
    dunder_rtruediv("__rtruediv__", TrueDiv, true);
    dunder_floordiv("__floordiv__", FloorDiv, false);
    dunder_rfloordiv("__rfloordiv__", FloorDiv, true);
    dunder_mod("__mod__", Mod, false);
    dunder_rmod("__rmod__", Mod, true);
}

fn dunder_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__divmod__")?;
    let [other] = wrapper(rest, "__divmod__")?;
    if !is_number(other) {
        return Ok(Value::NotImplemented);
    }
    vm.divmod(&Value::Float(x), other)
}

fn dunder_rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__rdivmod__")?;
    let [other] = wrapper(rest, "__rdivmod__")?;
    if !is_number(other) {
        return Ok(Value::NotImplemented);
    }
    vm.divmod(other, &Value::Float(x))
}

fn float_pow(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    if !is_number(exp) || !is_number(base) {
        return Ok(Value::NotImplemented);
    }
    if !modulus.is_none() {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    vm.binary_op(BinOp::Pow, base, exp)
}

fn dunder_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__pow__")?;
    let (other, modulus) = pow_args(rest, "__pow__")?;
    float_pow(vm, &Value::Float(x), other, modulus)
}

fn dunder_rpow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, rest) = this(vm, args, "__rpow__")?;
    let (other, modulus) = pow_args(rest, "__rpow__")?;
    float_pow(vm, other, &Value::Float(x), modulus)
}

comparison_dunders!(this_value, is_number);

#[cfg(test)]
mod tests {
    use crate::builtins::methods::testing::check;

    #[test]
    fn plain_methods() {
        check(&[
            (r#"(2.0).is_integer()"#, r#"True"#),
            (r#"(2.5).is_integer()"#, r#"False"#),
            (r#"float('inf').is_integer()"#, r#"False"#),
            (r#"float('nan').is_integer()"#, r#"False"#),
            (r#"(0.5).as_integer_ratio()"#, r#"(1, 2)"#),
            (r#"(-0.75).as_integer_ratio()"#, r#"(-3, 4)"#),
            (
                r#"(0.1).as_integer_ratio()"#,
                r#"(3602879701896397, 36028797018963968)"#,
            ),
            (r#"(0.0).as_integer_ratio()"#, r#"(0, 1)"#),
            (
                r#"(1e300).as_integer_ratio()"#,
                r#"(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)"#,
            ),
            (
                r#"(5e-324).as_integer_ratio()"#,
                r#"(1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)"#,
            ),
            (r#"(3.0).as_integer_ratio()"#, r#"(3, 1)"#),
            (
                r#"float('inf').as_integer_ratio()"#,
                r#"OverflowError: cannot convert Infinity to integer ratio"#,
            ),
            (
                r#"float('-inf').as_integer_ratio()"#,
                r#"OverflowError: cannot convert Infinity to integer ratio"#,
            ),
            (
                r#"float('nan').as_integer_ratio()"#,
                r#"ValueError: cannot convert NaN to integer ratio"#,
            ),
            (r#"(1.5).conjugate()"#, r#"1.5"#),
            (r#"(1.0).hex()"#, r#"'0x1.0000000000000p+0'"#),
            (r#"(-0.1).hex()"#, r#"'-0x1.999999999999ap-4'"#),
            (r#"(3.14159).hex()"#, r#"'0x1.921f9f01b866ep+1'"#),
            (r#"(0.0).hex()"#, r#"'0x0.0p+0'"#),
            (r#"(-0.0).hex()"#, r#"'-0x0.0p+0'"#),
            (r#"(5e-324).hex()"#, r#"'0x0.0000000000001p-1022'"#),
            (
                r#"(2.2250738585072014e-308).hex()"#,
                r#"'0x1.0000000000000p-1022'"#,
            ),
            (r#"(1e-310).hex()"#, r#"'0x0.012688b70e62bp-1022'"#),
            (
                r#"(1.7976931348623157e308).hex()"#,
                r#"'0x1.fffffffffffffp+1023'"#,
            ),
            (r#"float('inf').hex()"#, r#"'inf'"#),
            (r#"float('-inf').hex()"#, r#"'-inf'"#),
            (r#"float('nan').hex()"#, r#"'nan'"#),
            (
                r#"(1.0).hex(1)"#,
                r#"TypeError: float.hex() takes no arguments (1 given)"#,
            ),
            (r#"float.fromhex('0x1.0p0')"#, r#"1.0"#),
            (r#"float.fromhex('0x1.921f9f01b866ep+1')"#, r#"3.14159"#),
            (r#"float.fromhex('-0x1p-1074')"#, r#"-5e-324"#),
            (r#"float.fromhex('0x1p-1075')"#, r#"0.0"#),
            (r#"float.fromhex('0x1.8p-1074')"#, r#"1e-323"#),
            (
                r#"float.fromhex('0x1.fffffffffffff8p1023')"#,
                r#"OverflowError: hexadecimal value too large to represent as a float"#,
            ),
            (
                r#"float.fromhex('0x1.fffffffffffffp1023')"#,
                r#"1.7976931348623157e+308"#,
            ),
            (
                r#"float.fromhex('0x1p1024')"#,
                r#"OverflowError: hexadecimal value too large to represent as a float"#,
            ),
            (r#"float.fromhex('  ff  ')"#, r#"255.0"#),
            (r#"float.fromhex('.8')"#, r#"0.5"#),
            (r#"float.fromhex('1.')"#, r#"1.0"#),
            (r#"float.fromhex('0X10P-2')"#, r#"4.0"#),
            (
                r#"float.fromhex('0x0.000001p0')"#,
                r#"5.960464477539063e-08"#,
            ),
            (r#"float.fromhex('0x00000.1')"#, r#"0.0625"#),
            (r#"float.fromhex('0x1.00000000000008p0')"#, r#"1.0"#),
            (
                r#"float.fromhex('0x1.00000000000018p0')"#,
                r#"1.0000000000000004"#,
            ),
            (
                r#"float.fromhex('0x1.000000000000080001p0')"#,
                r#"1.0000000000000002"#,
            ),
            (r#"float.fromhex('-inf')"#, r#"-inf"#),
            (r#"float.fromhex('Infinity')"#, r#"inf"#),
            (r#"float.fromhex('nan')"#, r#"nan"#),
            (
                r#"float.fromhex('0x1p99999999999999999999')"#,
                r#"OverflowError: hexadecimal value too large to represent as a float"#,
            ),
            (r#"float.fromhex('0x1p-99999999999999999999')"#, r#"0.0"#),
            (r#"float.fromhex('0x0p99999999999999999999')"#, r#"0.0"#),
            (
                r#"float.fromhex('')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex('0x')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex('1p')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex('1.2.3')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex('g')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex('1 2')"#,
                r#"ValueError: invalid hexadecimal floating-point string"#,
            ),
            (
                r#"float.fromhex(1)"#,
                r#"TypeError: bad argument type for built-in operation"#,
            ),
            (
                r#"float.fromhex()"#,
                r#"TypeError: float.fromhex() takes exactly one argument (0 given)"#,
            ),
            (r#"(1.5).fromhex('0x2')"#, r#"2.0"#),
        ]);
    }

    #[test]
    fn special_methods() {
        check(&[
            (r#"(2.7).__int__()"#, r#"2"#),
            (r#"(-2.7).__int__()"#, r#"-2"#),
            (r#"(1e20).__int__()"#, r#"100000000000000000000"#),
            (
                r#"float('nan').__int__()"#,
                r#"ValueError: cannot convert float NaN to integer"#,
            ),
            (
                r#"float('inf').__int__()"#,
                r#"OverflowError: cannot convert float infinity to integer"#,
            ),
            (r#"(2.5).__float__()"#, r#"2.5"#),
            (r#"(-2.5).__abs__()"#, r#"2.5"#),
            (r#"(2.5).__neg__()"#, r#"-2.5"#),
            (r#"(-0.0).__pos__()"#, r#"-0.0"#),
            (r#"(0.0).__bool__()"#, r#"False"#),
            (r#"(-0.0).__bool__()"#, r#"False"#),
            (r#"(0.1).__bool__()"#, r#"True"#),
            (r#"(1.5).__hash__()"#, r#"1152921504606846977"#),
            (r#"(2.0).__hash__()"#, r#"2"#),
            (r#"(-1.0).__hash__()"#, r#"-2"#),
            (r#"float('inf').__hash__()"#, r#"314159"#),
            (r#"(0.1).__repr__()"#, r#"'0.1'"#),
            (r#"(1e22).__repr__()"#, r#"'1e+22'"#),
            (r#"(1e16).__repr__()"#, r#"'1e+16'"#),
            (r#"(3.14159).__format__('.2f')"#, r#"'3.14'"#),
            (r#"(3.0).__format__('')"#, r#"'3.0'"#),
            (
                r#"(3.0).__format__('d')"#,
                r#"ValueError: Unknown format code 'd' for object of type 'float'"#,
            ),
            (r#"(-2.5).__trunc__()"#, r#"-2"#),
            (r#"(-2.5).__floor__()"#, r#"-3"#),
            (r#"(-2.5).__ceil__()"#, r#"-2"#),
            (
                r#"float('inf').__floor__()"#,
                r#"OverflowError: cannot convert float infinity to integer"#,
            ),
            (r#"(2.5).__round__()"#, r#"2"#),
            (r#"(3.5).__round__()"#, r#"4"#),
            (r#"(-0.5).__round__()"#, r#"0"#),
            (r#"(2.675).__round__(2)"#, r#"2.67"#),
            (r#"(1234.5).__round__(-2)"#, r#"1200.0"#),
            (r#"(0.5).__round__(None)"#, r#"0"#),
            (r#"(0.5).__round__(1000)"#, r#"0.5"#),
            (r#"(0.5).__round__(-1000)"#, r#"0.0"#),
            (
                r#"float('nan').__round__()"#,
                r#"ValueError: cannot convert float NaN to integer"#,
            ),
            (r#"float('inf').__round__(2)"#, r#"inf"#),
            (
                r#"(1.5).__round__('a')"#,
                r#"TypeError: 'str' object cannot be interpreted as an integer"#,
            ),
            (r#"(1.5).__add__(1)"#, r#"2.5"#),
            (r#"(1.5).__add__(True)"#, r#"2.5"#),
            (r#"(1.5).__add__('a')"#, r#"NotImplemented"#),
            (r#"(1.5).__radd__(2)"#, r#"3.5"#),
            (r#"(1.5).__sub__(0.5)"#, r#"1.0"#),
            (r#"(1.5).__rsub__(1)"#, r#"-0.5"#),
            (r#"(1.5).__mul__(2)"#, r#"3.0"#),
            (
                r#"(1.5).__rmul__(12345678901234567890123)"#,
                r#"1.8518518351851852e+22"#,
            ),
            (r#"(1.0).__truediv__(3)"#, r#"0.3333333333333333"#),
            (
                r#"(1.0).__truediv__(0)"#,
                r#"ZeroDivisionError: float division by zero"#,
            ),
            (r#"(3.0).__rtruediv__(1)"#, r#"0.3333333333333333"#),
            (r#"(7.5).__floordiv__(2)"#, r#"3.0"#),
            (
                r#"(7.5).__floordiv__(0.0)"#,
                r#"ZeroDivisionError: float floor division by zero"#,
            ),
            (r#"(2.0).__rfloordiv__(7)"#, r#"3.0"#),
            (r#"(-7.5).__mod__(2)"#, r#"0.5"#),
            (
                r#"(7.5).__mod__(0.0)"#,
                r#"ZeroDivisionError: float modulo"#,
            ),
            (r#"(2.0).__rmod__(-7)"#, r#"1.0"#),
            (r#"(7.5).__divmod__(2)"#, r#"(3.0, 1.5)"#),
            (r#"(2.0).__rdivmod__(7)"#, r#"(3.0, 1.0)"#),
            (r#"(2.0).__pow__(10)"#, r#"1024.0"#),
            (r#"(2.0).__pow__(0.5)"#, r#"1.4142135623730951"#),
            (
                r#"(2.0).__pow__(2, 3)"#,
                r#"TypeError: pow() 3rd argument not allowed unless all arguments are integers"#,
            ),
            (r#"(2.0).__rpow__(3)"#, r#"9.0"#),
            (
                r#"(0.0).__pow__(-1)"#,
                r#"ZeroDivisionError: 0.0 cannot be raised to a negative power"#,
            ),
            (
                r#"(10.0).__pow__(400)"#,
                r#"OverflowError: (34, 'Numerical result out of range')"#,
            ),
            (r#"(1.5).__pow__('a')"#, r#"NotImplemented"#),
            (r#"(1.0).__add__(float('-inf'))"#, r#"-inf"#),
            (r#"(1.5).__eq__(1.5)"#, r#"True"#),
            (r#"(1.0).__eq__(1)"#, r#"True"#),
            (r#"(1.0).__eq__('1')"#, r#"NotImplemented"#),
            (r#"float('nan').__eq__(float('nan'))"#, r#"False"#),
            (r#"float('nan').__ne__(1)"#, r#"True"#),
            (r#"(1.5).__lt__(2)"#, r#"True"#),
            (r#"(1.5).__le__(1.5)"#, r#"True"#),
            (r#"(1e300).__gt__(12345678901234567890123)"#, r#"True"#),
            (r#"(1.5).__ge__(None)"#, r#"NotImplemented"#),
            (
                r#"float.__add__(1, 1.0)"#,
                r#"TypeError: descriptor '__add__' requires a 'float' object but received a 'int'"#,
            ),
            (
                r#"(1.5).__add__()"#,
                r#"TypeError: expected 1 argument, got 0"#,
            ),
        ]);
    }
}
