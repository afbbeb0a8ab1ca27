//! `time`: the clocks (`time`, `monotonic`, `perf_counter`, `process_time` and their `_ns`
//! variants) and `sleep`. The calendar functions (`localtime`, `strftime`, ...) are not
//! provided yet; calling them says so.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::value::Value;

use super::NativeModule;
use super::clocks;

pub(super) static MODULE: NativeModule = NativeModule {
    name: "time",
    built_in: true,
    attributes,
};

fn attributes(_vm: &mut Vm) -> PyResult<super::Attributes> {
    Ok(FUNCTIONS
        .iter()
        .chain(UNSUPPORTED.iter())
        .map(|function| (function.name, Value::Builtin(function)))
        .collect())
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
    asctime, ctime, gmtime, localtime, mktime, strftime, strptime, struct_time,
    get_clock_info, thread_time, thread_time_ns, clock_gettime, clock_gettime_ns,
}
