//! The dispatch loop: one `match` over instructions with the hot state in locals.
//!
//! Register access is unchecked. Safety argument, relied on by every `reg!`/`set!` below:
//! - the bytecode was verified on load, so every register operand of an instruction is below
//!   its code object's `register_count`, and register spans end within it;
//! - when a frame is pushed, `stack.len() >= base + register_count` is ensured
//!   (`Vm::ensure_stack`), and the stack never reallocates (it is created with its final
//!   capacity and never grows past it), so `regs = stack.as_mut_ptr() + base` points at the
//!   frame's window;
//! - `regs` is re-derived from the frame record after anything that can push or pop frames
//!   or resize the stack (every slow path goes through `reload!`), and references obtained
//!   from it are never held across such calls.
//!
//! Instruction fetch is unchecked too: `ip` points into the running code's instruction
//! vector (kept alive by the frame's function). The verifier checked that every jump target
//! is in range and that code cannot run off its end (it ends in a return, jump or raise), so
//! `ip` only ever moves to a verified target or to the instruction after one that falls
//! through; the frame's saved pc is `ip - instrs`.

use std::rc::Rc;

use tauraro_bytecode::{Instr, Reg};

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::call::FrameExit;
use crate::interpreter::generator::GenFrameExit;
use crate::interpreter::{CallTarget, Vm};
use crate::object::{Code, PyStr};
use crate::runtime::arith::BinOp;
use crate::runtime::attribute_cache;
use crate::runtime::compare::CompareOp;
use crate::runtime::context_managers::WithEnterStep;
use crate::value::Value;

/// What the loop does after an exception was dealt with by `unwind`.
pub(crate) enum Unwound {
    /// A handler in a frame of this run was found; continue there.
    Resume,
}

impl Vm {
    /// Runs from the top frame until the entry frame of this run returns.
    pub(crate) fn run(&mut self) -> PyResult<Value> {
        let marker = 0u8;
        if self.stack_origin.is_none() {
            self.stack_origin = Some(&marker as *const u8 as usize);
        }
        self.check_rust_stack()?;

        let mut code: *const Code;
        let mut regs: *mut Value;
        // The next instruction to run: a pointer rather than an index into `instrs`, so the
        // fetch needs one live register instead of two (the loop is register-starved).
        let mut ip: *const Instr;
        // The running frame's module, kept in a local like the others. The instruction and
        // constant vectors and the window start are derived from `code` and `regs` where
        // needed: fewer values live across the loop leave registers for `ip` and `regs`.
        let mut module: *const crate::object::Module;

        // Points the hot locals at a frame running `$function` from `$base`, resuming at `$pc`.
        macro_rules! load_frame {
            ($function:expr, $base:expr, $pc:expr) => {{
                let function: &crate::object::Function = $function;
                code = Rc::as_ptr(&function.code);
                // SAFETY: the frame's function keeps the code alive while the frame exists.
                let code_ref = unsafe { &*code };
                // SAFETY: `$pc` is a resume point inside the code (verified jump target or
                // saved pc), so the pointer stays within `instructions`.
                ip = unsafe { code_ref.instructions.as_ptr().add($pc) };
                module = Rc::as_ptr(&function.globals);
                // SAFETY: the window start is within the stack (ensured at the frame's push).
                regs = unsafe { self.stack.as_mut_ptr().add($base) };
            }};
        }
        macro_rules! reload {
            () => {{
                let frame = self.frames.last().expect("a frame is running");
                let (frame_base, frame_pc) = (frame.base as usize, frame.pc as usize);
                let function: *const crate::object::Function = Rc::as_ptr(&frame.function);
                // SAFETY: the frame record keeps its function alive while the frame exists.
                load_frame!(unsafe { &*function }, frame_base, frame_pc);
            }};
        }
        // The running code's instructions and constants. Used only inside the `unsafe`
        // blocks that offset them; dereferencing `code` is sound there because the running
        // frame's function keeps its code alive.
        macro_rules! instrs {
            () => {
                (*code).instructions.as_ptr()
            };
        }
        macro_rules! consts {
            () => {
                (*code).constants.as_ptr()
            };
        }
        // The running frame's first stack index.
        macro_rules! frame_base {
            () => {
                // SAFETY: `regs` was derived from the stack's pointer by `load_frame!`.
                unsafe { regs.offset_from(self.stack.as_ptr()) as usize }
            };
        }
        macro_rules! reg {
            ($r:expr) => {
                // SAFETY: see the module comment.
                unsafe { &*regs.add(Reg::index($r)) }
            };
        }
        macro_rules! set {
            ($r:expr, $v:expr) => {{
                let value = $v;
                // SAFETY: see the module comment.
                let old = unsafe { std::mem::replace(&mut *regs.add(Reg::index($r)), value) };
                crate::value::discard(old);
            }};
        }
        macro_rules! take {
            ($r:expr) => {
                // SAFETY: see the module comment.
                unsafe { std::mem::take(&mut *regs.add(Reg::index($r))) }
            };
        }
        macro_rules! save_pc {
            () => {
                // SAFETY: `ip` and `instrs` point into the same instruction vector.
                self.frames
                    .set_pc(unsafe { ip.offset_from(instrs!()) } as u32);
            };
        }
        // After a slow path that may have pushed and popped frames or grown the stack: the
        // running frame is the same and the stack never reallocates (see the module comment),
        // so `regs` is still valid. Debug builds check it.
        macro_rules! refresh {
            () => {
                debug_assert_eq!(regs as *const Value, {
                    let frame = self.frames.last().expect("a frame is running");
                    self.stack.as_ptr().wrapping_add(frame.base as usize)
                });
            };
        }
        macro_rules! jump_target {
            () => {
                // SAFETY: `pc` indexes the instruction after a paired one, which the verifier
                // checked exists and is a `Jump`.
                match unsafe { *ip } {
                    // SAFETY: the verifier checked jump targets are in range.
                    Instr::Jump { target } => unsafe { instrs!().add(target.index()) },
                    // SAFETY: as above, the paired instruction exists.
                    _ => unsafe { ip.add(1) },
                }
            };
        }
        macro_rules! branch {
            ($taken:expr) => {{
                if $taken {
                    ip = jump_target!();
                } else {
                    // SAFETY: the paired jump instruction follows.
                    ip = unsafe { ip.add(1) };
                }
            }};
        }
        macro_rules! binary {
            ($dst:expr, $lhs:expr, $rhs:expr, $op:expr, $int_fast:expr, $float_fast:expr) => {{
                let result = match (reg!($lhs), reg!($rhs)) {
                    (Value::Int(a), Value::Int(b)) => $int_fast(*a, *b),
                    (Value::Float(a), Value::Float(b)) => $float_fast(*a, *b),
                    // Mixed operands: Python converts the int to float first, and `as f64`
                    // rounds an i64 exactly as CPython's int-to-float conversion does.
                    (Value::Int(a), Value::Float(b)) => $float_fast(*a as f64, *b),
                    (Value::Float(a), Value::Int(b)) => $float_fast(*a, *b as f64),
                    _ => None,
                };
                let result = match result {
                    Some(value) => value,
                    None => {
                        unlikely_path();
                        if $op == BinOp::Add
                            && let (Value::Str(a), Value::Str(b)) = (reg!($lhs), reg!($rhs))
                        {
                            // `str + str` runs no Python code: no operand copies.
                            Value::Str(Rc::new(PyStr::concat_pair(a, b)))
                        } else if $op == BinOp::Add
                            && let (Value::List(a), Value::List(b)) = (reg!($lhs), reg!($rhs))
                        {
                            // Nor does `list + list`.
                            Value::List(crate::object::PyList::concat_rc(a, b))
                        } else {
                            let (a, b) = (reg!($lhs).clone(), reg!($rhs).clone());
                            let value = tri!(self.binary_op($op, &a, &b));
                            refresh!();
                            value
                        }
                    }
                };
                set!($dst, result);
            }};
        }
        // `dst = src OP imm` with an int immediate: ints checked (`$checked` overflows to the
        // general path), floats directly, anything else through `binary_op`.
        macro_rules! binary_imm {
            ($dst:expr, $src:expr, $imm:expr, $op:expr, $checked:ident, $float_op:tt) => {{
                let imm = i64::from($imm);
                let result = match reg!($src) {
                    Value::Int(a) => a.$checked(imm).map(Value::Int),
                    Value::Float(a) => Some(Value::Float(*a $float_op imm as f64)),
                    _ => None,
                };
                let result = match result {
                    Some(value) => value,
                    None => {
                        unlikely_path();
                        let a = reg!($src).clone();
                        let value = tri!(self.binary_op($op, &a, &Value::Int(imm)));
                        refresh!();
                        value
                    }
                };
                set!($dst, result);
            }};
        }
        // Binds a global slot of the running module to `$value`.
        macro_rules! store_global {
            ($slot:expr, $value:expr) => {{
                // SAFETY: the running frame's function keeps its module alive.
                let old = unsafe { (*module).globals.replace($slot.index(), $value) };
                // Releasing the old value may abandon a generator or queue a `__del__`,
                // which run at this safe point. Inline values skip the drop glue entirely.
                if old.is_heap() {
                    drop(old);
                    self.close_abandoned_generators_if_pending();
                    refresh!();
                } else {
                    std::mem::forget(old);
                }
            }};
        }
        macro_rules! inplace {
            ($dst:expr, $lhs:expr, $rhs:expr, $op:expr) => {{
                let result = match (reg!($lhs), reg!($rhs)) {
                    (Value::Int(a), Value::Int(b)) => crate::runtime::arith::int_fast($op, *a, *b),
                    (Value::Float(a), Value::Float(b)) => {
                        crate::runtime::arith::float_fast($op, *a, *b)
                    }
                    // Mixed operands: the int converts to float first (see `binary!`).
                    (Value::Int(a), Value::Float(b)) => {
                        crate::runtime::arith::float_fast($op, *a as f64, *b)
                    }
                    (Value::Float(a), Value::Int(b)) => {
                        crate::runtime::arith::float_fast($op, *a, *b as f64)
                    }
                    _ => None,
                };
                let result = match result {
                    Some(value) => value,
                    None => {
                        unlikely_path();
                        // Take the left operand out of its register when it is also the
                        // destination, so a uniquely owned list or str can grow in place.
                        // (Not when it is also the right operand: `s += s` reads it again.)
                        let a = if $lhs == $dst && $rhs != $lhs {
                            take!($lhs)
                        } else {
                            reg!($lhs).clone()
                        };
                        let b = reg!($rhs).clone();
                        let outcome = self.inplace_op($op, a, &b);
                        refresh!();
                        tri!(outcome)
                    }
                };
                set!($dst, result);
            }};
        }
        macro_rules! compare {
            ($dst:expr, $lhs:expr, $rhs:expr, $op:expr, $cmp:tt) => {{
                let result = match (reg!($lhs), reg!($rhs)) {
                    (Value::Int(a), Value::Int(b)) => Value::bool(*a $cmp *b),
                    (Value::Float(a), Value::Float(b)) => Value::bool(*a $cmp *b),
                    // Python compares int and float exactly; converting is exact up to 2**53.
                    (Value::Int(a), Value::Float(b)) if exact_in_float(*a) => {
                        Value::bool((*a as f64) $cmp *b)
                    }
                    (Value::Float(a), Value::Int(b)) if exact_in_float(*b) => {
                        Value::bool(*a $cmp (*b as f64))
                    }
                    // UTF-8 byte order is code point order, which is how Python orders str.
                    (Value::Str(a), Value::Str(b)) => {
                        Value::bool(compare_strs(a, b, |o| o $cmp std::cmp::Ordering::Equal))
                    }
                    _ => {
                        unlikely_path();
                        let (a, b) = (reg!($lhs).clone(), reg!($rhs).clone());
                        let value = tri!(self.compare(&a, &b, $op));
                        refresh!();
                        value
                    }
                };
                set!($dst, result);
            }};
        }
        macro_rules! compare_branch {
            ($lhs:expr, $rhs:expr, $op:expr, $cmp:tt, $when:expr) => {{
                let holds = match (reg!($lhs), reg!($rhs)) {
                    (Value::Int(a), Value::Int(b)) => *a $cmp *b,
                    (Value::Float(a), Value::Float(b)) => *a $cmp *b,
                    (Value::Int(a), Value::Float(b)) if exact_in_float(*a) => (*a as f64) $cmp *b,
                    (Value::Float(a), Value::Int(b)) if exact_in_float(*b) => *a $cmp (*b as f64),
                    (Value::Str(a), Value::Str(b)) => {
                        compare_strs(a, b, |o| o $cmp std::cmp::Ordering::Equal)
                    }
                    _ => {
                        unlikely_path();
                        let (a, b) = (reg!($lhs).clone(), reg!($rhs).clone());
                        let holds = tri!(self.compare_bool(&a, &b, $op));
                        refresh!();
                        holds
                    }
                };
                branch!(holds == $when);
                fast_lane!();
            }};
        }
        // `lhs == ` module global `$slot`, branching: the global is read as `LoadGlobal`
        // reads it (builtins and NameError when unbound) and compared without a register.
        macro_rules! compare_global_branch {
            ($lhs:expr, $slot:expr, $when:expr) => {{
                // SAFETY: the running frame's function keeps its module alive.
                let global = unsafe { (*module).globals.get($slot.index()) };
                let holds = match (reg!($lhs), &global) {
                    (Value::Int(a), Value::Int(b)) => *a == *b,
                    (Value::Str(a), Value::Str(b)) => {
                        compare_strs(a, b, |o| o == std::cmp::Ordering::Equal)
                    }
                    _ => {
                        unlikely_path();
                        let global = if global.is_undefined() {
                            tri!(self.load_global_fallback($slot.index()))
                        } else {
                            global.clone()
                        };
                        let a = reg!($lhs).clone();
                        let holds = tri!(self.compare_bool(&a, &global, CompareOp::Eq));
                        refresh!();
                        holds
                    }
                };
                crate::value::discard(global);
                branch!(holds == $when);
                fast_lane!();
            }};
        }
        macro_rules! compare_imm_branch {
            ($lhs:expr, $imm:expr, $op:expr, $cmp:tt, $when:expr) => {{
                let imm = i64::from($imm);
                let holds = match reg!($lhs) {
                    Value::Int(a) => *a $cmp imm,
                    Value::Float(a) => *a $cmp (imm as f64),
                    _ => {
                        unlikely_path();
                        let a = reg!($lhs).clone();
                        let holds = tri!(self.compare_bool(&a, &Value::Int(imm), $op));
                        refresh!();
                        holds
                    }
                };
                branch!(holds == $when);
                fast_lane!();
            }};
        }
        macro_rules! truthy {
            ($r:expr) => {{
                match reg!($r) {
                    Value::True => true,
                    Value::False | Value::None => false,
                    Value::Int(v) => *v != 0,
                    // `while todo:` on a work list.
                    Value::List(list) => !list.is_empty(),
                    _ => {
                        let value = reg!($r).clone();
                        let truth = tri!(self.is_true(&value));
                        refresh!();
                        truth
                    }
                }
            }};
        }
        'frames: loop {
            // Continues in the threaded fast lane (see `threaded`) when the instruction at `ip`
            // has a handler there; the lane returns at the first instruction it leaves to this
            // loop. Entered where loops and functions start (after branches, loop steps, unpacking
            // and frame changes), where long runs of lane instructions begin: entering costs a
            // call, which a single instruction would not repay.
            macro_rules! fast_lane {
                () => {
                    // SAFETY: the hot locals describe the running frame (see the module comment).
                    if unsafe { crate::interpreter::threaded::starts_lane(ip) } {
                        // SAFETY: as above; the lane borrows the interpreter only while it runs.
                        ip = unsafe {
                            crate::interpreter::threaded::run(
                                ip,
                                regs,
                                instrs!(),
                                code,
                                self as *mut Vm,
                            )
                        };
                        if self.lane_changed_frames {
                            // The lane called or returned: `ip` is in the frame now on top,
                            // whose state the loop reloads.
                            self.lane_changed_frames = false;
                            let frame = self.frames.last().expect("a frame is running");
                            let function: *const crate::object::Function =
                                Rc::as_ptr(&frame.function);
                            // SAFETY: the frame record keeps its function, code and module
                            // alive while the frame exists; its window is within the stack.
                            unsafe {
                                code = Rc::as_ptr(&(*function).code);
                                module = Rc::as_ptr(&(*function).globals);
                                regs = self.stack.as_mut_ptr().add(frame.base as usize);
                            }
                        }
                    }
                };
            }
            reload!();
            fast_lane!();
            let error: PyErr = 'run: loop {
                // Evaluates a fallible slow path; on error, unwinds to a handler or leaves `run`.
                macro_rules! tri {
                    ($e:expr) => {{
                        // Out of line: inlined at each of the many slow paths, the pc store
                        // grew the loop enough to cost the hot handlers their registers.
                        // SAFETY: `ip` and `instrs` point into the same instruction vector.
                        self.frames
                            .set_pc_out_of_line(unsafe { ip.offset_from(instrs!()) } as u32);
                        match $e {
                            Ok(value) => value,
                            // Every error leaves through one shared unwinding path below.
                            Err(err) => {
                                unlikely_path();
                                break 'run err;
                            }
                        }
                    }};
                }
                // `item in container` for the registers `$item` and `$container`: dicts with
                // str/int keys answer without a call, anything else takes `Vm::contains`.
                macro_rules! contains {
                    ($item:expr, $container:expr) => {{
                        match crate::runtime::dict_scalar_keys::contains(
                            reg!($container),
                            reg!($item),
                        ) {
                            Some(found) => found,
                            None => {
                                let (item, container) =
                                    (reg!($item).clone(), reg!($container).clone());
                                let found = tri!(self.contains(&container, &item));
                                refresh!();
                                found
                            }
                        }
                    }};
                }
                macro_rules! call_result {
                    ($target:expr, $dst:expr) => {{
                        match $target {
                            CallTarget::Frame => continue 'frames,
                            CallTarget::Value(value) => {
                                refresh!();
                                set!($dst, value);
                            }
                        }
                    }};
                }

                // `Call` and `CallLocal`: calls the callee in register `$func` with the `$argc`
                // arguments from stack index `$args_start`, the result going to `$dst`
                // (stack index `$return_slot`). A Python function's frame is pushed as in
                // `CallGlobal`, without a copy of the function object (its register keeps it
                // alive meanwhile) and without `reload!`.
                macro_rules! call_register {
                    ($func:expr, $args_start:expr, $argc:expr, $return_slot:expr, $dst:expr) => {{
                        let (args_start, return_slot) = ($args_start, $return_slot);
                        if let Value::Function(function) = reg!($func) {
                            // SAFETY: a second handle on the register's reference, never
                            // dropped (so the count stays balanced). Register `$func` keeps
                            // the function alive through the entry, which writes only the
                            // callee's window (above `$func`) and the frame records.
                            let callee =
                                std::mem::ManuallyDrop::new(unsafe { std::ptr::read(function) });
                            // SAFETY: `ip` and `instrs` point into the same vector.
                            let pc = unsafe { ip.offset_from(instrs!()) } as u32;
                            match self.enter_called_function(
                                &callee,
                                args_start,
                                usize::from($argc),
                                return_slot,
                                pc,
                            ) {
                                Some(Ok(())) => {
                                    // The pushed frame record holds its own reference.
                                    load_frame!(&callee, args_start, 0);
                                    continue 'run;
                                }
                                Some(Err(err)) => {
                                    save_pc!();
                                    break 'run err;
                                }
                                None => {}
                            }
                        }
                        save_pc!();
                        let callee = reg!($func).clone();
                        let target = tri!(self.call_from_registers(
                            callee,
                            args_start,
                            usize::from($argc),
                            None,
                            return_slot,
                        ));
                        call_result!(target, $dst);
                    }};
                }

                // SAFETY: the verifier guarantees every code object ends in a return, jump or
                // raise and every jump target is in range, so `pc` stays inside `instrs`.
                // Matched through a reference so each handler loads only its own operands:
                // copying the whole instruction first made LLVM decode every operand field
                // before the jump, into registers the hot state then lost.
                let instr: &Instr = unsafe { &*ip };
                // SAFETY: as above; at most one past the last instruction, never read then.
                ip = unsafe { ip.add(1) };
                match *instr {
                    Instr::Nop {} => {}
                    Instr::LoadConst { dst, idx } => {
                        // SAFETY: the verifier checked `idx` against the constant pool.
                        let value = unsafe { (*consts!().add(idx.index())).clone() };
                        set!(dst, value);
                    }
                    Instr::LoadInt { dst, value } => set!(dst, Value::Int(i64::from(value))),
                    Instr::LoadNone { dst } => set!(dst, Value::None),
                    Instr::LoadTrue { dst } => set!(dst, Value::True),
                    Instr::LoadFalse { dst } => set!(dst, Value::False),
                    Instr::Move { dst, src } => {
                        // SAFETY: see the module comment; `copy_into` allows `dst == src`.
                        unsafe {
                            crate::value::copy_into(
                                regs.add(Reg::index(dst)),
                                regs.add(Reg::index(src)),
                            )
                        };
                    }
                    Instr::LoadGlobal { dst, slot } => {
                        // SAFETY: the running frame's function keeps its module alive.
                        let value = unsafe { (*module).globals.get(slot.index()) };
                        let value = if value.is_undefined() {
                            let v = tri!(self.load_global_fallback(slot.index()));
                            refresh!();
                            v
                        } else {
                            value
                        };
                        set!(dst, value);
                    }
                    Instr::StoreGlobal { slot, src } => {
                        let value = reg!(src).clone();
                        store_global!(slot, value);
                    }
                    Instr::StoreGlobalMove { slot, src } => {
                        let value = take!(src);
                        store_global!(slot, value);
                    }
                    Instr::DeleteGlobal { slot } => {
                        let frame = self.frames.last().expect("a frame is running");
                        let old = frame
                            .function
                            .globals
                            .globals
                            .replace(slot.index(), Value::Undefined);
                        if old.is_undefined() {
                            let name = frame.function.globals.slot_name(slot.index());
                            tri!(Err(name_error(&name)));
                        }
                        drop(old);
                        self.close_abandoned_generators_if_pending();
                        refresh!();
                    }
                    Instr::LoadBuiltin { dst, slot } => {
                        let value = self.builtins[slot.index()].clone();
                        set!(dst, value);
                    }
                    Instr::LoadName { dst, name } => {
                        // SAFETY: `code` is alive while its frame runs.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        let value = tri!(self.load_name_dynamic(&name));
                        set!(dst, value);
                    }
                    Instr::LoadClassName { dst, ns, name } => {
                        let namespace = reg!(ns).clone();
                        // SAFETY: `code` is alive while its frame runs.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        let value = tri!(self.load_class_name(&namespace, &name));
                        refresh!();
                        set!(dst, value);
                    }
                    Instr::StoreClassName { ns, name, src } => {
                        let (namespace, value) = (reg!(ns).clone(), reg!(src).clone());
                        // SAFETY: as above.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        if let Value::Dict(namespace) = namespace {
                            tri!(self.dict_set(&namespace, Value::Str(name), value));
                        } else {
                            // A namespace from a metaclass's `__prepare__`.
                            tri!(self.set_item(&namespace, Value::Str(name), value));
                        }
                        refresh!();
                    }
                    Instr::DeleteClassName { ns, name } => {
                        let namespace = reg!(ns).clone();
                        // SAFETY: as above.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        if let Value::Dict(namespace) = namespace {
                            let removed =
                                tri!(self.dict_remove(&namespace, &Value::Str(name.clone())));
                            refresh!();
                            if removed.is_none() {
                                tri!(Err::<(), PyErr>(name_error(&name)));
                            }
                        } else {
                            let key = Value::Str(name.clone());
                            let outcome = self.del_item(&namespace, &key);
                            refresh!();
                            if let Err(err) = outcome {
                                let missing = self.is_instance_of_kind(&err, ExcKind::KeyError);
                                tri!(Err::<(), PyErr>(if missing {
                                    name_error(&name)
                                } else {
                                    err
                                }));
                            }
                        }
                    }
                    Instr::CheckBound { reg: r, name } => {
                        if reg!(r).is_undefined() {
                            // SAFETY: `code` is alive while its frame runs.
                            let name = unsafe { (*code).names[name.index()].clone() };
                            tri!(Err(unbound_local_error(&name)));
                        }
                    }
                    Instr::DeleteLocal { reg: r, name } => {
                        let old = take!(r);
                        if old.is_undefined() {
                            // SAFETY: as above.
                            let name = unsafe { (*code).names[name.index()].clone() };
                            tri!(Err(unbound_local_error(&name)));
                        }
                        drop(old);
                        // `del g` (and the end of a `for` loop left by `break`) may abandon a
                        // generator.
                        self.close_abandoned_generators_if_pending();
                        refresh!();
                    }
                    Instr::MakeCell { reg: r } => {
                        let value = take!(r);
                        set!(r, Value::Cell(Rc::new(crate::object::PyCell::new(value))));
                    }
                    Instr::LoadCell { dst, cell, name } => {
                        let value = match reg!(cell) {
                            Value::Cell(cell) => cell.get(),
                            _ => Value::Undefined,
                        };
                        if value.is_undefined() {
                            // SAFETY: as above.
                            let err = unbound_cell_error(unsafe { &*code }, cell, name);
                            tri!(Err(err));
                        }
                        set!(dst, value);
                    }
                    Instr::StoreCell { cell, src } => {
                        let value = reg!(src).clone();
                        if let Value::Cell(cell) = reg!(cell) {
                            // (`discard`: the drop glue is a call even for an int.)
                            crate::value::discard(cell.set(value));
                        } else {
                            crate::value::discard(value);
                        }
                    }
                    Instr::DeleteCell { cell, name } => {
                        let old = match reg!(cell) {
                            Value::Cell(cell) => cell.set(Value::Undefined),
                            _ => Value::Undefined,
                        };
                        if old.is_undefined() {
                            // SAFETY: as above.
                            let err = unbound_cell_error(unsafe { &*code }, cell, name);
                            tri!(Err(err));
                        }
                        drop(old);
                        self.close_abandoned_generators_if_pending();
                        refresh!();
                    }

                    Instr::Add { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::Add,
                        |a: i64, b: i64| a.checked_add(b).map(Value::Int),
                        |a: f64, b: f64| Some(Value::Float(a + b))
                    ),
                    Instr::Sub { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::Sub,
                        |a: i64, b: i64| a.checked_sub(b).map(Value::Int),
                        |a: f64, b: f64| Some(Value::Float(a - b))
                    ),
                    Instr::Mul { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::Mul,
                        |a: i64, b: i64| a.checked_mul(b).map(Value::Int),
                        |a: f64, b: f64| Some(Value::Float(a * b))
                    ),
                    Instr::TrueDiv { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::TrueDiv,
                        crate::runtime::arith::int_true_divide_fast,
                        |a: f64, b: f64| (b != 0.0).then(|| Value::Float(a / b))
                    ),
                    Instr::FloorDiv { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::FloorDiv,
                        |a: i64, b: i64| crate::runtime::arith::int_fast(BinOp::FloorDiv, a, b),
                        |_: f64, _: f64| None
                    ),
                    Instr::Mod { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::Mod,
                        |a: i64, b: i64| crate::runtime::arith::int_fast(BinOp::Mod, a, b),
                        |_: f64, _: f64| None
                    ),
                    Instr::Pow { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::Pow,
                        |a: i64, b: i64| crate::runtime::arith::int_fast(BinOp::Pow, a, b),
                        // A positive finite base to a finite power with a finite result is
                        // libm's pow, as in CPython; every special case takes the slow path.
                        |a: f64, b: f64| {
                            if a > 0.0 && a.is_finite() && b.is_finite() {
                                let result = a.powf(b);
                                result.is_finite().then_some(Value::Float(result))
                            } else {
                                None
                            }
                        }
                    ),
                    Instr::MatMul { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::MatMul,
                        |_: i64, _: i64| None,
                        |_: f64, _: f64| None
                    ),
                    Instr::LShift { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::LShift,
                        |a: i64, b: i64| crate::runtime::arith::int_fast(BinOp::LShift, a, b),
                        |_: f64, _: f64| None
                    ),
                    Instr::RShift { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::RShift,
                        |a: i64, b: i64| crate::runtime::arith::int_fast(BinOp::RShift, a, b),
                        |_: f64, _: f64| None
                    ),
                    Instr::BitAnd { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::BitAnd,
                        |a: i64, b: i64| Some(Value::Int(a & b)),
                        |_: f64, _: f64| None
                    ),
                    Instr::BitOr { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::BitOr,
                        |a: i64, b: i64| Some(Value::Int(a | b)),
                        |_: f64, _: f64| None
                    ),
                    Instr::BitXor { dst, lhs, rhs } => binary!(
                        dst,
                        lhs,
                        rhs,
                        BinOp::BitXor,
                        |a: i64, b: i64| Some(Value::Int(a ^ b)),
                        |_: f64, _: f64| None
                    ),
                    Instr::InplaceAdd { dst, lhs, rhs } => inplace!(dst, lhs, rhs, BinOp::Add),
                    Instr::InplaceSub { dst, lhs, rhs } => inplace!(dst, lhs, rhs, BinOp::Sub),
                    Instr::InplaceMul { dst, lhs, rhs } => inplace!(dst, lhs, rhs, BinOp::Mul),
                    Instr::InplaceTrueDiv { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::TrueDiv)
                    }
                    Instr::InplaceFloorDiv { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::FloorDiv)
                    }
                    Instr::InplaceMod { dst, lhs, rhs } => inplace!(dst, lhs, rhs, BinOp::Mod),
                    Instr::InplacePow { dst, lhs, rhs } => inplace!(dst, lhs, rhs, BinOp::Pow),
                    Instr::InplaceMatMul { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::MatMul)
                    }
                    Instr::InplaceLShift { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::LShift)
                    }
                    Instr::InplaceRShift { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::RShift)
                    }
                    Instr::InplaceBitAnd { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::BitAnd)
                    }
                    Instr::InplaceBitOr { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::BitOr)
                    }
                    Instr::InplaceBitXor { dst, lhs, rhs } => {
                        inplace!(dst, lhs, rhs, BinOp::BitXor)
                    }
                    Instr::MulImm { dst, src, imm } => {
                        binary_imm!(dst, src, imm, BinOp::Mul, checked_mul, *)
                    }
                    Instr::ModConst { dst, src, constant } => {
                        // SAFETY: the verifier checked `constant` against the constant pool.
                        let divisor = unsafe { &*consts!().add(constant.index()) };
                        let result = match (reg!(src), divisor) {
                            // A positive divisor: Python's `%` is the Euclidean remainder.
                            (Value::Int(a), Value::Int(k)) if *k > 0 => {
                                Value::Int(a.rem_euclid(*k))
                            }
                            _ => {
                                unlikely_path();
                                let (a, k) = (reg!(src).clone(), divisor.clone());
                                let value = tri!(self.binary_op(BinOp::Mod, &a, &k));
                                refresh!();
                                value
                            }
                        };
                        set!(dst, result);
                    }
                    Instr::AddImm { dst, src, imm } => {
                        binary_imm!(dst, src, imm, BinOp::Add, checked_add, +)
                    }
                    Instr::SubImm { dst, src, imm } => {
                        binary_imm!(dst, src, imm, BinOp::Sub, checked_sub, -)
                    }
                    Instr::InplaceAddImm { dst, src, imm } => {
                        let result = match reg!(src) {
                            Value::Int(a) => a.checked_add(i64::from(imm)).map(Value::Int),
                            Value::Float(a) => Some(Value::Float(a + f64::from(imm))),
                            _ => None,
                        };
                        let result = match result {
                            Some(value) => value,
                            None => {
                                unlikely_path();
                                let a = if src == dst {
                                    take!(src)
                                } else {
                                    reg!(src).clone()
                                };
                                let outcome =
                                    self.inplace_op(BinOp::Add, a, &Value::Int(i64::from(imm)));
                                refresh!();
                                tri!(outcome)
                            }
                        };
                        set!(dst, result);
                    }
                    Instr::InplaceSubImm { dst, src, imm } => {
                        let result = match reg!(src) {
                            Value::Int(a) => a.checked_sub(i64::from(imm)).map(Value::Int),
                            Value::Float(a) => Some(Value::Float(a - f64::from(imm))),
                            _ => None,
                        };
                        let result = match result {
                            Some(value) => value,
                            None => {
                                unlikely_path();
                                let a = if src == dst {
                                    take!(src)
                                } else {
                                    reg!(src).clone()
                                };
                                let outcome =
                                    self.inplace_op(BinOp::Sub, a, &Value::Int(i64::from(imm)));
                                refresh!();
                                tri!(outcome)
                            }
                        };
                        set!(dst, result);
                    }
                    Instr::Neg { dst, src } => {
                        let result = match reg!(src) {
                            Value::Int(a) if *a != i64::MIN => Value::Int(-a),
                            Value::Float(a) => Value::Float(-a),
                            _ => {
                                let a = reg!(src).clone();
                                let value = tri!(self.negative(&a));
                                refresh!();
                                value
                            }
                        };
                        set!(dst, result);
                    }
                    Instr::Pos { dst, src } => {
                        let a = reg!(src).clone();
                        let value = tri!(self.positive(&a));
                        refresh!();
                        set!(dst, value);
                    }
                    Instr::Invert { dst, src } => {
                        let a = reg!(src).clone();
                        let value = tri!(self.invert(&a));
                        refresh!();
                        set!(dst, value);
                    }
                    Instr::Not { dst, src } => {
                        let truth = truthy!(src);
                        set!(dst, Value::bool(!truth));
                    }

                    Instr::Lt { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Lt, <),
                    Instr::Le { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Le, <=),
                    Instr::Gt { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Gt, >),
                    Instr::Ge { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Ge, >=),
                    Instr::Eq { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Eq, ==),
                    Instr::Ne { dst, lhs, rhs } => compare!(dst, lhs, rhs, CompareOp::Ne, !=),
                    Instr::Is { dst, lhs, rhs } => {
                        let same = is_same_object(reg!(lhs), reg!(rhs));
                        set!(dst, Value::bool(same));
                    }
                    Instr::IsNot { dst, lhs, rhs } => {
                        let same = is_same_object(reg!(lhs), reg!(rhs));
                        set!(dst, Value::bool(!same));
                    }
                    Instr::In { dst, lhs, rhs } => {
                        let found = contains!(lhs, rhs);
                        set!(dst, Value::bool(found));
                    }
                    Instr::NotIn { dst, lhs, rhs } => {
                        let found = contains!(lhs, rhs);
                        set!(dst, Value::bool(!found));
                    }

                    Instr::Jump { target } => {
                        // SAFETY: the verifier checked jump targets.
                        ip = unsafe { instrs!().add(target.index()) };
                        fast_lane!();
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        if truthy!(cond) {
                            // SAFETY: the verifier checked jump targets.
                            ip = unsafe { instrs!().add(target.index()) };
                        }
                        fast_lane!();
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        if !truthy!(cond) {
                            // SAFETY: the verifier checked jump targets.
                            ip = unsafe { instrs!().add(target.index()) };
                        }
                        fast_lane!();
                    }
                    Instr::JumpIfEqGlobal { lhs, slot } => {
                        compare_global_branch!(lhs, slot, true)
                    }
                    Instr::JumpUnlessEqGlobal { lhs, slot } => {
                        compare_global_branch!(lhs, slot, false)
                    }
                    Instr::JumpIfIs { lhs, rhs } => {
                        branch!(reg!(lhs).is(reg!(rhs)));
                        fast_lane!();
                    }
                    Instr::JumpIfIsNot { lhs, rhs } => {
                        branch!(!reg!(lhs).is(reg!(rhs)));
                        fast_lane!();
                    }
                    Instr::JumpIfLt { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Lt, <, true)
                    }
                    Instr::JumpIfLe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Le, <=, true)
                    }
                    Instr::JumpIfGt { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Gt, >, true)
                    }
                    Instr::JumpIfGe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Ge, >=, true)
                    }
                    Instr::JumpIfEq { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Eq, ==, true)
                    }
                    Instr::JumpIfNe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Ne, !=, true)
                    }
                    Instr::JumpUnlessLt { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Lt, <, false)
                    }
                    Instr::JumpUnlessLe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Le, <=, false)
                    }
                    Instr::JumpUnlessGt { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Gt, >, false)
                    }
                    Instr::JumpUnlessGe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Ge, >=, false)
                    }
                    Instr::JumpUnlessEq { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Eq, ==, false)
                    }
                    Instr::JumpUnlessNe { lhs, rhs } => {
                        compare_branch!(lhs, rhs, CompareOp::Ne, !=, false)
                    }
                    Instr::JumpIfLtImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Lt, <, true)
                    }
                    Instr::JumpIfLeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Le, <=, true)
                    }
                    Instr::JumpIfGtImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Gt, >, true)
                    }
                    Instr::JumpIfGeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Ge, >=, true)
                    }
                    Instr::JumpIfEqImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Eq, ==, true)
                    }
                    Instr::JumpIfNeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Ne, !=, true)
                    }
                    Instr::JumpUnlessLtImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Lt, <, false)
                    }
                    Instr::JumpUnlessLeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Le, <=, false)
                    }
                    Instr::JumpUnlessGtImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Gt, >, false)
                    }
                    Instr::JumpUnlessGeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Ge, >=, false)
                    }
                    Instr::JumpUnlessEqImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Eq, ==, false)
                    }
                    Instr::JumpUnlessNeImm { lhs, imm } => {
                        compare_imm_branch!(lhs, imm, CompareOp::Ne, !=, false)
                    }
                    Instr::JumpIfNone { src } => {
                        branch!(matches!(reg!(src), Value::None));
                        fast_lane!();
                    }
                    Instr::JumpUnlessNone { src } => {
                        branch!(!matches!(reg!(src), Value::None));
                        fast_lane!();
                    }

                    Instr::GetIter { dst, src } => {
                        let value = reg!(src).clone();
                        let iter = tri!(self.get_iter(&value));
                        refresh!();
                        set!(dst, iter);
                    }
                    Instr::ForIter { iter, dst } => {
                        // Fast paths for the common iterators, without leaving the loop.
                        let fast = match reg!(iter) {
                            Value::Iterator(it) => {
                                crate::runtime::iterate::step_common(&mut it.state.borrow_mut())
                            }
                            Value::Generator(_) => {
                                // The generator's frame runs next in this loop; its yield
                                // comes back to the jump after this instruction.
                                // Every way out reloads from the frame records, so nothing of
                                // the loop's state stays live across the call.
                                save_pc!();
                                match self.for_iter_generator(iter.index(), dst.index()) {
                                    Ok(()) => continue 'frames,
                                    Err(err) => break 'run err,
                                }
                            }
                            _ => None,
                        };
                        let next = match fast {
                            Some(next) => next,
                            None => {
                                let it = reg!(iter).clone();
                                let next = tri!(self.next_value(&it));
                                refresh!();
                                next
                            }
                        };
                        match next {
                            Some(value) => {
                                set!(dst, value);
                                ip = jump_target!();
                            }
                            // SAFETY: the paired jump instruction follows.
                            None => ip = unsafe { ip.add(1) },
                        }
                        fast_lane!();
                    }
                    Instr::RangePrep { base, argc } => {
                        // At most three arguments: no heap vector for them.
                        let count = u16::from(argc.min(3));
                        let mut args: [Value; 3] = Default::default();
                        for (i, arg) in (0..count).zip(args.iter_mut()) {
                            *arg = reg!(Reg::from_raw(base.raw() + i)).clone();
                        }
                        let state = tri!(self.range_loop_state(&args[..usize::from(count)]));
                        refresh!();
                        for (offset, value) in state.into_iter().enumerate() {
                            set!(Reg::from_raw(base.raw() + offset as u16), value);
                        }
                    }
                    Instr::ForRange { base, dst } => {
                        // `RangePrep` left (next value, remaining count, step) in the span, or a
                        // generic iterator in `base` when `range` was rebound.
                        // SAFETY: see the module comment (the verifier checked the whole
                        // three-register span); the registers are distinct, so the references
                        // do not alias, and none outlives this match.
                        let span = unsafe {
                            let first = regs.add(Reg::index(base));
                            (&mut *first, &mut *first.add(1), &*first.add(2))
                        };
                        let next = match span {
                            (Value::Int(current), Value::Int(left), Value::Int(by)) => {
                                if *left > 0 {
                                    // The counters stay ints: only their payloads change.
                                    let value = *current;
                                    // Wrapping: the value after the last one is never used.
                                    *current = value.wrapping_add(*by);
                                    *left -= 1;
                                    Some(Value::Int(value))
                                } else {
                                    None
                                }
                            }
                            (it, _, _) => {
                                unlikely_path();
                                let it = it.clone();
                                let next = tri!(self.next_value(&it));
                                refresh!();
                                next
                            }
                        };
                        match next {
                            Some(value) => {
                                set!(dst, value);
                                ip = jump_target!();
                            }
                            // SAFETY: the paired jump instruction follows.
                            None => ip = unsafe { ip.add(1) },
                        }
                        fast_lane!();
                    }

                    Instr::BuildList { dst, base, count } => {
                        let list = crate::object::PyList::filled_rc(usize::from(count), |items| {
                            for i in 0..count {
                                items.push(take!(Reg::from_raw(base.raw() + i)));
                            }
                        });
                        if crate::gc::track_list(&list) {
                            crate::gc::collect();
                        }
                        set!(dst, Value::List(list));
                    }
                    Instr::BuildTuple { dst, base, count } => {
                        let tuple = crate::object::RcTuple::from_fn(usize::from(count), |i| {
                            take!(Reg::from_raw(base.raw() + i as u16))
                        });
                        set!(dst, Value::Tuple(tuple));
                    }
                    Instr::BuildSet { dst, base, count } => {
                        let items: Vec<Value> = (0..count)
                            .map(|i| take!(Reg::from_raw(base.raw() + i)))
                            .collect();
                        let set = tri!(self.build_set(items));
                        refresh!();
                        set!(dst, set);
                    }
                    Instr::BuildDict { dst, base, count } => {
                        let pairs: Vec<(Value, Value)> = (0..count)
                            .map(|i| {
                                (
                                    take!(Reg::from_raw(base.raw() + 2 * i)),
                                    take!(Reg::from_raw(base.raw() + 2 * i + 1)),
                                )
                            })
                            .collect();
                        let dict = tri!(self.build_dict(pairs));
                        refresh!();
                        if let Value::Dict(dict) = &dict
                            && crate::gc::track_dict(dict)
                        {
                            crate::gc::collect();
                        }
                        set!(dst, dict);
                    }
                    Instr::ListAppend { list, item } => {
                        let value = reg!(item).clone();
                        if let Value::List(list) = reg!(list) {
                            list.push(value);
                        }
                    }
                    Instr::ListExtend { list, src } => {
                        let (target, source) = (reg!(list).clone(), reg!(src).clone());
                        tri!(self.list_extend(&target, &source));
                        refresh!();
                    }
                    Instr::SetAdd { set, item } => {
                        // An int (a set comprehension's usual item) goes in without copies
                        // of the operands or a call.
                        if let (Value::Set(target), Value::Int(n)) = (reg!(set), reg!(item))
                            && target.insert_int(*n)
                        {
                            continue;
                        }
                        let (target, value) = (reg!(set).clone(), reg!(item).clone());
                        tri!(self.set_add(&target, value));
                        refresh!();
                    }
                    Instr::SetUpdate { set, src } => {
                        let (target, source) = (reg!(set).clone(), reg!(src).clone());
                        tri!(self.set_update(&target, &source));
                        refresh!();
                    }
                    Instr::DictInsert { dict, key, value } => {
                        let (target, k, v) =
                            (reg!(dict).clone(), reg!(key).clone(), reg!(value).clone());
                        tri!(self.set_item(&target, k, v));
                        refresh!();
                    }
                    Instr::DictUpdate { dict, src } => {
                        let (target, source) = (reg!(dict).clone(), reg!(src).clone());
                        tri!(self.dict_update(&target, &source, None));
                        refresh!();
                    }
                    Instr::DictMerge { dict, src, func } => {
                        let (target, source, function) =
                            (reg!(dict).clone(), reg!(src).clone(), reg!(func).clone());
                        tri!(self.dict_update(&target, &source, Some(&function)));
                        refresh!();
                    }
                    Instr::ListToTuple { dst, src } => {
                        let items = match reg!(src) {
                            Value::List(list) => list.snapshot(),
                            other => vec![other.clone()],
                        };
                        set!(dst, Value::tuple(items));
                    }
                    Instr::BuildString { dst, base, count } => {
                        let text = match reg!(base) {
                            // A single piece (a constant format spec) is already the result.
                            Value::Str(piece) if count == 1 => piece.clone(),
                            _ => {
                                // The codegen fills the span with strings only.
                                let pieces = (0..count).filter_map(|i| {
                                    match reg!(Reg::from_raw(base.raw() + i)) {
                                        Value::Str(piece) => Some(&**piece),
                                        _ => None,
                                    }
                                });
                                Rc::new(PyStr::concat(pieces))
                            }
                        };
                        set!(dst, Value::Str(text));
                    }
                    Instr::FormatValue {
                        dst,
                        src,
                        conversion,
                    } => {
                        let value = reg!(src).clone();
                        let text = tri!(self.format_value(&value, conversion, None));
                        refresh!();
                        set!(dst, text);
                    }
                    Instr::FormatWithSpec { dst, src, spec } => {
                        let (value, spec) = (reg!(src).clone(), reg!(spec).clone());
                        let text = tri!(self.format_value(&value, 0, Some(&spec)));
                        refresh!();
                        set!(dst, text);
                    }
                    Instr::BuildSlice { dst, base, count } => {
                        let start = take!(base);
                        let stop = take!(Reg::from_raw(base.raw() + 1));
                        let step = if count == 3 {
                            take!(Reg::from_raw(base.raw() + 2))
                        } else {
                            Value::None
                        };
                        set!(
                            dst,
                            Value::Slice(Rc::new(crate::object::PySlice { start, stop, step }))
                        );
                    }

                    Instr::GetSlice { dst, obj, base } => {
                        let start = take!(base);
                        let stop = take!(Reg::from_raw(base.raw() + 1));
                        let value =
                            match crate::runtime::slices::simple_slice(reg!(obj), &start, &stop) {
                                Some(value) => value,
                                None => {
                                    let o = reg!(obj).clone();
                                    let slice = Value::Slice(Rc::new(crate::object::PySlice {
                                        start,
                                        stop,
                                        step: Value::None,
                                    }));
                                    let value = tri!(self.get_item(&o, &slice));
                                    refresh!();
                                    value
                                }
                            };
                        set!(dst, value);
                    }
                    Instr::GetItem { dst, obj, key } => {
                        let fast = match (reg!(obj), reg!(key)) {
                            (Value::List(list), Value::Int(index)) => list.item_at(*index),
                            (Value::Dict(dict), key) => {
                                crate::runtime::dict_scalar_keys::get(dict, key)
                            }
                            _ => None,
                        };
                        let value = match fast {
                            Some(value) => value,
                            None => {
                                let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                                let value = tri!(self.get_item(&o, &k));
                                refresh!();
                                value
                            }
                        };
                        set!(dst, value);
                    }
                    Instr::SetItem { obj, key, src } => {
                        let stored = match (reg!(obj), reg!(key)) {
                            (Value::List(list), Value::Int(index)) => {
                                list.store_at(*index, reg!(src))
                            }
                            (Value::Dict(dict), key) => {
                                let value = crate::value::read(reg!(src));
                                crate::runtime::dict_scalar_keys::set(dict, key, value).is_ok()
                            }
                            _ => false,
                        };
                        if !stored {
                            let (o, k, v) =
                                (reg!(obj).clone(), reg!(key).clone(), reg!(src).clone());
                            tri!(self.set_item(&o, k, v));
                            refresh!();
                        }
                    }
                    Instr::GetItemImm { dst, obj, index } => {
                        let fast = match reg!(obj) {
                            Value::List(list) => list.item_at(i64::from(index)),
                            Value::Tuple(tuple) => tuple_item(&tuple.items, i64::from(index)),
                            _ => None,
                        };
                        let value = match fast {
                            Some(value) => value,
                            None => {
                                unlikely_path();
                                let o = reg!(obj).clone();
                                let key = Value::Int(i64::from(index));
                                let value = tri!(self.get_item(&o, &key));
                                refresh!();
                                value
                            }
                        };
                        set!(dst, value);
                    }
                    Instr::SetItemImm { obj, index, src } => {
                        let stored = match reg!(obj) {
                            Value::List(list) => list.store_at(i64::from(index), reg!(src)),
                            _ => false,
                        };
                        if !stored {
                            unlikely_path();
                            let (o, v) = (reg!(obj).clone(), reg!(src).clone());
                            tri!(self.set_item(&o, Value::Int(i64::from(index)), v));
                            refresh!();
                        }
                    }
                    Instr::DelItem { obj, key } => {
                        let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                        tri!(self.del_item(&o, &k));
                        refresh!();
                    }
                    Instr::GetAttr { dst, obj, name } => {
                        // SAFETY: `code` is alive while its frame runs.
                        let code_ref = unsafe { &*code };
                        let name_index = name.index();
                        // SAFETY: the verifier checked `name` against the code's name table,
                        // and the loader made one cache per name.
                        let (cache, name) = unsafe {
                            (
                                code_ref.attr_caches.get.get_unchecked(name_index),
                                code_ref.names.get_unchecked(name_index),
                            )
                        };
                        let cached = match reg!(obj) {
                            Value::Instance(instance) => {
                                attribute_cache::cached_get(instance, cache, name)
                            }
                            _ => None,
                        };
                        match cached {
                            Some(value) => set!(dst, value),
                            None => {
                                let o = reg!(obj).clone();
                                let caches = &code_ref.attr_caches;
                                let value =
                                    tri!(self.get_attr_uncached(&o, name, caches, name_index));
                                refresh!();
                                set!(dst, value);
                            }
                        }
                    }
                    Instr::SetAttr { obj, name, src } => {
                        // SAFETY: `code` is alive while its frame runs.
                        let code_ref = unsafe { &*code };
                        // SAFETY: as in `GetAttr`.
                        let (cache, name) = unsafe {
                            (
                                code_ref.attr_caches.set.get_unchecked(name.index()),
                                code_ref.names.get_unchecked(name.index()),
                            )
                        };
                        let v = reg!(src).clone();
                        let missed = match reg!(obj) {
                            Value::Instance(instance) => {
                                attribute_cache::cached_set(instance, cache, name, v)
                            }
                            _ => Err(v),
                        };
                        if let Err(v) = missed {
                            let o = reg!(obj).clone();
                            tri!(self.set_attr(&o, name, v));
                            if let Value::Instance(instance) = &o {
                                self.fill_set_cache(instance, cache, name);
                            }
                            refresh!();
                        }
                    }
                    Instr::DelAttr { obj, name } => {
                        let o = reg!(obj).clone();
                        // SAFETY: as above.
                        let name = unsafe { &(*code).names[name.index()] };
                        tri!(self.del_attr(&o, name));
                        refresh!();
                    }
                    Instr::UnpackSequence { src, base, count } => {
                        if let Value::Tuple(tuple) = reg!(src)
                            && tuple.items.len() == usize::from(count)
                        {
                            // A tuple of the right length: straight into the registers, with
                            // no intermediate vector (the tuple is held while they change).
                            let tuple = tuple.clone();
                            for (i, item) in tuple.items.iter().enumerate() {
                                set!(Reg::from_raw(base.raw() + i as u16), item.clone());
                            }
                        } else {
                            let value = reg!(src).clone();
                            let items = tri!(self.unpack_exact(&value, usize::from(count)));
                            refresh!();
                            for (i, item) in items.into_iter().enumerate() {
                                set!(Reg::from_raw(base.raw() + i as u16), item);
                            }
                        }
                        fast_lane!();
                    }
                    Instr::UnpackEx {
                        src,
                        base,
                        before,
                        after,
                    } => {
                        let value = reg!(src).clone();
                        let items = tri!(self.unpack_starred(
                            &value,
                            usize::from(before),
                            usize::from(after)
                        ));
                        refresh!();
                        for (i, item) in items.into_iter().enumerate() {
                            set!(Reg::from_raw(base.raw() + i as u16), item);
                        }
                    }

                    Instr::Call { func, argc, dst } => {
                        let base = frame_base!();
                        call_register!(
                            func,
                            base + func.index() + 1,
                            argc,
                            base + dst.index(),
                            dst
                        );
                    }
                    Instr::CallLocal {
                        func,
                        argc,
                        base: args,
                        dst,
                    } => {
                        let base = frame_base!();
                        call_register!(func, base + args.index(), argc, base + dst.index(), dst);
                    }
                    Instr::CallKw {
                        func,
                        argc,
                        kwnames,
                    } => {
                        save_pc!();
                        let callee = reg!(func).clone();
                        // SAFETY: the verifier checked `kwnames` indexes a tuple constant.
                        let names = unsafe { (*consts!().add(kwnames.index())).clone() };
                        let base = frame_base!();
                        let args_start = base + func.index() + 1;
                        let target = tri!(self.call_from_registers(
                            callee,
                            args_start,
                            usize::from(argc),
                            Some(&names),
                            base + func.index(),
                        ));
                        call_result!(target, func);
                    }
                    Instr::CallEx { func, args, kwargs } => {
                        let (callee, positional, keywords) =
                            (reg!(func).clone(), reg!(args).clone(), reg!(kwargs).clone());
                        let value =
                            tri!(self.call_with_collections(&callee, &positional, &keywords));
                        refresh!();
                        set!(func, value);
                    }
                    Instr::CallGlobal {
                        slot,
                        argc,
                        base: args,
                        dst,
                    } => {
                        // The pc is saved by the frame push on the fast path, by `tri!` on
                        // the slow ones, and below before an error leaves.
                        let base = frame_base!();
                        let args_start = base + args.index();
                        let return_slot = base + dst.index();
                        // SAFETY: the running frame's function keeps its module alive.
                        let globals = unsafe { &(*module).globals };
                        // SAFETY: `enter_function` stores no global; the reference is not
                        // used after it returns.
                        let callee = match unsafe { globals.function_at(slot.index()) } {
                            Some(function) => {
                                let callee = Rc::as_ptr(function);
                                // SAFETY: `ip` and `instrs` point into the same vector.
                                let pc = unsafe { ip.offset_from(instrs!()) } as u32;
                                match self.enter_function_saving_pc(
                                    function,
                                    args_start,
                                    usize::from(argc),
                                    return_slot,
                                    pc,
                                ) {
                                    // The callee's frame is pushed: no `save_pc!` now. Its
                                    // state is known here, so skip `reload!`.
                                    Some(Ok(())) => {
                                        // SAFETY: the pushed frame record holds a reference
                                        // to the callee, which keeps it alive.
                                        load_frame!(unsafe { &*callee }, args_start, 0);
                                        fast_lane!();
                                        continue 'run;
                                    }
                                    Some(Err(err)) => {
                                        save_pc!();
                                        break 'run err;
                                    }
                                    None => Value::Function(function.clone()),
                                }
                            }
                            None => {
                                let value = globals.get(slot.index());
                                if let Value::Class(class) = &value {
                                    // `Class(args)` with a plain `__init__`: its frame runs
                                    // next in this loop.
                                    save_pc!();
                                    match self.enter_simple_construction(
                                        class,
                                        args_start,
                                        usize::from(argc),
                                        return_slot,
                                    ) {
                                        Some(Ok(())) => {
                                            drop(value);
                                            continue 'frames;
                                        }
                                        Some(Err(err)) => break 'run err,
                                        None => {}
                                    }
                                }
                                if value.is_undefined() {
                                    tri!(self.load_global_fallback(slot.index()))
                                } else {
                                    value
                                }
                            }
                        };
                        let target = tri!(self.call_from_registers(
                            callee,
                            args_start,
                            usize::from(argc),
                            None,
                            return_slot,
                        ));
                        call_result!(target, dst);
                    }
                    Instr::CallBuiltin {
                        slot,
                        argc,
                        base: args,
                        dst,
                    } => {
                        save_pc!();
                        // A generator the arguments' evaluation abandoned (`next(gen())`
                        // leaves it in a temporary that a later argument overwrites) is
                        // closed before the builtin runs, as CPython would have by then.
                        self.close_abandoned_generators_if_pending();
                        if argc == 1
                            && let Some(value) =
                                crate::builtins::direct_construction::construct_exact_scalar(
                                    &self.builtins[slot.index()],
                                    reg!(args),
                                )
                                .or_else(|| {
                                    crate::builtins::functions::exact_len(
                                        &self.builtins[slot.index()],
                                        reg!(args),
                                    )
                                })
                        {
                            // The argument register is emptied as the general path does.
                            set!(args, Value::Undefined);
                            set!(dst, value);
                            continue;
                        }
                        let base = frame_base!();
                        let target = tri!(self.call_builtin_slot(
                            slot.index(),
                            base + args.index(),
                            usize::from(argc),
                            base + dst.index(),
                        ));
                        call_result!(target, dst);
                    }
                    Instr::BuiltinUnchanged { slot } => {
                        let slot = slot.index();
                        branch!(!self.builtins[slot].is(&self.original_builtins[slot]));
                    }
                    // One copy of the method call for both forms: the loop stays small
                    // enough for its hot state to stay in registers.
                    Instr::CallMethod { .. } | Instr::CallMethodFrom { .. } => {
                        // SAFETY: this arm matched one of the two forms; see the module
                        // comment.
                        let (receiver, name, argc, dst) = unsafe {
                            crate::interpreter::threaded::method_call_operands(instr, regs)
                        };
                        // The pc is saved by the frame push on the fast path and before
                        // every other way on (a builtin method may call back into Python).
                        let base = frame_base!();
                        // SAFETY: `code` is alive while its frame runs.
                        let code_ref = unsafe { &*code };
                        let name_index = name.index();
                        // SAFETY: as in `GetAttr`.
                        let (cache, name): (_, &Rc<PyStr>) = unsafe {
                            (
                                code_ref.attr_caches.get.get_unchecked(name_index),
                                code_ref.names.get_unchecked(name_index),
                            )
                        };
                        // A builtin method called with the receiver and arguments in the
                        // call window (it may call back into Python, so the pc is saved).
                        macro_rules! call_builtin_method {
                            ($function:expr) => {{
                                save_pc!();
                                let outcome = self.call_builtin_method_in_frame(
                                    $function,
                                    base + receiver.index(),
                                    usize::from(argc),
                                );
                                refresh!();
                                set!(dst, tri!(outcome));
                                continue;
                            }};
                        }
                        let method = match reg!(receiver) {
                            Value::Instance(instance) => {
                                // SAFETY: the borrowed function is used to enter its frame
                                // (no cache update) or cloned for the generic call below.
                                match unsafe {
                                    attribute_cache::cached_method(instance, cache, name)
                                } {
                                    Some(attribute_cache::CachedMethod::Function(function)) => {
                                        Some(function)
                                    }
                                    Some(attribute_cache::CachedMethod::Builtin(function)) => {
                                        call_builtin_method!(function);
                                    }
                                    None => None,
                                }
                            }
                            Value::Class(_) | Value::Module(_) => None,
                            other => {
                                // A method of a builtin type: no lookup, no bound method.
                                let cached = self.builtin_type_ref(other).and_then(|class| {
                                    attribute_cache::cached_builtin_method(class, cache)
                                });
                                match cached {
                                    Some(function)
                                        if argc == 1
                                            && crate::builtins::is_list_append(function)
                                            && let Value::List(list) = other =>
                                    {
                                        // `items.append(x)`: the argument moves from its
                                        // register into the list (no clone, no call);
                                        // growing a list runs no Python code.
                                        list.push(take!(Reg::from_usize(receiver.index() + 1)));
                                        set!(receiver, Value::Undefined);
                                        set!(dst, Value::None);
                                        continue;
                                    }
                                    Some(function)
                                        if (argc == 1 || argc == 2)
                                            && crate::builtins::is_dict_get(function)
                                            && let Value::Dict(dict) = other
                                            && let Some(found) =
                                                crate::runtime::dict_scalar_keys::get_without_code(
                                                    dict,
                                                    reg!(Reg::from_usize(receiver.index() + 1)),
                                                ) =>
                                    {
                                        // `counts.get(word, 0)` with a str or int key: the
                                        // answer without a call; an absent key's default
                                        // moves out of its register.
                                        let answer = match found {
                                            Some(value) => value,
                                            None if argc == 2 => {
                                                take!(Reg::from_usize(receiver.index() + 2))
                                            }
                                            None => Value::None,
                                        };
                                        // The window is released in order, as the general
                                        // path does.
                                        for offset in 0..=usize::from(argc) {
                                            set!(
                                                Reg::from_usize(receiver.index() + offset),
                                                Value::Undefined
                                            );
                                        }
                                        set!(dst, answer);
                                        continue;
                                    }
                                    Some(function) => call_builtin_method!(function),
                                    None => {
                                        let class = self.type_of(other);
                                        attribute_cache::fill_builtin_method_cache(
                                            &class, cache, name,
                                        );
                                        None
                                    }
                                }
                            }
                        };
                        if let Some(method) = method {
                            // The common case: a plain method given exactly its arguments runs
                            // in a frame pushed here, as `CallGlobal` does for functions.
                            let (args_start, return_slot) =
                                (base + receiver.index(), base + dst.index());
                            // SAFETY: `ip` and `instrs` point into the same vector.
                            let pc = unsafe { ip.offset_from(instrs!()) } as u32;
                            match self.enter_function_saving_pc_out_of_line(
                                method,
                                args_start,
                                usize::from(argc) + 1,
                                return_slot,
                                pc,
                            ) {
                                Some(Ok(())) => {
                                    load_frame!(method, args_start, 0);
                                    fast_lane!();
                                    continue 'run;
                                }
                                Some(Err(err)) => {
                                    save_pc!();
                                    break 'run err;
                                }
                                None => {
                                    save_pc!();
                                }
                            }
                            let target = tri!(self.call_from_registers(
                                Value::Function(method.clone()),
                                base + receiver.index(),
                                usize::from(argc) + 1,
                                None,
                                base + dst.index(),
                            ));
                            call_result!(target, dst);
                            continue;
                        }
                        save_pc!();
                        let name = name.clone();
                        let base = frame_base!();
                        let target = tri!(self.call_method_uncached(
                            base + receiver.index(),
                            &name,
                            usize::from(argc),
                            base + dst.index(),
                            &code_ref.attr_caches,
                            name_index,
                        ));
                        call_result!(target, dst);
                    }
                    Instr::Return { src } => {
                        // SAFETY: `code` is alive while its frame runs.
                        let register_count = unsafe { (*code).register_count };
                        let src_slot = frame_base!() + src.index();
                        if let Some(released_objects) =
                            self.return_to_caller(Some(src_slot), register_count)
                        {
                            // The frame's registers may have held the last reference to a
                            // suspended generator.
                            if released_objects {
                                self.close_abandoned_generators_if_pending();
                            }
                            continue 'frames;
                        }
                        // The frame's registers are released by `return_from_frame`.
                        let value = crate::value::read(reg!(src));
                        match self.return_from_frame(value, register_count) {
                            FrameExit::Caller { released_objects } => {
                                // The frame's registers may have held the last reference to a
                                // suspended generator.
                                if released_objects {
                                    self.close_abandoned_generators_if_pending();
                                }
                                continue 'frames;
                            }
                            FrameExit::Entry(value) => return Ok(value),
                            FrameExit::InitReturned(value) => {
                                // Raised in the caller (now the running frame), at its call
                                // of the class, whose pc was saved before the call.
                                break 'run PyErr::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&value)
                                ));
                            }
                        }
                    }
                    Instr::ReturnNone {} => {
                        // SAFETY: `code` is alive while its frame runs.
                        let register_count = unsafe { (*code).register_count };
                        if let Some(released_objects) = self.return_to_caller(None, register_count)
                        {
                            if released_objects {
                                self.close_abandoned_generators_if_pending();
                            }
                            continue 'frames;
                        }
                        match self.return_from_frame(Value::None, register_count) {
                            FrameExit::Entry(value) => return Ok(value),
                            FrameExit::Caller { released_objects } => {
                                if released_objects {
                                    self.close_abandoned_generators_if_pending();
                                }
                                continue 'frames;
                            }
                            FrameExit::InitReturned(_) => continue 'frames,
                        }
                    }

                    Instr::MakeFunction { dst, code: index } => {
                        let function = self.make_function(index.index());
                        set!(dst, function);
                    }
                    Instr::SetDefaults { func, defaults } => {
                        let (function, defaults) = (reg!(func).clone(), reg!(defaults).clone());
                        if let (Value::Function(function), Value::Tuple(defaults)) =
                            (function, defaults)
                        {
                            *function.defaults.borrow_mut() = Some(defaults);
                        }
                    }
                    Instr::SetKwDefaults { func, kwdefaults } => {
                        let (function, defaults) = (reg!(func).clone(), reg!(kwdefaults).clone());
                        if let (Value::Function(function), Value::Dict(defaults)) =
                            (function, defaults)
                        {
                            *function.kwdefaults.borrow_mut() = Some(defaults);
                        }
                    }
                    Instr::SetClosure { func, base, count } => {
                        let cells: Vec<_> = (0..count)
                            .filter_map(|i| match reg!(Reg::from_raw(base.raw() + i)) {
                                Value::Cell(cell) => Some(cell.clone()),
                                _ => None,
                            })
                            .collect();
                        if let Value::Function(function) = reg!(func) {
                            *function.closure.borrow_mut() = cells.into_boxed_slice();
                        }
                    }
                    Instr::SendTo { dst, iter, value } => {
                        // Out of line, leaving through the frame records: a delegate
                        // generator's frame may run next in this loop.
                        save_pc!();
                        match self.send_to(iter.index(), value.index(), dst.index()) {
                            Ok(()) => continue 'frames,
                            Err(err) => break 'run err,
                        }
                    }
                    Instr::Yield { dst, src, live } => {
                        // `src` may be a local (`yield i`), which must survive the suspension;
                        // a temporary at or above `live` is dead once the value is yielded,
                        // so the value moves out of it (no count taken and released).
                        let value = if src.index() >= usize::from(live) {
                            take!(src)
                        } else {
                            reg!(src).clone()
                        };
                        // A builtin draining the generator took the value: it goes on.
                        let Some(value) = self.take_drained(value) else {
                            set!(dst, Value::None);
                            continue;
                        };
                        save_pc!();
                        match self.suspend_generator(value, dst.index(), usize::from(live)) {
                            GenFrameExit::Entry(value) => return Ok(value),
                            GenFrameExit::Resumer => continue 'frames,
                        }
                    }
                    Instr::GenReturn { src } => {
                        let value = reg!(src).clone();
                        // Closes generators the frame's registers held the last reference to.
                        match self.return_from_generator(value) {
                            GenFrameExit::Entry(value) => return Ok(value),
                            _ => continue 'frames,
                        }
                    }
                    Instr::GenReturnNone {} => match self.return_from_generator(Value::None) {
                        GenFrameExit::Entry(value) => return Ok(value),
                        _ => continue 'frames,
                    },

                    Instr::Raise { exc } => {
                        let value = reg!(exc).clone();
                        let err = self.make_raise(&value, None);
                        tri!(Err::<(), PyErr>(err));
                    }
                    Instr::RaiseFrom { exc, cause } => {
                        let (value, cause) = (reg!(exc).clone(), reg!(cause).clone());
                        let err = self.make_raise(&value, Some(&cause));
                        tri!(Err::<(), PyErr>(err));
                    }
                    Instr::Reraise {} => {
                        let err = self.reraise();
                        tri!(Err::<(), PyErr>(err));
                    }
                    // ---- imports (crate::import) ----
                    Instr::ImportName {
                        dst,
                        name,
                        level,
                        top_level,
                    } => {
                        // SAFETY: `code` is alive while its frame runs.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        save_pc!();
                        let outcome = self.import_name(&name, level, top_level != 0);
                        refresh!();
                        set!(dst, tri!(outcome));
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let module = reg!(module).clone();
                        // SAFETY: as above.
                        let name = unsafe { (*code).names[name.index()].clone() };
                        save_pc!();
                        let outcome = self.import_from(&module, &name);
                        refresh!();
                        set!(dst, tri!(outcome));
                    }
                    Instr::ImportStar { module } => {
                        let module = reg!(module).clone();
                        save_pc!();
                        let outcome = self.import_star(&module);
                        refresh!();
                        tri!(outcome);
                    }
                    Instr::ResumeUnwind { exc } => {
                        let err = match reg!(exc) {
                            Value::Instance(instance) => PyErr::resumed(instance.clone()),
                            _ => PyErr::new(
                                crate::error::ExcKind::SystemError,
                                "ResumeUnwind without an exception",
                            ),
                        };
                        tri!(Err::<(), PyErr>(err));
                    }
                    Instr::GenExprUnwind { exc } => {
                        let err = match reg!(exc) {
                            Value::Instance(instance) => PyErr::resumed(instance.clone()),
                            _ => PyErr::new(
                                crate::error::ExcKind::SystemError,
                                "GenExprUnwind without an exception",
                            ),
                        };
                        let err = self.stop_iteration_escaped(err);
                        tri!(Err::<(), PyErr>(err));
                    }
                    Instr::PushExcInfo { exc } => {
                        self.handling.push(reg!(exc).clone());
                    }
                    Instr::PopExcInfo {} => {
                        self.handling.pop();
                    }
                    Instr::CheckExcMatch { dst, exc, class } => {
                        let (exc, class) = (reg!(exc).clone(), reg!(class).clone());
                        let matched = tri!(self.exception_matches(&exc, &class));
                        set!(dst, Value::bool(matched));
                    }
                    Instr::WithEnter { dst, exit, ctx } => {
                        let ctx = reg!(ctx).clone();
                        // `__enter__` runs in a frame just above this frame's registers.
                        // SAFETY: `code` is alive while its frame runs.
                        let window_end = frame_base!() + unsafe { (*code).register_count };
                        let return_slot = frame_base!() + dst.index();
                        let step = tri!(self.with_enter_frame(&ctx, window_end, return_slot));
                        match step {
                            WithEnterStep::Frame(exit_method) => {
                                // The frame above reads nothing of this window: store
                                // `__exit__` now, then run `__enter__`.
                                set!(exit, exit_method);
                                continue 'frames;
                            }
                            WithEnterStep::Done(value, exit_method) => {
                                set!(exit, exit_method);
                                set!(dst, value);
                            }
                        }
                    }
                    Instr::WithExit { dst, exit, exc } => {
                        let (exit, exc) = (reg!(exit).clone(), reg!(exc).clone());
                        // SAFETY: `code` is alive while its frame runs.
                        let window_end = frame_base!() + unsafe { (*code).register_count };
                        let return_slot = frame_base!() + dst.index();
                        if tri!(self.with_exit_frame(&exit, &exc, window_end, return_slot)) {
                            continue 'frames;
                        }
                        let outcome = self.with_exit(&exit, &exc);
                        refresh!();
                        set!(dst, tri!(outcome));
                    }
                    // ---- structural pattern matching (runtime::pattern_matching) ----
                    Instr::MatchSequence { src } => branch!(!self.is_match_sequence(reg!(src))),
                    Instr::MatchMapping { src } => branch!(!self.is_match_mapping(reg!(src))),
                    Instr::GetLen { dst, src } => {
                        let value = reg!(src).clone();
                        let len = tri!(self.match_len(&value));
                        refresh!();
                        set!(dst, len);
                    }
                    Instr::MatchKeys { dst, subject, keys } => {
                        let (subject, keys) = (reg!(subject).clone(), reg!(keys).clone());
                        let found = tri!(self.match_keys(&subject, &keys));
                        refresh!();
                        match found {
                            Some(values) => {
                                set!(dst, values);
                                branch!(false);
                            }
                            None => branch!(true),
                        }
                    }
                    Instr::MatchClass {
                        dst,
                        subject,
                        base,
                        positional,
                    } => {
                        let subject = reg!(subject).clone();
                        let class = reg!(base).clone();
                        let keywords = reg!(Reg::from_raw(base.raw() + 1)).clone();
                        let found = tri!(self.match_class(
                            &subject,
                            &class,
                            &keywords,
                            usize::from(positional)
                        ));
                        refresh!();
                        match found {
                            Some(attributes) => {
                                set!(dst, attributes);
                                branch!(false);
                            }
                            None => branch!(true),
                        }
                    }
                    Instr::DictWithout { dst, src, keys } => {
                        let (src, keys) = (reg!(src).clone(), reg!(keys).clone());
                        let rest = tri!(self.dict_without(&src, &keys));
                        refresh!();
                        set!(dst, rest);
                    }
                }
            };
            // The pc of the failing instruction was saved before it ran its slow path.
            match self.unwind(error) {
                Ok(Unwound::Resume) => continue 'frames,
                Err(err) => return Err(err),
            }
        }
    }
}

pub(crate) fn name_error(name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!("name '{}' is not defined", name.as_str()),
    )
}

fn unbound_local_error(name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name.as_str()
        ),
    )
}

/// `a is b`, with the common `x is None` answered inline (`Value::is` is a call).
#[inline(always)]
fn is_same_object(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, other) | (other, Value::None) => matches!(other, Value::None),
        _ => a.is(b),
    }
}

/// The error for reading or deleting the empty cell in register `cell`: as in CPython, a
/// variable of this function that a nested one captures (a cell variable, in the locals'
/// registers) is an unbound local; a variable of an enclosing function (a free variable,
/// from `free_start`) is a NameError.
#[cold]
#[inline(never)]
fn unbound_cell_error(code: &Code, cell: Reg, name: tauraro_bytecode::NameIdx) -> PyErr {
    let name = &code.names[name.index()];
    if cell.index() < code.free_start.index() {
        unbound_local_error(name)
    } else {
        free_variable_error(name)
    }
}

fn free_variable_error(name: &PyStr) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name.as_str()
        ),
    )
}

/// `items[index]` of a tuple, when `index` is in range.
#[inline(always)]
fn tuple_item(items: &[Value], index: i64) -> Option<Value> {
    crate::object::item_position(items.len(), index).map(|position| items[position].clone())
}

/// Marks the branch that calls it as unlikely, so the fast paths of the loop are laid out
/// as straight fall-through code (stable Rust has no `unlikely` intrinsic; calls of a cold
/// function weigh their branch down).
#[cold]
#[inline(always)]
fn unlikely_path() {}

#[inline(always)]
fn exact_in_float(value: i64) -> bool {
    value.unsigned_abs() <= 1 << 53
}

/// `a OP b` for two strs, with `holds` saying whether the ordering of `a` against `b`
/// satisfies the operator. Out of line: inlined into every comparison handler, the string
/// comparison grew the dispatch loop enough to cost the call path registers.
#[inline(never)]
fn compare_strs(a: &PyStr, b: &PyStr, holds: fn(std::cmp::Ordering) -> bool) -> bool {
    // UTF-8 byte order is code point order, which is how Python orders str.
    let (a, b) = (a.as_str().as_bytes(), b.as_str().as_bytes());
    // Different first bytes decide most comparisons (`ch != " "`) without a call to memcmp.
    if let (Some(x), Some(y)) = (a.first(), b.first())
        && x != y
    {
        return holds(x.cmp(y));
    }
    holds(a.cmp(b))
}
