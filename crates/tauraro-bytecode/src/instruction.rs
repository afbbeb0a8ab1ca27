//! The instruction set, described once.
//!
//! `instructions!` turns one list into the [`Instr`] enum, its [`Opcode`], the byte encoder and
//! decoder used by the `.trc` format, mnemonics and operand iteration (used by the verifier and
//! the disassembler). Instructions are three-address register code; every variant is 8 bytes.
//!
//! Conventions:
//! - `dst` registers are written, other registers are read.
//! - A *span* is `count` consecutive registers starting at `base`.
//! - Instructions documented as *paired* are always followed by a [`Instr::Jump`] that carries
//!   their branch target: the handler either takes that jump or skips it, in one dispatch. This
//!   keeps fused compare-and-branch at 8 bytes without limiting jump distances.

use crate::file_format::{DecodeError, Reader};
use crate::operand::{
    BuiltinSlot, CodeIdx, ConstIdx, GlobalSlot, InstrIdx, NameIdx, NearConstIdx, NearNameIdx,
    NearReg, Operand, OperandType, Reg,
};

macro_rules! instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $($field:ident : $ty:ty),* $(,)? }
    ),* $(,)?) => {
        /// One register-machine instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $ty),* }, )*
        }

        /// The operation of an instruction, without operands; its byte is the encoded opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $name, )*
        }

        impl Opcode {
            /// Every opcode, in encoding order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The name used by the disassembler.
            pub fn mnemonic(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }
        }

        impl Instr {
            /// The operation of this instruction.
            pub fn opcode(&self) -> Opcode {
                match self {
                    $( Instr::$name { .. } => Opcode::$name, )*
                }
            }

            /// Appends the encoding: the opcode byte, then each operand little-endian.
            pub fn encode(&self, out: &mut Vec<u8>) {
                out.push(self.opcode() as u8);
                match *self {
                    $( Instr::$name { $($field),* } => { $( $field.encode(out); )* } )*
                }
            }

            /// Decodes one instruction written by [`Instr::encode`].
            pub fn decode(reader: &mut Reader<'_>) -> Result<Instr, DecodeError> {
                let byte = reader.u8()?;
                let opcode = *Opcode::ALL
                    .get(usize::from(byte))
                    .ok_or(DecodeError::UnknownOpcode(byte))?;
                Ok(match opcode {
                    $( Opcode::$name => Instr::$name { $($field: <$ty>::decode(reader)?),* }, )*
                })
            }

            /// Calls `visit` with each operand's field name and value, in declaration order.
            pub fn for_each_operand(&self, mut visit: impl FnMut(&'static str, Operand)) {
                match *self {
                    $( Instr::$name { $($field),* } => { $( visit(stringify!($field), $field.operand()); )* } )*
                }
            }
        }
    };
}

instructions! {
    /// Does nothing.
    Nop {},

    // ---- loads and moves --------------------------------------------------------------
    /// `dst = consts[idx]`.
    LoadConst { dst: Reg, idx: ConstIdx },
    /// `dst = value` (a small int immediate).
    LoadInt { dst: Reg, value: i32 },
    /// `dst = None`.
    LoadNone { dst: Reg },
    /// `dst = True`.
    LoadTrue { dst: Reg },
    /// `dst = False`.
    LoadFalse { dst: Reg },
    /// `dst = src`.
    Move { dst: Reg, src: Reg },
    /// `dst = globals[slot]`; an unbound slot falls back to the builtin of the same name,
    /// then raises NameError.
    LoadGlobal { dst: Reg, slot: GlobalSlot },
    /// `globals[slot] = src`.
    StoreGlobal { slot: GlobalSlot, src: Reg },
    /// `global = src`, moving the value out of `src` (left unbound): the compiler's form when
    /// `src` is a temporary it does not read again, so that no stale register keeps the
    /// object alive after the global is deleted or rebound (`x = C(); del x` finalizes it).
    StoreGlobalMove { slot: GlobalSlot, src: Reg },
    /// `del globals[slot]` (NameError if unbound).
    DeleteGlobal { slot: GlobalSlot },
    /// `dst = builtins[slot]`.
    LoadBuiltin { dst: Reg, slot: BuiltinSlot },
    /// `dst = <global names[name]>` for a name with no slot: looked up by name in the
    /// module's dynamic namespace, then the builtins; NameError if absent.
    LoadName { dst: Reg, name: NameIdx },
    /// In a class body: `dst = namespace[names[name]]`, falling back to the module's globals
    /// and the builtins (NameError if absent); `ns` holds the namespace dict.
    LoadClassName { dst: Reg, ns: Reg, name: NameIdx },
    /// In a class body: `namespace[names[name]] = src`.
    StoreClassName { ns: Reg, name: NameIdx, src: Reg },
    /// In a class body: `del namespace[names[name]]` (NameError if absent).
    DeleteClassName { ns: Reg, name: NameIdx },
    /// Raises UnboundLocalError naming `names[name]` if `reg` holds no value.
    CheckBound { reg: Reg, name: NameIdx },
    /// `del reg` for a local variable (UnboundLocalError if it holds no value).
    DeleteLocal { reg: Reg, name: NameIdx },
    /// Replaces `reg` by a new cell holding its current value (possibly none).
    MakeCell { reg: Reg },
    /// `dst = cell.contents` where `cell` holds a cell; raises NameError naming `names[name]`
    /// if the cell is empty.
    LoadCell { dst: Reg, cell: Reg, name: NameIdx },
    /// `cell.contents = src`.
    StoreCell { cell: Reg, src: Reg },
    /// Empties a cell (NameError naming `names[name]` if already empty).
    DeleteCell { cell: Reg, name: NameIdx },

    // ---- arithmetic: dst = lhs OP rhs --------------------------------------------------
    /// `+`
    Add { dst: Reg, lhs: Reg, rhs: Reg },
    /// `-`
    Sub { dst: Reg, lhs: Reg, rhs: Reg },
    /// `*`
    Mul { dst: Reg, lhs: Reg, rhs: Reg },
    /// `/`
    TrueDiv { dst: Reg, lhs: Reg, rhs: Reg },
    /// `//`
    FloorDiv { dst: Reg, lhs: Reg, rhs: Reg },
    /// `%`
    Mod { dst: Reg, lhs: Reg, rhs: Reg },
    /// `**`
    Pow { dst: Reg, lhs: Reg, rhs: Reg },
    /// `@`
    MatMul { dst: Reg, lhs: Reg, rhs: Reg },
    /// `<<`
    LShift { dst: Reg, lhs: Reg, rhs: Reg },
    /// `>>`
    RShift { dst: Reg, lhs: Reg, rhs: Reg },
    /// `&`
    BitAnd { dst: Reg, lhs: Reg, rhs: Reg },
    /// `|`
    BitOr { dst: Reg, lhs: Reg, rhs: Reg },
    /// `^`
    BitXor { dst: Reg, lhs: Reg, rhs: Reg },
    /// `+=` (tries `__iadd__` first)
    InplaceAdd { dst: Reg, lhs: Reg, rhs: Reg },
    /// `-=`
    InplaceSub { dst: Reg, lhs: Reg, rhs: Reg },
    /// `*=`
    InplaceMul { dst: Reg, lhs: Reg, rhs: Reg },
    /// `/=`
    InplaceTrueDiv { dst: Reg, lhs: Reg, rhs: Reg },
    /// `//=`
    InplaceFloorDiv { dst: Reg, lhs: Reg, rhs: Reg },
    /// `%=`
    InplaceMod { dst: Reg, lhs: Reg, rhs: Reg },
    /// `**=`
    InplacePow { dst: Reg, lhs: Reg, rhs: Reg },
    /// `@=`
    InplaceMatMul { dst: Reg, lhs: Reg, rhs: Reg },
    /// `<<=`
    InplaceLShift { dst: Reg, lhs: Reg, rhs: Reg },
    /// `>>=`
    InplaceRShift { dst: Reg, lhs: Reg, rhs: Reg },
    /// `&=`
    InplaceBitAnd { dst: Reg, lhs: Reg, rhs: Reg },
    /// `|=`
    InplaceBitOr { dst: Reg, lhs: Reg, rhs: Reg },
    /// `^=`
    InplaceBitXor { dst: Reg, lhs: Reg, rhs: Reg },
    /// `dst = src + imm` (the `+` of Python, with an int immediate right operand).
    AddImm { dst: Reg, src: Reg, imm: i16 },
    /// `dst = src - imm` (the `-` of Python, with an int immediate right operand).
    SubImm { dst: Reg, src: Reg, imm: i16 },
    /// `dst = src * imm` (the `*` of Python, with an int immediate right operand).
    MulImm { dst: Reg, src: Reg, imm: i16 },
    /// `dst = src % constant` for a positive int constant (`i % 7`, `x % 1000000007`): one
    /// dispatch instead of loading the divisor into a register first.
    ModConst { dst: Reg, src: Reg, constant: NearConstIdx },
    /// `dst = src; dst += imm` (tries `__iadd__` first, like `InplaceAdd`).
    InplaceAddImm { dst: Reg, src: Reg, imm: i16 },
    /// `dst = src; dst -= imm` (tries `__isub__` first, like `InplaceSub`).
    InplaceSubImm { dst: Reg, src: Reg, imm: i16 },

    // ---- unary ---------------------------------------------------------------------------
    /// `dst = -src`
    Neg { dst: Reg, src: Reg },
    /// `dst = +src`
    Pos { dst: Reg, src: Reg },
    /// `dst = ~src`
    Invert { dst: Reg, src: Reg },
    /// `dst = not src`
    Not { dst: Reg, src: Reg },

    // ---- comparisons: dst = lhs OP rhs ------------------------------------------------------
    /// `<`
    Lt { dst: Reg, lhs: Reg, rhs: Reg },
    /// `<=`
    Le { dst: Reg, lhs: Reg, rhs: Reg },
    /// `>`
    Gt { dst: Reg, lhs: Reg, rhs: Reg },
    /// `>=`
    Ge { dst: Reg, lhs: Reg, rhs: Reg },
    /// `==`
    Eq { dst: Reg, lhs: Reg, rhs: Reg },
    /// `!=`
    Ne { dst: Reg, lhs: Reg, rhs: Reg },
    /// `is`
    Is { dst: Reg, lhs: Reg, rhs: Reg },
    /// `is not`
    IsNot { dst: Reg, lhs: Reg, rhs: Reg },
    /// `in`
    In { dst: Reg, lhs: Reg, rhs: Reg },
    /// `not in`
    NotIn { dst: Reg, lhs: Reg, rhs: Reg },

    // ---- branches ----------------------------------------------------------------------------
    /// `pc = target`.
    Jump { target: InstrIdx },
    /// Jumps when `cond` is true (Python truth).
    JumpIfTrue { cond: Reg, target: InstrIdx },
    /// Jumps when `cond` is false (Python truth).
    JumpIfFalse { cond: Reg, target: InstrIdx },
    /// Paired: takes the following jump when `lhs < rhs` is true.
    JumpIfLt { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs <= rhs` is true.
    JumpIfLe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs > rhs` is true.
    JumpIfGt { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs >= rhs` is true.
    JumpIfGe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs == rhs` is true.
    JumpIfEq { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs != rhs` is true.
    JumpIfNe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs < rhs` is false.
    JumpUnlessLt { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs <= rhs` is false.
    JumpUnlessLe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs > rhs` is false.
    JumpUnlessGt { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs >= rhs` is false.
    JumpUnlessGe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs == rhs` is false.
    JumpUnlessEq { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs != rhs` is false.
    JumpUnlessNe { lhs: Reg, rhs: Reg },
    /// Paired: takes the following jump when `lhs < imm` is true.
    JumpIfLtImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs <= imm` is true.
    JumpIfLeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs > imm` is true.
    JumpIfGtImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs >= imm` is true.
    JumpIfGeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs == imm` is true.
    JumpIfEqImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs != imm` is true.
    JumpIfNeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs < imm` is false.
    JumpUnlessLtImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs <= imm` is false.
    JumpUnlessLeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs > imm` is false.
    JumpUnlessGtImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs >= imm` is false.
    JumpUnlessGeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs == imm` is false.
    JumpUnlessEqImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `lhs != imm` is false.
    JumpUnlessNeImm { lhs: Reg, imm: i16 },
    /// Paired: takes the following jump when `src is None`.
    JumpIfNone { src: Reg },
    /// Paired: takes the following jump when `src is not None`.
    JumpUnlessNone { src: Reg },

    // ---- iteration -------------------------------------------------------------------------
    /// `dst = iter(src)`.
    GetIter { dst: Reg, src: Reg },
    /// Paired: `dst = next(iter)` and takes the following jump; when the iterator is
    /// exhausted, skips the jump instead.
    ForIter { iter: Reg, dst: Reg },
    /// Prepares `for ... in range(...)` with the `argc` (1 to 3) arguments of the call in
    /// `base..`: checks them like `range()` does and rewrites the span `base..base+3` into the
    /// loop's state (or a generic iterator in `base` if the builtin `range` was rebound).
    RangePrep { base: Reg, argc: u8 },
    /// Paired: the next value of a loop prepared by `RangePrep` goes to `dst` and the following
    /// jump is taken; when the range is exhausted the jump is skipped.
    ForRange { base: Reg, dst: Reg },

    // ---- building values --------------------------------------------------------------------
    /// `dst = [span]`.
    BuildList { dst: Reg, base: Reg, count: u16 },
    /// `dst = (span)`.
    BuildTuple { dst: Reg, base: Reg, count: u16 },
    /// `dst = {span}`.
    BuildSet { dst: Reg, base: Reg, count: u16 },
    /// `dst = {k0: v0, ...}` from `count` key/value pairs in `base..base+2*count`.
    BuildDict { dst: Reg, base: Reg, count: u16 },
    /// `list.append(item)`.
    ListAppend { list: Reg, item: Reg },
    /// `list.extend(src)` (for `[*a, *b]`).
    ListExtend { list: Reg, src: Reg },
    /// `set.add(item)`.
    SetAdd { set: Reg, item: Reg },
    /// `set.update(src)` (for `{*a}`).
    SetUpdate { set: Reg, src: Reg },
    /// `dict[key] = value`.
    DictInsert { dict: Reg, key: Reg, value: Reg },
    /// `dict.update(src)` (for `{**a}`).
    DictUpdate { dict: Reg, src: Reg },
    /// Merges mapping `src` into `dict` for `f(**src)`; a repeated key is a TypeError.
    DictMerge { dict: Reg, src: Reg, func: Reg },
    /// `dst = tuple(src)` where `src` is a list.
    ListToTuple { dst: Reg, src: Reg },
    /// `dst = ''.join(span)` where the span holds strings (f-strings).
    BuildString { dst: Reg, base: Reg, count: u16 },
    /// `dst = format(src)` after an optional conversion: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FormatValue { dst: Reg, src: Reg, conversion: u8 },
    /// `dst = format(src, spec)`.
    FormatWithSpec { dst: Reg, src: Reg, spec: Reg },
    /// `dst = slice(span)` with `count` 2 (start, stop) or 3 (start, stop, step).
    BuildSlice { dst: Reg, base: Reg, count: u16 },

    // ---- items and attributes -----------------------------------------------------------
    /// `dst = obj[key]`.
    GetItem { dst: Reg, obj: Reg, key: Reg },
    /// `obj[key] = src`.
    SetItem { obj: Reg, key: Reg, src: Reg },
    /// `dst = obj[start:stop]` with the span `base` holding start and stop (each may be None;
    /// both are consumed): a list or tuple is sliced without making a slice object.
    GetSlice { dst: Reg, obj: Reg, base: Reg },
    /// `dst = obj[index]` for a small int constant index (`a[0]`, `a[-1]`): one dispatch and
    /// no key register, the common subscript of numeric code.
    GetItemImm { dst: Reg, obj: Reg, index: i16 },
    /// `obj[index] = src` for a small int constant index.
    SetItemImm { obj: Reg, index: i16, src: Reg },
    /// `del obj[key]`.
    DelItem { obj: Reg, key: Reg },
    /// `dst = obj.name`.
    GetAttr { dst: Reg, obj: Reg, name: NameIdx },
    /// `obj.name = src`.
    SetAttr { obj: Reg, name: NameIdx, src: Reg },
    /// `del obj.name`.
    DelAttr { obj: Reg, name: NameIdx },
    /// Unpacks `src` into exactly `count` registers from `base`.
    UnpackSequence { src: Reg, base: Reg, count: u16 },
    /// Unpacks `src` into `before` registers, a list of the rest, then `after` registers,
    /// all consecutive from `base` (`a, *b, c = src`).
    UnpackEx { src: Reg, base: Reg, before: u8, after: u8 },

    // ---- calls ------------------------------------------------------------------------------
    /// `dst = func(*span)` where `func` is in register `func` and its `argc` arguments follow it.
    Call { func: Reg, argc: u16, dst: Reg },
    /// Like `Call`, but the last `len(consts[kwnames])` arguments are keyword arguments
    /// named by the constant tuple `kwnames`; the result replaces `func`.
    CallKw { func: Reg, argc: u8, kwnames: ConstIdx },
    /// `func = func(*args, **kwargs)` where `args` holds a tuple and `kwargs` a dict or None.
    CallEx { func: Reg, args: Reg, kwargs: Reg },
    /// `dst = globals[slot](*span)` with the `argc` arguments from `base`, calling in place.
    CallGlobal { slot: GlobalSlot, argc: u8, base: Reg, dst: Reg },
    /// `dst = builtins[slot](*span)` with the `argc` arguments from `base`.
    CallBuiltin { slot: BuiltinSlot, argc: u8, base: Reg, dst: Reg },
    /// `dst = func(*span)` with the `argc` arguments from `base`, for a callee held in a local
    /// variable's register (no copy of it next to the arguments).
    CallLocal { func: Reg, argc: u8, base: Reg, dst: Reg },
    /// Paired: skips the following jump when `builtins[slot]` still holds the object the
    /// interpreter installed there, else takes it (the builtin was rebound through the
    /// `builtins` module). Guards code that stands in for a call of that builtin.
    BuiltinUnchanged { slot: BuiltinSlot },
    /// `dst = base.name(*args)` where the receiver is in `base` and `argc` arguments follow.
    CallMethod { base: Reg, name: NameIdx, argc: u8, dst: Reg },
    /// Returns `src` to the caller.
    Return { src: Reg },
    /// Returns None to the caller.
    ReturnNone {},

    // ---- functions --------------------------------------------------------------------------
    /// `dst = a new function of code object `code` with the current globals`.
    MakeFunction { dst: Reg, code: CodeIdx },
    /// Sets the positional defaults of function `func` to the tuple in `defaults`.
    SetDefaults { func: Reg, defaults: Reg },
    /// Sets the keyword-only defaults of function `func` to the dict in `kwdefaults`.
    SetKwDefaults { func: Reg, kwdefaults: Reg },
    /// Sets the closure of function `func` to the `count` cells in `base..`.
    SetClosure { func: Reg, base: Reg, count: u16 },
    /// Yields `src` from a generator; on resumption the sent value goes to `dst`. Registers
    /// from `live` up hold nothing the generator reads after this yield before writing it
    /// (temporaries of finished expressions): a suspended generator keeps only `0..live`.
    Yield { dst: Reg, src: Reg, live: u16 },
    /// Paired, one step of `yield from`: sends `value` into the iterator `iter` (forwarding
    /// a pending `throw()`/`close()` of the running generator instead, if any). If the
    /// iterator yielded, `dst` = the yielded value; if it finished, `dst` = its return value
    /// and the following jump is taken.
    SendTo { dst: Reg, iter: Reg, value: Reg },
    /// `return src` in a generator's code (the compiler emits it there instead of
    /// [`Instr::Return`]): finishes the generator with `src` as its StopIteration value.
    GenReturn { src: Reg },
    /// `return` (or the end of the body) in a generator's code: finishes it with None.
    GenReturnNone {},

    // ---- exceptions -------------------------------------------------------------------------
    /// Raises the exception (instance or class) in `exc`.
    Raise { exc: Reg },
    /// Raises `exc` with `__cause__` set to `cause` (`raise exc from cause`).
    RaiseFrom { exc: Reg, cause: Reg },
    /// Raises the exception currently being handled (bare `raise`).
    Reraise {},
    /// Raises `exc` again at the end of a `finally` body or an unmatched `except`: its
    /// traceback already holds this frame, so no entry is added for it.
    ResumeUnwind { exc: Reg },
    /// The handler of a generator expression compiled inline (as the argument of a builtin
    /// like `set`): raises `exc` again like `ResumeUnwind`, except that a StopIteration
    /// becomes RuntimeError("generator raised StopIteration") caused by it, as leaving a
    /// generator's frame does (PEP 479).
    GenExprUnwind { exc: Reg },
    /// Enters an `except` or `finally` handler: `exc` becomes the exception being handled
    /// (the context of new exceptions and the one a bare `raise` re-raises).
    PushExcInfo { exc: Reg },
    /// Leaves the innermost handler entered by `PushExcInfo`.
    PopExcInfo {},
    /// `dst = isinstance(exc, class)` for `except class:`; `class` is a class or a tuple of
    /// classes, each deriving from BaseException (else TypeError).
    CheckExcMatch { dst: Reg, exc: Reg, class: Reg },
    /// `with`: looks `__enter__` and `__exit__` up on the type of `ctx`, stores the bound
    /// `__exit__` in `exit` and the result of calling `__enter__` in `dst`.
    WithEnter { dst: Reg, exit: Reg, ctx: Reg },
    /// Calls the bound `__exit__` in `exit`: with `(None, None, None)` when `exc` holds None,
    /// else with the exception's type, the exception and its traceback; `dst` = the result.
    WithExit { dst: Reg, exit: Reg, exc: Reg },

    // ---- imports (the module system lives in tauraro-vm's `import` module) ----------------
    /// `dst = __import__(names[name], level=level)`: imports the dotted module `names[name]`,
    /// relative to the running module's package when `level > 0` (an empty name then means
    /// the package itself). With `top_level` 1 (`import a.b.c`), `dst` is the top-level
    /// package `a`; with 0 (`from ... import`), it is the named module itself.
    ImportName { dst: Reg, name: NameIdx, level: u8, top_level: u8 },
    /// `dst = <module>.names[name]` for `from module import name` (and each step of
    /// `import a.b as c`): the attribute, else the submodule `module.name` imported now,
    /// else ImportError "cannot import name".
    ImportFrom { dst: Reg, module: Reg, name: NameIdx },
    /// `from module import *` at module level: each public name (`__all__`, or every name
    /// not starting with `_`) is stored by name into the running module's globals — into
    /// its slot when the compiler gave the name one, otherwise into the module's dynamic
    /// namespace, where `LoadName` finds it.
    ImportStar { module: Reg },

    // ---- structural pattern matching (`match`; tauraro-vm's `runtime::pattern_matching`) ---
    /// Paired: takes the following jump unless `src` is a sequence to sequence patterns: a
    /// list, tuple or range (never a str, bytes or bytearray).
    MatchSequence { src: Reg },
    /// Paired: takes the following jump unless `src` is a mapping to mapping patterns (a dict).
    MatchMapping { src: Reg },
    /// `dst = len(src)`, for the length checks of sequence and mapping patterns.
    GetLen { dst: Reg, src: Reg },
    /// Paired: looks up each key of the tuple `keys` in the mapping `subject` (ValueError on a
    /// key repeated at run time). When all are present, `dst` = the tuple of their values and
    /// the following jump is skipped; otherwise the jump is taken.
    MatchKeys { dst: Reg, subject: Reg, keys: Reg },
    /// Paired: a class pattern. `base` holds the class and `base + 1` the tuple of keyword
    /// attribute names. When `subject` is an instance of the class and has every attribute
    /// (the first `positional` named by `__match_args__`, or the subject itself for `int(x)`
    /// and the other self-matching builtins), `dst` = the tuple of their values and the
    /// following jump is skipped; otherwise the jump is taken. TypeError if the class is not
    /// a class or takes fewer positional sub-patterns.
    MatchClass { dst: Reg, subject: Reg, base: Reg, positional: u8 },
    /// `dst` = a new dict of the items of the mapping `src` without the keys in the tuple
    /// `keys` (the `**rest` of a mapping pattern).
    DictWithout { dst: Reg, src: Reg, keys: Reg },
    /// *Paired*: jumps if `lhs is rhs` (the same object).
    JumpIfIs { lhs: Reg, rhs: Reg },
    /// *Paired*: jumps if `lhs is not rhs`.
    JumpIfIsNot { lhs: Reg, rhs: Reg },
    /// `CallMethod` of the receiver in register `recv` (a variable): the receiver is copied
    /// to `base` first, saving the `Move` that would put it there. The arguments are in the
    /// `argc` registers after `base`.
    CallMethodFrom { recv: NearReg, base: Reg, name: NearNameIdx, argc: u8, dst: Reg },
    /// *Paired*: jumps if `lhs == ` the module global `slot` (`if d == FORWARD:`; the
    /// global is read as `LoadGlobal` reads it, without a register).
    JumpIfEqGlobal { lhs: Reg, slot: GlobalSlot },
    /// *Paired*: jumps unless `lhs == ` the module global `slot`.
    JumpUnlessEqGlobal { lhs: Reg, slot: GlobalSlot },
}

impl Instr {
    /// Whether this instruction is paired with the [`Instr::Jump`] that follows it.
    pub fn is_paired(&self) -> bool {
        matches!(
            self,
            Instr::SendTo { .. }
                | Instr::JumpIfLt { .. }
                | Instr::JumpIfLe { .. }
                | Instr::JumpIfGt { .. }
                | Instr::JumpIfGe { .. }
                | Instr::JumpIfEq { .. }
                | Instr::JumpIfNe { .. }
                | Instr::JumpUnlessLt { .. }
                | Instr::JumpUnlessLe { .. }
                | Instr::JumpUnlessGt { .. }
                | Instr::JumpUnlessGe { .. }
                | Instr::JumpUnlessEq { .. }
                | Instr::JumpUnlessNe { .. }
                | Instr::JumpIfLtImm { .. }
                | Instr::JumpIfLeImm { .. }
                | Instr::JumpIfGtImm { .. }
                | Instr::JumpIfGeImm { .. }
                | Instr::JumpIfEqImm { .. }
                | Instr::JumpIfNeImm { .. }
                | Instr::JumpUnlessLtImm { .. }
                | Instr::JumpUnlessLeImm { .. }
                | Instr::JumpUnlessGtImm { .. }
                | Instr::JumpUnlessGeImm { .. }
                | Instr::JumpUnlessEqImm { .. }
                | Instr::JumpUnlessNeImm { .. }
                | Instr::JumpIfNone { .. }
                | Instr::JumpUnlessNone { .. }
                | Instr::ForIter { .. }
                | Instr::ForRange { .. }
                | Instr::MatchSequence { .. }
                | Instr::MatchMapping { .. }
                | Instr::MatchKeys { .. }
                | Instr::MatchClass { .. }
                | Instr::JumpIfIs { .. }
                | Instr::JumpIfIsNot { .. }
                | Instr::JumpIfEqGlobal { .. }
                | Instr::JumpUnlessEqGlobal { .. }
                | Instr::BuiltinUnchanged { .. }
        )
    }

    /// The consecutive register spans this instruction reads or writes beyond its single
    /// register operands, as `(first register, count)`.
    pub fn register_spans(&self) -> Option<(Reg, u32)> {
        let span = |base: Reg, count: u32| Some((base, count));
        match *self {
            Instr::RangePrep { base, .. } | Instr::ForRange { base, .. } => span(base, 3),
            Instr::MatchClass { base, .. } | Instr::GetSlice { base, .. } => span(base, 2),
            Instr::BuildList { base, count, .. }
            | Instr::BuildTuple { base, count, .. }
            | Instr::BuildSet { base, count, .. }
            | Instr::BuildString { base, count, .. }
            | Instr::BuildSlice { base, count, .. }
            | Instr::UnpackSequence { base, count, .. }
            | Instr::SetClosure { base, count, .. } => span(base, u32::from(count)),
            Instr::BuildDict { base, count, .. } => span(base, 2 * u32::from(count)),
            Instr::UnpackEx {
                base,
                before,
                after,
                ..
            } => span(base, u32::from(before) + u32::from(after) + 1),
            Instr::Call { func, argc, .. } => span(func, u32::from(argc) + 1),
            Instr::CallKw { func, argc, .. } => span(func, u32::from(argc) + 1),
            Instr::CallGlobal { argc, base, .. }
            | Instr::CallBuiltin { argc, base, .. }
            | Instr::CallLocal { argc, base, .. } => span(base, u32::from(argc)),
            Instr::CallMethod { base, argc, .. } | Instr::CallMethodFrom { base, argc, .. } => {
                span(base, u32::from(argc) + 1)
            }
            _ => None,
        }
    }

    /// The jump target of a plain jump, if this is one.
    pub fn jump_target(&self) -> Option<InstrIdx> {
        match *self {
            Instr::Jump { target }
            | Instr::JumpIfTrue { target, .. }
            | Instr::JumpIfFalse { target, .. } => Some(target),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn encoding_round_trips() {
        let samples = [
            Instr::Nop {},
            Instr::LoadConst {
                dst: Reg::from_raw(3),
                idx: ConstIdx::from_raw(70_000),
            },
            Instr::LoadInt {
                dst: Reg::from_raw(1),
                value: -5,
            },
            Instr::JumpIfLtImm {
                lhs: Reg::from_raw(0),
                imm: -2,
            },
            Instr::CallGlobal {
                slot: GlobalSlot::from_raw(9),
                argc: 2,
                base: Reg::from_raw(4),
                dst: Reg::from_raw(2),
            },
            Instr::UnpackEx {
                src: Reg::from_raw(1),
                base: Reg::from_raw(2),
                before: 1,
                after: 2,
            },
            Instr::MatchClass {
                dst: Reg::from_raw(1),
                subject: Reg::from_raw(2),
                base: Reg::from_raw(3),
                positional: 255,
            },
            Instr::MatchKeys {
                dst: Reg::from_raw(4),
                subject: Reg::from_raw(5),
                keys: Reg::from_raw(6),
            },
            Instr::CallMethodFrom {
                recv: NearReg::from_raw(255),
                base: Reg::from_raw(300),
                name: NearNameIdx::from_raw(7),
                argc: 2,
                dst: Reg::from_raw(1),
            },
            Instr::JumpIfEqGlobal {
                lhs: Reg::from_raw(2),
                slot: GlobalSlot::from_raw(9),
            },
        ];
        for instr in samples {
            let mut bytes = Vec::new();
            instr.encode(&mut bytes);
            let mut reader = Reader::new(&bytes);
            assert_eq!(Instr::decode(&mut reader).unwrap(), instr);
            assert!(reader.is_empty());
        }
    }

    #[test]
    fn unknown_opcode_is_an_error() {
        let bytes = [255u8];
        let mut reader = Reader::new(&bytes);
        assert_eq!(
            Instr::decode(&mut reader),
            Err(DecodeError::UnknownOpcode(255))
        );
    }
}
