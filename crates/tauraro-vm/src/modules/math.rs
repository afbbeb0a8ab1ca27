//! `math`: every function and constant of CPython 3.11's `math` module, with its error
//! rules and messages. Float functions call the same libm CPython calls (see `libm.rs`) or
//! CPython's own algorithms (`math_float_algorithms.rs`); the integer functions work on ints
//! of any size (`math_integer.rs`).
//!
//! CPython's error rules for a float function `f(x)` (its `math_1`): a NaN result from a
//! non-NaN argument is `ValueError("math domain error")`; an infinite result from a finite
//! argument is `OverflowError("math range error")` for functions that can overflow (`exp`,
//! `cosh`, ...) and a domain error for the others (`log(0)`, `atanh(1)`).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::runtime::arith::BinOp;
use crate::text::float_to_bigint;
use crate::value::Value;

use super::NativeModule;
use super::libm;
use super::math_float_algorithms::{self as algorithms, ExactSum, FsumError, MathError};
use super::math_integer;
use super::number_arguments::{index, real};

pub(super) static MODULE: NativeModule = NativeModule {
    name: "math",
    built_in: false,
    attributes,
};

fn attributes(_vm: &mut Vm) -> PyResult<super::Attributes> {
    let mut values: super::Attributes = FUNCTIONS
        .iter()
        .map(|function| (function.name, Value::Builtin(function)))
        .collect();
    values.extend([
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]);
    Ok(values)
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// CPython's `is_error`: `errno` after a libm call. Overflow is an error; underflow (a
/// result below 1.5 in magnitude flagged as a range error) is not.
fn check_flagged((result, error): algorithms::Flagged) -> PyResult<Value> {
    match error {
        Some(MathError::Domain) => Err(domain_error()),
        Some(MathError::Range) if result.abs() >= 1.5 => Err(range_error()),
        _ => Ok(Value::Float(result)),
    }
}

/// The argument of a one-argument function, named as in its errors (`math.sqrt() takes
/// exactly one argument (0 given)`).
fn one_argument<'a>(qualified_name: &str, args: Args<'a>) -> PyResult<&'a Value> {
    let [x] = bind(qualified_name, args, ["x"], 1, 1)?;
    Ok(x.expect("required"))
}

/// The arguments of a two-argument function (`atan2 expected 2 arguments, got 1`).
fn two_arguments<'a>(name: &str, args: Args<'a>) -> PyResult<(&'a Value, &'a Value)> {
    let [x, y] = bind(name, args, ["x", "y"], 2, 2)?;
    Ok((x.expect("required"), y.expect("required")))
}

/// A one-argument float function with CPython's `math_1` error rules.
fn float_function(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    function: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = real(vm, one_argument(name, args)?)?;
    let r = function(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

/// A two-argument float function with CPython's `math_2` error rules.
fn float_function_2(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    function: fn(f64, f64) -> f64,
) -> PyResult<Value> {
    let (x, y) = two_arguments(name, args)?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    let r = function(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

macro_rules! float_functions {
    ($($name:ident: $function:expr, $can_overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                float_function(vm, args, concat!("math.", stringify!($name)), $function, $can_overflow)
            }
        )*
    };
}

float_functions! {
    acos: f64::acos, false;
    acosh: |x| libm::acosh(x), false;
    asin: f64::asin, false;
    asinh: |x| libm::asinh(x), false;
    atan: f64::atan, false;
    atanh: |x| libm::atanh(x), false;
    cbrt: algorithms::cbrt, false;
    cos: f64::cos, false;
    cosh: f64::cosh, true;
    exp: f64::exp, true;
    exp2: f64::exp2, true;
    expm1: f64::exp_m1, true;
    fabs: f64::abs, false;
    log1p: f64::ln_1p, false;
    sin: f64::sin, false;
    sinh: f64::sinh, true;
    sqrt: f64::sqrt, false;
    tan: f64::tan, false;
    tanh: f64::tanh, false;
}

fn erf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.erf", args)?)?;
    Ok(Value::Float(libm::erf(x)))
}

fn erfc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.erfc", args)?)?;
    Ok(Value::Float(libm::erfc(x)))
}

fn gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.gamma", args)?)?;
    check_flagged(algorithms::gamma(x))
}

fn lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.lgamma", args)?)?;
    check_flagged(algorithms::lgamma(x))
}

fn atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_function_2(vm, args, "atan2", algorithms::atan2)
}

fn copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_function_2(vm, args, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    float_function_2(vm, args, "remainder", algorithms::remainder)
}

fn fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_arguments("fmod", args)?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_arguments("pow", args)?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    if !x.is_finite() || !y.is_finite() {
        // IEEE special values, handled directly as CPython does.
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        // (+-0)**negative is a pole; anything else infinite is an overflow.
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(Value::Float(r))
}

fn nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_arguments("nextafter", args)?;
    let (x, y) = (real(vm, x)?, real(vm, y)?);
    Ok(Value::Float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    }
}

fn ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.ulp", args)?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    if up.is_infinite() {
        // x is the largest float.
        return Ok(Value::Float(x - x.next_down()));
    }
    Ok(Value::Float(up - x))
}

fn degrees(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const RADIANS_TO_DEGREES: f64 = 180.0 / std::f64::consts::PI;
    let x = real(vm, one_argument("math.degrees", args)?)?;
    Ok(Value::Float(x * RADIANS_TO_DEGREES))
}

fn radians(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const DEGREES_TO_RADIANS: f64 = std::f64::consts::PI / 180.0;
    let x = real(vm, one_argument("math.radians", args)?)?;
    Ok(Value::Float(x * DEGREES_TO_RADIANS))
}

fn isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.isfinite", args)?)?;
    Ok(Value::bool(x.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.isinf", args)?)?;
    Ok(Value::bool(x.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.isnan", args)?)?;
    Ok(Value::bool(x.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional.len()
        )));
    }
    let [a, b, rel_tol, abs_tol] = bind("isclose", args, ["a", "b", "rel_tol", "abs_tol"], 2, 0)?;
    let a = real(vm, a.expect("required"))?;
    let b = real(vm, b.expect("required"))?;
    let rel_tol = match rel_tol {
        Some(value) => real(vm, value)?,
        None => 1e-09,
    };
    let abs_tol = match abs_tol {
        Some(value) => real(vm, value)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::True);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::False);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `floor`, `ceil` and `trunc` of an int: the int itself (a bool becomes 0 or 1).
fn int_itself(value: &Value) -> Option<Value> {
    match value {
        Value::Int(_) | Value::BigInt(_) => Some(value.clone()),
        Value::True => Some(Value::Int(1)),
        Value::False => Some(Value::Int(0)),
        _ => None,
    }
}

/// `floor` and `ceil`: the int itself, `__floor__`/`__ceil__` of an object, else the
/// rounded float as an int.
fn rounding(
    vm: &mut Vm,
    args: Args<'_>,
    qualified_name: &str,
    dunder: &str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_argument(qualified_name, args)?;
    if let Value::Float(f) = x {
        return Ok(Value::from_bigint(float_to_bigint(round(*f))?));
    }
    if let Some(int) = int_itself(x) {
        return Ok(int);
    }
    if let Value::Instance(_) = x
        && let Some(result) = vm.call_dunder(x, dunder, &[])?
    {
        return Ok(result);
    }
    let f = real(vm, x)?;
    Ok(Value::from_bigint(float_to_bigint(round(f))?))
}

fn floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_argument("math.trunc", args)?;
    if let Value::Float(f) = x {
        return Ok(Value::from_bigint(float_to_bigint(*f)?));
    }
    if let Some(int) = int_itself(x) {
        return Ok(int);
    }
    if let Value::Instance(_) = x
        && let Some(result) = vm.call_dunder(x, "__trunc__", &[])?
    {
        return Ok(result);
    }
    Err(PyErr::type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(x)
    )))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.frexp", args)?)?;
    let (mantissa, exponent) = algorithms::frexp(x);
    Ok(Value::tuple(vec![
        Value::Float(mantissa),
        Value::Int(i64::from(exponent)),
    ]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, i) = two_arguments("ldexp", args)?;
    let x = real(vm, x)?;
    let Some(exponent) = i.as_bigint() else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = match exponent.to_i32() {
        Some(exponent) => algorithms::ldexp(x, exponent),
        None if exponent.is_positive() => f64::INFINITY.copysign(x),
        None => 0.0f64.copysign(x),
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = real(vm, one_argument("math.modf", args)?)?;
    let (fraction, integral) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let integral = x.trunc();
        ((x - integral).copysign(x), integral)
    };
    Ok(Value::tuple(vec![
        Value::Float(fraction),
        Value::Float(integral),
    ]))
}

/// `log` of an int of any size, as CPython's `loghelper`: ints too big for a float are
/// split into a mantissa and a power of two.
fn log_of(vm: &mut Vm, value: &Value, function: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(int) = value.as_bigint() {
        if int.sign() != Sign::Plus {
            return Err(domain_error());
        }
        return Ok(match crate::text::bigint_to_f64(&int) {
            Ok(x) => function(x),
            Err(_) => {
                let (mantissa, exponent) = big_frexp(&int);
                function(mantissa) + function(2.0) * exponent as f64
            }
        });
    }
    let x = real(vm, value)?;
    let r = function(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `(m, e)` with `n == m * 2**e` (correctly rounded) and `0.5 <= m < 1`, for `n > 0`.
fn big_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    // Keep 64 bits and fold the rest into a sticky bit, so rounding to 53 bits is correct.
    let shift = bits.saturating_sub(64);
    let magnitude = n.magnitude();
    let top = magnitude >> shift;
    let sticky = if shift > 0 && !(magnitude - (&top << shift)).is_zero() {
        1u64
    } else {
        0
    };
    let top = top.to_u64().unwrap_or(u64::MAX) | sticky;
    let width = bits - shift;
    let mut mantissa = top as f64 / 2f64.powi(width as i32);
    let mut exponent = bits;
    if mantissa == 1.0 {
        mantissa = 0.5;
        exponent += 1;
    }
    (mantissa, exponent)
}

fn natural_log(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.ln()
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn log2_of(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log2()
    } else {
        natural_log(x)
    }
}

fn log10_of(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.log10()
    } else {
        natural_log(x)
    }
}

/// `log(x[, base])`.
fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("math.log() takes no keyword arguments"));
    }
    let (x, base) = match args.positional {
        [x] => (x, None),
        [x, base] => (x, Some(base)),
        _ => return Err(PyErr::type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, x, natural_log)?;
    let Some(base) = base else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, natural_log)?;
    vm.binary_op(BinOp::TrueDiv, &Value::Float(num), &Value::Float(den))
}

fn log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_argument("math.log2", args)?;
    Ok(Value::Float(log_of(vm, x, log2_of)?))
}

fn log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = one_argument("math.log10", args)?;
    Ok(Value::Float(log_of(vm, x, log10_of)?))
}

fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterable = one_argument("math.fsum", args)?;
    let iterator = vm.get_iter(iterable)?;
    let mut sum = ExactSum::default();
    let fail = |error: FsumError| match error {
        FsumError::Overflow => PyErr::new(ExcKind::OverflowError, "intermediate overflow in fsum"),
        FsumError::InfMinusInf => PyErr::value_error("-inf + inf in fsum"),
    };
    while let Some(item) = vm.next_value(&iterator)? {
        let x = real(vm, &item)?;
        sum.add(x).map_err(fail)?;
    }
    Ok(Value::Float(sum.total().map_err(fail)?))
}

/// Absolute values of the coordinates with their maximum and whether one is a NaN.
fn norm(values: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let values: Vec<f64> = values
        .into_iter()
        .map(|x| {
            let x = x.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    algorithms::vector_norm(&values, max, found_nan)
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("math.hypot() takes no keyword arguments"));
    }
    let coordinates = args
        .positional
        .iter()
        .map(|value| real(vm, value))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::Float(norm(coordinates)))
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (p, q) = two_arguments("dist", args)?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut differences = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        differences.push(real(vm, a)? - real(vm, b)?);
    }
    Ok(Value::Float(norm(differences)))
}

/// `prod(iterable, /, *, start=1)`: multiplies left to right with Python's `*`.
fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.positional.len()
        )));
    }
    let mut result = Value::Int(1);
    for (name, value) in args.keywords {
        if name.as_str() == "start" {
            result = value.clone();
        } else {
            return Err(PyErr::type_error(format!(
                "prod() got an unexpected keyword argument '{}'",
                name.as_str()
            )));
        }
    }
    let iterator = vm.get_iter(&args.positional[0])?;
    while let Some(item) = vm.next_value(&iterator)? {
        result = vm.binary_op(BinOp::Mul, &result, &item)?;
    }
    Ok(result)
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("math.gcd() takes no keyword arguments"));
    }
    let mut result = BigInt::zero();
    for value in args.positional {
        let n = index(vm, value)?;
        result = math_integer::gcd(&result, &n);
    }
    Ok(Value::from_bigint(result))
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error("math.lcm() takes no keyword arguments"));
    }
    let mut result = BigInt::from(1);
    for value in args.positional {
        let n = index(vm, value)?;
        result = math_integer::lcm(&result, &n);
    }
    if args.positional.len() == 1 {
        result = result.abs();
    }
    Ok(Value::from_bigint(result))
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = index(vm, one_argument("math.isqrt", args)?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(math_integer::isqrt(&n)))
}

fn factorial_of(n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    };
    Ok(Value::from_bigint(BigInt::from(math_integer::factorial(
        n as u64,
    ))))
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = index(vm, one_argument("math.factorial", args)?)?;
    factorial_of(&n)
}

/// `n` and `k` of `comb` and `perm`, both non-negative.
fn non_negative_pair(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigUint, BigUint)> {
    let n = index(vm, n)?;
    let k = index(vm, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n.magnitude().clone(), k.magnitude().clone()))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, k) = two_arguments("comb", args)?;
    let (n, k) = non_negative_pair(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let smaller = (&n - &k).min(k);
    let Some(smaller) = smaller.to_i64() else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        ));
    };
    Ok(Value::from_bigint(BigInt::from(math_integer::comb(
        &n,
        smaller as u64,
    ))))
}

fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [n, k] = bind("perm", args, ["n", "k"], 1, 2)?;
    let n = n.expect("required");
    let k = match k {
        None | Some(Value::None) => {
            let n = index(vm, n)?;
            return factorial_of(&n);
        }
        Some(k) => k,
    };
    let (n, k) = non_negative_pair(vm, n, k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            format!("k must not exceed {}", i64::MAX),
        ));
    }
    Ok(Value::from_bigint(BigInt::from(math_integer::perm(&n, &k))))
}

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("acos", acos),
    BuiltinFunction::new("acosh", acosh),
    BuiltinFunction::new("asin", asin),
    BuiltinFunction::new("asinh", asinh),
    BuiltinFunction::new("atan", atan),
    BuiltinFunction::new("atan2", atan2),
    BuiltinFunction::new("atanh", atanh),
    BuiltinFunction::new("cbrt", cbrt),
    BuiltinFunction::new("ceil", ceil),
    BuiltinFunction::new("comb", comb),
    BuiltinFunction::new("copysign", copysign),
    BuiltinFunction::new("cos", cos),
    BuiltinFunction::new("cosh", cosh),
    BuiltinFunction::new("degrees", degrees),
    BuiltinFunction::new("dist", dist),
    BuiltinFunction::new("erf", erf),
    BuiltinFunction::new("erfc", erfc),
    BuiltinFunction::new("exp", exp),
    BuiltinFunction::new("exp2", exp2),
    BuiltinFunction::new("expm1", expm1),
    BuiltinFunction::new("fabs", fabs),
    BuiltinFunction::new("factorial", factorial),
    BuiltinFunction::new("floor", floor),
    BuiltinFunction::new("fmod", fmod),
    BuiltinFunction::new("frexp", frexp),
    BuiltinFunction::new("fsum", fsum),
    BuiltinFunction::new("gamma", gamma),
    BuiltinFunction::new("gcd", gcd),
    BuiltinFunction::new("hypot", hypot),
    BuiltinFunction::new("isclose", isclose),
    BuiltinFunction::new("isfinite", isfinite),
    BuiltinFunction::new("isinf", isinf),
    BuiltinFunction::new("isnan", isnan),
    BuiltinFunction::new("isqrt", isqrt),
    BuiltinFunction::new("lcm", lcm),
    BuiltinFunction::new("ldexp", ldexp),
    BuiltinFunction::new("lgamma", lgamma),
    BuiltinFunction::new("log", log),
    BuiltinFunction::new("log10", log10),
    BuiltinFunction::new("log1p", log1p),
    BuiltinFunction::new("log2", log2),
    BuiltinFunction::new("modf", modf),
    BuiltinFunction::new("nextafter", nextafter),
    BuiltinFunction::new("perm", perm),
    BuiltinFunction::new("pow", pow),
    BuiltinFunction::new("prod", prod),
    BuiltinFunction::new("radians", radians),
    BuiltinFunction::new("remainder", remainder),
    BuiltinFunction::new("sin", sin),
    BuiltinFunction::new("sinh", sinh),
    BuiltinFunction::new("sqrt", sqrt),
    BuiltinFunction::new("tan", tan),
    BuiltinFunction::new("tanh", tanh),
    BuiltinFunction::new("trunc", trunc),
    BuiltinFunction::new("ulp", ulp),
];
