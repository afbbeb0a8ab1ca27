//! `time`: the clocks (`time`, `monotonic`, `perf_counter`, `process_time` and their `_ns`
//! variants), `sleep`, and the calendar functions (`gmtime`, `localtime`, `mktime`,
//! `strftime`, `asctime`, `ctime`, `struct_time`, the zone attributes) on
//! [`super::civil_time`]. Local time works in UTC-like zones; elsewhere the functions that
//! need it say "not supported yet". `strptime` and the clock-info functions are not
//! provided yet either.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Instance, Payload};
use crate::value::Value;

use super::NativeModule;
use super::civil_time::{
    BrokenDown, asctime as civil_asctime, broken_down, local_zone, seconds_from_fields,
    strftime as civil_strftime,
};
use super::clocks;
use super::struct_sequence::{struct_sequence, struct_sequence_class};

pub(super) static MODULE: NativeModule = NativeModule {
    name: "time",
    built_in: true,
    attributes,
};

const STRUCT_TIME_FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn attributes(vm: &mut Vm) -> PyResult<super::Attributes> {
    let struct_time = struct_sequence_class(vm, "struct_time", "time", &STRUCT_TIME_FIELDS);
    // `struct_time(sequence)` constructs, unlike other struct sequences: its `__new__` is
    // a staticmethod, which instantiation calls as for classes written in Python.
    let new = Value::Instance(std::rc::Rc::new(Instance::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(Value::Builtin(&STRUCT_TIME_NEW)),
    )));
    {
        let mut dict = struct_time.dict.borrow_mut();
        let position = (0..dict.entries_len()).find(|&position| {
            dict.entry(position)
                .is_some_and(|entry| matches!(&entry.key, Value::Str(k) if k.as_str() == "__new__"))
        });
        match position {
            Some(position) => *dict.value_mut(position) = new,
            None => {
                let key = vm.intern("__new__");
                dict.push(key.hash(), Value::Str(key), new);
            }
        }
    }
    vm.import.native.struct_time = Some(struct_time.clone());
    let mut values: super::Attributes = FUNCTIONS
        .iter()
        .chain(UNSUPPORTED.iter())
        .map(|function| (function.name, Value::Builtin(function)))
        .collect();
    values.push(("struct_time", Value::Class(struct_time)));
    // Without a supported local zone, the zone attributes are absent rather than wrong.
    if let Some(zone) = local_zone() {
        values.extend([
            ("timezone", Value::Int(0)),
            ("altzone", Value::Int(0)),
            ("daylight", Value::Int(0)),
            (
                "tzname",
                Value::tuple(vec![Value::str(&zone), Value::str(&zone)]),
            ),
        ]);
    }
    Ok(values)
}

static STRUCT_TIME_NEW: BuiltinFunction = BuiltinFunction::new("__new__", struct_time_new);

/// `time.struct_time(sequence)`: 9 fields, then optionally `tm_zone` and `tm_gmtoff`.
fn struct_time_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((Value::Class(class), rest)) = args.positional.split_first() else {
        return Err(PyErr::type_error(
            "struct_time.__new__(X): X is not a type object",
        ));
    };
    let class = class.clone();
    let [sequence] = bind(
        "struct_time",
        Args {
            positional: rest,
            keywords: args.keywords,
        },
        ["sequence"],
        1,
        1,
    )?;
    let sequence = sequence.expect("required");
    let items = match sequence {
        Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::None
        | Value::True
        | Value::False => return Err(PyErr::type_error("constructor requires a sequence")),
        _ => vm.collect(sequence)?,
    };
    if items.len() < 9 {
        return Err(PyErr::type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(PyErr::type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let value = struct_sequence(vm, &class, items[..9].to_vec());
    if let Value::Instance(instance) = &value {
        for (index, field) in [(9, "tm_zone"), (10, "tm_gmtoff")] {
            let key = Value::Str(vm.intern(field));
            let item = items.get(index).cloned().unwrap_or(Value::None);
            vm.dict_set(&instance.dict(), key, item)?;
        }
    }
    Ok(value)
}

/// The local zone's name, or the "not supported yet" error.
fn required_local_zone() -> PyResult<String> {
    local_zone().ok_or_else(|| PyErr::not_supported("local time zones other than UTC (set TZ=UTC)"))
}

/// Whole seconds from an optional `secs` argument (now when absent or None), rounded
/// towards minus infinity as CPython does.
fn timestamp(vm: &mut Vm, secs: Option<&Value>) -> PyResult<i64> {
    let out_of_range = || {
        PyErr::new(
            ExcKind::OverflowError,
            "timestamp out of range for platform time_t",
        )
    };
    match secs {
        None | Some(Value::None) => Ok(clocks::wall_clock_ns().div_euclid(1_000_000_000) as i64),
        Some(Value::Float(x)) => {
            if x.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let floored = x.floor();
            if !(-9.2e18..9.2e18).contains(&floored) {
                return Err(out_of_range());
            }
            Ok(floored as i64)
        }
        Some(other) => {
            let int = match vm.to_index(other) {
                Ok(int) => int,
                Err(_) => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(other)
                    )));
                }
            };
            i64::try_from(&int).map_err(|_| out_of_range())
        }
    }
}

/// A `struct_time` of `t`.
fn struct_time(vm: &mut Vm, t: &BrokenDown) -> PyResult<Value> {
    let class = vm
        .import
        .native
        .struct_time
        .clone()
        .ok_or_else(|| PyErr::new(ExcKind::SystemError, "time module not initialised"))?;
    let fields = [
        t.year, t.month, t.day, t.hour, t.minute, t.second, t.weekday, t.yearday, t.isdst,
    ];
    let value = struct_sequence(vm, &class, fields.iter().map(|&f| Value::Int(f)).collect());
    if let Value::Instance(instance) = &value {
        let zone = vm.intern("tm_zone");
        vm.dict_set(&instance.dict(), Value::Str(zone), Value::str(&t.zone))?;
        let gmtoff = vm.intern("tm_gmtoff");
        vm.dict_set(&instance.dict(), Value::Str(gmtoff), Value::Int(t.gmtoff))?;
    }
    Ok(value)
}

fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [secs] = bind("gmtime", args, ["secs"], 0, 1)?;
    let seconds = timestamp(vm, secs)?;
    struct_time(vm, &broken_down(seconds, "GMT", 0))
}

fn localtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [secs] = bind("localtime", args, ["secs"], 0, 1)?;
    let seconds = timestamp(vm, secs)?;
    let zone = required_local_zone()?;
    struct_time(vm, &broken_down(seconds, &zone, 0))
}

/// The fields of a `struct_time` or 9-tuple argument, for a local time unless it carries
/// its own zone. `validate` applies the range checks of `strftime` and `asctime`.
fn time_tuple(vm: &mut Vm, function: &str, value: &Value, validate: bool) -> PyResult<BrokenDown> {
    let is_struct_time = matches!(
        (value, &vm.import.native.struct_time),
        (Value::Instance(instance), Some(class)) if std::rc::Rc::ptr_eq(&instance.class, class)
    );
    let items = match value {
        Value::Tuple(tuple) => tuple.items.to_vec(),
        _ if is_struct_time => vm.collect(value)?,
        _ => return Err(PyErr::type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{function}(): illegal time tuple argument"
        )));
    }
    let mut fields = [0i64; 9];
    for (field, item) in fields.iter_mut().zip(&items) {
        if let Value::Float(_) = item {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        let int = vm.to_index(item)?;
        *field = i64::try_from(&int)
            .ok()
            .filter(|f| f.abs() <= i64::from(i32::MAX))
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            })?;
    }
    let [
        year,
        mut month,
        mut day,
        hour,
        minute,
        second,
        mut weekday,
        mut yearday,
        isdst,
    ] = fields;
    if validate {
        if month == 0 {
            month = 1;
        }
        if day == 0 {
            day = 1;
        }
        if yearday == 0 {
            yearday = 1;
        }
        let check = |ok: bool, what: &str| -> PyResult<()> {
            if ok {
                Ok(())
            } else {
                Err(PyErr::value_error(format!("{what} out of range")))
            }
        };
        check((1..=12).contains(&month), "month")?;
        check((1..=31).contains(&day), "day of month")?;
        check((0..=23).contains(&hour), "hour")?;
        check((0..=59).contains(&minute), "minute")?;
        check((0..=61).contains(&second), "seconds")?;
        check(weekday >= 0, "day of week")?;
        check((1..=366).contains(&yearday), "day of year")?;
        weekday %= 7;
    }
    let (zone, gmtoff) = if is_struct_time {
        let Value::Instance(instance) = value else {
            unreachable!("checked above")
        };
        let zone_key = Value::Str(vm.intern("tm_zone"));
        let zone = match vm.dict_get(&instance.dict(), &zone_key)? {
            Some(Value::Str(zone)) => zone.as_str().to_owned(),
            _ => String::new(),
        };
        let gmtoff_key = Value::Str(vm.intern("tm_gmtoff"));
        let gmtoff = vm
            .dict_get(&instance.dict(), &gmtoff_key)?
            .and_then(|v| v.as_small_int())
            .unwrap_or(0);
        (zone, gmtoff)
    } else {
        // A plain tuple is a local time: its zone is `tzname[isdst]` (none if unknown).
        let zone = if isdst < 0 {
            String::new()
        } else {
            required_local_zone()?
        };
        (zone, 0)
    };
    Ok(BrokenDown {
        year,
        month,
        day,
        hour,
        minute,
        second,
        weekday,
        yearday,
        isdst,
        zone,
        gmtoff,
    })
}

/// The `t` argument of `strftime`/`asctime`: the given tuple, or the local time now.
fn optional_time(vm: &mut Vm, function: &str, t: Option<&Value>) -> PyResult<BrokenDown> {
    match t {
        Some(t) => time_tuple(vm, function, t, true),
        None => {
            let zone = required_local_zone()?;
            Ok(broken_down(timestamp(vm, None)?, &zone, 0))
        }
    }
}

fn strftime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [format, t] = bind("strftime", args, ["format", "tuple"], 1, 2)?;
    let format = match format.expect("required") {
        Value::Str(format) => format.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    let t = optional_time(vm, "strftime", t)?;
    let seconds = seconds_from_fields(t.year, t.month, t.day, t.hour, t.minute, t.second)
        .unwrap_or(0)
        - t.gmtoff;
    Ok(Value::string(civil_strftime(format.as_str(), &t, seconds)))
}

fn asctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [t] = bind("asctime", args, ["tuple"], 0, 1)?;
    let t = optional_time(vm, "asctime", t)?;
    Ok(Value::string(civil_asctime(&t)))
}

fn ctime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [secs] = bind("ctime", args, ["secs"], 0, 1)?;
    let seconds = timestamp(vm, secs)?;
    let zone = required_local_zone()?;
    Ok(Value::string(civil_asctime(&broken_down(
        seconds, &zone, 0,
    ))))
}

fn mktime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [t] = bind("mktime", args, ["tuple"], 1, 1)?;
    let t = time_tuple(vm, "mktime", t.expect("required"), false)?;
    required_local_zone()?;
    let seconds = seconds_from_fields(t.year, t.month, t.day, t.hour, t.minute, t.second)
        .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "mktime argument out of range"))?;
    Ok(Value::Float(seconds as f64))
}

fn seconds(nanoseconds: i128) -> Value {
    Value::Float(nanoseconds as f64 / 1e9)
}

fn nanoseconds(nanoseconds: i128) -> Value {
    Value::from_bigint(BigInt::from(nanoseconds))
}

macro_rules! clock_functions {
    ($($name:ident => $clock:expr, $convert:expr;)*) => {
        $(
            fn $name(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                bind(concat!("time.", stringify!($name)), args, [], 0, 0)?;
                Ok($convert($clock))
            }
        )*
    };
}

clock_functions! {
    time => clocks::wall_clock_ns(), seconds;
    time_ns => clocks::wall_clock_ns(), nanoseconds;
    monotonic => clocks::monotonic_ns(), seconds;
    monotonic_ns => clocks::monotonic_ns(), nanoseconds;
    perf_counter => clocks::monotonic_ns(), seconds;
    perf_counter_ns => clocks::monotonic_ns(), nanoseconds;
}

fn cpu_time() -> PyResult<i128> {
    clocks::process_time_ns()
        .ok_or_else(|| PyErr::not_supported("time.process_time() on this platform"))
}

fn process_time(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("time.process_time", args, [], 0, 0)?;
    Ok(seconds(cpu_time()?))
}

fn process_time_ns(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("time.process_time_ns", args, [], 0, 0)?;
    Ok(nanoseconds(cpu_time()?))
}

/// `sleep(secs)`: an int or float number of seconds.
fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [secs] = bind("time.sleep", args, ["secs"], 1, 1)?;
    let secs = secs.expect("required");
    let too_large = || {
        PyErr::new(
            ExcKind::OverflowError,
            "timestamp too large to convert to C _PyTime_t",
        )
    };
    let duration = match secs {
        Value::Float(x) => {
            if x.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if *x < 0.0 {
                return Err(PyErr::value_error("sleep length must be non-negative"));
            }
            std::time::Duration::try_from_secs_f64(*x).map_err(|_| too_large())?
        }
        other => {
            let int = vm.to_index(other)?;
            if int.is_negative() {
                return Err(PyErr::value_error("sleep length must be non-negative"));
            }
            let secs = u64::try_from(&int)
                .ok()
                .filter(|s| *s <= i64::MAX as u64 / 1_000_000_000)
                .ok_or_else(too_large)?;
            std::time::Duration::from_secs(secs)
        }
    };
    // What the program printed before sleeping should be visible while it sleeps.
    vm.flush_output();
    std::thread::sleep(duration);
    Ok(Value::None)
}

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("time", time),
    BuiltinFunction::new("time_ns", time_ns),
    BuiltinFunction::new("monotonic", monotonic),
    BuiltinFunction::new("monotonic_ns", monotonic_ns),
    BuiltinFunction::new("perf_counter", perf_counter),
    BuiltinFunction::new("perf_counter_ns", perf_counter_ns),
    BuiltinFunction::new("process_time", process_time),
    BuiltinFunction::new("process_time_ns", process_time_ns),
    BuiltinFunction::new("sleep", sleep),
    BuiltinFunction::new("gmtime", gmtime),
    BuiltinFunction::new("localtime", localtime),
    BuiltinFunction::new("mktime", mktime),
    BuiltinFunction::new("strftime", strftime),
    BuiltinFunction::new("asctime", asctime),
    BuiltinFunction::new("ctime", ctime),
];

macro_rules! unsupported_functions {
    ($($name:ident),* $(,)?) => {
        /// Calendar and clock functions of `time` that Tauraro does not provide yet.
        static UNSUPPORTED: &[BuiltinFunction] = &[
            $(BuiltinFunction::new(stringify!($name), |_, _| {
                Err(PyErr::not_supported(concat!("time.", stringify!($name), "()")))
            })),*
        ];
    };
}

unsupported_functions! {
    strptime, get_clock_info, thread_time, thread_time_ns, clock_gettime, clock_gettime_ns,
}
