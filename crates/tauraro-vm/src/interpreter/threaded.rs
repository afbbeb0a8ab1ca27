//! Threaded fast paths: the hottest instructions' common cases, each handler ending in its
//! own indirect jump to the next instruction's handler.
//!
//! The `match` loop in `dispatch` is the complete interpreter; this is a fast lane it enters
//! after control-flow instructions (loops start and end in them) and at frame entry. A
//! handler here either does its instruction's common case and tail-calls the next handler,
//! or returns the address of the instruction it did not run (an instruction without a
//! handler, or a case it leaves to the loop: an overflow, a non-number, a cache miss, a
//! builtin call), which the loop then runs.
//!
//! Why: in the one big loop the compiler keeps `ip` and the register base in stack slots and
//! shares one indirect jump among all instructions. Here they are arguments, so they stay in
//! machine registers, and every handler has its own jump, which the branch predictor learns
//! per instruction.
//!
//! The cases here: int and float arithmetic and compare-branches, list items, globals,
//! attribute reads and writes that hit their site's cache, and calls of plain Python
//! functions and cached methods (which push the callee's frame and go on there) and returns.
//! Handlers never raise and never run Python code: releasing a value queues any finalizer for
//! the loop's safe points, and everything else they call (cache lookups, frame entry) runs
//! no Python code either. So a handler's work is exactly what the loop would have done, and a
//! handler that cannot finish leaves nothing behind but what a site's cache learnt.
//! Release builds rely on the compiler turning the tail calls into jumps (checked by
//! `cargo xtask lane-check`); debug builds, where it does not, leave the lane after a bounded
//! number of instructions (`FUEL`).

use std::rc::Rc;

use tauraro_bytecode::{Instr, Opcode, Reg};

use crate::interpreter::Vm;
use crate::object::{Code, Function, Module};
use crate::runtime::attribute_cache;
use crate::value::Value;

/// The handler of one opcode: runs from `ip` with the frame's registers at `regs`, the code's
/// instructions at `instrs` and its code object at `code`, for the interpreter `vm`; returns
/// the address of the first instruction it did not run. (Five arguments: a sixth took the
/// last free scratch register, and every handler then saved one on the stack.)
type Handler =
    unsafe fn(*const Instr, *mut Value, *const Instr, *const Code, *mut Vm) -> *const Instr;

/// Runs instructions from `ip` in the fast lane; returns the first one left to the loop.
///
/// # Safety
/// The arguments describe the running frame as in the loop (see the safety argument at the top
/// of `dispatch`): `ip` points at a verified instruction of the code whose instructions start
/// at `instrs` of the code object at `code`, and `regs` at the frame's register window.
#[inline(never)]
pub(crate) unsafe fn run(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    #[cfg(debug_assertions)]
    FUEL_LEFT.with(|fuel| fuel.set(FUEL));
    // SAFETY: the caller's guarantees are this function's.
    unsafe { dispatch(ip, regs, instrs, code, vm) }
}

/// Debug builds do not turn the handlers' tail calls into jumps, so each instruction in the
/// lane takes a Rust stack frame: they leave the lane after this many instructions.
#[cfg(debug_assertions)]
const FUEL: u32 = 200;

#[cfg(debug_assertions)]
thread_local! {
    static FUEL_LEFT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

#[inline(always)]
unsafe fn dispatch(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    #[cfg(debug_assertions)]
    if FUEL_LEFT.with(|fuel| {
        let left = fuel.get();
        fuel.set(left.saturating_sub(1));
        left == 0
    }) {
        return ip;
    }
    // SAFETY: `ip` points at a verified instruction (see `run`).
    let opcode = unsafe { (*ip).opcode() } as usize;
    // SAFETY: every opcode is below `Opcode::ALL.len()`, the table's length.
    let handler = unsafe { *HANDLERS.get_unchecked(opcode) };
    // SAFETY: as for `run`.
    unsafe { handler(ip, regs, instrs, code, vm) }
}

/// The opcodes with a handler in the lane, and their handlers.
macro_rules! lane_handlers {
    ($($opcode:ident => $handler:ident,)*) => {
        /// One handler per opcode; `leave` for those without a fast path here.
        static HANDLERS: [Handler; Opcode::ALL.len()] = {
            let mut table = [leave as Handler; Opcode::ALL.len()];
            $( table[Opcode::$opcode as usize] = $handler; )*
            table
        };

        /// Whether the loop enters the lane at each opcode: those with a handler, except the
        /// ones that in object-heavy code mostly start short runs (a move, a constant load
        /// or a return followed by an attribute access or a method call), where entering and
        /// leaving again costs more than the lane saves. Inside the lane they run there.
        static STARTS_LANE: [bool; Opcode::ALL.len()] = {
            let mut table = [false; Opcode::ALL.len()];
            $( table[Opcode::$opcode as usize] = true; )*
            table[Opcode::Move as usize] = false;
            table[Opcode::LoadConst as usize] = false;
            table[Opcode::LoadInt as usize] = false;
            table[Opcode::LoadNone as usize] = false;
            table[Opcode::LoadTrue as usize] = false;
            table[Opcode::LoadFalse as usize] = false;
            table[Opcode::Return as usize] = false;
            table[Opcode::ReturnNone as usize] = false;
            table
        };
    };
}

lane_handlers! {
    Move => move_register,
    LoadConst => load_const,
    LoadInt => load_int,
    LoadNone => load_none,
    LoadTrue => load_true,
    LoadFalse => load_false,
    LoadGlobal => load_global,
    StoreGlobal => store_global,
    StoreGlobalMove => store_global,
    Add => add,
    Sub => sub,
    Mul => mul,
    TrueDiv => true_div,
    FloorDiv => floor_div,
    Mod => modulo,
    BitAnd => bit_and,
    BitOr => bit_or,
    BitXor => bit_xor,
    LShift => left_shift,
    RShift => right_shift,
    InplaceAdd => inplace_add,
    InplaceSub => inplace_sub,
    InplaceMul => inplace_mul,
    InplaceFloorDiv => inplace_floor_div,
    InplaceMod => inplace_mod,
    InplaceBitAnd => inplace_bit_and,
    InplaceBitOr => inplace_bit_or,
    InplaceBitXor => inplace_bit_xor,
    InplaceLShift => inplace_left_shift,
    InplaceRShift => inplace_right_shift,
    AddImm => add_imm,
    SubImm => sub_imm,
    MulImm => mul_imm,
    InplaceAddImm => inplace_add_imm,
    InplaceSubImm => inplace_sub_imm,
    ModConst => mod_const,
    Neg => negate,
    GetItem => get_item,
    SetItem => set_item,
    GetItemImm => get_item_imm,
    SetItemImm => set_item_imm,
    Jump => jump,
    CallGlobal => call_global,
    GetAttr => get_attr,
    SetAttr => set_attr,
    CallMethod => call_method,
    CallMethodFrom => call_method,
    Return => return_value,
    ReturnNone => return_none,
    JumpIfTrue => jump_if_true,
    JumpIfNone => jump_if_none,
    GetIter => get_iter,
    In => contains,
    NotIn => does_not_contain,
    LoadCell => load_cell,
    Lt => less,
    Le => less_equal,
    Gt => greater,
    Ge => greater_equal,
    Eq => equal,
    Ne => not_equal,
    JumpIfIs => jump_if_is,
    JumpIfIsNot => jump_if_is_not,
    JumpIfEqGlobal => jump_if_eq_global,
    JumpUnlessEqGlobal => jump_unless_eq_global,
    JumpUnlessNone => jump_unless_none,
    JumpIfFalse => jump_if_false,
    ForRange => for_range,
    ForIter => for_iter,
    JumpIfLt => jump_if_lt,
    JumpIfLe => jump_if_le,
    JumpIfGt => jump_if_gt,
    JumpIfGe => jump_if_ge,
    JumpIfEq => jump_if_eq,
    JumpIfNe => jump_if_ne,
    JumpUnlessLt => jump_unless_lt,
    JumpUnlessLe => jump_unless_le,
    JumpUnlessGt => jump_unless_gt,
    JumpUnlessGe => jump_unless_ge,
    JumpUnlessEq => jump_unless_eq,
    JumpUnlessNe => jump_unless_ne,
    JumpIfLtImm => jump_if_lt_imm,
    JumpIfLeImm => jump_if_le_imm,
    JumpIfGtImm => jump_if_gt_imm,
    JumpIfGeImm => jump_if_ge_imm,
    JumpIfEqImm => jump_if_eq_imm,
    JumpIfNeImm => jump_if_ne_imm,
    JumpUnlessLtImm => jump_unless_lt_imm,
    JumpUnlessLeImm => jump_unless_le_imm,
    JumpUnlessGtImm => jump_unless_gt_imm,
    JumpUnlessGeImm => jump_unless_ge_imm,
    JumpUnlessEqImm => jump_unless_eq_imm,
    JumpUnlessNeImm => jump_unless_ne_imm,
}

/// Whether the loop enters the lane at the instruction at `ip` (see `STARTS_LANE`): an
/// instruction the lane would not start with costs no call.
///
/// # Safety
/// `ip` points at a verified instruction.
#[inline(always)]
pub(crate) unsafe fn starts_lane(ip: *const Instr) -> bool {
    // SAFETY: the caller's guarantee; every opcode indexes the table.
    unsafe { *STARTS_LANE.get_unchecked((*ip).opcode() as usize) }
}

/// The handler of instructions the lane leaves to the loop.
unsafe fn leave(
    ip: *const Instr,
    _: *mut Value,
    _: *const Instr,
    _: *const Code,
    _: *mut Vm,
) -> *const Instr {
    ip
}

/// The register `r` of the window at `regs`.
///
/// # Safety
/// `r` is an operand of a verified instruction of the running code (see `run`).
#[inline(always)]
unsafe fn reg<'a>(regs: *mut Value, r: Reg) -> &'a Value {
    // SAFETY: the caller's guarantee; the reference is used before any register is written.
    unsafe { &*regs.add(Reg::index(r)) }
}

/// Whether register `r` holds an object, whose release the lane leaves to the loop: a
/// handler that may call out (to drop a value) needs a stack frame, which would cost every
/// handler a prologue.
///
/// # Safety
/// As for [`reg`].
#[inline(always)]
unsafe fn holds_object(regs: *mut Value, r: Reg) -> bool {
    // SAFETY: the caller's guarantee.
    unsafe { reg(regs, r) }.is_heap()
}

/// Stores the inline `value` in register `r`, whose old value is inline too (checked with
/// [`holds_object`]), so nothing is released.
///
/// # Safety
/// As for [`reg`], and register `r` holds no object.
#[inline(always)]
unsafe fn set_inline(regs: *mut Value, r: Reg, value: Value) {
    debug_assert!(!value.is_heap());
    // SAFETY: the caller's guarantee; the old value owns nothing, so overwriting it leaks
    // nothing.
    unsafe { std::ptr::write(regs.add(Reg::index(r)), value) };
}

/// Defines a handler: binds the instruction's operands with the pattern, runs the body, and
/// continues with the next instruction. The body leaves the lane with `return leave(..)`.
macro_rules! handler {
    ($(#[$attribute:meta])* $name:ident, $pattern:pat, |$ip:ident, $regs:ident, $instrs:ident, $code:ident, $vm:ident| $body:block) => {
        #[allow(unused_variables)]
        $(#[$attribute])*
        unsafe fn $name(
            $ip: *const Instr,
            $regs: *mut Value,
            $instrs: *const Instr,
            $code: *const Code,
            $vm: *mut Vm,
        ) -> *const Instr {
            // SAFETY: the table maps this opcode to this handler, so `ip` holds this variant.
            let $pattern = (unsafe { *$ip }) else {
                // SAFETY: as above.
                unsafe { std::hint::unreachable_unchecked() }
            };
            #[allow(unused_mut)]
            let mut next: *const Instr = $body;
            // SAFETY: as for `run`: `next` is a verified instruction of the same code.
            unsafe { dispatch(next, $regs, $instrs, $code, $vm) }
        }
    };
}

handler!(
    move_register,
    Instr::Move { dst, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands (see `run`).
        unsafe {
            if holds_object(regs, dst) || holds_object(regs, src) {
                // SAFETY: as for this handler.
                return move_counted(ip, regs, instrs, code, vm);
            }
            set_inline(regs, dst, crate::value::read(reg(regs, src)));
            // An instruction that falls through is followed by another (verified).
            ip.add(1)
        }
    }
);

/// `Move` when either register holds an object: it takes or releases a reference, which
/// calls out, so it is a separate handler (tail-called) and the inline one needs no stack
/// frame.
#[inline(never)]
unsafe fn move_counted(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: called by `move_register` for its instruction.
    let Instr::Move { dst, src } = (unsafe { *ip }) else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: verified operands; `copy_into` allows `dst == src`. Releasing the old value
    // runs no Python code (finalizers and abandoned generators wait for the loop's safe
    // points), so the frame is unchanged.
    unsafe {
        crate::value::copy_into(regs.add(Reg::index(dst)), regs.add(Reg::index(src)));
        dispatch(ip.add(1), regs, instrs, code, vm)
    }
}

handler!(
    load_const,
    Instr::LoadConst { dst, idx },
    |ip, regs, instrs, code, vm| {
        // SAFETY: the verifier checked `idx` against the constant pool; verified operands.
        unsafe {
            let constant = &*(*code).constants.as_ptr().add(idx.index());
            if constant.is_heap() || holds_object(regs, dst) {
                // SAFETY: as for this handler.
                return load_const_counted(ip, regs, instrs, code, vm);
            }
            set_inline(regs, dst, crate::value::read(constant));
            ip.add(1)
        }
    }
);

/// `LoadConst` of an object or into a register holding one (see `move_counted`).
#[inline(never)]
unsafe fn load_const_counted(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: called by `load_const` for its instruction.
    let Instr::LoadConst { dst, idx } = (unsafe { *ip }) else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: as in `load_const` and `move_counted`.
    unsafe {
        let value = (*(*code).constants.as_ptr().add(idx.index())).clone();
        let old = std::mem::replace(&mut *regs.add(Reg::index(dst)), value);
        crate::value::discard(old);
        dispatch(ip.add(1), regs, instrs, code, vm)
    }
}

handler!(
    load_int,
    Instr::LoadInt { dst, value },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            if holds_object(regs, dst) {
                return ip;
            }
            set_inline(regs, dst, Value::Int(i64::from(value)));
            ip.add(1)
        }
    }
);

/// The globals of the running frame's module.
///
/// # Safety
/// `vm` is the interpreter with a frame running (see `run`); the frame record's function
/// keeps the module alive while the frame runs.
#[inline(always)]
unsafe fn running_globals<'a>(vm: *mut Vm) -> &'a crate::object::GlobalSlots {
    // SAFETY: the caller's guarantee.
    unsafe {
        let frame = (*vm).frames.last().unwrap_unchecked();
        &(*Rc::as_ptr(&frame.function.globals)).globals
    }
}

handler!(
    load_global,
    Instr::LoadGlobal { dst, slot },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; see `running_globals`.
        unsafe {
            if holds_object(regs, dst) {
                return load_global_counted(ip, regs, instrs, code, vm);
            }
            match running_globals(vm).inline_get(slot.index()) {
                Some(value) => set_inline(regs, dst, value),
                // An object, or unbound (a builtin or a NameError).
                None => return load_global_counted(ip, regs, instrs, code, vm),
            }
            ip.add(1)
        }
    }
);

handler!(
    // Never inlined: `load_global` stays the few instructions of an inline value.
    #[inline(never)]
    load_global_counted,
    Instr::LoadGlobal { dst, slot },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; see `running_globals`. The global is copied before the
        // register is written, and nothing runs in between.
        unsafe {
            // Unbound (a builtin or a NameError): the loop's path.
            let Some(value) = running_globals(vm).bound_at(slot.index()) else {
                return ip;
            };
            // Freeing the register's old value is left to the loop too.
            if !crate::value::replace_without_freeing(regs.add(dst.index()), value) {
                return ip;
            }
            ip.add(1)
        }
    }
);

/// `item in container` (or `not in`) when no Python code can be involved: a str or int key in
/// a dict or set, an int in a list of ints (see `dict_scalar_keys::contains`).
macro_rules! membership_handler {
    ($name:ident, $variant:ident, $when:expr) => {
        handler!(
            $name,
            Instr::$variant { dst, lhs, rhs },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands; the test runs no Python code.
                unsafe {
                    if holds_object(regs, dst) {
                        return ip;
                    }
                    let Some(found) =
                        crate::runtime::dict_scalar_keys::contains(reg(regs, rhs), reg(regs, lhs))
                    else {
                        return ip;
                    };
                    set_inline(regs, dst, Value::bool(found == $when));
                    ip.add(1)
                }
            }
        );
    };
}

membership_handler!(contains, In, true);
membership_handler!(does_not_contain, NotIn, false);

handler!(
    get_iter,
    Instr::GetIter { dst, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands. Releasing the register's old value (often the iterator
        // of the loop's last run) runs no Python code (see `move_counted`).
        unsafe {
            let Some(iterator) = crate::runtime::iterate::sequence_iterator(reg(regs, src)) else {
                return ip;
            };
            crate::value::discard(std::mem::replace(&mut *regs.add(dst.index()), iterator));
            ip.add(1)
        }
    }
);

handler!(
    load_cell,
    Instr::LoadCell { dst, cell, name },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the contents are copied before the register is written,
        // and nothing runs in between.
        unsafe {
            let Value::Cell(cell) = reg(regs, cell) else {
                return ip;
            };
            let value = cell.contents();
            // An empty cell (a NameError) and freeing the register's old value: the loop.
            if value.is_undefined()
                || !crate::value::replace_without_freeing(regs.add(dst.index()), value)
            {
                return ip;
            }
            ip.add(1)
        }
    }
);

/// A comparison of two ints or two floats into a register (the loop handles the rest).
macro_rules! compare_value_handler {
    ($name:ident, $variant:ident, $cmp:tt) => {
        handler!($name, Instr::$variant { dst, lhs, rhs }, |ip, regs, instrs, code, vm| {
            // SAFETY: verified operands.
            unsafe {
                let holds = match (reg(regs, lhs), reg(regs, rhs)) {
                    (Value::Int(a), Value::Int(b)) => *a $cmp *b,
                    (Value::Float(a), Value::Float(b)) => *a $cmp *b,
                    _ => return ip,
                };
                if holds_object(regs, dst) {
                    return ip;
                }
                set_inline(regs, dst, Value::bool(holds));
                ip.add(1)
            }
        });
    };
}

compare_value_handler!(less, Lt, <);
compare_value_handler!(less_equal, Le, <=);
compare_value_handler!(greater, Gt, >);
compare_value_handler!(greater_equal, Ge, >=);
compare_value_handler!(equal, Eq, ==);
compare_value_handler!(not_equal, Ne, !=);

// `StoreGlobal` and `StoreGlobalMove` are the same for an inline value (moving it out of its
// register leaves nothing to release).
unsafe fn store_global(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: the table maps only these two opcodes here.
    let (Instr::StoreGlobal { slot, src } | Instr::StoreGlobalMove { slot, src }) =
        (unsafe { *ip })
    else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: verified operands; see `running_globals`.
    unsafe {
        if !running_globals(vm).inline_set(slot.index(), reg(regs, src)) {
            return ip;
        }
        dispatch(ip.add(1), regs, instrs, code, vm)
    }
}

/// `dst = constant` for the constants None, True and False.
macro_rules! load_handler {
    ($name:ident, $variant:ident, $value:expr) => {
        handler!(
            $name,
            Instr::$variant { dst },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands; the next instruction exists.
                unsafe {
                    if holds_object(regs, dst) {
                        return ip;
                    }
                    set_inline(regs, dst, $value);
                    ip.add(1)
                }
            }
        );
    };
}

load_handler!(load_none, LoadNone, Value::None);
load_handler!(load_true, LoadTrue, Value::True);
load_handler!(load_false, LoadFalse, Value::False);

/// `dst = lhs OP rhs` for ints and floats (mixed: the int converts to float, as in the loop).
macro_rules! binary_handler {
    ($name:ident, $variant:ident, $int:expr, $float:expr) => {
        handler!(
            $name,
            Instr::$variant { dst, lhs, rhs },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands.
                if unsafe { holds_object(regs, dst) } {
                    return ip;
                }
                // SAFETY: verified operands.
                let result = match unsafe { (reg(regs, lhs), reg(regs, rhs)) } {
                    (Value::Int(a), Value::Int(b)) => $int(*a, *b),
                    (Value::Float(a), Value::Float(b)) => $float(*a, *b),
                    (Value::Int(a), Value::Float(b)) => $float(*a as f64, *b),
                    (Value::Float(a), Value::Int(b)) => $float(*a, *b as f64),
                    _ => None,
                };
                match result {
                    // SAFETY: verified operands; the next instruction exists.
                    Some(value) => unsafe {
                        set_inline(regs, dst, value);
                        ip.add(1)
                    },
                    None => return ip,
                }
            }
        );
    };
}

fn int_add(a: i64, b: i64) -> Option<Value> {
    a.checked_add(b).map(Value::Int)
}
fn int_sub(a: i64, b: i64) -> Option<Value> {
    a.checked_sub(b).map(Value::Int)
}
fn int_mul(a: i64, b: i64) -> Option<Value> {
    a.checked_mul(b).map(Value::Int)
}
fn float_add(a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(a + b))
}
fn float_sub(a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(a - b))
}
fn float_mul(a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(a * b))
}
fn float_div(a: f64, b: f64) -> Option<Value> {
    (b != 0.0).then(|| Value::Float(a / b))
}

fn float_none(_: f64, _: f64) -> Option<Value> {
    None
}

/// The int case of `op` as the loop computes it (`runtime::arith::int_fast`).
macro_rules! int_op {
    ($op:ident) => {
        |a: i64, b: i64| crate::runtime::arith::int_fast(crate::runtime::arith::BinOp::$op, a, b)
    };
}

binary_handler!(add, Add, int_add, float_add);
binary_handler!(sub, Sub, int_sub, float_sub);
binary_handler!(mul, Mul, int_mul, float_mul);
binary_handler!(
    true_div,
    TrueDiv,
    crate::runtime::arith::int_true_divide_fast,
    float_div
);
// In place on ints and floats is the same as the binary operation.
binary_handler!(inplace_add, InplaceAdd, int_add, float_add);
binary_handler!(inplace_sub, InplaceSub, int_sub, float_sub);
binary_handler!(inplace_mul, InplaceMul, int_mul, float_mul);
binary_handler!(floor_div, FloorDiv, int_op!(FloorDiv), float_none);
binary_handler!(modulo, Mod, int_op!(Mod), float_none);
binary_handler!(bit_and, BitAnd, int_op!(BitAnd), float_none);
binary_handler!(bit_or, BitOr, int_op!(BitOr), float_none);
binary_handler!(bit_xor, BitXor, int_op!(BitXor), float_none);
binary_handler!(left_shift, LShift, int_op!(LShift), float_none);
binary_handler!(right_shift, RShift, int_op!(RShift), float_none);
binary_handler!(
    inplace_floor_div,
    InplaceFloorDiv,
    int_op!(FloorDiv),
    float_none
);
binary_handler!(inplace_mod, InplaceMod, int_op!(Mod), float_none);
binary_handler!(inplace_bit_and, InplaceBitAnd, int_op!(BitAnd), float_none);
binary_handler!(inplace_bit_or, InplaceBitOr, int_op!(BitOr), float_none);
binary_handler!(inplace_bit_xor, InplaceBitXor, int_op!(BitXor), float_none);
binary_handler!(
    inplace_left_shift,
    InplaceLShift,
    int_op!(LShift),
    float_none
);
binary_handler!(
    inplace_right_shift,
    InplaceRShift,
    int_op!(RShift),
    float_none
);

handler!(
    mod_const,
    Instr::ModConst { dst, src, constant },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the verifier checked `constant` against the pool.
        unsafe {
            if holds_object(regs, dst) {
                return ip;
            }
            match (
                reg(regs, src),
                &*(*code).constants.as_ptr().add(constant.index()),
            ) {
                // A positive divisor: Python's `%` is the Euclidean remainder.
                (Value::Int(a), Value::Int(k)) if *k > 0 => {
                    set_inline(regs, dst, Value::Int(a.rem_euclid(*k)))
                }
                _ => return ip,
            }
            ip.add(1)
        }
    }
);

handler!(
    negate,
    Instr::Neg { dst, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            if holds_object(regs, dst) {
                return ip;
            }
            let result = match reg(regs, src) {
                Value::Int(a) if *a != i64::MIN => Value::Int(-a),
                Value::Float(a) => Value::Float(-a),
                _ => return ip,
            };
            set_inline(regs, dst, result);
            ip.add(1)
        }
    }
);

/// `dst = obj[index]` for a list and an int index, when the item is inline.
///
/// # Safety
/// As for [`reg`].
#[inline(always)]
unsafe fn list_item(regs: *mut Value, dst: Reg, obj: Reg, index: i64) -> bool {
    // SAFETY: the caller's guarantee.
    unsafe {
        if holds_object(regs, dst) {
            return false;
        }
        let Value::List(list) = reg(regs, obj) else {
            return false;
        };
        match list.inline_item_at(index) {
            Some(value) => {
                set_inline(regs, dst, value);
                true
            }
            None => false,
        }
    }
}

/// `obj[index] = src` for a list and an int index, when the old and new items are inline.
///
/// # Safety
/// As for [`reg`].
#[inline(always)]
unsafe fn store_list_item(regs: *mut Value, obj: Reg, index: i64, src: Reg) -> bool {
    // SAFETY: the caller's guarantee.
    unsafe {
        match reg(regs, obj) {
            Value::List(list) => list.inline_store_at(index, reg(regs, src)),
            _ => false,
        }
    }
}

handler!(
    get_item,
    Instr::GetItem { dst, obj, key },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            match reg(regs, key) {
                Value::Int(index) if list_item(regs, dst, obj, *index) => ip.add(1),
                _ => return ip,
            }
        }
    }
);

handler!(
    get_item_imm,
    Instr::GetItemImm { dst, obj, index },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            if !list_item(regs, dst, obj, i64::from(index)) {
                return ip;
            }
            ip.add(1)
        }
    }
);

handler!(
    set_item,
    Instr::SetItem { obj, key, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            match reg(regs, key) {
                Value::Int(index) if store_list_item(regs, obj, *index, src) => ip.add(1),
                _ => return ip,
            }
        }
    }
);

handler!(
    set_item_imm,
    Instr::SetItemImm { obj, index, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the next instruction exists.
        unsafe {
            if !store_list_item(regs, obj, i64::from(index), src) {
                return ip;
            }
            ip.add(1)
        }
    }
);

/// `dst = src OP imm` for ints and floats.
macro_rules! immediate_handler {
    ($name:ident, $variant:ident, $int:expr, $float:expr) => {
        handler!(
            $name,
            Instr::$variant { dst, src, imm },
            |ip, regs, instrs, code, vm| {
                let imm = i64::from(imm);
                // SAFETY: verified operands.
                if unsafe { holds_object(regs, dst) } {
                    return ip;
                }
                // SAFETY: verified operands.
                let result = match unsafe { reg(regs, src) } {
                    Value::Int(a) => $int(*a, imm),
                    Value::Float(a) => $float(*a, imm as f64),
                    _ => None,
                };
                match result {
                    // SAFETY: verified operands; the next instruction exists.
                    Some(value) => unsafe {
                        set_inline(regs, dst, value);
                        ip.add(1)
                    },
                    None => return ip,
                }
            }
        );
    };
}

immediate_handler!(add_imm, AddImm, int_add, float_add);
immediate_handler!(sub_imm, SubImm, int_sub, float_sub);
immediate_handler!(mul_imm, MulImm, int_mul, float_mul);
immediate_handler!(inplace_add_imm, InplaceAddImm, int_add, float_add);
immediate_handler!(inplace_sub_imm, InplaceSubImm, int_sub, float_sub);

handler!(
    jump,
    Instr::Jump { target },
    |ip, regs, instrs, code, vm| {
        // SAFETY: the verifier checked jump targets.
        unsafe { instrs.add(target.index()) }
    }
);

/// A conditional jump on a register's truth, for the values whose truth needs no call.
macro_rules! truth_jump_handler {
    ($name:ident, $variant:ident, $when:expr) => {
        handler!(
            $name,
            Instr::$variant { cond, target },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands.
                let Some(truth) =
                    crate::runtime::truth::truth_without_calls(unsafe { reg(regs, cond) })
                else {
                    return ip;
                };
                // SAFETY: the verifier checked jump targets; the next instruction exists.
                unsafe {
                    if truth == $when {
                        instrs.add(target.index())
                    } else {
                        ip.add(1)
                    }
                }
            }
        );
    };
}

handler!(
    jump_if_none,
    Instr::JumpIfNone { src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operand; the instruction is paired.
        unsafe { branch(ip, instrs, matches!(reg(regs, src), Value::None)) }
    }
);

handler!(
    jump_unless_none,
    Instr::JumpUnlessNone { src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operand; the instruction is paired.
        unsafe { branch(ip, instrs, !matches!(reg(regs, src), Value::None)) }
    }
);

/// `lhs is rhs` as a branch when one side is None, True or False: those are singletons, so
/// identity is equality of the variant. Other identities are left to the loop.
macro_rules! identity_branch_handler {
    ($name:ident, $variant:ident, $when:expr) => {
        handler!(
            $name,
            Instr::$variant { lhs, rhs },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands.
                let (a, b) = unsafe { (reg(regs, lhs), reg(regs, rhs)) };
                let singleton =
                    |value: &Value| matches!(value, Value::None | Value::True | Value::False);
                let same = if singleton(a) || singleton(b) {
                    std::mem::discriminant(a) == std::mem::discriminant(b)
                } else {
                    // Two objects (`node is self`); ints, floats and the rest take `Value::is`.
                    match a.same_object(b) {
                        Some(same) => same,
                        None => return ip,
                    }
                };
                // SAFETY: the instruction is paired.
                unsafe { branch(ip, instrs, same == $when) }
            }
        );
    };
}

identity_branch_handler!(jump_if_is, JumpIfIs, true);
identity_branch_handler!(jump_if_is_not, JumpIfIsNot, false);

/// `lhs == GLOBAL` as a branch, for an int and a global bound to an int.
macro_rules! global_equality_branch_handler {
    ($name:ident, $variant:ident, $when:expr) => {
        handler!(
            $name,
            Instr::$variant { lhs, slot },
            |ip, regs, instrs, code, vm| {
                // SAFETY: verified operands; see `running_globals`.
                let holds =
                    match unsafe { (reg(regs, lhs), running_globals(vm).int_get(slot.index())) } {
                        (Value::Int(a), Some(b)) => *a == b,
                        _ => return ip,
                    };
                // SAFETY: the instruction is paired.
                unsafe { branch(ip, instrs, holds == $when) }
            }
        );
    };
}

global_equality_branch_handler!(jump_if_eq_global, JumpIfEqGlobal, true);
global_equality_branch_handler!(jump_unless_eq_global, JumpUnlessEqGlobal, false);

truth_jump_handler!(jump_if_true, JumpIfTrue, true);
truth_jump_handler!(jump_if_false, JumpIfFalse, false);

/// Where a paired instruction at `ip` goes: to its jump's target when `taken`, else past it.
///
/// # Safety
/// `ip` is a verified paired instruction of the code at `instrs` (followed by a `Jump`).
#[inline(always)]
unsafe fn branch(ip: *const Instr, instrs: *const Instr, taken: bool) -> *const Instr {
    // SAFETY: the caller's guarantee; jump targets are verified.
    unsafe {
        if taken {
            match *ip.add(1) {
                Instr::Jump { target } => instrs.add(target.index()),
                _ => ip.add(2),
            }
        } else {
            ip.add(2)
        }
    }
}

handler!(
    for_range,
    Instr::ForRange { base, dst },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands: a three-register span of distinct registers.
        let span = unsafe {
            let first = regs.add(Reg::index(base));
            (&mut *first, &mut *first.add(1), &*first.add(2))
        };
        match span {
            (Value::Int(current), Value::Int(left), Value::Int(by)) => {
                if *left > 0 {
                    // SAFETY: verified operands.
                    if unsafe { holds_object(regs, dst) } {
                        return ip;
                    }
                    let value = *current;
                    *current = value.wrapping_add(*by);
                    *left -= 1;
                    // SAFETY: verified operands; ForRange is paired.
                    unsafe {
                        set_inline(regs, dst, Value::Int(value));
                        branch(ip, instrs, true)
                    }
                } else {
                    // SAFETY: ForRange is paired.
                    unsafe { branch(ip, instrs, false) }
                }
            }
            _ => return ip,
        }
    }
);

handler!(
    for_iter,
    Instr::ForIter { iter, dst },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the instruction is paired. The iterator is not used after
        // `dst` (a different register: the loop variable) is written.
        unsafe {
            let Value::Iterator(iterator) = reg(regs, iter) else {
                return ip;
            };
            // Freeing the loop variable's old value is left to the loop, so that this
            // handler makes no call (and saves almost no registers).
            let place = regs.add(Reg::index(dst));
            if (*place).is_last_reference() {
                return ip;
            }
            let Ok(mut state) = iterator.state.try_borrow_mut() else {
                return ip;
            };
            // The loop's own fast cases: a range and a list or tuple being walked.
            let Some(next) = crate::runtime::iterate::step_common(&mut state) else {
                return ip;
            };
            drop(state);
            match next {
                Some(value) => {
                    crate::value::overwrite_without_freeing(place, value);
                    branch(ip, instrs, true)
                }
                None => branch(ip, instrs, false),
            }
        }
    }
);

/// A compare-and-branch on two registers: ints and floats only (the loop handles the rest).
macro_rules! compare_branch_handler {
    ($name:ident, $variant:ident, $cmp:tt, $when:expr) => {
        handler!($name, Instr::$variant { lhs, rhs }, |ip, regs, instrs, code, vm| {
            // SAFETY: verified operands.
            let holds = match unsafe { (reg(regs, lhs), reg(regs, rhs)) } {
                (Value::Int(a), Value::Int(b)) => *a $cmp *b,
                (Value::Float(a), Value::Float(b)) => *a $cmp *b,
                _ => return ip,
            };
            // SAFETY: the instruction is paired.
            unsafe { branch(ip, instrs, holds == $when) }
        });
    };
}

compare_branch_handler!(jump_if_lt, JumpIfLt, <, true);
compare_branch_handler!(jump_if_le, JumpIfLe, <=, true);
compare_branch_handler!(jump_if_gt, JumpIfGt, >, true);
compare_branch_handler!(jump_if_ge, JumpIfGe, >=, true);
compare_branch_handler!(jump_if_eq, JumpIfEq, ==, true);
compare_branch_handler!(jump_if_ne, JumpIfNe, !=, true);
compare_branch_handler!(jump_unless_lt, JumpUnlessLt, <, false);
compare_branch_handler!(jump_unless_le, JumpUnlessLe, <=, false);
compare_branch_handler!(jump_unless_gt, JumpUnlessGt, >, false);
compare_branch_handler!(jump_unless_ge, JumpUnlessGe, >=, false);
compare_branch_handler!(jump_unless_eq, JumpUnlessEq, ==, false);
compare_branch_handler!(jump_unless_ne, JumpUnlessNe, !=, false);

/// A compare-and-branch against an int immediate. (Not the register macro with the immediate
/// wrapped in a `Value`: that temporary's drop glue became a call in every handler, which
/// cost each a stack frame.)
macro_rules! compare_imm_branch_handler {
    ($name:ident, $variant:ident, $cmp:tt, $when:expr) => {
        handler!($name, Instr::$variant { lhs, imm }, |ip, regs, instrs, code, vm| {
            let imm = i64::from(imm);
            // SAFETY: verified operands.
            let holds = match unsafe { reg(regs, lhs) } {
                Value::Int(a) => *a $cmp imm,
                Value::Float(a) => *a $cmp (imm as f64),
                _ => return ip,
            };
            // SAFETY: the instruction is paired.
            unsafe { branch(ip, instrs, holds == $when) }
        });
    };
}

compare_imm_branch_handler!(jump_if_lt_imm, JumpIfLtImm, <, true);
compare_imm_branch_handler!(jump_if_le_imm, JumpIfLeImm, <=, true);
compare_imm_branch_handler!(jump_if_gt_imm, JumpIfGtImm, >, true);
compare_imm_branch_handler!(jump_if_ge_imm, JumpIfGeImm, >=, true);
compare_imm_branch_handler!(jump_if_eq_imm, JumpIfEqImm, ==, true);
compare_imm_branch_handler!(jump_if_ne_imm, JumpIfNeImm, !=, true);
compare_imm_branch_handler!(jump_unless_lt_imm, JumpUnlessLtImm, <, false);
compare_imm_branch_handler!(jump_unless_le_imm, JumpUnlessLeImm, <=, false);
compare_imm_branch_handler!(jump_unless_gt_imm, JumpUnlessGtImm, >, false);
compare_imm_branch_handler!(jump_unless_ge_imm, JumpUnlessGeImm, >=, false);
compare_imm_branch_handler!(jump_unless_eq_imm, JumpUnlessEqImm, ==, false);
compare_imm_branch_handler!(jump_unless_ne_imm, JumpUnlessNeImm, !=, false);

/// Continues in the frame now on top of the frame stack, after a call or return changed
/// frames; tells the loop, which reloads its own copy of the frame state when the lane
/// returns.
///
/// # Safety
/// A frame of this run is on top, with its pc saved.
#[inline(always)]
unsafe fn continue_in_top_frame(vm: *mut Vm) -> *const Instr {
    // SAFETY: the caller's guarantee; the frame record's function keeps its code and module
    // alive while the frame exists, and its window is within the stack.
    unsafe {
        let vm_ref = &mut *vm;
        vm_ref.lane_changed_frames = true;
        let frame = vm_ref.frames.last().unwrap_unchecked();
        let function: *const Function = Rc::as_ptr(&frame.function);
        let (base, pc) = (frame.base as usize, frame.pc as usize);
        let code = &*Rc::as_ptr(&(*function).code);
        let instrs = code.instructions.as_ptr();
        dispatch(
            instrs.add(pc),
            vm_ref.stack.as_mut_ptr().add(base),
            instrs,
            code,
            vm,
        )
    }
}

/// The running frame's register window, instructions and code object, read back from its
/// record: the general handlers get only `ip` and `vm` from their fast handlers, which then
/// keep nothing else live for them (a value kept live was a saved register on every call).
///
/// # Safety
/// A frame of this run is running (its record on top).
#[inline(always)]
unsafe fn running_frame(vm: *mut Vm) -> (*mut Value, *const Instr, *const Code) {
    // SAFETY: the caller's guarantee; the record's function keeps its code alive.
    unsafe {
        let vm_ref = &mut *vm;
        let frame = vm_ref.frames.last().unwrap_unchecked();
        let code = &*Rc::as_ptr(&frame.function.code);
        (
            vm_ref.stack.as_mut_ptr().add(frame.base as usize),
            code.instructions.as_ptr(),
            code,
        )
    }
}

/// Goes on with the general handler `handler` of the instruction at `ip` (see
/// `running_frame`).
///
/// # Safety
/// As for `run`; `handler` is the general handler of the instruction at `ip`.
#[inline(always)]
unsafe fn go_general(handler: Handler, ip: *const Instr, vm: *mut Vm) -> *const Instr {
    // SAFETY: the caller's guarantee; the general handlers ignore the three null arguments.
    unsafe {
        handler(
            ip,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
            vm,
        )
    }
}

/// Continues at the first instruction of `function`, whose frame was just pushed with its
/// window at `regs`: what `continue_in_top_frame` would read back from the record, known
/// here.
///
/// # Safety
/// As for `continue_in_top_frame`; `function` is the pushed frame's, `regs` its window.
#[inline(always)]
unsafe fn continue_in_callee(
    vm: *mut Vm,
    function: &Rc<Function>,
    regs: *mut Value,
) -> *const Instr {
    // SAFETY: the caller's guarantee; the frame record keeps the function alive.
    unsafe {
        (*vm).lane_changed_frames = true;
        let code = &*Rc::as_ptr(&function.code);
        let instrs = code.instructions.as_ptr();
        dispatch(instrs, regs, instrs, code, vm)
    }
}

/// Pushes `function`'s frame with its `argc` arguments from register `args` when that needs
/// no call out of line (see `Vm::enter_without_calls`) and continues in it; otherwise goes
/// on in `general`. The tail of the fast `CallGlobal` and method-call handlers.
///
/// # Safety
/// As for the handlers: `ip` is the running frame's verified call instruction, `regs` and
/// `instrs` its window and code, and `args`, `argc` and `dst` its operands.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
unsafe fn enter_callee_or(
    general: Handler,
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    vm: *mut Vm,
    function: &Rc<Function>,
    args: Reg,
    argc: usize,
    dst: Reg,
) -> *const Instr {
    // SAFETY: the caller's guarantee; the function is borrowed from where the handler found
    // it (a global slot or the site's cache), which entering its frame does not update.
    unsafe {
        let vm_ref = &mut *vm;
        let base = regs.offset_from(vm_ref.stack.as_ptr()) as usize;
        let pc = ip.offset_from(instrs) as u32 + 1;
        if vm_ref.enter_without_calls(function, base + args.index(), argc, base + dst.index(), pc) {
            // The stack was not grown, so `regs` still points into it.
            return continue_in_callee(vm, function, regs.add(Reg::index(args)));
        }
        go_general(general, ip, vm)
    }
}

/// `CallGlobal` of a Python function whose frame entry needs no call out of line (see
/// `Vm::enter_without_calls`): pushes the callee's frame and continues there. Without calls
/// the handler needs no stack frame, so no register is saved and restored around it;
/// anything else goes on in `call_global_general`.
unsafe fn call_global(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    _: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: the table maps `CallGlobal` to this handler.
    let Instr::CallGlobal {
        slot,
        argc,
        base: args,
        dst,
    } = (unsafe { *ip })
    else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: as in `call_global_general`.
    unsafe {
        let module: *const Module =
            Rc::as_ptr(&(*vm).frames.last().unwrap_unchecked().function.globals);
        if let Some(function) = (*module).globals.function_at(slot.index()) {
            let argc = usize::from(argc);
            return enter_callee_or(
                call_global_general,
                ip,
                regs,
                instrs,
                vm,
                function,
                args,
                argc,
                dst,
            );
        }
        go_general(call_global_general, ip, vm)
    }
}

/// `CallGlobal` of a Python function that needs only its positional arguments: pushes the
/// callee's frame and continues there. Anything else (a class, a builtin, an error such as
/// the recursion limit, which pushes nothing) is left to the loop.
#[inline(never)]
unsafe fn call_global_general(
    ip: *const Instr,
    _: *mut Value,
    _: *const Instr,
    _: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: as for `run`.
    let (regs, instrs, _) = unsafe { running_frame(vm) };
    // SAFETY: the table maps `CallGlobal` to this handler.
    let Instr::CallGlobal {
        slot,
        argc,
        base: args,
        dst,
    } = (unsafe { *ip })
    else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: as for `run`; the module is alive while its function's frame runs, and
    // `enter_function_saving_pc` stores no global, so the borrowed function stays valid.
    unsafe {
        let vm_ref = &mut *vm;
        let base = regs.offset_from(vm_ref.stack.as_ptr()) as usize;
        let module: *const Module =
            Rc::as_ptr(&vm_ref.frames.last().unwrap_unchecked().function.globals);
        let Some(function) = (*module).globals.function_at(slot.index()) else {
            // `Class(args)` with a plain `__init__`: its frame runs next, here.
            let pc = ip.offset_from(instrs) as u32 + 1;
            if vm_ref.enter_global_construction_in_lane(
                &*module,
                slot.index(),
                base + args.index(),
                usize::from(argc),
                base + dst.index(),
                pc,
            ) {
                return continue_in_top_frame(vm);
            }
            return ip;
        };
        enter_and_continue(
            ip,
            instrs,
            vm,
            function,
            base + args.index(),
            usize::from(argc),
            base + dst.index(),
        )
    }
}

/// Pushes `function`'s frame for the call at `ip` (arguments from stack index `args_start`,
/// result to `return_slot`) and continues in it; when nothing was pushed (not a plain call,
/// or an error such as the recursion limit), returns `ip` so that the loop runs the call
/// again and raises.
///
/// # Safety
/// As for `run`; `ip` is a call instruction of the running frame's code at `instrs`, and
/// `function` stays alive through the entry (the frame record then holds its own reference).
#[inline(always)]
unsafe fn enter_and_continue(
    ip: *const Instr,
    instrs: *const Instr,
    vm: *mut Vm,
    function: &Rc<Function>,
    args_start: usize,
    argc: usize,
    return_slot: usize,
) -> *const Instr {
    // SAFETY: the caller's guarantees.
    unsafe {
        // The caller resumes after this instruction.
        let pc = ip.offset_from(instrs) as u32 + 1;
        // A bool, so the call's result (which may hold an error) is dropped before the tail
        // call: a value dropped after it would make it an ordinary call.
        let entered = matches!(
            (*vm).enter_function_saving_pc(function, args_start, argc, return_slot, pc),
            Some(Ok(()))
        );
        if entered {
            continue_in_top_frame(vm)
        } else {
            ip
        }
    }
}

/// The cache of attribute site `name` of `code` (its write cache when `writes`, else its
/// read cache) and the name itself.
///
/// # Safety
/// `name` is an operand of a verified instruction of `code`: the verifier checked it against
/// the name table, and the loader made one cache of each kind per name.
#[inline(always)]
unsafe fn attribute_site(
    code: &Code,
    name: tauraro_bytecode::NameIdx,
    writes: bool,
) -> (&attribute_cache::AttrCache, &Rc<crate::object::PyStr>) {
    let caches = if writes {
        &code.attr_caches.set
    } else {
        &code.attr_caches.get
    };
    // SAFETY: the caller's guarantee.
    unsafe {
        (
            caches.get_unchecked(name.index()),
            code.names.get_unchecked(name.index()),
        )
    }
}

handler!(
    get_attr,
    Instr::GetAttr { dst, obj, name },
    |ip, regs, instrs, code, vm| {
        // SAFETY: verified operands; the verifier checked `name` against the code's name
        // table and the loader made one cache per name. The instance and the value are not
        // used after the destination register is written.
        unsafe {
            let Value::Instance(instance) = reg(regs, obj) else {
                return ip;
            };
            let (cache, _) = attribute_site(&*code, name, false);
            // The common hit makes no call, so this handler needs no saved registers; the
            // rest (bound methods, shapes to learn, a last reference to free) takes the
            // counted handler.
            match attribute_cache::cached_get_in_place(instance, cache) {
                Some(value)
                    if crate::value::replace_without_freeing(regs.add(dst.index()), value) =>
                {
                    ip.add(1)
                }
                _ => return get_attr_counted(ip, regs, instrs, code, vm),
            }
        }
    }
);

handler!(
    // Never inlined: in `get_attr` it would bring its calls' saved registers back.
    #[inline(never)]
    get_attr_counted,
    Instr::GetAttr { dst, obj, name },
    |ip, regs, instrs, code, vm| {
        // SAFETY: as in `get_attr`; the instance is not used after its register may be
        // overwritten.
        unsafe {
            let Value::Instance(instance) = reg(regs, obj) else {
                return ip;
            };
            let (cache, name) = attribute_site(&*code, name, false);
            // A hit clones a value or makes a bound method; neither runs Python code.
            let Some(value) = attribute_cache::cached_get(instance, cache, name) else {
                return ip;
            };
            // Releasing the old value runs no Python code (see `move_counted`).
            let old = std::mem::replace(&mut *regs.add(Reg::index(dst)), value);
            crate::value::discard(old);
            ip.add(1)
        }
    }
);

handler!(
    set_attr,
    Instr::SetAttr { obj, name, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: as in `get_attr`; the register keeps the instance alive through the write.
        unsafe {
            let Value::Instance(instance) = reg(regs, obj) else {
                return ip;
            };
            let (cache, _) = attribute_site(&*code, name, true);
            // As in `get_attr`: the common write (a slot the instance has, an old value that
            // is not the last reference) makes no call; the rest takes the counted handler.
            if attribute_cache::cached_set_in_place(instance, cache, reg(regs, src)) {
                ip.add(1)
            } else {
                return set_attr_counted(ip, regs, instrs, code, vm);
            }
        }
    }
);

handler!(
    // Never inlined: in `set_attr` it would bring its calls' saved registers back.
    #[inline(never)]
    set_attr_counted,
    Instr::SetAttr { obj, name, src },
    |ip, regs, instrs, code, vm| {
        // SAFETY: as in `get_attr`; the register keeps the instance alive through the write.
        unsafe {
            let Value::Instance(instance) = reg(regs, obj) else {
                return ip;
            };
            let (cache, name) = attribute_site(&*code, name, true);
            // A miss changes nothing but what the site learnt, so the loop can run the
            // instruction again; a hit releases the replaced value, which runs no Python
            // code (see `move_counted`).
            if let Err(value) =
                attribute_cache::cached_set(instance, cache, name, reg(regs, src).clone())
            {
                crate::value::discard(value);
                return ip;
            }
            ip.add(1)
        }
    }
);

/// The operands of a `CallMethod` or `CallMethodFrom` at `instr` as (receiver register,
/// name, argument count, result register); for `CallMethodFrom`, first copies the receiver
/// from its variable's register into the call window.
///
/// # Safety
/// `instr` is one of the two method calls, verified, of the frame whose registers start at
/// `regs`.
#[inline(always)]
pub(crate) unsafe fn method_call_operands(
    instr: &Instr,
    regs: *mut Value,
) -> (Reg, tauraro_bytecode::NameIdx, u8, Reg) {
    // SAFETY: the caller's guarantee; `copy_into` allows `base == recv`.
    unsafe {
        match *instr {
            Instr::CallMethod {
                base,
                name,
                argc,
                dst,
            } => (base, name, argc, dst),
            Instr::CallMethodFrom {
                recv,
                base,
                name,
                argc,
                dst,
            } => {
                crate::value::copy_into(
                    regs.add(Reg::index(base)),
                    regs.add(Reg::index(Reg::from(recv))),
                );
                (base, tauraro_bytecode::NameIdx::from(name), argc, dst)
            }
            _ => std::hint::unreachable_unchecked(),
        }
    }
}

/// `CallMethod`/`CallMethodFrom` of a plain Python method the site's cache knows, on an
/// instance that cannot shadow it, whose frame entry needs no call out of line (see
/// `Vm::enter_without_calls`): pushes its frame with the receiver as first argument and
/// continues there. Without calls the handler needs no stack frame, so no register is saved
/// and restored around it; anything else goes on in `call_method_general`.
unsafe fn call_method(
    ip: *const Instr,
    regs: *mut Value,
    instrs: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: the table maps only the two method-call opcodes here; verified operands. The
    // function is borrowed from the site's cache, which entering its frame does not update
    // (as in `call_method_general`).
    unsafe {
        let (receiver, name, argc, dst) = match *ip {
            Instr::CallMethod {
                base,
                name,
                argc,
                dst,
            } => (base, name, argc, dst),
            Instr::CallMethodFrom {
                recv,
                base,
                name,
                argc,
                dst,
            } => {
                // The receiver's copy into the call window, when it takes only a count
                // increment (the general path copies it again: the same value).
                let Value::Instance(instance) = reg(regs, Reg::from(recv)) else {
                    return go_general(call_method_general, ip, vm);
                };
                if holds_object(regs, base) {
                    return go_general(call_method_general, ip, vm);
                }
                std::ptr::write(
                    regs.add(Reg::index(base)),
                    Value::Instance(instance.clone()),
                );
                (base, tauraro_bytecode::NameIdx::from(name), argc, dst)
            }
            _ => std::hint::unreachable_unchecked(),
        };
        let Value::Instance(instance) = reg(regs, receiver) else {
            return go_general(call_method_general, ip, vm);
        };
        if !instance.class.shadowing_possible() {
            let (cache, _) = attribute_site(&*code, name, false);
            if let Some(function) = attribute_cache::cached_unshadowed_method(instance, cache) {
                // The receiver is the first argument.
                let argc = usize::from(argc) + 1;
                return enter_callee_or(
                    call_method_general,
                    ip,
                    regs,
                    instrs,
                    vm,
                    function,
                    receiver,
                    argc,
                    dst,
                );
            }
        }
        go_general(call_method_general, ip, vm)
    }
}

/// `CallMethod`/`CallMethodFrom` of a plain Python method the site's cache knows: pushes
/// its frame with the receiver as first argument and continues there. Builtin methods,
/// misses and failed entries (which push nothing) are left to the loop.
#[inline(never)]
unsafe fn call_method_general(
    ip: *const Instr,
    _: *mut Value,
    _: *const Instr,
    _: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: as for `run`.
    let (regs, instrs, code) = unsafe { running_frame(vm) };
    // SAFETY: the table maps only the two method-call opcodes here; verified operands.
    // Copying the receiver again when the loop runs the instruction after all changes
    // nothing.
    let (receiver, name, argc, dst) = unsafe { method_call_operands(&*ip, regs) };
    // SAFETY: as in `get_attr` and `call_global`: the function is borrowed from the site's
    // cache, which entering its frame does not update.
    unsafe {
        let Value::Instance(instance) = reg(regs, receiver) else {
            return ip;
        };
        let (cache, name) = attribute_site(&*code, name, false);
        let Some(attribute_cache::CachedMethod::Function(function)) =
            attribute_cache::cached_method(instance, cache, name)
        else {
            return ip;
        };
        let base = regs.offset_from((*vm).stack.as_ptr()) as usize;
        enter_and_continue(
            ip,
            instrs,
            vm,
            function,
            base + receiver.index(),
            usize::from(argc) + 1,
            base + dst.index(),
        )
    }
}

/// `Return`/`ReturnNone` to a caller in this run; an entry frame's, an `__init__` frame's
/// value return and the like are left to the loop.
#[inline(always)]
unsafe fn return_from(
    ip: *const Instr,
    regs: *mut Value,
    vm: *mut Vm,
    src: Option<Reg>,
) -> *const Instr {
    // SAFETY: as for `run`: a frame is running, its record's function keeps its code alive.
    unsafe {
        let vm_ref = &mut *vm;
        let frame = vm_ref.frames.last().unwrap_unchecked();
        let register_count = frame.function.code.register_count;
        let base = regs.offset_from(vm_ref.stack.as_ptr()) as usize;
        match vm_ref.return_to_caller(src.map(|src| base + src.index()), register_count) {
            Some(released_objects) => {
                // The frame's registers may have held the last reference to a suspended
                // generator.
                if released_objects {
                    vm_ref.close_abandoned_generators_if_pending();
                }
                continue_in_top_frame(vm)
            }
            None => ip,
        }
    }
}

/// `Return`: when the return needs no call out of line (see `Vm::return_without_calls`),
/// the handler needs no stack frame; otherwise it goes on in `return_general`.
unsafe fn return_value(
    ip: *const Instr,
    regs: *mut Value,
    _: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: the table maps `Return` to this handler.
    let Instr::Return { src } = (unsafe { *ip }) else {
        // SAFETY: as above.
        unsafe { std::hint::unreachable_unchecked() }
    };
    // SAFETY: as for `run`: `code` is the running frame's.
    unsafe { return_without_calls_or_general(ip, regs, code, vm, Some(src.index())) }
}

/// `ReturnNone`, as `return_value`.
unsafe fn return_none(
    ip: *const Instr,
    regs: *mut Value,
    _: *const Instr,
    code: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: as for `run`: `code` is the running frame's.
    unsafe { return_without_calls_or_general(ip, regs, code, vm, None) }
}

/// The fast return handlers' body: returns the value of register `src` (None without one)
/// without calls and continues in the caller, or goes on in `return_general`.
///
/// # Safety
/// As for `run`; `ip` is the running frame's `Return` or `ReturnNone`, `code` its code.
#[inline(always)]
unsafe fn return_without_calls_or_general(
    ip: *const Instr,
    regs: *mut Value,
    code: *const Code,
    vm: *mut Vm,
    src: Option<usize>,
) -> *const Instr {
    // SAFETY: the caller's guarantee.
    unsafe {
        if (*vm).return_without_calls(regs, src, (*code).register_count) {
            return continue_in_top_frame(vm);
        }
        go_general(return_general, ip, vm)
    }
}

/// `Return` and `ReturnNone` when the fast handlers cannot: reads the frame back from its
/// record (see `return_from`).
#[inline(never)]
unsafe fn return_general(
    ip: *const Instr,
    _: *mut Value,
    _: *const Instr,
    _: *const Code,
    vm: *mut Vm,
) -> *const Instr {
    // SAFETY: as for `run`.
    let (regs, _, _) = unsafe { running_frame(vm) };
    // SAFETY: the fast return handlers, the only callers, run on `Return` or `ReturnNone`.
    let src = match unsafe { *ip } {
        Instr::Return { src } => Some(src),
        _ => None,
    };
    // SAFETY: as for `run`.
    unsafe { return_from(ip, regs, vm, src) }
}
