//! `posix`: the operating-system calls the Python-level `os`, `io` and `pathlib` modules are
//! built on, with CPython's names, results and errors (`FileNotFoundError: [Errno 2] No such
//! file or directory: 'x'`). File descriptors are those of the open files kept in
//! [`super::NativeState`]; descriptors 0, 1 and 2 are the process's standard streams, 1
//! going through the interpreter's output buffer so that it interleaves with `print`.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::rc::Rc;

use crate::builtins::arguments::bind;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, DictTable, PyBytes, PyDict};
use crate::value::Value;

use super::NativeModule;
use super::struct_sequence::{struct_sequence, struct_sequence_class};

pub(super) static MODULE: NativeModule = NativeModule {
    name: "posix",
    built_in: true,
    attributes,
};

/// The files programs opened, by descriptor.
#[derive(Default)]
pub struct OpenFiles {
    files: HashMap<i64, File>,
    stat_result: Option<Rc<Class>>,
}

const O_RDONLY: i64 = 0;
const O_WRONLY: i64 = 1;
const O_RDWR: i64 = 2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

const EBADF: i32 = 9;
const EISDIR: i32 = 21;

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction::new("open", open),
    BuiltinFunction::new("read", read),
    BuiltinFunction::new("write", write),
    BuiltinFunction::new("close", close),
    BuiltinFunction::new("lseek", lseek),
    BuiltinFunction::new("stat", stat),
    BuiltinFunction::new("lstat", lstat),
    BuiltinFunction::new("fstat", fstat),
    BuiltinFunction::new("getcwd", getcwd),
    BuiltinFunction::new("chdir", chdir),
    BuiltinFunction::new("listdir", listdir),
    BuiltinFunction::new("remove", remove),
    BuiltinFunction::new("unlink", remove),
    BuiltinFunction::new("rename", rename),
    BuiltinFunction::new("replace", rename),
    BuiltinFunction::new("mkdir", mkdir),
    BuiltinFunction::new("rmdir", rmdir),
    BuiltinFunction::new("getpid", getpid),
    BuiltinFunction::new("strerror", strerror),
    BuiltinFunction::new("putenv", putenv),
    BuiltinFunction::new("unsetenv", unsetenv),
    BuiltinFunction::new("isatty", isatty),
    BuiltinFunction::new("urandom", urandom),
];

fn attributes(vm: &mut Vm) -> PyResult<super::Attributes> {
    let mut values: super::Attributes = FUNCTIONS
        .iter()
        .map(|function| (function.name, Value::Builtin(function)))
        .collect();
    let environ = PyDict::new(DictTable::new());
    for (key, value) in std::env::vars_os() {
        let (Some(key), Some(value)) = (key.to_str(), value.to_str()) else {
            continue;
        };
        vm.dict_set(&environ, Value::str(key), Value::str(value))?;
    }
    values.push(("environ", Value::Dict(Rc::new(environ))));
    for (name, flag) in [
        ("O_RDONLY", O_RDONLY),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        values.push((name, Value::Int(flag)));
    }
    let class = struct_sequence_class(
        vm,
        "stat_result",
        "os",
        &[
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
            "st_mtime", "st_ctime",
        ],
    );
    values.push(("stat_result", Value::Class(class.clone())));
    vm.import.native.files.stat_result = Some(class);
    Ok(values)
}

/// A path argument: a str, or an object with `__fspath__` returning one.
fn path_argument(vm: &mut Vm, function: &str, value: &Value) -> PyResult<(String, Value)> {
    match value {
        Value::Str(text) => Ok((text.as_str().to_owned(), value.clone())),
        Value::Instance(_) => {
            if let Some(fspath) = vm.get_attr_opt(value, "__fspath__")? {
                let path = vm.call(&fspath, &[])?;
                if let Value::Str(text) = &path {
                    return Ok((text.as_str().to_owned(), path));
                }
            }
            Err(path_type_error(vm, function, value))
        }
        other => Err(path_type_error(vm, function, other)),
    }
}

fn path_type_error(vm: &Vm, function: &str, value: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{function}: path should be string, bytes or os.PathLike, not {}",
        vm.type_name(value)
    ))
}

fn int_argument(vm: &Vm, value: &Value) -> PyResult<i64> {
    value.as_small_int().ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(value)
        ))
    })
}

fn required(value: Option<&Value>) -> &Value {
    value.unwrap_or(&Value::None)
}

/// `open(path, flags, mode=0o777)`: a new file descriptor.
fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, flags, mode] = bind("open", args, ["path", "flags", "mode"], 2, 0)?;
    let (path, shown) = path_argument(vm, "open", required(path))?;
    let flags = int_argument(vm, required(flags))?;
    let mode = match mode {
        Some(mode) => int_argument(vm, mode)?,
        None => 0o777,
    };
    let mut options = OpenOptions::new();
    match flags & 3 {
        O_WRONLY => options.write(true),
        O_RDWR => options.read(true).write(true),
        _ => options.read(true),
    };
    if flags & O_APPEND != 0 {
        options.append(true);
    }
    if flags & O_TRUNC != 0 {
        options.truncate(true);
    }
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            options.create_new(true);
        } else {
            options.create(true);
        }
    }
    options.mode(u32::try_from(mode & 0o7777).unwrap_or(0o777));
    match options.open(&path) {
        Ok(file) => {
            let fd = i64::from(file.as_raw_fd());
            vm.import.native.files.files.insert(fd, file);
            Ok(Value::Int(fd))
        }
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

/// `read(fd, n)`: up to `n` bytes (fewer at the end of the file).
fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, count] = bind("read", args, ["fd", "length"], 2, 0)?;
    let fd = int_argument(vm, required(fd))?;
    let count = int_argument(vm, required(count))?;
    if count < 0 {
        return Err(PyErr::value_error("negative length"));
    }
    let mut buffer = vec![0u8; usize::try_from(count).unwrap_or(0).min(1 << 24)];
    let result = if fd == 0 {
        vm.flush_output();
        std::io::stdin().lock().read(&mut buffer)
    } else {
        match vm.import.native.files.files.get_mut(&fd) {
            Some(file) => file.read(&mut buffer),
            None => return Err(vm.os_error_from_errno(EBADF, &[])),
        }
    };
    match result {
        Ok(read) => {
            buffer.truncate(read);
            Ok(Value::Bytes(Rc::new(PyBytes::new(buffer))))
        }
        Err(err) => Err(vm.os_error(&err, &[])),
    }
}

fn bytes_argument(vm: &Vm, value: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::bytearray::bytes_like(value).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(value)
        ))
    })
}

/// `write(fd, data)`: the number of bytes written.
fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, data] = bind("write", args, ["fd", "data"], 2, 0)?;
    let fd = int_argument(vm, required(fd))?;
    let data = bytes_argument(vm, required(data))?;
    let result = match fd {
        1 => {
            vm.output.write_str(&String::from_utf8_lossy(&data));
            Ok(data.len())
        }
        2 => {
            vm.flush_output();
            std::io::stderr().write(&data)
        }
        _ => match vm.import.native.files.files.get_mut(&fd) {
            Some(file) => file.write(&data),
            None => return Err(vm.os_error_from_errno(EBADF, &[])),
        },
    };
    match result {
        Ok(written) => Ok(Value::Int(written as i64)),
        Err(err) => Err(vm.os_error(&err, &[])),
    }
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd] = bind("close", args, ["fd"], 1, 0)?;
    let fd = int_argument(vm, required(fd))?;
    match vm.import.native.files.files.remove(&fd) {
        Some(file) => drop(file),
        None if (0..=2).contains(&fd) => {}
        None => return Err(vm.os_error_from_errno(EBADF, &[])),
    }
    Ok(Value::None)
}

/// `lseek(fd, position, how)`: the new position.
fn lseek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd, position, how] = bind("lseek", args, ["fd", "position", "whence"], 3, 0)?;
    let fd = int_argument(vm, required(fd))?;
    let position = int_argument(vm, required(position))?;
    let how = int_argument(vm, required(how))?;
    let target = match how {
        0 => SeekFrom::Start(u64::try_from(position).map_err(|_| invalid_argument(vm))?),
        1 => SeekFrom::Current(position),
        2 => SeekFrom::End(position),
        _ => return Err(invalid_argument(vm)),
    };
    let result = match vm.import.native.files.files.get_mut(&fd) {
        Some(file) => file.seek(target),
        None => return Err(vm.os_error_from_errno(EBADF, &[])),
    };
    match result {
        Ok(position) => Ok(Value::Int(position as i64)),
        Err(err) => Err(vm.os_error(&err, &[])),
    }
}

fn invalid_argument(vm: &mut Vm) -> PyErr {
    vm.os_error_from_errno(22, &[])
}

fn stat_value(vm: &mut Vm, metadata: &std::fs::Metadata) -> Value {
    let Some(class) = vm.import.native.files.stat_result.clone() else {
        return Value::None;
    };
    let time = |seconds: i64, nanos: i64| Value::Float(seconds as f64 + nanos as f64 * 1e-9);
    let values = vec![
        Value::Int(i64::from(metadata.mode())),
        Value::Int(metadata.ino() as i64),
        Value::Int(metadata.dev() as i64),
        Value::Int(metadata.nlink() as i64),
        Value::Int(i64::from(metadata.uid())),
        Value::Int(i64::from(metadata.gid())),
        Value::Int(metadata.size() as i64),
        time(metadata.atime(), metadata.atime_nsec()),
        time(metadata.mtime(), metadata.mtime_nsec()),
        time(metadata.ctime(), metadata.ctime_nsec()),
    ];
    struct_sequence(vm, &class, values)
}

fn stat_path(vm: &mut Vm, args: Args<'_>, name: &str, follow: bool) -> PyResult<Value> {
    let [path] = bind(name, args, ["path"], 1, 1)?;
    let (path, shown) = path_argument(vm, name, required(path))?;
    let metadata = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    match metadata {
        Ok(metadata) => Ok(stat_value(vm, &metadata)),
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

fn stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_path(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stat_path(vm, args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [fd] = bind("fstat", args, ["fd"], 1, 0)?;
    let fd = int_argument(vm, required(fd))?;
    let metadata = match vm.import.native.files.files.get(&fd) {
        Some(file) => file.metadata(),
        None => return Err(vm.os_error_from_errno(EBADF, &[])),
    };
    match metadata {
        Ok(metadata) => Ok(stat_value(vm, &metadata)),
        Err(err) => Err(vm.os_error(&err, &[])),
    }
}

fn getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("getcwd", args, [], 0, 0)?;
    match std::env::current_dir() {
        Ok(path) => Ok(Value::string(path.to_string_lossy().into_owned())),
        Err(err) => Err(vm.os_error(&err, &[])),
    }
}

fn chdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = bind("chdir", args, ["path"], 1, 1)?;
    let (path, shown) = path_argument(vm, "chdir", required(path))?;
    match std::env::set_current_dir(&path) {
        Ok(()) => Ok(Value::None),
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

/// `listdir(path='.')`: the entries' names, in the order the directory lists them.
fn listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = bind("listdir", args, ["path"], 0, 1)?;
    let (path, shown) = match path {
        Some(path) if !path.is_none() => path_argument(vm, "listdir", path)?,
        _ => (".".to_owned(), Value::str(".")),
    };
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(err) => return Err(vm.os_error(&err, &[shown])),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(Value::string(
                entry.file_name().to_string_lossy().into_owned(),
            )),
            Err(err) => return Err(vm.os_error(&err, &[shown])),
        }
    }
    Ok(Value::list(names))
}

fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = bind("remove", args, ["path"], 1, 1)?;
    let (path, shown) = path_argument(vm, "remove", required(path))?;
    // unlink(2) of a directory fails with EISDIR on Linux; Rust reports it the same way.
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::None),
        Err(err) if std::path::Path::new(&path).is_dir() && err.raw_os_error() == Some(1) => {
            Err(vm.os_error_from_errno(EISDIR, &[shown]))
        }
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

fn rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, target] = bind("rename", args, ["src", "dst"], 2, 2)?;
    let (source, source_shown) = path_argument(vm, "rename", required(source))?;
    let (target, target_shown) = path_argument(vm, "rename", required(target))?;
    match std::fs::rename(&source, &target) {
        Ok(()) => Ok(Value::None),
        Err(err) => Err(vm.os_error(&err, &[source_shown, target_shown])),
    }
}

fn mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path, mode] = bind("mkdir", args, ["path", "mode"], 1, 0)?;
    let (path, shown) = path_argument(vm, "mkdir", required(path))?;
    let mode = match mode {
        Some(mode) => int_argument(vm, mode)?,
        None => 0o777,
    };
    let result = std::fs::create_dir(&path).and_then(|()| {
        if mode == 0o777 {
            Ok(())
        } else {
            std::fs::set_permissions(
                &path,
                std::fs::Permissions::from_mode(u32::try_from(mode & 0o7777).unwrap_or(0o777)),
            )
        }
    });
    match result {
        Ok(()) => Ok(Value::None),
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

fn rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [path] = bind("rmdir", args, ["path"], 1, 1)?;
    let (path, shown) = path_argument(vm, "rmdir", required(path))?;
    match std::fs::remove_dir(&path) {
        Ok(()) => Ok(Value::None),
        Err(err) => Err(vm.os_error(&err, &[shown])),
    }
}

fn getpid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bind("getpid", args, [], 0, 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

fn strerror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [code] = bind("strerror", args, ["code"], 1, 0)?;
    let code = int_argument(vm, required(code))?;
    let code = i32::try_from(code).unwrap_or(i32::MAX);
    Ok(Value::string(crate::runtime::os_errors::strerror(code)))
}

fn env_text<'a>(vm: &Vm, value: &'a Value) -> PyResult<&'a str> {
    match value {
        Value::Str(text) => Ok(text.as_str()),
        other => Err(PyErr::type_error(format!(
            "str expected, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `putenv(key, value)`: changes the environment child processes would see.
fn putenv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [key, value] = bind("putenv", args, ["name", "value"], 2, 0)?;
    let key = env_text(vm, required(key))?;
    let value = env_text(vm, required(value))?;
    if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    set_environment(key, Some(value));
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [key] = bind("unsetenv", args, ["name"], 1, 0)?;
    let key = env_text(vm, required(key))?;
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    set_environment(key, None);
    Ok(Value::None)
}

fn set_environment(key: &str, value: Option<&str>) {
    // SAFETY: the interpreter runs Python code on one thread and starts no others, so
    // nothing reads or writes the environment while it changes.
    unsafe {
        match value {
            Some(value) => std::env::set_var(key, value),
            None => std::env::remove_var(key),
        }
    }
}

fn isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let [fd] = bind("isatty", args, ["fd"], 1, 0)?;
    let fd = int_argument(vm, required(fd))?;
    let terminal = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => vm
            .import
            .native
            .files
            .files
            .get(&fd)
            .is_some_and(|file| file.is_terminal()),
    };
    Ok(Value::bool(terminal))
}

fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [count] = bind("urandom", args, ["size"], 1, 0)?;
    let count = int_argument(vm, required(count))?;
    if count < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buffer = vec![0u8; usize::try_from(count).unwrap_or(0)];
    let result = File::open("/dev/urandom").and_then(|mut file| file.read_exact(&mut buffer));
    match result {
        Ok(()) => Ok(Value::Bytes(Rc::new(PyBytes::new(buffer)))),
        Err(err) => Err(PyErr::new(ExcKind::OSError, err.to_string())),
    }
}
