//! `sys.stdin`: the process's standard input as a text stream (`read`, `readline`,
//! `readlines`, iteration), sharing Rust's buffered stdin with `input()` so that the two can
//! be mixed. Line endings are kept as they are: CPython opens stdin with `newline='\n'` on
//! POSIX systems.

use std::io::{BufRead, Read};

use crate::builtins::arguments::{bind, receiver};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction};
use crate::value::Value;

pub(super) static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("read", read),
    BuiltinFunction::new("readline", readline),
    BuiltinFunction::new("readlines", readlines),
    BuiltinFunction::new("__iter__", iter),
    BuiltinFunction::new("__next__", next),
    BuiltinFunction::new("fileno", fileno),
    BuiltinFunction::new("readable", readable),
    BuiltinFunction::new("isatty", isatty),
    BuiltinFunction::new("__enter__", iter),
    BuiltinFunction::new("__exit__", exit),
];

fn text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    }
}

fn io_error(err: &std::io::Error) -> PyErr {
    PyErr::new(ExcKind::OSError, err.to_string())
}

/// One line, with its newline; empty at the end of input.
pub(crate) fn read_line(vm: &mut Vm) -> PyResult<String> {
    vm.flush_output();
    let mut line = Vec::new();
    std::io::stdin()
        .lock()
        .read_until(b'\n', &mut line)
        .map_err(|err| io_error(&err))?;
    Ok(text(line))
}

fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = receiver(args)?;
    let [size] = bind("read", rest, ["size"], 0, 1)?;
    let size = size.and_then(Value::as_small_int).unwrap_or(-1);
    vm.flush_output();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    if size < 0 {
        let mut bytes = Vec::new();
        lock.read_to_end(&mut bytes).map_err(|err| io_error(&err))?;
        return Ok(Value::string(text(bytes)));
    }
    // Whole characters: read bytes until `size` characters are complete.
    let mut bytes = Vec::new();
    let mut characters = 0;
    let mut byte = [0u8; 1];
    while characters < size {
        match lock.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                bytes.push(byte[0]);
                if byte[0] & 0xC0 != 0x80 {
                    characters += 1;
                }
            }
            Err(err) => return Err(io_error(&err)),
        }
    }
    // A multi-byte character's continuation bytes follow its first byte.
    while let Ok(buffer) = lock.fill_buf() {
        match buffer.first() {
            Some(&next) if next & 0xC0 == 0x80 => {
                bytes.push(next);
                lock.consume(1);
            }
            _ => break,
        }
    }
    Ok(Value::string(text(bytes)))
}

fn readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = receiver(args)?;
    bind("readline", rest, ["size"], 0, 1)?;
    Ok(Value::string(read_line(vm)?))
}

fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = receiver(args)?;
    bind("readlines", rest, ["hint"], 0, 1)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            return Ok(Value::list(lines));
        }
        lines.push(Value::string(line));
    }
}

fn iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (stream, _) = receiver(args)?;
    Ok(stream.clone())
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver(args)?;
    let line = read_line(vm)?;
    if line.is_empty() {
        return Err(PyErr::with_args(ExcKind::StopIteration, Vec::new()));
    }
    Ok(Value::string(line))
}

fn fileno(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver(args)?;
    Ok(Value::Int(0))
}

fn readable(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    receiver(args)?;
    Ok(Value::True)
}

fn isatty(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    receiver(args)?;
    Ok(Value::bool(std::io::stdin().is_terminal()))
}

fn exit(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}
