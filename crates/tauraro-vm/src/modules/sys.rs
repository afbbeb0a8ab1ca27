//! `sys`: the interpreter's own state. `sys.modules` and `sys.path` are the very dict and
//! list the import system uses, so programs that change them change what `import` does.

use crate::builtins::arguments::{bind, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Instance, Payload};
use crate::value::Value;

use super::NativeModule;
use super::native_class::native_class;
use super::struct_sequence::{struct_sequence, struct_sequence_class};

pub(super) static MODULE: NativeModule = NativeModule {
    name: "sys",
    built_in: true,
    attributes,
};

/// The Python version Tauraro implements, as `sys.version_info` reports it.
const VERSION: (i64, i64, i64) = (3, 11, 0);

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("exit", exit),
    BuiltinFunction::new("getrecursionlimit", getrecursionlimit),
    BuiltinFunction::new("setrecursionlimit", setrecursionlimit),
    BuiltinFunction::new("intern", intern),
];

static STREAM_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("write", stream_write),
    BuiltinFunction::new("flush", stream_flush),
];

fn attributes(vm: &mut Vm) -> PyResult<super::Attributes> {
    let (major, minor, micro) = VERSION;
    let argv = vm.argv.iter().map(|arg| Value::str(arg)).collect();
    let version_info_class = struct_sequence_class(
        vm,
        "version_info",
        "sys",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version_info = struct_sequence(
        vm,
        &version_info_class,
        vec![
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            Value::str("final"),
            Value::Int(0),
        ],
    );
    let float_info = float_info(vm);
    let stream_class = native_class(vm, "TextIOWrapper", "_io", STREAM_METHODS, Vec::new());
    let stdout = Value::Instance(std::rc::Rc::new(Instance::new(
        stream_class.clone(),
        Payload::None,
    )));
    let stderr = Value::Instance(std::rc::Rc::new(Instance::new(stream_class, Payload::None)));
    let stdin_class = native_class(
        vm,
        "TextIOWrapper",
        "_io",
        super::stdin::METHODS,
        Vec::new(),
    );
    let stdin = Value::Instance(std::rc::Rc::new(Instance::new(stdin_class, Payload::None)));
    if let Value::Instance(instance) = &stdin {
        vm.dict_set(&instance.dict(), Value::str("name"), Value::str("<stdin>"))?;
        vm.dict_set(&instance.dict(), Value::str("mode"), Value::str("r"))?;
        vm.dict_set(
            &instance.dict(),
            Value::str("encoding"),
            Value::str("utf-8"),
        )?;
    }
    vm.import.native.stdout = Some(stdout.clone());
    vm.import.native.stderr = Some(stderr.clone());
    let mut builtin_names: Vec<&str> = super::built_in_names().chain(["builtins"]).collect();
    builtin_names.sort_unstable();
    let mut values = vec![
        ("argv", Value::list(argv)),
        ("path", Value::List(vm.import.path.clone())),
        ("modules", Value::Dict(vm.import.modules.clone())),
        (
            "version",
            Value::string(format!(
                "{major}.{minor}.{micro} (tauraro {}) [Rust]",
                crate::VM_VERSION
            )),
        ),
        ("version_info", version_info),
        (
            "hexversion",
            Value::Int((major << 24) | (minor << 16) | (micro << 8) | 0xf0),
        ),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10ffff)),
        ("platform", Value::str(std::env::consts::OS)),
        (
            "byteorder",
            Value::str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        ),
        ("float_info", float_info),
        ("float_repr_style", Value::str("short")),
        (
            "builtin_module_names",
            Value::tuple(builtin_names.into_iter().map(Value::str).collect()),
        ),
        ("stdin", stdin.clone()),
        ("__stdin__", stdin),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
    ];
    values.extend(
        FUNCTIONS
            .iter()
            .map(|function| (function.name, Value::Builtin(function))),
    );
    Ok(values)
}

/// `sys.float_info`: the properties of the C double.
fn float_info(vm: &mut Vm) -> Value {
    let class = struct_sequence_class(
        vm,
        "float_info",
        "sys",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    struct_sequence(
        vm,
        &class,
        vec![
            Value::Float(f64::MAX),
            Value::Int(i64::from(f64::MAX_EXP)),
            Value::Int(i64::from(f64::MAX_10_EXP)),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(i64::from(f64::MIN_EXP)),
            Value::Int(i64::from(f64::MIN_10_EXP)),
            Value::Int(i64::from(f64::DIGITS)),
            Value::Int(i64::from(f64::MANTISSA_DIGITS)),
            Value::Float(f64::EPSILON),
            Value::Int(i64::from(f64::RADIX)),
            Value::Int(1),
        ],
    )
}

/// `sys.exit([code])`: raises SystemExit (`sys.exit(None)` is `sys.exit()`).
fn exit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [code] = bind("exit", args, ["status"], 0, 1)?;
    let args = match code {
        None | Some(Value::None) => Vec::new(),
        Some(code) => vec![code.clone()],
    };
    Err(PyErr::with_args(ExcKind::SystemExit, args))
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("getrecursionlimit", args, [], 0, 0)?;
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [limit] = bind("setrecursionlimit", args, ["limit"], 1, 1)?;
    let limit = limit.expect("required");
    let limit = match limit {
        Value::Int(_) | Value::BigInt(_) | Value::True | Value::False => limit
            .as_small_int()
            .and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C int",
                )
            })?,
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )));
        }
    };
    if limit < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len();
    if (limit as usize) <= depth {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.set_recursion_limit(limit as usize);
    Ok(Value::None)
}

/// `sys.intern(string)`: the interned string of that text.
fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [text] = bind("intern", args, ["string"], 1, 1)?;
    match text.expect("required") {
        Value::Str(text) => Ok(Value::Str(vm.intern(text.as_str()))),
        other => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `sys.stdout.write(text)` / `sys.stderr.write(text)`: returns the number of characters.
fn stream_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (stream, rest) = receiver(args)?;
    let [text] = bind("write", rest, ["s"], 1, 1)?;
    let Value::Str(text) = text.expect("required") else {
        let given = text.expect("required");
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(given)
        )));
    };
    let to_stderr = vm
        .import
        .native
        .stderr
        .as_ref()
        .is_some_and(|stderr| stderr.is(stream));
    if to_stderr {
        // CPython's stderr is unbuffered: what was printed before must come out first.
        vm.flush_output();
        eprint!("{}", text.as_str());
    } else {
        vm.output.write_str(text.as_str());
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = receiver(args)?;
    bind("flush", rest, [], 0, 0)?;
    vm.flush_output();
    Ok(Value::None)
}
