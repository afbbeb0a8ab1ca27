//! Calls: pushing and popping frames, binding arguments to parameters, and calling any
//! callable from registers (inside the loop) or from Rust (builtins calling back).
//!
//! A call from the loop never copies arguments for a Python function: the callee's frame
//! starts at the caller's first argument register, so the arguments already sit in the
//! callee's parameter registers. Only unusual signatures (defaults, keywords, `*args`,
//! `**kwargs`) rearrange them in place.

use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::{Vm, recursion_error};
use crate::object::{
    Args, Class, DictTable, Function, GenStatus, Generator, GeneratorState, PyDict, PyStr,
};
use crate::runtime::attribute::MethodLookup;
use crate::value::Value;

/// The outcome of starting a call from the dispatch loop.
pub(crate) enum CallTarget {
    /// A Python frame was pushed; the loop continues in it.
    Frame,
    /// The call completed with this result.
    Value(Value),
}

/// Arguments moved out of registers for a call into Rust, on the Rust stack when few.
struct ArgBuffer {
    /// `inline[..len]` holds the arguments when they fit; the rest stay `Undefined`. Not
    /// dropped as a whole: `Drop` releases only the used slots (the array's drop glue was an
    /// out-of-line call per slot, six per builtin call).
    inline: std::mem::ManuallyDrop<[Value; 6]>,
    spilled: Vec<Value>,
    len: usize,
}

impl ArgBuffer {
    fn take_from(stack: &mut [Value], start: usize, count: usize) -> ArgBuffer {
        let mut buffer = ArgBuffer {
            inline: Default::default(),
            spilled: Vec::new(),
            len: count,
        };
        if count <= buffer.inline.len() {
            for (slot, value) in buffer
                .inline
                .iter_mut()
                .zip(&mut stack[start..start + count])
            {
                *slot = std::mem::take(value);
            }
        } else {
            buffer.spilled = stack[start..start + count]
                .iter_mut()
                .map(std::mem::take)
                .collect();
        }
        buffer
    }

    fn as_slice(&self) -> &[Value] {
        if self.spilled.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

impl Drop for ArgBuffer {
    fn drop(&mut self) {
        // Only `inline[..len]` was ever written (when the arguments fit); the other slots
        // hold `Undefined`, which owns nothing, so skipping them leaks nothing.
        let used = self.len.min(self.inline.len());
        for slot in &mut self.inline[..used] {
            crate::value::discard(std::mem::take(slot));
        }
    }
}

/// Calls `constructor` with the class first and then `args`, without a heap allocation
/// for the common few-argument calls (`float(x)`, `int(s, 16)`, `str(n)`).
fn call_with_class_first(
    vm: &mut Vm,
    constructor: crate::object::BuiltinFn,
    class: &Rc<Class>,
    args: Args<'_>,
) -> PyResult<Value> {
    const INLINE: usize = 4;
    if args.positional.len() < INLINE {
        let used = args.positional.len() + 1;
        // Released slot by slot below: the array's drop glue is an out-of-line call per slot.
        let mut buffer: std::mem::ManuallyDrop<[Value; INLINE]> = Default::default();
        buffer[0] = Value::Class(class.clone());
        for (slot, value) in buffer[1..].iter_mut().zip(args.positional) {
            *slot = value.clone();
        }
        let result = constructor(
            vm,
            Args {
                positional: &buffer[..used],
                keywords: args.keywords,
            },
        );
        // The slots past `used` were never written and hold `Undefined` (nothing to free).
        for slot in &mut buffer[..used] {
            crate::value::discard(std::mem::take(slot));
        }
        return result;
    }
    let mut positional = Vec::with_capacity(args.positional.len() + 1);
    positional.push(Value::Class(class.clone()));
    positional.extend_from_slice(args.positional);
    constructor(
        vm,
        Args {
            positional: &positional,
            keywords: args.keywords,
        },
    )
}

/// The names of keyword arguments from a `CallKw` constant.
fn keyword_names(kwnames: Option<&Value>) -> Vec<Rc<PyStr>> {
    match kwnames {
        Some(Value::Tuple(names)) => names
            .items
            .iter()
            .filter_map(|name| match name {
                Value::Str(name) => Some(name.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// How a frame was left.
pub(crate) enum FrameExit {
    /// It was the entry frame of the current `run`, which returns this value.
    Entry(Value),
    /// The caller continues; its return register is written. `released_objects` says
    /// whether the frame's registers held reference-counted objects: only then can the
    /// return have abandoned a generator, so only then is the finalisation flag read.
    Caller { released_objects: bool },
    /// An `__init__` frame returned something other than None (a TypeError in the caller).
    InitReturned(Value),
}

impl Vm {
    /// Calls `callee` with `argc` arguments in `stack[args_start..]`, the last
    /// `len(kwnames)` of them keyword arguments. Python functions get a frame at `args_start`
    /// that returns into `stack[return_slot]`.
    /// The `__init__` to run in a frame of the loop for a call of `class` with `argc`
    /// positional arguments, when the call needs nothing else: a user class without its own
    /// `__new__`, whose `__init__` is a plain Python function taking exactly those arguments.
    /// The answer is cached in the class until any class namespace changes.
    fn simple_init(
        &mut self,
        class: &Rc<crate::object::Class>,
        argc: usize,
    ) -> Option<Rc<Function>> {
        let epoch = crate::object::class_epoch();
        let cached = class
            .init_cache
            .borrow()
            .as_ref()
            .filter(|(cached_epoch, _)| *cached_epoch == epoch)
            .map(|(_, init)| init.clone());
        let init = match cached {
            Some(init) => init?,
            None => {
                let found = self.find_simple_init(class);
                *class.init_cache.borrow_mut() = Some((epoch, found.clone()));
                found?
            }
        };
        // Exact positional arity with no `*args`/`**kwargs`, not a generator. Closures (an
        // `__init__` calling `super()` has a `__class__` cell) qualify: `push_frame` loads
        // their cells.
        let code = &init.code;
        (argc + 1 == code.arg_count && code.param_count == code.arg_count && !code.is_generator())
            .then_some(init)
    }

    fn find_simple_init(&mut self, class: &Rc<crate::object::Class>) -> Option<Rc<Function>> {
        use crate::runtime::attribute::class_lookup;
        if class.is_builtin
            || !matches!(
                class.kind,
                crate::object::BuiltinKind::Object | crate::object::BuiltinKind::Exception(_)
            )
            || class.is_abstract.get()
        {
            return None;
        }
        if let Some(metaclass) = &class.metaclass
            && crate::runtime::dunder::user_method(metaclass, "__call__").is_some()
        {
            return None;
        }
        match class_lookup(class, "__new__") {
            None | Some(Value::Builtin(_)) => {}
            Some(_) => return None,
        }
        match class_lookup(class, "__init__") {
            Some(Value::Function(init)) => Some(init),
            _ => None,
        }
    }

    pub(crate) fn call_from_registers(
        &mut self,
        callee: Value,
        args_start: usize,
        argc: usize,
        kwnames: Option<&Value>,
        return_slot: usize,
    ) -> PyResult<CallTarget> {
        match callee {
            Value::Function(function) => {
                let code = &function.code;
                if kwnames.is_none() && argc == code.arg_count && code.param_count == code.arg_count
                {
                    // Every parameter is passed by position: nothing to bind.
                    if code.is_generator() {
                        return Ok(CallTarget::Value(self.make_generator(function, args_start)));
                    }
                    self.push_frame(function, args_start, return_slot, false)?;
                    return Ok(CallTarget::Frame);
                }
                let names = keyword_names(kwnames);
                self.bind_arguments(&function, args_start, argc - names.len(), &names)?;
                if function.code.is_generator() {
                    return Ok(CallTarget::Value(self.make_generator(function, args_start)));
                }
                self.push_frame(function, args_start, return_slot, false)?;
                Ok(CallTarget::Frame)
            }
            Value::Class(class)
                if kwnames.is_none() && class.is_builtin && class.metaclass.is_none() =>
            {
                // (Before the `__init__` frame arm: a builtin class never has a simple one.)
                self.call_with_register_window(args_start, argc, |vm, args| {
                    crate::builtins::direct_construction::construct_builtin(vm, &class, args)
                })
                .map(CallTarget::Value)
            }
            Value::Class(class)
                if kwnames.is_none()
                    && return_slot < args_start
                    && let Some(init) = self.simple_init(&class, argc) =>
            {
                // `Class(args)`: the instance goes to the caller's register now and becomes
                // `self` of an `__init__` frame run by this loop (no nested run).
                let instance = if matches!(class.kind, crate::object::BuiltinKind::Exception(_)) {
                    // `BaseException.__new__` keeps the call's arguments as `args`.
                    let args = self.stack[args_start..args_start + argc].to_vec();
                    self.allocate_instance(
                        &class,
                        Args {
                            positional: &args,
                            keywords: &[],
                        },
                    )?
                } else {
                    let instance = crate::object::Instance::new_rc(
                        class.clone(),
                        crate::object::Payload::None,
                    );
                    if crate::gc::track(&instance) {
                        crate::gc::collect();
                    }
                    Value::Instance(instance)
                };
                self.ensure_stack(args_start + argc + 1)?;
                // The arguments move up one register, by swaps: `rotate_right` is a general
                // out-of-line algorithm, slow for the few registers of a call.
                for slot in (args_start..args_start + argc).rev() {
                    self.stack.swap(slot, slot + 1);
                }
                self.stack[args_start] = instance.clone();
                crate::value::discard(std::mem::replace(&mut self.stack[return_slot], instance));
                let slot = return_slot | crate::interpreter::INIT_FRAME as usize;
                match self.enter_function(&init, args_start, argc + 1, slot) {
                    Some(entered) => entered?,
                    None => self.push_frame(init, args_start, slot, false)?,
                }
                Ok(CallTarget::Frame)
            }
            Value::BoundMethod(method) if matches!(method.function, Value::Function(_)) => {
                // Shift the arguments up one register and put the receiver first.
                self.ensure_stack(args_start + argc + 1)?;
                self.stack[args_start..=args_start + argc].rotate_right(1);
                self.stack[args_start] = method.receiver.clone();
                self.call_from_registers(
                    method.function.clone(),
                    args_start,
                    argc + 1,
                    kwnames,
                    return_slot,
                )
            }
            Value::BoundMethod(method) if kwnames.is_none() => {
                if let Value::Builtin(function) = method.function {
                    // `append = items.append; append(x)`: the receiver goes first in the
                    // registers and the Rust function reads them in place.
                    self.ensure_stack(args_start + argc + 1)?;
                    self.stack[args_start..=args_start + argc].rotate_right(1);
                    self.stack[args_start] = method.receiver.clone();
                    return self
                        .call_builtin_method(function, args_start, argc)
                        .map(CallTarget::Value);
                }
                let buffer = ArgBuffer::take_from(&mut self.stack, args_start, argc);
                let args = Args {
                    positional: buffer.as_slice(),
                    keywords: &[],
                };
                self.call_value(&Value::BoundMethod(method), args)
                    .map(CallTarget::Value)
            }
            other if kwnames.is_none() => self
                .call_with_register_window(args_start, argc, |vm, args| {
                    vm.call_value(&other, Args::new(args))
                })
                .map(CallTarget::Value),
            other => {
                let names = keyword_names(kwnames);
                let buffer = ArgBuffer::take_from(&mut self.stack, args_start, argc);
                let values = buffer.as_slice();
                let positional_count = argc - names.len();
                let keywords: Vec<(Rc<PyStr>, Value)> = names
                    .into_iter()
                    .zip(values[positional_count..].iter().cloned())
                    .collect();
                let args = Args {
                    positional: &values[..positional_count],
                    keywords: &keywords,
                };
                self.call_value(&other, args).map(CallTarget::Value)
            }
        }
    }

    /// The fast path of a call of a Python function from the loop. `None` when the call
    /// needs the general path. The function is only borrowed: the pushed frame record takes
    /// its own reference (or already holds one), before anything here can drop a value.
    #[inline(always)]
    pub(crate) fn enter_function(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
    ) -> Option<PyResult<()>> {
        self.enter_function_from(function, args_start, argc, return_slot, None)
    }

    /// `enter_function` for the loop's `CallGlobal`, which has not saved its pc yet: the pc
    /// is stored into the caller's record as the callee's record is written beside it
    /// (one address computation instead of two). On `None` or an error the caller's pc is
    /// not saved; the loop saves it on those paths.
    #[inline(always)]
    pub(crate) fn enter_function_saving_pc(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: u32,
    ) -> Option<PyResult<()>> {
        self.enter_function_from(function, args_start, argc, return_slot, Some(caller_pc))
    }

    #[inline(always)]
    fn enter_function_from(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: Option<u32>,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        if !code.simple_call {
            if code.closure_call {
                return self.enter_closure(function, args_start, argc, return_slot, caller_pc);
            }
            return None;
        }
        self.enter_plain_function(function, args_start, argc, return_slot, caller_pc)
    }

    /// The frame entry of `enter_function` once the callee is known to need nothing but
    /// its positional arguments (and defaults for the missing ones).
    #[inline(always)]
    fn enter_plain_function(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: Option<u32>,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        if argc != code.arg_count {
            return self.enter_function_with_defaults(
                function,
                args_start,
                argc,
                return_slot,
                caller_pc,
            );
        }
        if self.frames.len() >= self.recursion_limit {
            return Some(Err(recursion_error()));
        }
        let end = args_start + code.register_count;
        if end > self.stack.len()
            && let Err(err) = self.ensure_stack(end)
        {
            return Some(Err(err));
        }
        let (locals_start, locals_end) =
            (args_start + code.param_count, args_start + code.local_count);
        match caller_pc {
            Some(pc) => self
                .frames
                .push_call(pc, function, args_start as u32, return_slot as u32),
            None => self
                .frames
                .push_borrowed(function, args_start as u32, 0, return_slot as u32),
        }
        if locals_start < locals_end {
            for slot in &mut self.stack[locals_start..locals_end] {
                crate::value::discard(std::mem::take(slot));
            }
        }
        Some(Ok(()))
    }

    /// `enter_function` for a closure: the frame is entered as for a plain function, then
    /// the closure's cells go to the registers its code reads its free variables from.
    #[inline(never)]
    fn enter_closure(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: Option<u32>,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        if argc != code.arg_count {
            // Comes back here with the defaults filled in.
            return self.enter_function_with_defaults(
                function,
                args_start,
                argc,
                return_slot,
                caller_pc,
            );
        }
        let entered = self.enter_plain_function(function, args_start, argc, return_slot, caller_pc);
        if let Some(Ok(())) = entered {
            self.install_closure_cells(function, args_start);
        }
        entered
    }

    /// Copies `function`'s closure cells into the free-variable registers of its frame at
    /// `base` (pushed, so its window exists).
    #[inline(always)]
    fn install_closure_cells(&mut self, function: &Function, base: usize) {
        let code = &function.code;
        let start = base + code.free_start.index();
        // SAFETY: the cells are only replaced by `SetClosure` as the function is made, never
        // during this copy, which runs no other code (cloning an `Rc` only counts), so no
        // mutable borrow can overlap the unguarded one. (The guard's flag updates showed on
        // every closure call.)
        let Ok(closure) = (unsafe { function.closure.try_borrow_unguarded() }) else {
            return;
        };
        let count = code.free_count.min(closure.len());
        debug_assert!(start + count <= self.stack.len());
        // SAFETY: the frame's window `stack[base..base + register_count]` exists (ensured
        // when it was pushed) and the verifier checked `free_start + free_count` is within
        // `register_count`. The bounds checks showed on every closure call.
        let registers = unsafe { self.stack.get_unchecked_mut(start..start + count) };
        for (slot, cell) in registers.iter_mut().zip(&closure[..count]) {
            let old = std::mem::replace(slot, Value::Cell(cell.clone()));
            // A register above the running frame holds an inline value after a return
            // released it; anything else is released here.
            crate::value::discard(old);
        }
    }

    /// `enter_function_saving_pc` as a call, for `CallMethod`: one inlined copy of the frame
    /// entry (in `CallGlobal`) keeps the dispatch loop small enough for its hot state to stay
    /// in registers.
    #[inline(never)]
    pub(crate) fn enter_function_saving_pc_out_of_line(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: u32,
    ) -> Option<PyResult<()>> {
        self.enter_function_saving_pc(function, args_start, argc, return_slot, caller_pc)
    }

    /// The frame entry for the loop's `Call` and `CallLocal` (a callee in a register), out of
    /// line like `enter_function_saving_pc_out_of_line`. Those calls often leave parameters
    /// to their defaults (`adder(x)` for `lambda x, k=k: ...`) or enter closures: both are
    /// handled here, without a second call.
    #[inline(never)]
    pub(crate) fn enter_called_function(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: u32,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        if code.simple_call && argc == code.arg_count {
            return self.enter_plain_function(
                function,
                args_start,
                argc,
                return_slot,
                Some(caller_pc),
            );
        }
        if !code.simple_call && !code.closure_call {
            return None;
        }
        if argc != code.arg_count {
            match self.fill_defaults_for_entry(function, args_start, argc) {
                Some(Ok(())) => {}
                other => return other,
            }
        }
        self.enter_with_all_arguments(function, args_start, return_slot, Some(caller_pc))
    }

    /// The frame entry once all `arg_count` arguments of `function` are in place (defaults
    /// filled in), installing a closure's cells after it.
    #[inline(always)]
    fn enter_with_all_arguments(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        return_slot: usize,
        caller_pc: Option<u32>,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        let entered =
            self.enter_plain_function(function, args_start, code.arg_count, return_slot, caller_pc);
        if code.closure_call
            && let Some(Ok(())) = entered
        {
            self.install_closure_cells(function, args_start);
        }
        entered
    }

    /// `enter_function` for a call that leaves trailing parameters to their defaults
    /// (`lambda x, k=k: ...` called with one argument): the defaults are copied into the
    /// parameter registers, then the frame is entered as usual. Kept out of line so the
    /// exact-arity path stays small. `None`, having changed nothing the general path reads,
    /// when the defaults do not cover the call.
    #[inline(never)]
    fn enter_function_with_defaults(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: Option<u32>,
    ) -> Option<PyResult<()>> {
        match self.fill_defaults_for_entry(function, args_start, argc) {
            Some(Ok(())) => {}
            other => return other,
        }
        self.enter_with_all_arguments(function, args_start, return_slot, caller_pc)
    }

    /// For a frame entry given `argc` positional arguments in `stack[args_start..]`, fewer
    /// than the `arg_count` of `function` (a simple or closure call): copies the defaults of
    /// the missing ones into their registers, so that the frame can be entered with
    /// `arg_count` arguments. `Some(Ok)` when done; `None`, having changed nothing the
    /// general path reads, when the defaults do not cover the call (too few or too many
    /// arguments, for its error message); `Some(Err)` when the stack is exhausted.
    #[inline(always)]
    fn fill_defaults_for_entry(
        &mut self,
        function: &Function,
        args_start: usize,
        argc: usize,
    ) -> Option<PyResult<()>> {
        let code = &function.code;
        let arg_count = code.arg_count;
        if argc >= arg_count {
            return None;
        }
        let end = args_start + code.register_count;
        if end > self.stack.len()
            && let Err(err) = self.ensure_stack(end)
        {
            return Some(Err(err));
        }
        // SAFETY: defaults are only set by `SetDefaults` as the function is made (assigning
        // `__defaults__` is not supported), never during this copy, which runs no other code
        // (cloning a value only counts): no mutable borrow can overlap the unguarded one.
        let defaults = unsafe { function.defaults.try_borrow_unguarded() }.ok()?;
        let defaults = &defaults.as_ref()?.items;
        let first = defaults.len().checked_sub(arg_count - argc)?;
        // SAFETY: `args_start + arg_count <= end` (the registers include the parameters),
        // which the stack reaches (just above).
        let registers = unsafe {
            self.stack
                .get_unchecked_mut(args_start + argc..args_start + arg_count)
        };
        for (slot, default) in registers.iter_mut().zip(&defaults[first..]) {
            crate::value::discard(std::mem::replace(slot, default.clone()));
        }
        Some(Ok(()))
    }

    /// `CallBuiltin`: calls builtin slot `slot` with the `argc` arguments in
    /// `stack[args_start..]`. A builtin function reads them in place, without the general
    /// call's dispatch on the callee (see `call_on_frame_registers`); builtin classes and
    /// replaced builtins take the general path. Out of line, so that the loop stays small.
    #[inline(never)]
    pub(crate) fn call_builtin_slot(
        &mut self,
        slot: usize,
        args_start: usize,
        argc: usize,
        return_slot: usize,
    ) -> PyResult<CallTarget> {
        let Value::Builtin(function) = self.builtins[slot] else {
            let callee = self.builtins[slot].clone();
            return self.call_from_registers(callee, args_start, argc, None, return_slot);
        };
        self.call_on_frame_registers(function, args_start, argc)
            .map(CallTarget::Value)
    }

    /// `call_builtin_method` for `CallMethod`, whose receiver and arguments the verifier
    /// bounded by the frame's register count: no window check. Inlined in the dispatch loop:
    /// an out-of-line call here saved and restored most registers on every method call.
    #[inline(always)]
    pub(crate) fn call_builtin_method_in_frame(
        &mut self,
        function: &'static crate::object::BuiltinFunction,
        receiver_slot: usize,
        argc: usize,
    ) -> PyResult<Value> {
        self.call_on_frame_registers(function, receiver_slot, argc + 1)
    }

    /// Calls builtin `function` on the `count` registers from `start`, read in place and
    /// emptied afterwards, as `call_with_register_window` does but without its check: the
    /// registers must lie inside the running frame's window (an instruction's register span,
    /// which the verifier bounded by the frame's register count).
    #[inline(always)]
    fn call_on_frame_registers(
        &mut self,
        function: &'static crate::object::BuiltinFunction,
        start: usize,
        count: usize,
    ) -> PyResult<Value> {
        let end = start + count;
        debug_assert!(end <= self.stack_top());
        let window: *const [Value] = &self.stack[start..end];
        // SAFETY: as in `call_with_register_window`: the registers lie inside the running
        // frame's window (see above), which nothing writes while the builtin runs, and the
        // stack's memory never moves.
        let args = unsafe { &*window };
        let result = (function.call)(self, Args::new(args));
        for slot in &mut self.stack[start..end] {
            release_argument(slot);
        }
        result
    }

    /// `Class(args)` from `CallGlobal` for a plain user class whose `__init__` runs in a
    /// frame of the loop (see `simple_init`): the new instance goes to the caller's return
    /// register and becomes `self` of a pushed `__init__` frame. The class is only borrowed
    /// (no reference taken for the call). `None`, having changed nothing, when the call needs
    /// the general path.
    #[inline(never)]
    pub(crate) fn enter_simple_construction(
        &mut self,
        class: &Rc<Class>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
    ) -> Option<PyResult<()>> {
        if class.is_builtin
            || !matches!(class.kind, crate::object::BuiltinKind::Object)
            || return_slot >= args_start
        {
            return None;
        }
        let init = self.simple_init(class, argc)?;
        Some(self.construct_with_init(class, init, args_start, argc, return_slot))
    }

    /// `CallGlobal` of a class from the lane, which cannot raise: as the loop's
    /// `enter_simple_construction` of the class bound to global slot `slot` of `module`,
    /// first saving the caller's resume pc. False, having changed nothing the loop reads,
    /// when the global is not such a class or the entry could fail (the recursion limit, a
    /// stack to grow): the loop then runs the call. Creating the instance may run a
    /// collection, which (as every release in the lane) runs no Python code.
    #[inline(never)]
    pub(crate) fn enter_global_construction_in_lane(
        &mut self,
        module: &crate::object::Module,
        slot: usize,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: u32,
    ) -> bool {
        let Value::Class(class) = module.globals.get(slot) else {
            return false;
        };
        if class.is_builtin
            || !matches!(class.kind, crate::object::BuiltinKind::Object)
            || return_slot >= args_start
        {
            return false;
        }
        let Some(init) = self.simple_init(&class, argc) else {
            return false;
        };
        // The checks of the frame entry, made before anything changes: past them, entering
        // cannot fail (`simple_init` vouched for the arity).
        if self.frames.len() >= self.recursion_limit
            || args_start + init.code.register_count.max(argc + 1) > self.stack.len()
        {
            return false;
        }
        self.frames.set_pc(caller_pc);
        let entered = self.construct_with_init(&class, init, args_start, argc, return_slot);
        debug_assert!(entered.is_ok(), "a checked construction failed");
        entered.is_ok()
    }

    /// The construction of `enter_simple_construction` once its `__init__` is known.
    #[inline(always)]
    fn construct_with_init(
        &mut self,
        class: &Rc<Class>,
        init: Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
    ) -> PyResult<()> {
        let instance = crate::object::Instance::new_rc(class.clone(), crate::object::Payload::None);
        if crate::gc::track(&instance) {
            crate::gc::collect();
        }
        let end = args_start + argc + 1;
        if end > self.stack.len() {
            self.ensure_stack(end)?;
        }
        // The arguments move up one register to make room for `self`: the register past
        // them is released first, then the values are moved bitwise (no counts change).
        crate::value::discard(std::mem::take(&mut self.stack[args_start + argc]));
        let stack = self.stack[args_start..end].as_mut_ptr();
        // SAFETY: `stack[args_start..end]` exists (ensured above); the last slot was emptied,
        // so the overlapping copy duplicates no owned value but the first one, which is
        // overwritten without being dropped just below.
        // One value at a time from the top: `ptr::copy` of a variable count is a `memmove`
        // call, slower for the few registers of a call.
        unsafe {
            for index in (0..argc).rev() {
                std::ptr::copy_nonoverlapping(stack.add(index), stack.add(index + 1), 1);
            }
            std::ptr::write(stack, Value::Instance(instance.clone()));
        }
        crate::value::discard(std::mem::replace(
            &mut self.stack[return_slot],
            Value::Instance(instance),
        ));
        let slot = return_slot | crate::interpreter::INIT_FRAME as usize;
        match self.enter_function(&init, args_start, argc + 1, slot) {
            Some(entered) => entered,
            None => self.push_frame(init, args_start, slot, false),
        }
    }

    /// Calls a builtin method with the receiver in `stack[receiver_slot]` and `argc`
    /// arguments after it (the registers are emptied).
    pub(crate) fn call_builtin_method(
        &mut self,
        function: &'static crate::object::BuiltinFunction,
        receiver_slot: usize,
        argc: usize,
    ) -> PyResult<Value> {
        self.call_with_register_window(receiver_slot, argc + 1, |vm, args| {
            (function.call)(vm, Args::new(args))
        })
    }

    /// Runs `call` on the `count` registers from `start` read in place (no copy into a
    /// buffer, no reference-count traffic), then empties them as a call consumes its
    /// arguments (a string left in a temporary would stop a later `s += x` from growing `s`
    /// in place).
    #[inline(always)]
    pub(crate) fn call_with_register_window(
        &mut self,
        start: usize,
        count: usize,
        call: impl FnOnce(&mut Vm, &[Value]) -> PyResult<Value>,
    ) -> PyResult<Value> {
        let end = start + count;
        if end > self.stack_top() {
            // The registers reach past the running frame's window (a bound method's
            // receiver shifted in one register beyond the arguments), where a frame pushed
            // by the call would start: move them out first.
            let buffer = ArgBuffer::take_from(&mut self.stack, start, count);
            return call(self, buffer.as_slice());
        }
        let window: *const [Value] = &self.stack[start..end];
        // SAFETY: the slice stays valid and unchanged while `call` runs:
        // - the stack is allocated once with its final capacity and never shrinks, so the
        //   memory neither moves nor is freed (see the dispatch module's comment);
        // - the registers lie inside the running frame's window (checked above), and while a
        //   call runs, frames are pushed only from `stack_top()` up, generators resume there
        //   too, and nothing writes another frame's registers, so no one writes these slots
        //   until `call` returns; the values they hold stay alive because the slots own them.
        let args = unsafe { &*window };
        let result = call(self, args);
        for slot in &mut self.stack[start..end] {
            crate::value::discard(std::mem::take(slot));
        }
        result
    }

    /// `receiver.name(args)` with the receiver in `stack[receiver_slot]` and the `argc`
    /// arguments after it; Python methods run with the receiver already in place as `self`.
    pub(crate) fn call_method_from_registers(
        &mut self,
        receiver_slot: usize,
        name: &Rc<PyStr>,
        argc: usize,
        return_slot: usize,
    ) -> PyResult<CallTarget> {
        let receiver = self.stack[receiver_slot].clone();
        match self.lookup_method(&receiver, name)? {
            MethodLookup::Builtin(function) => self
                .call_builtin_method(function, receiver_slot, argc)
                .map(CallTarget::Value),
            MethodLookup::Unbound(function) => {
                self.call_from_registers(function, receiver_slot, argc + 1, None, return_slot)
            }
            MethodLookup::Plain(callable) => {
                self.call_from_registers(callable, receiver_slot + 1, argc, None, return_slot)
            }
        }
    }

    /// Calls any callable from Rust.
    pub fn call_value(&mut self, callee: &Value, args: Args<'_>) -> PyResult<Value> {
        match callee {
            Value::Function(function) => self.call_function(function, args),
            Value::Builtin(builtin) => (builtin.call)(self, args),
            Value::BoundMethod(method) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(method.receiver.clone());
                positional.extend_from_slice(args.positional);
                self.call_value(
                    &method.function,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )
            }
            Value::Class(class) => self.call_class(class, args),
            Value::Instance(_) => self.call_instance(callee, args),
            other => Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                self.type_name(other)
            ))),
        }
    }

    /// Calls a Python function from Rust in a nested run.
    pub(crate) fn call_function(
        &mut self,
        function: &Rc<Function>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let base = self.stack_top();
        let count = args.positional.len() + args.keywords.len();
        self.ensure_stack(base + count)?;
        for (slot, value) in self.stack[base..].iter_mut().zip(
            args.positional
                .iter()
                .chain(args.keywords.iter().map(|(_, value)| value)),
        ) {
            *slot = value.clone();
        }
        let names: Vec<Rc<PyStr>> = args.keywords.iter().map(|(name, _)| name.clone()).collect();
        self.bind_arguments(function, base, args.positional.len(), &names)?;
        if function.code.is_generator() {
            return Ok(self.make_generator(function.clone(), base));
        }
        self.push_frame(function.clone(), base, base, true)?;
        self.run()
    }

    /// Calls `callable(*positional)` from Rust.
    pub fn call(&mut self, callable: &Value, positional: &[Value]) -> PyResult<Value> {
        self.call_value(callable, Args::new(positional))
    }

    /// `f(*args, **kwargs)`.
    pub(crate) fn call_with_collections(
        &mut self,
        callee: &Value,
        positional: &Value,
        keywords: &Value,
    ) -> PyResult<Value> {
        let positional = match positional {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            other => self.collect(other)?,
        };
        let keywords: Vec<(Rc<PyStr>, Value)> = match keywords {
            Value::Dict(dict) => {
                let table = dict.table.borrow();
                let mut pairs = Vec::with_capacity(table.len());
                for entry in table.iter() {
                    match &entry.key {
                        Value::Str(name) => pairs.push((name.clone(), entry.value.clone())),
                        _ => return Err(PyErr::type_error("keywords must be strings")),
                    }
                }
                pairs
            }
            _ => Vec::new(),
        };
        self.call_value(
            callee,
            Args {
                positional: &positional,
                keywords: &keywords,
            },
        )
    }

    /// Pushes a frame for `function` whose parameters are already bound in
    /// `stack[base..base + param_count]`.
    pub(crate) fn push_frame(
        &mut self,
        function: Rc<Function>,
        base: usize,
        return_slot: usize,
        is_entry: bool,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            return Err(recursion_error());
        }
        let code = &function.code;
        let end = base + code.register_count;
        self.ensure_stack(end)?;
        // Locals other than parameters start unbound; temporaries are always written first.
        for slot in &mut self.stack[base + code.param_count..base + code.local_count] {
            *slot = Value::Undefined;
        }
        if code.free_count > 0 {
            let closure = function.closure.borrow();
            let start = base + code.free_start.index();
            for (slot, cell) in self.stack[start..start + code.free_count]
                .iter_mut()
                .zip(closure.iter())
            {
                *slot = Value::Cell(cell.clone());
            }
        }
        let return_slot = if is_entry {
            crate::interpreter::ENTRY
        } else {
            return_slot as u32
        };
        self.frames.push(function, base as u32, 0, return_slot);
        Ok(())
    }

    /// The common return, from a frame whose caller receives the value in a register: the
    /// value moves straight from the frame's register (`stack[src]`, or None when `src` is
    /// `None`: `return` without a value) to the caller's return
    /// slot, then the frame's registers are released and the frame popped. Nothing is held
    /// across the release (a value kept there was spilled and reloaded on every call).
    /// Returns whether the registers held reference-counted objects; `None`, having done
    /// nothing, for entry frames and `__init__` frames returning a value
    /// (`return_from_frame` handles those).
    #[inline(always)]
    pub(crate) fn return_to_caller(
        &mut self,
        src: Option<usize>,
        register_count: usize,
    ) -> Option<bool> {
        let frame = self.frames.last()?;
        let return_slot = frame.return_slot;
        let base = frame.base as usize;
        if return_slot & crate::interpreter::INIT_FRAME != 0 {
            // (Entry frames' markers have this bit too.) An `__init__` frame's bare `return`
            // gives the caller nothing more: its register already holds the new instance.
            if src.is_some() || return_slot >= crate::interpreter::DRAIN {
                return None;
            }
            self.frames.pop();
            return Some(self.release_registers(base, register_count));
        }
        let return_slot = return_slot as usize;
        match src {
            // The return slot is in the caller's window, below this frame's base.
            Some(src) if return_slot < base && src < self.stack.len() => {
                let stack = self.stack.as_mut_ptr();
                // SAFETY: both indices are in bounds (checked just above) and distinct; no
                // reference into the stack is live. `src` is in the returning frame's
                // window, which is released next: the value moves out of it.
                unsafe { move_value(stack.add(return_slot), stack.add(src)) };
            }
            Some(src) => {
                let value = crate::value::read(&self.stack[src]);
                crate::value::discard(std::mem::replace(&mut self.stack[return_slot], value));
            }
            None => {
                crate::value::discard(std::mem::replace(&mut self.stack[return_slot], Value::None))
            }
        }
        self.frames.pop();
        Some(self.release_registers(base, register_count))
    }

    /// The lane's `Return`/`ReturnNone` when it needs no call out of line: the frame returns
    /// to a caller in this run (or is an `__init__` frame returning None), and every object
    /// its registers `regs[..register_count]` and the caller's receiving register hold has
    /// another reference, so releasing them only counts down (nothing is freed, no
    /// generator abandoned). The result (register `src` of the window, or None) moves to the
    /// caller's register. False, having changed nothing but releasing some registers early
    /// (which the general return then finds unbound), otherwise.
    ///
    /// # Safety
    /// `regs` is the running frame's window, `register_count` its code's, `src` one of its
    /// registers; a caller frame exists below (checked by the return slot: entry frames'
    /// markers carry `INIT_FRAME`).
    #[inline(always)]
    pub(crate) unsafe fn return_without_calls(
        &mut self,
        regs: *mut Value,
        src: Option<usize>,
        register_count: usize,
    ) -> bool {
        // SAFETY: the caller's guarantees; a frame is running.
        unsafe {
            let frame = self.frames.last().unwrap_unchecked();
            let return_slot = frame.return_slot;
            if return_slot & crate::interpreter::INIT_FRAME != 0 {
                // An `__init__` frame's bare `return` gives the caller nothing (its register
                // holds the new instance); entry frames' markers have the bit too.
                if src.is_some() || return_slot >= crate::interpreter::DRAIN {
                    return false;
                }
                if !release_window(regs, register_count) {
                    return false;
                }
                self.frames.pop();
                return true;
            }
            // The return slot is in the caller's window, below this frame's.
            if return_slot >= frame.base {
                return false;
            }
            // The caller's register often still holds the result of the call's last run
            // (`x = node.next()` in a loop): it is released at this point in the general
            // return too.
            let dst = self.stack.as_mut_ptr().add(return_slot as usize);
            if (*dst).is_heap() && !release_shared(dst) {
                return false;
            }
            let words = match src {
                Some(src) => take_words(regs.add(src)),
                None => value_words(Value::None),
            };
            if !release_window(regs, register_count) {
                if let Some(src) = src {
                    put_words(regs.add(src), words);
                }
                return false;
            }
            put_words(dst, words);
            self.frames.pop();
            true
        }
    }

    /// The lane's frame entry when it needs no call out of line (see `enter_plain_function`):
    /// `function` takes exactly `argc` positional arguments, within the recursion limit and
    /// the stack, the locals to reset hold inline values, and the frame record at this
    /// depth exists (see `push_call_without_calls`). False, having changed nothing but
    /// resetting some inline locals (which the general entry resets again), otherwise.
    #[inline(always)]
    pub(crate) fn enter_without_calls(
        &mut self,
        function: &Rc<Function>,
        args_start: usize,
        argc: usize,
        return_slot: usize,
        caller_pc: u32,
    ) -> bool {
        let code = &function.code;
        if !code.simple_call || argc != code.arg_count {
            return false;
        }
        if self.frames.len() >= self.recursion_limit {
            return false;
        }
        let end = args_start + code.register_count;
        if end > self.stack.len() {
            return false;
        }
        let stack = self.stack.as_mut_ptr();
        for index in args_start + code.param_count..args_start + code.local_count {
            // SAFETY: `index < args_start + register_count <= stack.len()` (the verifier
            // checked `local_count <= register_count`); no reference into the stack is live.
            unsafe {
                let slot = stack.add(index);
                if (*slot).is_heap() {
                    return false;
                }
                // The old value is inline: overwriting it releases nothing.
                std::ptr::write(slot, Value::Undefined);
            }
        }
        self.frames.push_call_without_calls(
            caller_pc,
            function,
            args_start as u32,
            return_slot as u32,
        )
    }

    /// Releases what a returning frame's registers `stack[base..base + count]` reference;
    /// returns whether there was anything (only then can a generator have been abandoned).
    /// Inline values need no work: the next frame here writes its registers before reading.
    #[inline(always)]
    fn release_registers(&mut self, base: usize, count: usize) -> bool {
        let mut released_objects = false;
        debug_assert!(base + count <= self.stack.len());
        // SAFETY: `stack[base..base + count]` is the returning frame's window, which its push
        // ensured exists; the stack never shrinks. (The bounds check showed in every return.)
        let window = unsafe { self.stack.get_unchecked_mut(base..base + count) };
        for slot in window {
            if slot.is_heap() {
                released_objects = true;
                drop(std::mem::take(slot));
            }
        }
        released_objects
    }

    /// Pops the running frame after a return. Returns the value when the frame was the entry
    /// frame of the current run; otherwise stores it in the caller's return slot.
    /// `register_count` is the running code's, which the loop already holds.
    #[inline(always)]
    pub(crate) fn return_from_frame(&mut self, value: Value, register_count: usize) -> FrameExit {
        let frame = self.frames.pop().expect("a frame is running");
        let base = frame.base as usize;
        let return_slot = frame.return_slot;
        let released_objects = self.release_registers(base, register_count);
        if return_slot == crate::interpreter::ENTRY {
            return FrameExit::Entry(value);
        }
        if return_slot & crate::interpreter::INIT_FRAME != 0 {
            // The caller's register already holds the new instance.
            return if value.is_none() {
                FrameExit::Caller { released_objects }
            } else {
                FrameExit::InitReturned(value)
            };
        }
        crate::value::discard(std::mem::replace(
            &mut self.stack[return_slot as usize],
            value,
        ));
        FrameExit::Caller { released_objects }
    }

    /// Fills the positional parameters after the first `given` (already in `stack[base..]`)
    /// from `function`'s defaults; false, having changed nothing, when the defaults do not
    /// cover them. The stack must already reach `base + arg_count`.
    fn fill_trailing_defaults(&mut self, function: &Function, base: usize, given: usize) -> bool {
        let arg_count = function.code.arg_count;
        let Some(missing) = arg_count.checked_sub(given) else {
            return false;
        };
        if missing == 0 {
            return true;
        }
        let defaults = function.defaults.borrow();
        let Some(defaults) = defaults.as_ref() else {
            return false;
        };
        let Some(first) = defaults.items.len().checked_sub(missing) else {
            return false;
        };
        for (slot, default) in self.stack[base + given..base + arg_count]
            .iter_mut()
            .zip(&defaults.items[first..])
        {
            crate::value::discard(std::mem::replace(slot, default.clone()));
        }
        true
    }

    /// Rearranges the arguments in `stack[base..]` (`positional_count` positional values
    /// followed by one value per keyword name) into the parameter layout of `function`.
    pub(crate) fn bind_arguments(
        &mut self,
        function: &Function,
        base: usize,
        positional_count: usize,
        keyword_names: &[Rc<PyStr>],
    ) -> PyResult<()> {
        let code = &function.code;
        let argc = positional_count + keyword_names.len();
        self.ensure_stack(base + code.register_count.max(argc))?;
        // The common case — positional arguments only, for a function with no `*args`,
        // `**kwargs` or keyword-only parameters: the arguments are already in place, and
        // defaults fill the missing ones. Anything else (or too few arguments, for the error
        // message) takes the general path below.
        if keyword_names.is_empty()
            && code.kwonly_count == 0
            && positional_count <= code.arg_count
            && !code.flags.contains(tauraro_bytecode::CodeFlags::VARARGS)
            && !code
                .flags
                .contains(tauraro_bytecode::CodeFlags::VARKEYWORDS)
            && self.fill_trailing_defaults(function, base, positional_count)
        {
            return Ok(());
        }
        let mut incoming: Vec<Value> = self.stack[base..base + argc]
            .iter_mut()
            .map(std::mem::take)
            .collect();
        let keyword_values = incoming.split_off(positional_count);
        let positional = incoming;

        let arg_count = code.arg_count;
        let kwonly_count = code.kwonly_count;
        let has_varargs = code.flags.contains(tauraro_bytecode::CodeFlags::VARARGS);
        let has_varkw = code
            .flags
            .contains(tauraro_bytecode::CodeFlags::VARKEYWORDS);
        let qualname = function.qualname.borrow().clone();
        let qualname = qualname.as_str();
        let mut params: Vec<Value> = vec![Value::Undefined; code.param_count];

        // Positional arguments.
        let mut extra = Vec::new();
        for (index, value) in positional.into_iter().enumerate() {
            if index < arg_count {
                params[index] = value;
            } else {
                extra.push(value);
            }
        }
        if !extra.is_empty() && !has_varargs {
            return Err(too_many_positional(function, positional_count));
        }

        // Keyword arguments.
        let mut extra_keywords = DictTable::new();
        let mut posonly_passed_by_keyword = Vec::new();
        for (name, value) in keyword_names.iter().zip(keyword_values) {
            let found = code.local_names[..arg_count + kwonly_count]
                .iter()
                .position(|param| param.as_str() == name.as_str());
            match found {
                Some(index) if index >= code.posonly_count => {
                    if !params[index].is_undefined() {
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got multiple values for argument '{}'",
                            name.as_str()
                        )));
                    }
                    params[index] = value;
                }
                _ if has_varkw => {
                    let key = Value::Str(name.clone());
                    let hash = name.hash();
                    let existing = extra_keywords.find::<()>(hash, |k| {
                        Ok(matches!(k, Value::Str(s) if s.as_str() == name.as_str()))
                    });
                    if let Ok(Some(_)) = existing {
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got multiple values for keyword argument '{}'",
                            name.as_str()
                        )));
                    }
                    extra_keywords.push(hash, key, value);
                }
                Some(_) => posonly_passed_by_keyword.push(name.as_str().to_owned()),
                None => {
                    return Err(PyErr::type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{}'",
                        name.as_str()
                    )));
                }
            }
        }
        if !posonly_passed_by_keyword.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_passed_by_keyword.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        let defaults = function.defaults.borrow().clone();
        let default_count = defaults.as_ref().map_or(0, |d| d.items.len());
        let first_default = arg_count.saturating_sub(default_count);
        let mut missing = Vec::new();
        for (index, param) in params.iter_mut().enumerate().take(arg_count) {
            if param.is_undefined() {
                match &defaults {
                    Some(defaults) if index >= first_default => {
                        *param = defaults.items[index - first_default].clone();
                    }
                    _ => missing.push(code.local_names[index].as_str().to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(qualname, &missing, "positional"));
        }

        // Keyword-only parameters.
        let kwdefaults = function.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (index, param) in params
            .iter_mut()
            .enumerate()
            .take(arg_count + kwonly_count)
            .skip(arg_count)
        {
            if param.is_undefined() {
                let name = &code.local_names[index];
                let default = kwdefaults.as_ref().and_then(|d| {
                    let table = d.table.borrow();
                    table
                        .iter()
                        .find(|entry| {
                            matches!(&entry.key, Value::Str(k) if k.as_str() == name.as_str())
                        })
                        .map(|entry| entry.value.clone())
                });
                match default {
                    Some(value) => *param = value,
                    None => missing.push(name.as_str().to_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(qualname, &missing, "keyword-only"));
        }

        let mut next = arg_count + kwonly_count;
        if has_varargs {
            params[next] = Value::tuple(extra);
            next += 1;
        }
        if has_varkw {
            params[next] = Value::Dict(Rc::new(PyDict::new(extra_keywords)));
        }
        for (slot, value) in self.stack[base..].iter_mut().zip(params) {
            *slot = value;
        }
        Ok(())
    }

    /// Creates a generator from a function whose arguments are bound at `stack[base..]`.
    fn make_generator(&mut self, function: Rc<Function>, base: usize) -> Value {
        let code = function.code.clone();
        // Filled in one allocation (often a finished generator's), without cloning
        // `Undefined` element by element.
        let mut registers: Vec<Value> = self.spare_registers.pop().unwrap_or_default();
        registers.clear();
        registers.reserve(code.register_count);
        registers.extend(
            self.stack[base..base + code.param_count]
                .iter_mut()
                .map(std::mem::take),
        );
        registers.extend(
            std::iter::repeat_with(|| Value::Undefined)
                .take(code.register_count - code.param_count),
        );
        if code.free_count > 0 {
            let closure = function.closure.borrow();
            for (offset, cell) in closure.iter().enumerate().take(code.free_count) {
                registers[code.free_start.index() + offset] = Value::Cell(cell.clone());
            }
        }
        Value::Generator(Rc::new(Generator {
            state: std::cell::RefCell::new(GeneratorState {
                function,
                registers,
                pc: 0,
                status: GenStatus::Created,
                resume_register: None,
                delegate: None,
                pending: None,
                saved_handling: Vec::new(),
                handling_base: 0,
                finalized: false,
            }),
        }))
    }

    /// Creates a function object for code object `index` of the running function's unit.
    pub(crate) fn make_function(&mut self, index: usize) -> Value {
        let frame = self.frames.last().expect("a frame is running");
        let parent = &frame.function;
        let code = parent.unit.codes[index].clone();
        Value::Function(Rc::new(Function::new(
            code,
            parent.unit.clone(),
            parent.globals.clone(),
        )))
    }

    /// The value of an unbound global slot: the builtin of the same name, or NameError.
    pub(crate) fn load_global_fallback(&mut self, slot: usize) -> PyResult<Value> {
        let frame = self.frames.last().expect("a frame is running");
        let name = frame.function.globals.slot_name(slot);
        match tauraro_bytecode::builtin_slot(name.as_str()) {
            Some(builtin) => Ok(self.builtins[builtin.index()].clone()),
            None => Err(self.name_error_with_suggestion(&name)),
        }
    }

    /// A global without a compile-time slot: a name the module gained later (interactive
    /// sessions), then the builtins, or NameError.
    pub(crate) fn load_name_dynamic(&mut self, name: &PyStr) -> PyResult<Value> {
        if let Some(frame) = self.frames.last()
            && let Some(value) = frame.function.globals.get_by_name(name.as_str())
        {
            return Ok(value);
        }
        match tauraro_bytecode::builtin_slot(name.as_str()) {
            Some(builtin) => Ok(self.builtins[builtin.index()].clone()),
            None => Err(self.name_error_with_suggestion(name)),
        }
    }

    /// A name in a class body: the class namespace, then the module, then the builtins.
    pub(crate) fn load_class_name(
        &mut self,
        namespace: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        match namespace {
            Value::Dict(namespace) => {
                if let Some(value) = self.dict_get(namespace, &Value::Str(name.clone()))? {
                    return Ok(value);
                }
            }
            // A namespace from a metaclass's `__prepare__`: its `__getitem__` decides.
            other => match self.get_item(other, &Value::Str(name.clone())) {
                Ok(value) => return Ok(value),
                Err(err) if self.is_instance_of_kind(&err, ExcKind::KeyError) => {}
                Err(err) => return Err(err),
            },
        }
        self.load_name_dynamic(name)
    }

    /// Calls a class: its metaclass's `__call__`, or by default constructs an instance.
    pub(crate) fn call_class(&mut self, class: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        if let Some(metaclass) = &class.metaclass
            && let Some(call) = crate::runtime::dunder::user_method(metaclass, "__call__")
        {
            let mut positional = Vec::with_capacity(args.positional.len() + 1);
            positional.push(Value::Class(class.clone()));
            positional.extend_from_slice(args.positional);
            return self.call_value(
                &call,
                Args {
                    positional: &positional,
                    keywords: args.keywords,
                },
            );
        }
        self.construct(class, args)
    }

    /// `type.__call__(class, *args)`: constructs an instance (`__new__`, then `__init__`).
    pub(crate) fn construct(&mut self, class: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        if !class.is_builtin {
            return self.instantiate(class, args);
        }
        match class.constructor {
            Some(constructor) => call_with_class_first(self, constructor, class, args),
            None if class.module.as_str() != "builtins" => Err(PyErr::type_error(format!(
                "cannot create '{}.{}' instances",
                class.module.as_str(),
                class.name.as_str()
            ))),
            None => Err(PyErr::type_error(format!(
                "cannot create '{}' instances",
                class.name.as_str()
            ))),
        }
    }
}

fn too_many_positional(function: &Function, given: usize) -> PyErr {
    let code = &function.code;
    let qualname = function.qualname.borrow();
    let defaults = function
        .defaults
        .borrow()
        .as_ref()
        .map_or(0, |d| d.items.len());
    let takes = if defaults > 0 {
        format!("from {} to {}", code.arg_count - defaults, code.arg_count)
    } else {
        code.arg_count.to_string()
    };
    let plural = if code.arg_count == 1 && defaults == 0 {
        "argument"
    } else {
        "arguments"
    };
    let was = if given == 1 { "was" } else { "were" };
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "{}() takes {takes} positional {plural} but {given} {was} given",
            qualname.as_str()
        ),
    )
}

fn missing_arguments(qualname: &str, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|name| format!("'{name}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let plural = if missing.len() == 1 {
        "argument"
    } else {
        "arguments"
    };
    PyErr::type_error(format!(
        "{qualname}() missing {} required {kind} {plural}: {list}",
        missing.len()
    ))
}

/// Empties a builtin call's argument register. The receivers and arguments of the common
/// builtin-method calls (`counts.get(word, 0)`, `parts.append(text)`) are strs, dicts and
/// lists that outlive the call: their reference count drops inline here, where the generic
/// drop glue of `Value` is an out-of-line call and a jump on the variant.
#[inline(always)]
fn release_argument(slot: &mut Value) {
    match std::mem::take(slot) {
        Value::Str(text) => drop(text),
        Value::Dict(dict) => drop(dict),
        Value::List(list) => drop(list),
        other => crate::value::discard(other),
    }
}

/// Moves `*src` into `*dst`, leaving `src` unbound, and releases the old `*dst`. The value
/// moves as two words (see `value::read`): no count changes, and the returning frame's
/// release then finds nothing to release in `src`.
///
/// # Safety
/// Both pointers are valid, distinct and unaliased by references.
#[inline(always)]
unsafe fn move_value(dst: *mut Value, src: *mut Value) {
    // SAFETY: the caller's guarantees.
    unsafe {
        let words = take_words(src);
        let old = std::ptr::read(dst);
        put_words(dst, words);
        crate::value::discard(old);
    }
}

/// The two words of a value, owned: what `take_words` reads and `put_words` writes.
type ValueWords = [std::mem::MaybeUninit<u64>; 2];

/// Reads the value in `*slot` as two separate words (see `value::read`) and leaves the slot
/// unbound: the words own what the value owned.
///
/// # Safety
/// `slot` is valid and unaliased by references.
#[inline(always)]
unsafe fn take_words(slot: *mut Value) -> ValueWords {
    let words = slot.cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: `Value` is 16 bytes and 8-byte aligned (asserted in value.rs); `MaybeUninit`
    // makes reading the padding of unit variants defined. Writing `Undefined` over the
    // moved-out value releases nothing: the words now own it.
    unsafe {
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        std::ptr::write(slot, Value::Undefined);
        [tag, payload]
    }
}

/// The words of `value`, owned (see `take_words`).
#[inline(always)]
fn value_words(value: Value) -> ValueWords {
    // SAFETY: `Value` is 16 bytes (asserted in value.rs); the words take over what the value
    // owns.
    unsafe { std::mem::transmute::<Value, ValueWords>(value) }
}

/// Writes a value taken by `take_words` into `*slot`, whose old value owns nothing (it is
/// overwritten without release).
///
/// # Safety
/// `slot` is valid and unaliased by references; `words` are a value's, not written before.
#[inline(always)]
unsafe fn put_words(slot: *mut Value, words: ValueWords) {
    let out = slot.cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: the caller's guarantees; two word stores (see `value::read`).
    unsafe {
        out.write(words[0]);
        out.add(1).write(words[1]);
    }
}

/// Releases the registers `regs[..count]` of a returning frame with `release_shared`;
/// false at the first it cannot release (the ones before it are released, and unbound).
///
/// # Safety
/// The registers are valid and unaliased by references.
#[inline(always)]
unsafe fn release_window(regs: *mut Value, count: usize) -> bool {
    for index in 0..count {
        // SAFETY: the caller's guarantee.
        unsafe {
            let slot = regs.add(index);
            if (*slot).is_heap() && !release_shared(slot) {
                return false;
            }
        }
    }
    true
}

/// Releases a register's object when its reference is not the last one, leaving the
/// register unbound: only a count decrement, nothing freed, no call. False, with the
/// register untouched, for the last reference.
///
/// # Safety
/// `slot` is valid, unaliased by references, and holds a counted value (`is_heap`).
#[inline(always)]
unsafe fn release_shared(slot: *mut Value) -> bool {
    // SAFETY: the caller's guarantees. When the reference was given back, the register's
    // handle is overwritten without a drop, so it is released exactly once.
    unsafe {
        if !(*slot).release_if_shared() {
            return false;
        }
        std::ptr::write(slot, Value::Undefined);
    }
    true
}
