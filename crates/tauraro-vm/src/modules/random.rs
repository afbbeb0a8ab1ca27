//! `random`: the module-level functions of CPython 3.11's `random` (the methods of its hidden
//! `Random` instance), on the same Mersenne Twister and the same algorithms, so a given seed
//! produces CPython's sequences: `seed` (ints by their 32-bit words, str/bytes through
//! SHA-512, floats by their hash), `random`, `getrandbits`, `randrange`/`randint` (by
//! rejection sampling on `getrandbits`), `choice`, `shuffle`, `sample` (with its set/pool
//! switch), `choices`, and the distributions.
//!
//! Each function is also a method of the class `Random`, whose instances carry their own
//! generator (`Payload::Native`); a subclass overriding `random` or `getrandbits` has the
//! other methods draw through its override, as CPython's Python-written methods do. The
//! module-level functions use a hidden generator of the same kind. `SystemRandom` is not
//! provided yet; using it says so.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Instance, Payload, PyBytes};
use crate::runtime::arith::BinOp;
use crate::runtime::compare::CompareOp;
use crate::value::Value;

use super::NativeModule;
use super::mersenne_twister::MersenneTwister;
use super::native_class::native_class;
use super::number_arguments::real;
use super::python_signature::Signature;

pub(super) static MODULE: NativeModule = NativeModule {
    name: "random",
    built_in: false,
    attributes,
};

const TWO_PI: f64 = 2.0 * std::f64::consts::PI;

fn attributes(vm: &mut Vm) -> PyResult<super::Attributes> {
    // Instantiation calls a `__new__` found as a staticmethod, as for classes in Python.
    let new = Value::Instance(Rc::new(Instance::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(Value::Builtin(&NEW)),
    )));
    let random_class = native_class(vm, "Random", "random", METHODS, vec![("__new__", new)]);
    let mut values: super::Attributes = vec![("Random", Value::Class(random_class))];
    values.extend(
        FUNCTIONS
            .iter()
            .map(|function| (function.name, Value::Builtin(function))),
    );
    values.extend(
        UNSUPPORTED
            .iter()
            .map(|function| (function.name, Value::Builtin(function))),
    );
    values.extend([
        ("NV_MAGICCONST", Value::Float(nv_magic())),
        ("TWOPI", Value::Float(TWO_PI)),
        ("LOG4", Value::Float(4f64.ln())),
        ("SG_MAGICCONST", Value::Float(sg_magic())),
        ("BPF", Value::Int(53)),
        ("RECIP_BPF", Value::Float(2f64.powi(-53))),
    ]);
    Ok(values)
}

fn nv_magic() -> f64 {
    4.0 * (-0.5f64).exp() / 2f64.sqrt()
}

fn sg_magic() -> f64 {
    1.0 + 4.5f64.ln()
}

/// A fresh seed from the operating system (or, failing that, the clock and process id).
fn entropy_seed() -> MersenneTwister {
    use std::io::Read;
    let mut bytes = [0u8; 32];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut file| file.read_exact(&mut bytes));
    if read.is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        bytes[..16].copy_from_slice(&nanos.to_le_bytes());
        bytes[16..20].copy_from_slice(&std::process::id().to_le_bytes());
    }
    MersenneTwister::from_int(&BigUint::from_bytes_le(&bytes))
}

/// A generator's state: the Mersenne Twister and the second value `gauss` keeps for its
/// next call.
pub(crate) struct GeneratorState {
    mt: MersenneTwister,
    gauss_next: Option<f64>,
}

type SharedState = Rc<RefCell<GeneratorState>>;

fn new_state() -> SharedState {
    Rc::new(RefCell::new(GeneratorState {
        mt: entropy_seed(),
        gauss_next: None,
    }))
}

/// How `_randbelow` draws for an instance, chosen as CPython's `Random.__init_subclass__`
/// does from the first of `getrandbits`/`random` a subclass defines.
enum Below {
    /// The instance's own Mersenne Twister.
    Native,
    /// `self.getrandbits(k)`, rejection-sampled.
    Getrandbits,
    /// `self.random()` scaled (`_randbelow_without_getrandbits`).
    Random,
}

/// What a function draws from: the module's hidden generator or a `Random` instance's, and
/// for instances of subclasses the overriding methods CPython's Python code would call.
pub(crate) struct Source {
    state: SharedState,
    /// `self.random` when a subclass overrides `random`.
    random: Option<Value>,
    /// `self.getrandbits` when a subclass overrides it.
    getrandbits: Option<Value>,
    below: Below,
}

/// The module's hidden generator, seeded from the system on first use.
fn module_source(vm: &mut Vm) -> Source {
    let state = vm
        .import
        .native
        .random
        .get_or_insert_with(new_state)
        .clone();
    Source {
        state,
        random: None,
        getrandbits: None,
        below: Below::Native,
    }
}

/// Whether `class` is the native `random.Random` (whose `__init__` is ours).
fn is_native_random(class: &crate::object::Class) -> bool {
    class
        .dict
        .borrow()
        .iter()
        .any(|entry| matches!(&entry.value, Value::Builtin(f) if std::ptr::eq(*f, &METHODS[0])))
}

/// The source of the instance `this` (the `self` of a `Random` method).
fn instance_source(vm: &mut Vm, this: &Value, method: &str) -> PyResult<Source> {
    let state = match this {
        Value::Instance(instance) => match &instance.payload {
            Payload::Native(state) => state.downcast_ref::<SharedState>().cloned(),
            _ => None,
        },
        _ => None,
    };
    let Some(state) = state else {
        return Err(PyErr::type_error(format!(
            "descriptor '{method}' for 'Random' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )));
    };
    let mut source = Source {
        state,
        random: None,
        getrandbits: None,
        below: Below::Native,
    };
    let Value::Instance(instance) = this else {
        return Ok(source);
    };
    // The classes above the native `Random` may override the methods the others call.
    let mut below_decided = false;
    for class in instance.class.mro() {
        if is_native_random(class) {
            break;
        }
        let (defines_random, defines_bits, defines_below) = {
            let dict = class.dict.borrow();
            let defines = |name: &str| {
                dict.iter()
                    .any(|entry| matches!(&entry.key, Value::Str(k) if k.as_str() == name))
            };
            (
                defines("random"),
                defines("getrandbits"),
                defines("_randbelow"),
            )
        };
        if defines_below && !below_decided {
            return Err(PyErr::not_supported(
                "overriding _randbelow in a subclass of random.Random",
            ));
        }
        if defines_random && source.random.is_none() {
            source.random = Some({
                let name = vm.intern("random");
                vm.get_attr(this, &name)
            }?);
        }
        if defines_bits && source.getrandbits.is_none() {
            source.getrandbits = Some({
                let name = vm.intern("getrandbits");
                vm.get_attr(this, &name)
            }?);
        }
        if !below_decided {
            if defines_bits {
                source.below = Below::Getrandbits;
                below_decided = true;
            } else if defines_random {
                source.below = Below::Random;
                below_decided = true;
            }
        }
    }
    Ok(source)
}

fn next_float(vm: &mut Vm, source: &Source) -> PyResult<f64> {
    match &source.random {
        Some(random) => {
            let value = vm.call(random, &[])?;
            real(vm, &value)
        }
        None => Ok(source.state.borrow_mut().mt.next_f64()),
    }
}

/// `getrandbits(k)` for `k > 0`, through an override when a subclass defines one.
fn random_bits(vm: &mut Vm, source: &Source, k: u64) -> PyResult<BigUint> {
    match &source.getrandbits {
        Some(getrandbits) => {
            let value = vm.call(getrandbits, &[Value::Int(k as i64)])?;
            let int = vm.to_index(&value)?;
            Ok(int.magnitude().clone())
        }
        None => Ok(source.state.borrow_mut().mt.random_bits(k)),
    }
}

/// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until it is below `n`.
fn random_below(vm: &mut Vm, source: &Source, n: &BigUint) -> PyResult<BigUint> {
    let bits = n.bits();
    match source.below {
        Below::Native if bits <= 32 => {
            let n = n.to_u32().unwrap_or(u32::MAX);
            let mut state = source.state.borrow_mut();
            loop {
                let r = state.mt.next_u32() >> (32 - bits);
                if r < n {
                    return Ok(BigUint::from(r));
                }
            }
        }
        Below::Native | Below::Getrandbits => loop {
            let r = random_bits(vm, source, bits)?;
            if &r < n {
                return Ok(r);
            }
        },
        Below::Random => {
            let max_size = 2f64.powi(53);
            let Some(n_float) = n.to_f64().filter(|&n| n < max_size) else {
                // CPython warns that the result is not uniform and scales `random()`.
                let r = next_float(vm, source)?;
                let scaled = r * n.to_f64().unwrap_or(f64::INFINITY);
                return Ok(BigUint::from(scaled.floor() as u64));
            };
            let n_int = n_float as u64;
            let remainder = (1u64 << 53) % n_int;
            let limit = ((1u64 << 53) - remainder) as f64 / max_size;
            let mut r = next_float(vm, source)?;
            while r >= limit {
                r = next_float(vm, source)?;
            }
            Ok(BigUint::from(((r * max_size).floor() as u64) % n_int))
        }
    }
}

/// `_randbelow` for a machine-sized bound.
fn random_below_usize(vm: &mut Vm, source: &Source, n: usize) -> PyResult<usize> {
    Ok(random_below(vm, source, &BigUint::from(n))?
        .to_usize()
        .unwrap_or(0))
}

/// `seed(a=None, version=2)`.
fn seed(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([a, version], []) = Signature {
        name: "Random.seed",
        positional: ["a", "version"],
        required: 0,
        keyword_only: [],
    }
    .bind(args)?;
    let version = match version {
        Some(version) => version.as_small_int(),
        None => Some(2),
    };
    let text_bytes = |value: &Value| -> Option<Vec<u8>> {
        match value {
            Value::Str(text) => Some(text.as_str().as_bytes().to_vec()),
            Value::Bytes(bytes) => Some(bytes.bytes.to_vec()),
            _ => None,
        }
    };
    let mt = match a {
        None | Some(Value::None) => entropy_seed(),
        Some(value) => {
            let bytes = text_bytes(value);
            let n: BigUint = if let (Some(1), Some(bytes)) = (version, &bytes) {
                version_1_seed(value, bytes)
            } else if let (Some(2), Some(bytes)) = (version, bytes) {
                let mut data = bytes.clone();
                data.extend_from_slice(&super::sha512::sha512(&bytes));
                BigUint::from_bytes_be(&data)
            } else {
                match value {
                    Value::Int(_) | Value::BigInt(_) | Value::True | Value::False => {
                        value.as_bigint().expect("an int").magnitude().clone()
                    }
                    Value::Float(_) | Value::Str(_) | Value::Bytes(_) => {
                        // Other seeds are hashed, the hash read as an unsigned C size_t.
                        let hash = vm.hash_value(value)?;
                        BigUint::from(hash as u64)
                    }
                    _ => {
                        return Err(PyErr::type_error(
                            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                        ));
                    }
                }
            };
            MersenneTwister::from_int(&n)
        }
    };
    *source.state.borrow_mut() = GeneratorState {
        mt,
        gauss_next: None,
    };
    Ok(Value::None)
}

/// The version-1 seed of a str or bytes (Python 2's string hash).
fn version_1_seed(value: &Value, bytes: &[u8]) -> BigUint {
    let codes: Vec<u64> = match value {
        Value::Str(text) => text.as_str().chars().map(u64::from).collect(),
        _ => bytes.iter().map(|&b| u64::from(b)).collect(),
    };
    let mut x: u64 = codes.first().map_or(0, |&c| c << 7);
    for &c in &codes {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
    }
    x ^= codes.len() as u64;
    BigUint::from(x)
}

fn no_arguments(name: &str, args: Args<'_>) -> PyResult<()> {
    Signature::<0, 0> {
        name,
        positional: [],
        required: 0,
        keyword_only: [],
    }
    .bind(args)?;
    Ok(())
}

fn random(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    no_arguments("Random.random", args)?;
    Ok(Value::Float(next_float(vm, source)?))
}

fn getrandbits(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([k], []) = Signature {
        name: "Random.getrandbits",
        positional: ["k"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let k = vm.to_index(k.expect("required"))?;
    if k.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let Some(k) = k.to_u64() else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    };
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let bits = random_bits(vm, source, k)?;
    Ok(Value::from_bigint(BigInt::from(bits)))
}

/// An argument of `randrange`: an int, or a float with an integral value (deprecated in
/// CPython 3.10, still accepted with a warning).
fn randrange_argument(vm: &mut Vm, value: &Value, which: &str) -> PyResult<BigInt> {
    match vm.to_index(value) {
        Ok(int) => Ok(int),
        Err(err) if vm.is_instance_of_kind(&err, ExcKind::TypeError) => {
            let int = vm.call(
                &Value::Class(vm.types.int.clone()),
                std::slice::from_ref(value),
            )?;
            if !vm.compare_bool(&int, value, CompareOp::Eq)? {
                return Err(PyErr::value_error(format!(
                    "non-integer {which} for randrange()"
                )));
            }
            Ok(int.as_bigint().unwrap_or_default())
        }
        Err(err) => Err(err),
    }
}

fn below_value(vm: &mut Vm, source: &Source, n: &BigInt) -> PyResult<BigInt> {
    Ok(BigInt::from(random_below(vm, source, n.magnitude())?))
}

fn randrange_values(
    vm: &mut Vm,
    source: &Source,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
) -> PyResult<BigInt> {
    let start = randrange_argument(vm, start, "arg 1")?;
    let Some(stop) = stop.filter(|stop| !stop.is_none()) else {
        if step.is_some() {
            return Err(PyErr::type_error("Missing a non-None stop argument"));
        }
        if start.is_positive() {
            return below_value(vm, source, &start);
        }
        return Err(PyErr::value_error("empty range for randrange()"));
    };
    let stop = randrange_argument(vm, stop, "stop")?;
    let width = &stop - &start;
    let step = match step {
        Some(step) => randrange_argument(vm, step, "step")?,
        None => BigInt::one(),
    };
    if step.is_one() {
        if width.is_positive() {
            return Ok(start + below_value(vm, source, &width)?);
        }
        return Err(PyErr::value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n: BigInt = if step.is_positive() {
        Integer::div_floor(&(&width + &step - 1), &step)
    } else if step.is_negative() {
        Integer::div_floor(&(&width + &step + 1), &step)
    } else {
        return Err(PyErr::value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(PyErr::value_error("empty range for randrange()"));
    }
    Ok(start + step * below_value(vm, source, &n)?)
}

fn randrange(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([start, stop, step], []) = Signature {
        name: "Random.randrange",
        positional: ["start", "stop", "step"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let value = randrange_values(vm, source, start.expect("required"), stop, step)?;
    Ok(Value::from_bigint(value))
}

fn randint(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([a, b], []) = Signature {
        name: "Random.randint",
        positional: ["a", "b"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let stop = vm.binary_op(BinOp::Add, b.expect("required"), &Value::Int(1))?;
    let value = randrange_values(vm, source, a.expect("required"), Some(&stop), None)?;
    Ok(Value::from_bigint(value))
}

/// `len(x)`.
fn length(vm: &mut Vm, value: &Value) -> PyResult<usize> {
    crate::builtins::functions::length(vm, value)
}

fn choice(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([seq], []) = Signature {
        name: "Random.choice",
        positional: ["seq"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let seq = seq.expect("required");
    let n = length(vm, seq)?;
    if n == 0 {
        return Err(PyErr::new(
            ExcKind::IndexError,
            "Cannot choose from an empty sequence",
        ));
    }
    let index = random_below_usize(vm, source, n)?;
    vm.get_item(seq, &Value::Int(index as i64))
}

fn shuffle(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([x], []) = Signature {
        name: "Random.shuffle",
        positional: ["x"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let x = x.expect("required");
    let n = length(vm, x)?;
    for i in (1..n).rev() {
        let j = random_below_usize(vm, source, i + 1)?;
        let (key_i, key_j) = (Value::Int(i as i64), Value::Int(j as i64));
        let item_j = vm.get_item(x, &key_j)?;
        let item_i = vm.get_item(x, &key_i)?;
        vm.set_item(x, key_i, item_j)?;
        vm.set_item(x, key_j, item_i)?;
    }
    Ok(Value::None)
}

/// Whether `value` is a sequence in the sense of `collections.abc.Sequence`.
fn is_sequence(value: &Value) -> bool {
    matches!(
        value,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_)
    )
}

fn sample(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([population, k], [counts]) = Signature {
        name: "Random.sample",
        positional: ["population", "k"],
        required: 2,
        keyword_only: ["counts"],
    }
    .bind(args)?;
    let population = population.expect("required");
    if !is_sequence(population) {
        return Err(PyErr::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let k_value = k.expect("required");
    let n = length(vm, population)?;
    if let Some(counts) = counts.filter(|counts| !counts.is_none()) {
        return sample_with_counts(vm, source, population, n, k_value, counts);
    }
    let k = vm.to_index(k_value)?;
    let k = match k.to_usize() {
        Some(k) if k <= n => k,
        _ => {
            return Err(PyErr::value_error(
                "Sample larger than population or is negative",
            ));
        }
    };
    let mut setsize = 21usize;
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4)), with the float logarithm CPython computes.
        let exponent = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
        setsize += 4usize.pow(exponent as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = vm.collect(population)?;
        for i in 0..k {
            let j = random_below_usize(vm, source, n - i)?;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = random_below_usize(vm, source, n)?;
            while selected.contains(&j) {
                j = random_below_usize(vm, source, n)?;
            }
            selected.insert(j);
            result.push(vm.get_item(population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

/// `sample(population, k, counts=...)`: samples positions in the repeated population.
fn sample_with_counts(
    vm: &mut Vm,
    source: &Source,
    population: &Value,
    n: usize,
    k: &Value,
    counts: &Value,
) -> PyResult<Value> {
    let counts = vm.collect(counts)?;
    let mut cumulative = Vec::with_capacity(counts.len());
    let mut total = Value::Int(0);
    for (index, count) in counts.iter().enumerate() {
        total = if index == 0 {
            count.clone()
        } else {
            vm.binary_op(BinOp::Add, &total, count)?
        };
        cumulative.push(total.clone());
    }
    if cumulative.len() != n {
        return Err(PyErr::value_error(
            "The number of counts does not match the population",
        ));
    }
    let Some(total) = cumulative.pop() else {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    };
    if !total.is_int() {
        return Err(PyErr::type_error("Counts must be integers"));
    }
    if !total.as_bigint().is_some_and(|t| t.is_positive()) {
        return Err(PyErr::value_error(
            "Total of counts must be greater than zero",
        ));
    }
    let range = vm.call(&Value::Class(vm.types.range.clone()), &[total])?;
    let keywords = [(vm.intern("k"), k.clone())];
    let selections = sample(
        vm,
        source,
        Args {
            positional: std::slice::from_ref(&range),
            keywords: &keywords,
        },
    )?;
    let mut result = Vec::new();
    for selection in vm.collect(&selections)? {
        let index = bisect_right(vm, &cumulative, &selection, cumulative.len())?;
        result.push(vm.get_item(population, &Value::Int(index as i64))?);
    }
    Ok(Value::list(result))
}

/// `bisect.bisect_right(values, x, 0, hi)`.
fn bisect_right(vm: &mut Vm, values: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let middle = (lo + hi) / 2;
        if vm.compare_bool(x, &values[middle], CompareOp::Lt)? {
            hi = middle;
        } else {
            lo = middle + 1;
        }
    }
    Ok(lo)
}

fn choices(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([population, weights], [cum_weights, k]) = Signature {
        name: "Random.choices",
        positional: ["population", "weights"],
        required: 1,
        keyword_only: ["cum_weights", "k"],
    }
    .bind(args)?;
    let population = population.expect("required");
    let weights = weights.filter(|w| !w.is_none());
    let cum_weights = cum_weights.filter(|w| !w.is_none());
    let k = match k {
        Some(k) => vm.to_index(k)?.to_i64().unwrap_or(i64::MAX),
        None => 1,
    };
    let n = length(vm, population)?;
    let mut result = Vec::new();
    let cumulative = match (weights, cum_weights) {
        (None, None) => {
            let n = n as f64;
            for _ in 0..k.max(0) {
                let index = (next_float(vm, source)? * n).floor() as i64;
                result.push(vm.get_item(population, &Value::Int(index))?);
            }
            return Ok(Value::list(result));
        }
        (Some(weights), None) => {
            let weights = match vm.collect(weights) {
                Ok(weights) => weights,
                Err(err) if weights.is_int() => {
                    let _ = err;
                    return Err(PyErr::type_error(format!(
                        "The number of choices must be a keyword argument: k={}",
                        vm.repr(weights)?.as_str()
                    )));
                }
                Err(err) => return Err(err),
            };
            let mut cumulative = Vec::with_capacity(weights.len());
            let mut total = Value::Int(0);
            for (index, weight) in weights.iter().enumerate() {
                total = if index == 0 {
                    weight.clone()
                } else {
                    vm.binary_op(BinOp::Add, &total, weight)?
                };
                cumulative.push(total.clone());
            }
            cumulative
        }
        (None, Some(cum_weights)) => vm.collect(cum_weights)?,
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "Cannot specify both weights and cumulative weights",
            ));
        }
    };
    if cumulative.len() != n {
        return Err(PyErr::value_error(
            "The number of weights does not match the population",
        ));
    }
    let last = cumulative
        .last()
        .cloned()
        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "list index out of range"))?;
    let total = vm.binary_op(BinOp::Add, &last, &Value::Float(0.0))?;
    let total_f = real(vm, &total)?;
    if total_f <= 0.0 {
        return Err(PyErr::value_error(
            "Total of weights must be greater than zero",
        ));
    }
    if !total_f.is_finite() {
        return Err(PyErr::value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    for _ in 0..k.max(0) {
        let x = Value::Float(next_float(vm, source)? * total_f);
        let index = bisect_right(vm, &cumulative, &x, hi)?;
        result.push(vm.get_item(population, &Value::Int(index as i64))?);
    }
    Ok(Value::list(result))
}

/// `a + (b - a) * u` with Python's operators, as `uniform` and `triangular` compute.
fn between(vm: &mut Vm, a: &Value, b: &Value, u: f64) -> PyResult<Value> {
    let width = vm.binary_op(BinOp::Sub, b, a)?;
    let scaled = vm.binary_op(BinOp::Mul, &width, &Value::Float(u))?;
    vm.binary_op(BinOp::Add, a, &scaled)
}

fn uniform(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([a, b], []) = Signature {
        name: "Random.uniform",
        positional: ["a", "b"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let u = next_float(vm, source)?;
    between(vm, a.expect("required"), b.expect("required"), u)
}

fn triangular(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([low, high, mode], []) = Signature {
        name: "Random.triangular",
        positional: ["low", "high", "mode"],
        required: 0,
        keyword_only: [],
    }
    .bind(args)?;
    let mut low = low.cloned().unwrap_or(Value::Float(0.0));
    let mut high = high.cloned().unwrap_or(Value::Float(1.0));
    let mut u = next_float(vm, source)?;
    let mut c = match mode.filter(|mode| !mode.is_none()) {
        None => 0.5,
        Some(mode) => {
            let above = vm.binary_op(BinOp::Sub, mode, &low)?;
            let width = vm.binary_op(BinOp::Sub, &high, &low)?;
            match vm.binary_op(BinOp::TrueDiv, &above, &width) {
                Ok(c) => real(vm, &c)?,
                Err(err) if vm.is_instance_of_kind(&err, ExcKind::ZeroDivisionError) => {
                    return Ok(low);
                }
                Err(err) => return Err(err),
            }
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    between(vm, &low, &high, (u * c).sqrt())
}

/// `mu + z * sigma` with Python's operators.
fn scaled(vm: &mut Vm, mu: &Value, z: f64, sigma: &Value) -> PyResult<Value> {
    let spread = vm.binary_op(BinOp::Mul, &Value::Float(z), sigma)?;
    vm.binary_op(BinOp::Add, mu, &spread)
}

fn normal_z(vm: &mut Vm, source: &Source) -> PyResult<f64> {
    loop {
        let u1 = next_float(vm, source)?;
        let u2 = 1.0 - next_float(vm, source)?;
        let z = nv_magic() * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return Ok(z);
        }
    }
}

fn normalvariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([mu, sigma], []) = Signature {
        name: "Random.normalvariate",
        positional: ["mu", "sigma"],
        required: 0,
        keyword_only: [],
    }
    .bind(args)?;
    let z = normal_z(vm, source)?;
    let mu = mu.cloned().unwrap_or(Value::Float(0.0));
    let sigma = sigma.cloned().unwrap_or(Value::Float(1.0));
    scaled(vm, &mu, z, &sigma)
}

fn gauss(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([mu, sigma], []) = Signature {
        name: "Random.gauss",
        positional: ["mu", "sigma"],
        required: 0,
        keyword_only: [],
    }
    .bind(args)?;
    let saved = source.state.borrow_mut().gauss_next.take();
    let z = match saved {
        Some(z) => z,
        None => {
            let x2pi = next_float(vm, source)? * TWO_PI;
            let g2rad = (-2.0 * (1.0 - next_float(vm, source)?).ln()).sqrt();
            source.state.borrow_mut().gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    let mu = mu.cloned().unwrap_or(Value::Float(0.0));
    let sigma = sigma.cloned().unwrap_or(Value::Float(1.0));
    scaled(vm, &mu, z, &sigma)
}

fn lognormvariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([mu, sigma], []) = Signature {
        name: "Random.lognormvariate",
        positional: ["mu", "sigma"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let z = normal_z(vm, source)?;
    let value = scaled(vm, mu.expect("required"), z, sigma.expect("required"))?;
    let x = real(vm, &value)?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::new(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

/// A float parameter of a distribution.
fn parameter(vm: &mut Vm, value: Option<&Value>) -> PyResult<f64> {
    real(vm, value.expect("required"))
}

fn float_division(numerator: f64, denominator: f64) -> PyResult<f64> {
    if denominator == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(numerator / denominator)
}

/// `x ** y` for floats, with Python's errors.
fn float_power(vm: &mut Vm, x: f64, y: f64) -> PyResult<f64> {
    let value = vm.binary_op(BinOp::Pow, &Value::Float(x), &Value::Float(y))?;
    real(vm, &value)
}

fn expovariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([lambd], []) = Signature {
        name: "Random.expovariate",
        positional: ["lambd"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let lambd = parameter(vm, lambd)?;
    let u = next_float(vm, source)?;
    Ok(Value::Float(float_division(-(1.0 - u).ln(), lambd)?))
}

fn vonmisesvariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([mu, kappa], []) = Signature {
        name: "Random.vonmisesvariate",
        positional: ["mu", "kappa"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let (mu, kappa) = (parameter(vm, mu)?, parameter(vm, kappa)?);
    if kappa <= 1e-6 {
        return Ok(Value::Float(TWO_PI * next_float(vm, source)?));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let u1 = next_float(vm, source)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = next_float(vm, source)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = next_float(vm, source)?;
    let theta = if u3 > 0.5 {
        crate::text::float_mod(mu + f.acos(), TWO_PI)?
    } else {
        crate::text::float_mod(mu - f.acos(), TWO_PI)?
    };
    Ok(Value::Float(theta))
}

fn gamma_sample(vm: &mut Vm, source: &Source, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(PyErr::value_error(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        loop {
            let u1 = next_float(vm, source)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - next_float(vm, source)?;
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic() - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-(1.0 - next_float(vm, source)?).ln() * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = next_float(vm, source)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                float_power(vm, p, 1.0 / alpha)?
            } else {
                -((b - p) / alpha).ln()
            };
            let u1 = next_float(vm, source)?;
            if p > 1.0 {
                if u1 <= float_power(vm, x, alpha - 1.0)? {
                    return Ok(x * beta);
                }
            } else if u1 <= (-x).exp() {
                return Ok(x * beta);
            }
        }
    }
}

fn gammavariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([alpha, beta], []) = Signature {
        name: "Random.gammavariate",
        positional: ["alpha", "beta"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let (alpha, beta) = (parameter(vm, alpha)?, parameter(vm, beta)?);
    Ok(Value::Float(gamma_sample(vm, source, alpha, beta)?))
}

fn betavariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([alpha, beta], []) = Signature {
        name: "Random.betavariate",
        positional: ["alpha", "beta"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let (alpha, beta) = (parameter(vm, alpha)?, parameter(vm, beta)?);
    let y = gamma_sample(vm, source, alpha, 1.0)?;
    if y != 0.0 {
        let other = gamma_sample(vm, source, beta, 1.0)?;
        return Ok(Value::Float(y / (y + other)));
    }
    Ok(Value::Float(0.0))
}

fn paretovariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([alpha], []) = Signature {
        name: "Random.paretovariate",
        positional: ["alpha"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let alpha = parameter(vm, alpha)?;
    let u = 1.0 - next_float(vm, source)?;
    let exponent = float_division(-1.0, alpha)?;
    Ok(Value::Float(float_power(vm, u, exponent)?))
}

fn weibullvariate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([alpha, beta], []) = Signature {
        name: "Random.weibullvariate",
        positional: ["alpha", "beta"],
        required: 2,
        keyword_only: [],
    }
    .bind(args)?;
    let (alpha, beta) = (parameter(vm, alpha)?, parameter(vm, beta)?);
    let u = 1.0 - next_float(vm, source)?;
    let exponent = float_division(1.0, beta)?;
    Ok(Value::Float(alpha * float_power(vm, -u.ln(), exponent)?))
}

fn randbytes(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([n], []) = Signature {
        name: "Random.randbytes",
        positional: ["n"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let n = vm.to_index(n.expect("required"))?;
    if n.is_negative() {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let n = n.to_u64().unwrap_or(u64::MAX / 8);
    let bytes = if n == 0 {
        Vec::new()
    } else {
        let mut bytes = random_bits(vm, source, n * 8)?.to_bytes_le();
        bytes.resize(n as usize, 0);
        bytes
    };
    Ok(Value::Bytes(Rc::new(PyBytes::new(bytes))))
}

/// `getstate()`: `(3, (624 words..., position), gauss_next)`.
fn getstate(_vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    no_arguments("Random.getstate", args)?;
    let (words, index, gauss_next) = {
        let state = source.state.borrow();
        let (words, index) = state.mt.state();
        (words.to_vec(), index, state.gauss_next)
    };
    let mut items: Vec<Value> = words
        .into_iter()
        .map(|w| Value::Int(i64::from(w)))
        .collect();
    items.push(Value::Int(index as i64));
    let gauss_next = gauss_next.map_or(Value::None, Value::Float);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(items),
        gauss_next,
    ]))
}

fn setstate(vm: &mut Vm, source: &Source, args: Args<'_>) -> PyResult<Value> {
    let ([state], []) = Signature {
        name: "Random.setstate",
        positional: ["state"],
        required: 1,
        keyword_only: [],
    }
    .bind(args)?;
    let state = state.expect("required");
    let version = vm.get_item(state, &Value::Int(0))?;
    if version.as_small_int() != Some(3) {
        let shown = vm.repr(&version)?;
        return Err(PyErr::value_error(format!(
            "state with version {} passed to Random.setstate() of version 3",
            shown.as_str()
        )));
    }
    let internal = vm.get_item(state, &Value::Int(1))?;
    let gauss_next = vm.get_item(state, &Value::Int(2))?;
    let Value::Tuple(internal) = internal else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if internal.len() != 625 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for item in &internal.items[..624] {
        match item.as_bigint().and_then(|w| w.to_u32()) {
            Some(word) => words.push(word),
            None => {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                ));
            }
        }
    }
    let index = internal.items[624]
        .as_small_int()
        .filter(|&i| (0..=624).contains(&i))
        .ok_or_else(|| PyErr::value_error("invalid state"))?;
    let mt = MersenneTwister::from_state(&words, index as usize)
        .ok_or_else(|| PyErr::value_error("invalid state"))?;
    let gauss_next = match gauss_next {
        Value::None => None,
        other => Some(real(vm, &other)?),
    };
    *source.state.borrow_mut() = GeneratorState { mt, gauss_next };
    Ok(Value::None)
}

/// Each function as a module-level function (on the hidden generator) and as a method of
/// `Random` (on `self`'s).
macro_rules! functions_and_methods {
    ($($name:ident => $function:ident,)*) => {
        static FUNCTIONS: &[BuiltinFunction] = &[$(
            BuiltinFunction::new(stringify!($name), |vm, args| {
                let source = module_source(vm);
                $function(vm, &source, args)
            }),
        )*];

        static METHODS: &[BuiltinFunction] = &[
            BuiltinFunction::new("__init__", random_init),
            $(
            BuiltinFunction::new(stringify!($name), |vm, args| {
                let (this, rest) = split_self(args, stringify!($name))?;
                let source = instance_source(vm, this, stringify!($name))?;
                $function(vm, &source, rest)
            }),
        )*];
    };
}

functions_and_methods! {
    seed => seed,
    random => random,
    uniform => uniform,
    triangular => triangular,
    randint => randint,
    choice => choice,
    randrange => randrange,
    sample => sample,
    shuffle => shuffle,
    choices => choices,
    normalvariate => normalvariate,
    lognormvariate => lognormvariate,
    expovariate => expovariate,
    vonmisesvariate => vonmisesvariate,
    gammavariate => gammavariate,
    gauss => gauss,
    betavariate => betavariate,
    paretovariate => paretovariate,
    weibullvariate => weibullvariate,
    getstate => getstate,
    setstate => setstate,
    getrandbits => getrandbits,
    randbytes => randbytes,
}

/// `self` and the other arguments of a method call.
fn split_self<'a>(args: Args<'a>, method: &str) -> PyResult<(&'a Value, Args<'a>)> {
    let Some((this, positional)) = args.positional.split_first() else {
        return Err(PyErr::type_error(format!(
            "unbound method Random.{method}() needs an argument"
        )));
    };
    Ok((
        this,
        Args {
            positional,
            keywords: args.keywords,
        },
    ))
}

static NEW: BuiltinFunction = BuiltinFunction::new("__new__", new_random);

/// Allocates a `Random` (or subclass) instance with a generator of its own; `__init__`
/// then seeds it.
fn new_random(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.positional.first() else {
        return Err(PyErr::type_error(
            "Random.__new__(X): X is not a type object",
        ));
    };
    Ok(Value::Instance(Rc::new(Instance::new(
        class.clone(),
        Payload::Native(Box::new(new_state())),
    ))))
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`, through a subclass's `seed` if any.
fn random_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__init__")?;
    let ([x], []) = Signature {
        name: "Random.__init__",
        positional: ["x"],
        required: 0,
        keyword_only: [],
    }
    .bind(rest)?;
    let seed = {
        let name = vm.intern("seed");
        vm.get_attr(this, &name)
    }?;
    vm.call(&seed, &[x.cloned().unwrap_or(Value::None)])?;
    Ok(Value::None)
}

/// Names of `random` Tauraro does not provide yet: using them raises "not supported yet".
static UNSUPPORTED: &[BuiltinFunction] = &[BuiltinFunction::new("SystemRandom", |_, _| {
    Err(PyErr::not_supported("the class random.SystemRandom"))
})];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_constants_match_cpython() {
        assert_eq!(nv_magic(), 1.7155277699214135);
        assert_eq!(sg_magic(), 2.504077396776274);
    }

    #[test]
    fn bounded_draws_stay_below_their_bound() {
        let mut vm = Vm::new(1 << 20);
        for bound in [1u64, 10, 1 << 40] {
            let bound = BigUint::from(bound);
            let source = module_source(&mut vm);
            let drawn = random_below(&mut vm, &source, &bound).expect("native draws succeed");
            assert!(drawn < bound);
        }
    }
}
