//! The value representation: a 16-byte tagged enum. `None`, booleans, small ints and floats
//! are stored inline and never allocate; everything else is a reference-counted object.
//!
//! Layout matters for speed (see `vm-facts.md`): booleans are unit variants rather than
//! `Bool(bool)` so that every payload stays 8-byte aligned, and the size is asserted below.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

use num_bigint::BigInt;

use crate::object::{
    BoundMethod, BuiltinFunction, Class, DictView, Function, Generator, Instance, Module, PyBytes,
    PyCell, PyDict, PyIterator, PyList, PyRange, PySet, PySlice, PyStr, RcTuple,
};

/// A Python value. The variants without a reference count come first (through `Builtin`),
/// so `is_heap` is one comparison of the tag.
#[derive(Default)]
#[repr(u32)]
pub enum Value {
    /// No value: an unbound local or global slot, an empty cell. Never visible to programs.
    #[default]
    Undefined,
    None,
    False,
    True,
    Ellipsis,
    NotImplemented,
    /// An int that fits in 64 bits. Ints outside that range are always `BigInt`, so each int
    /// has exactly one representation.
    Int(i64),
    Float(f64),
    Builtin(&'static BuiltinFunction),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    List(Rc<PyList>),
    Tuple(RcTuple),
    Dict(Rc<PyDict>),
    DictView(Rc<DictView>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    BoundMethod(Rc<BoundMethod>),
    Cell(Rc<PyCell>),
    Iterator(Rc<PyIterator>),
    Generator(Rc<Generator>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
// The tag's unused values still give `Option<Value>` a niche.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Clone for Value {
    /// Inline values are copied bit for bit; only reference-counted ones take the match.
    /// The derived clone was an out-of-line call on every register copy (a tenth of a
    /// counting loop's instructions).
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_heap() {
            self.clone_counted()
        } else {
            // SAFETY: the variants `is_heap` rejects own nothing (no reference count, no
            // allocation: unit variants, `i64`, `f64` and a `&'static` reference), so a
            // bitwise copy is a complete, independent clone and nothing is dropped twice.
            unsafe { std::ptr::read(self) }
        }
    }
}

impl Value {
    /// The strong count of a reference-counted variant's object.
    ///
    /// Every counted variant holds one pointer to a block whose first word is the object's
    /// strong count: `Rc`'s block starts with it (its layout is `repr(C)`: strong count,
    /// weak count, value) and so does `RcTuple`'s header. Reading it without matching on the
    /// variant lets a clone or a release be straight-line code; a `match` became a jump
    /// through a table of 19 arms on every copy, even with identical arms (the compiler
    /// rebuilt each arm's tag as a constant). The test `counted_variants_share_one_count_word`
    /// checks the layout for `Rc` and `RcTuple`.
    ///
    /// # Safety
    /// `self` must be a counted variant (`is_heap`).
    #[inline(always)]
    unsafe fn strong_count(&self) -> &Cell<usize> {
        // SAFETY: `Value` is `repr(u32)`: each variant is a `repr(C)` struct of the tag
        // followed by its field, so a counted variant's single pointer-sized field is the
        // second word; that pointer addresses a live block (the value holds a reference)
        // whose first word is the strong count, as said above.
        unsafe {
            let block = (self as *const Value)
                .cast::<*const Cell<usize>>()
                .add(1)
                .read();
            &*block
        }
    }

    /// `clone` for the reference-counted variants: one count increment (aborting on
    /// overflow, as `Rc` does), then a bitwise copy.
    #[inline(always)]
    fn clone_counted(&self) -> Value {
        debug_assert!(self.is_heap());
        // SAFETY: callers only pass counted variants. The copy owns the reference just
        // taken, and a value is nothing but its tag and that pointer, so the bitwise copy is
        // a complete clone; the two are released independently, each giving back a count.
        unsafe {
            let count = self.strong_count();
            let more = count.get().wrapping_add(1);
            count.set(more);
            if more == 0 {
                std::process::abort();
            }
            std::ptr::read(self)
        }
    }

    /// Gives back this counted value's reference when it is not the last one, and says
    /// whether it did; the last reference is left to the drop glue, which frees the object.
    #[inline(always)]
    pub(crate) fn release_if_shared(&self) -> bool {
        debug_assert!(self.is_heap());
        // SAFETY: callers only pass counted variants; with another reference left, the
        // decrement frees nothing, and the caller forgets this handle.
        unsafe {
            let count = self.strong_count();
            let current = count.get();
            if current == 1 {
                return false;
            }
            count.set(current - 1);
            true
        }
    }
}

impl Value {
    #[inline]
    pub fn bool(value: bool) -> Value {
        if value { Value::True } else { Value::False }
    }

    /// An int from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(value: BigInt) -> Value {
        match i64::try_from(&value) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(value)),
        }
    }

    /// A float that CPython would create as a new object (parsed from text, or the result of
    /// arithmetic). Floats are stored inline, so identity is their bits; a NaN therefore gets
    /// a payload of its own, which makes `is`, the identity shortcut of container comparison
    /// (`[x] == [x]` but `[nan] != [nan]`) and NaN hashing tell distinct NaN objects apart.
    pub fn new_float(value: f64) -> Value {
        if !value.is_nan() {
            return Value::Float(value);
        }
        static NEXT_NAN_PAYLOAD: AtomicU64 = AtomicU64::new(1);
        const SIGN_EXPONENT_QUIET: u64 = 0xFFF8_0000_0000_0000;
        const PAYLOAD: u64 = (1 << 51) - 1;
        // Payload 0 is the NaN that hardware operations produce; fresh ones start at 1.
        let payload = NEXT_NAN_PAYLOAD.fetch_add(1, AtomicOrdering::Relaxed) % PAYLOAD + 1;
        Value::Float(f64::from_bits(
            (value.to_bits() & SIGN_EXPONENT_QUIET) | 0x7FF8_0000_0000_0000 | payload,
        ))
    }

    pub fn str(text: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(text)))
    }

    pub fn string(text: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(text)))
    }

    /// The one-character string `ch`. Like CPython, the 256 Latin-1 characters are shared
    /// objects made once per thread, so iterating over or indexing text allocates nothing.
    pub fn char(ch: char) -> Value {
        thread_local! {
            static LATIN_1: Box<[Rc<PyStr>]> = (0..=255u8)
                .map(|byte| Rc::new(PyStr::new(char::from(byte).encode_utf8(&mut [0; 4]))))
                .collect();
        }
        match u8::try_from(u32::from(ch)) {
            Ok(byte) => LATIN_1.with(|table| Value::Str(table[usize::from(byte)].clone())),
            Err(_) => Value::str(ch.encode_utf8(&mut [0; 4])),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(RcTuple::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// Whether the value holds a reference-counted object.
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        !matches!(
            self,
            Value::Undefined
                | Value::None
                | Value::False
                | Value::True
                | Value::Ellipsis
                | Value::NotImplemented
                | Value::Int(_)
                | Value::Float(_)
                | Value::Builtin(_)
        )
    }

    #[inline]
    pub fn is_undefined(&self) -> bool {
        matches!(self, Value::Undefined)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The value as an `i64` if it is an int or bool that fits.
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        match self {
            Value::Int(value) => Some(*value),
            Value::False => Some(0),
            Value::True => Some(1),
            _ => None,
        }
    }

    /// The value as a big integer if it is any int or bool.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::BigInt(value) => Some((**value).clone()),
            _ => self.as_small_int().map(BigInt::from),
        }
    }

    /// Whether the value is an int (including bool).
    pub fn is_int(&self) -> bool {
        matches!(
            self,
            Value::Int(_) | Value::BigInt(_) | Value::True | Value::False
        )
    }

    /// Identity (`is`). Inline values compare by value, objects by address. Inlined, with
    /// instances first: `x is not y` on objects runs in the loop's hot handlers.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Instance(a), Value::Instance(b)) => Rc::ptr_eq(a, b),
            (Value::Undefined, Value::Undefined)
            | (Value::None, Value::None)
            | (Value::False, Value::False)
            | (Value::True, Value::True)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            _ => match (self.object_address(), other.object_address()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the object a reference points to (`None` for inline values).
    pub fn object_address(&self) -> Option<usize> {
        fn addr<T: ?Sized>(rc: &Rc<T>) -> Option<usize> {
            Some(Rc::as_ptr(rc) as *const u8 as usize)
        }
        match self {
            Value::BigInt(o) => addr(o),
            Value::Str(o) => addr(o),
            Value::Bytes(o) => addr(o),
            Value::List(o) => addr(o),
            Value::Tuple(o) => Some(RcTuple::as_ptr(o) as usize),
            Value::Dict(o) => addr(o),
            Value::DictView(o) => addr(o),
            Value::Set(o) | Value::FrozenSet(o) => addr(o),
            Value::Range(o) => addr(o),
            Value::Slice(o) => addr(o),
            Value::Function(o) => addr(o),
            Value::Builtin(o) => Some(*o as *const BuiltinFunction as usize),
            Value::BoundMethod(o) => addr(o),
            Value::Cell(o) => addr(o),
            Value::Iterator(o) => addr(o),
            Value::Generator(o) => addr(o),
            Value::Class(o) => addr(o),
            Value::Instance(o) => addr(o),
            Value::Module(o) => addr(o),
            _ => None,
        }
    }

    /// A stable pseudo-address for `id()` and default reprs.
    pub fn id(&self) -> i64 {
        match self.object_address() {
            Some(address) => address as i64,
            None => {
                // Inline values have no address; derive a stable one from the bits, in a range
                // that real heap addresses do not use.
                let bits = match self {
                    Value::Int(v) => *v as u64,
                    Value::Float(v) => v.to_bits(),
                    Value::None => 1,
                    Value::True => 2,
                    Value::False => 3,
                    Value::Ellipsis => 4,
                    Value::NotImplemented => 5,
                    _ => 0,
                };
                ((bits.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 20) | 0x7f00_0000_0000) as i64
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Undefined => write!(f, "<undefined>"),
            Value::None => write!(f, "None"),
            Value::False => write!(f, "False"),
            Value::True => write!(f, "True"),
            Value::Ellipsis => write!(f, "Ellipsis"),
            Value::NotImplemented => write!(f, "NotImplemented"),
            Value::Int(v) => write!(f, "{v}"),
            Value::Float(v) => write!(f, "{v:?}"),
            Value::BigInt(v) => write!(f, "{v}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<object at {:#x}>", other.id()),
        }
    }
}

/// Drops a value, calling the drop glue only for reference-counted variants (the common
/// inline values need no work, and the generic glue is an out-of-line call).
#[inline(always)]
pub fn discard(value: Value) {
    if !value.is_heap() || value.release_if_shared() {
        std::mem::forget(value);
    } else {
        drop_last_reference(value);
    }
}

impl Value {
    /// Whether releasing this value frees its object (it holds the last reference).
    #[inline(always)]
    pub fn is_last_reference(&self) -> bool {
        // SAFETY: `strong_count` is read only for counted variants.
        self.is_heap() && unsafe { self.strong_count() }.get() == 1
    }
}

impl Value {
    /// `a is b` when both are references to objects (`None` otherwise, for `Value::is`):
    /// the same object exactly when the two point at the same block. Makes no call.
    #[inline(always)]
    pub fn same_object(&self, other: &Value) -> Option<bool> {
        if !self.is_heap() || !other.is_heap() {
            return None;
        }
        // SAFETY: both are counted variants; only the addresses of their counts are compared
        // (each object's block has its own, see `strong_count`).
        Some(std::ptr::eq(unsafe { self.strong_count() }, unsafe {
            other.strong_count()
        }))
    }
}

/// `*dst = value`, releasing the old value, which must not be the last reference to its
/// object (`is_last_reference`): so nothing is freed and no call is made.
///
/// # Safety
/// `dst` must be a valid, aligned pointer to an initialised value that is not the last
/// reference to its object, with no reference to it live during the call.
#[inline(always)]
pub unsafe fn overwrite_without_freeing(dst: *mut Value, value: Value) {
    // SAFETY: the caller's guarantee.
    unsafe {
        let old = std::ptr::replace(dst, value);
        if old.is_heap() {
            let released = old.release_if_shared();
            debug_assert!(released, "overwrite_without_freeing of a last reference");
        }
        std::mem::forget(old);
    }
}

/// `*dst = src.clone()` when the old value of `*dst` is not the last reference to its
/// object, so that replacing it frees nothing and the whole copy is a few instructions with
/// no call; otherwise changes nothing and answers false (freeing is the caller's slow path).
///
/// # Safety
/// `dst` must be a valid, aligned pointer to an initialised value, and no reference to it
/// may be live during the call; `src` may point into an object that `*dst` keeps alive.
#[inline(always)]
pub unsafe fn replace_without_freeing(dst: *mut Value, src: &Value) -> bool {
    // SAFETY: the caller guarantees `dst` is valid and unaliased. The old value keeps its
    // count until `src` is copied, so `src` stays alive through the copy. The copy is the
    // source's two words plus the one reference a counted value's copy owns (see
    // `strong_count`); `MaybeUninit` words carry the padding of unit variants. The old
    // value's reference is given back without freeing: it was not the last one.
    unsafe {
        let old_counted = (*dst).is_heap();
        if old_counted && (*dst).strong_count().get() == 1 {
            return false;
        }
        let old_count: *const Cell<usize> = if old_counted {
            (*dst).strong_count()
        } else {
            std::ptr::null()
        };
        if src.is_heap() {
            let count = src.strong_count();
            let more = count.get().wrapping_add(1);
            count.set(more);
            if more == 0 {
                std::process::abort();
            }
        }
        let words = (src as *const Value).cast::<std::mem::MaybeUninit<u64>>();
        let out = dst.cast::<std::mem::MaybeUninit<u64>>();
        out.write(words.read());
        out.add(1).write(words.add(1).read());
        if old_counted {
            (*old_count).set((*old_count).get() - 1);
        }
        true
    }
}

/// Frees an object whose last reference is going away (out of line: it runs the object's
/// own drop, and keeping it apart keeps `discard`'s common path small).
#[cold]
#[inline(never)]
fn drop_last_reference(value: Value) {
    drop(value);
}

/// A copy of a register's value that reads the tag and payload as separate words. Moving a
/// `Value` that was just written (as two 8-byte stores) with one 16-byte load stalls on store
/// forwarding; this avoids that on the hot paths (returning a just-computed result). A plain
/// `match` is not enough: the compiler merges the inline variants' arms into one 16-byte copy.
#[inline(always)]
pub fn read(value: &Value) -> Value {
    if value.is_heap() {
        return value.clone_counted();
    }
    let words = (value as *const Value).cast::<std::mem::MaybeUninit<u64>>();
    // SAFETY: `Value` is 16 bytes (asserted above) and 8-byte aligned, so it is exactly two
    // readable `u64`-sized words; `MaybeUninit` makes reading the padding of unit variants
    // defined. The volatile reads keep them two separate loads. The words are those of a
    // valid inline value (no reference count, see `clone`), so reassembling them yields an
    // independent, valid copy.
    unsafe {
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([tag, payload])
    }
}

/// Overwrites `*dst` with a copy of `*src` and releases the old value: `*dst = read(src)`
/// without ever holding the copy as one 16-byte value. Building the copy first made the
/// compiler park it on the stack as two 8-byte stores and reload it with one 16-byte load,
/// a store-forwarding stall that took a fifth of a call's time in `return`.
///
/// # Safety
/// `dst` and `src` must be valid, aligned pointers to initialised values (they may be the
/// same), and no reference to either may be live during the call.
#[inline(always)]
pub unsafe fn copy_into(dst: *mut Value, src: *const Value) {
    // SAFETY: the caller guarantees both pointers are valid and unaliased by references.
    unsafe {
        if (*src).is_heap() {
            let copy = (*src).clone_counted();
            discard(std::ptr::replace(dst, copy));
            return;
        }
        let words = src.cast::<std::mem::MaybeUninit<u64>>();
        // Two separate loads (see `read`); the words of an inline value are a complete copy.
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        let old = std::ptr::read(dst);
        let out = dst.cast::<std::mem::MaybeUninit<u64>>();
        out.write(tag);
        out.add(1).write(payload);
        discard(old);
    }
}

#[cfg(test)]
mod clone_tests {
    use super::*;

    /// `Value::strong_count` reads the first word of a counted variant's block: check that
    /// it is the count `Rc` and `RcTuple` themselves report.
    #[test]
    fn counted_variants_share_one_count_word() {
        let text = Rc::new(PyStr::new("counted"));
        let list = Rc::new(PyList::new(Vec::new()));
        let big: Rc<BigInt> = Rc::new(BigInt::from(1) << 100);
        let tuple = RcTuple::new(vec![Value::Int(1)]);
        let values = [
            Value::Str(text.clone()),
            Value::List(list.clone()),
            Value::BigInt(big.clone()),
            Value::Tuple(tuple.clone()),
        ];
        let counts = || {
            [
                Rc::strong_count(&text),
                Rc::strong_count(&list),
                Rc::strong_count(&big),
                RcTuple::strong_count(&tuple),
            ]
        };
        for (value, count) in values.iter().zip(counts()) {
            assert_eq!(unsafe { value.strong_count() }.get(), count);
        }
        let copies: Vec<Value> = values.iter().map(Value::clone).collect();
        assert_eq!(counts(), [3, 3, 3, 3]);
        for (value, count) in values.iter().zip(counts()) {
            assert_eq!(unsafe { value.strong_count() }.get(), count);
        }
        drop(copies);
        assert_eq!(counts(), [2, 2, 2, 2]);
    }

    #[test]
    fn discard_gives_back_shared_references_and_frees_the_last() {
        let list = Rc::new(PyList::new(vec![Value::Int(1)]));
        let tuple = RcTuple::new(vec![Value::Int(2)]);
        let big = Rc::new(BigInt::from(3));
        let values = [
            Value::List(list.clone()),
            Value::Tuple(tuple.clone()),
            Value::BigInt(big.clone()),
        ];
        for value in &values {
            let copy = value.clone();
            discard(copy.clone());
            discard(copy);
        }
        assert_eq!(Rc::strong_count(&list), 2);
        assert_eq!(RcTuple::strong_count(&tuple), 2);
        assert_eq!(Rc::strong_count(&big), 2);
        for value in values {
            discard(value);
        }
        assert_eq!(Rc::strong_count(&list), 1);
        assert_eq!(RcTuple::strong_count(&tuple), 1);
        // The last reference goes through the drop glue: a weak handle sees the object die.
        let weak = Rc::downgrade(&big);
        discard(Value::BigInt(big));
        assert!(weak.upgrade().is_none());
        let weak_list = Rc::downgrade(&list);
        discard(Value::List(list));
        assert!(weak_list.upgrade().is_none());
    }

    #[test]
    fn inline_values_clone_bitwise_and_counted_values_share() {
        for value in [
            Value::Undefined,
            Value::None,
            Value::False,
            Value::True,
            Value::Ellipsis,
            Value::NotImplemented,
            Value::Int(-7),
            Value::Float(2.5),
        ] {
            assert!(!value.is_heap());
            let copy = value.clone();
            assert_eq!(
                std::mem::discriminant(&copy),
                std::mem::discriminant(&value)
            );
        }
        assert!(matches!(Value::Int(41).clone(), Value::Int(41)));
        assert!(matches!(read(&Value::Int(-3)), Value::Int(-3)));
        assert!(matches!(read(&Value::True), Value::True));
        assert!(matches!(read(&Value::Float(1.5)), Value::Float(f) if f == 1.5));
        assert!(matches!(Value::Float(0.5).clone(), Value::Float(f) if f == 0.5));

        let text = Rc::new(PyStr::new("shared"));
        let value = Value::Str(text.clone());
        assert!(value.is_heap());
        let copy = value.clone();
        let read_copy = read(&value);
        assert_eq!(Rc::strong_count(&text), 4);
        drop(read_copy);
        match &copy {
            Value::Str(inner) => assert!(Rc::ptr_eq(inner, &text)),
            _ => panic!("a str clone is a str"),
        }
        drop(copy);
        drop(value);
        assert_eq!(Rc::strong_count(&text), 1);

        // copy_into: inline over counted releases the old value; counted over inline shares.
        let mut slot = Value::Str(text.clone());
        assert_eq!(Rc::strong_count(&text), 2);
        let seven = Value::Int(7);
        unsafe { copy_into(&mut slot, &seven) };
        assert!(matches!(slot, Value::Int(7)));
        assert_eq!(Rc::strong_count(&text), 1);
        let source = Value::Str(text.clone());
        unsafe { copy_into(&mut slot, &source) };
        assert_eq!(Rc::strong_count(&text), 3);
        // The same slot as source and destination keeps its value and its count.
        let both: *mut Value = &mut slot;
        unsafe { copy_into(both, both) };
        assert_eq!(Rc::strong_count(&text), 3);
        drop(slot);
        drop(source);
        assert_eq!(Rc::strong_count(&text), 1);
    }
}
