//! `gc`: the interface to the cycle collector ([`crate::gc`]): `collect`, `enable`,
//! `disable` and `isenabled`. The collector has no generations, so `collect` examines
//! everything whatever generation it is given, and the functions that inspect generations,
//! thresholds or the tracked objects say "not supported yet".

use num_bigint::BigInt;

use crate::builtins::arguments::bind;
use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::value::Value;

use super::NativeModule;

pub(super) static MODULE: NativeModule = NativeModule {
    name: "gc",
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

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("collect", collect),
    BuiltinFunction::new("enable", enable),
    BuiltinFunction::new("disable", disable),
    BuiltinFunction::new("isenabled", isenabled),
];

/// `collect(generation=2)`: runs a collection; returns how many unreachable containers it
/// found (CPython counts every unreachable object, so the two numbers can differ).
fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.positional.len() > 1 {
        return Err(PyErr::type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            args.positional.len()
        )));
    }
    if let Some((name, _)) = args
        .keywords
        .iter()
        .find(|(name, _)| name.as_str() != "generation")
    {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for collect()",
            name.as_str()
        )));
    }
    let [generation] = bind("collect", args, ["generation"], 0, 0)?;
    if let Some(generation) = generation {
        let generation = vm.to_index(generation)?;
        if !(BigInt::from(0)..=BigInt::from(2)).contains(&generation) {
            return Err(PyErr::value_error("invalid generation"));
        }
    }
    Ok(Value::Int(crate::gc::collect().unreachable as i64))
}

fn enable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("gc.enable", args, [], 0, 0)?;
    crate::gc::set_automatic(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("gc.disable", args, [], 0, 0)?;
    crate::gc::set_automatic(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("gc.isenabled", args, [], 0, 0)?;
    Ok(Value::bool(crate::gc::is_automatic()))
}

macro_rules! unsupported_functions {
    ($($name:ident),* $(,)?) => {
        static UNSUPPORTED: &[BuiltinFunction] = &[
            $(BuiltinFunction::new(stringify!($name), |_, _| {
                Err(PyErr::not_supported(concat!("gc.", stringify!($name), "()")))
            })),*
        ];
    };
}

unsupported_functions! {
    get_count, get_threshold, set_threshold, get_objects, get_referrers, get_referents,
    is_tracked, is_finalized, freeze, unfreeze, get_freeze_count, get_stats, get_debug,
    set_debug,
}
