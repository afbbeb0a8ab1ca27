//! `list`: a mutable sequence.

use std::cell::{BorrowError, BorrowMutError, Cell, Ref, RefCell, RefMut};

use crate::value::Value;

/// The length from which [`PyList::push`] grows a full list by a quarter.
const GENTLE_GROWTH_FROM: usize = 256;

/// A Python list. The `RefCell` is never borrowed across a call that can run Python code.
///
/// A long list of bools made by `[flag] * count` starts in *flags form*: its items are bits,
/// 64 to an `Int` word of `values`, and `flag_count` holds its length (PyPy calls this a list
/// strategy). A sieve's four-million-item list then takes half a megabyte instead of 64, and
/// indexed reads and writes of bools ([`PyList::item_at`], [`PyList::store_at`]) stay in that
/// form. Anything else that touches the items ([`PyList::items`], [`PyList::items_mut`])
/// first converts the list to one value per item, once.
pub struct PyList {
    /// The items; in flags form, the words of bits.
    values: RefCell<Vec<Value>>,
    /// The list's position in the cycle collector's registry, or [`super::UNTRACKED`].
    pub gc_slot: Cell<u32>,
    /// The length of a list in flags form; 0 for a list in the usual form.
    flag_count: Cell<u32>,
}

impl Drop for PyList {
    fn drop(&mut self) {
        if self.gc_slot.get() != super::UNTRACKED {
            crate::gc::forget_list(self);
        }
        // Last item first, as CPython releases a list's items (the order `__del__`s run in).
        let values = self.values.get_mut();
        if !values.iter().any(Value::is_heap) {
            // Only inline items (ints, floats...): nothing to release, item by item.
            // SAFETY: inline values own nothing, so forgetting them leaks nothing.
            unsafe { values.set_len(0) };
            return;
        }
        while let Some(value) = values.pop() {
            crate::value::discard(value);
        }
    }
}

/// The shortest `[flag] * count` that is built in flags form: short lists gain nothing from it.
const SHORTEST_FLAGS_LIST: usize = 1024;

/// Flags per word of a list in flags form.
const FLAGS_PER_WORD: usize = 64;

/// The position `index` names in a sequence of `len` items (negative indices count from the
/// end), when it is in range.
#[inline(always)]
pub fn item_position(len: usize, index: i64) -> Option<usize> {
    let position = if index < 0 { index + len as i64 } else { index };
    (0..len as i64)
        .contains(&position)
        .then_some(position as usize)
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            values: RefCell::new(items),
            gc_slot: Cell::new(super::UNTRACKED),
            flag_count: Cell::new(0),
        }
    }

    /// A new list of `items` in its `Rc`, each field written straight into the allocation.
    /// `Rc::new(PyList::new(items))` builds the counts and the list on the stack and copies
    /// the block in after the allocator returns; that copy's 16-byte loads of just-made
    /// 8-byte stores cannot be forwarded from the store buffer, and the stall was the
    /// costliest instruction of building `[x]` or `a + b` in a loop. The vector itself is
    /// moved in word by word for the same reason (moved whole, it took the same detour).
    #[inline(always)]
    pub fn new_rc(items: Vec<Value>) -> std::rc::Rc<PyList> {
        let mut rc = std::rc::Rc::<PyList>::new_uninit();
        let Some(slot) = std::rc::Rc::get_mut(&mut rc) else {
            // A fresh `Rc` is never shared; kept safe without `unwrap` anyway.
            return std::rc::Rc::new(PyList::new(items));
        };
        let list = slot.as_mut_ptr();
        // SAFETY: `list` points to the uninitialized `PyList` of the fresh allocation; each
        // field is written exactly once, through raw field pointers (no reference to
        // uninitialized memory), so the value is complete before `assume_init`.
        unsafe {
            std::ptr::addr_of_mut!((*list).gc_slot).write(Cell::new(super::UNTRACKED));
            std::ptr::addr_of_mut!((*list).flag_count).write(Cell::new(0));
            std::ptr::addr_of_mut!((*list).values).write(RefCell::new(Vec::new()));
            move_vector_words(items, (*list).values.as_ptr());
            rc.assume_init()
        }
    }

    /// A new list in its `Rc` with room for `capacity` items, which `fill` pushes into the
    /// list's own vector: no vector is built on the stack and copied in afterwards (the
    /// reload of its just-written fields stalled, as in [`PyList::new_rc`]).
    #[inline(always)]
    pub fn filled_rc(capacity: usize, fill: impl FnOnce(&mut Vec<Value>)) -> std::rc::Rc<PyList> {
        let mut list = PyList::new_rc(Vec::with_capacity(capacity));
        if let Some(unique) = std::rc::Rc::get_mut(&mut list) {
            fill(unique.values.get_mut());
        }
        list
    }

    /// `[flag] * count`: in flags form when the list is long (and its length fits the form).
    pub fn repeated_flag(flag: bool, count: usize) -> PyList {
        let Some(flag_count) = u32::try_from(count)
            .ok()
            .filter(|_| count >= SHORTEST_FLAGS_LIST)
        else {
            return PyList::new(vec![Value::bool(flag); count]);
        };
        let word = if flag { -1 } else { 0 };
        let words = count.div_ceil(FLAGS_PER_WORD);
        let list = PyList::new(vec![Value::Int(word); words]);
        list.flag_count.set(flag_count);
        list
    }

    /// The items, for reading. Converts a list in flags form first.
    #[inline]
    pub fn items(&self) -> Ref<'_, Vec<Value>> {
        if self.flag_count.get() != 0 {
            self.leave_flags_form();
        }
        self.values.borrow()
    }

    /// The length, for callers that must make no call: `None` while the list is being
    /// written.
    #[inline(always)]
    pub fn len_without_calls(&self) -> Option<usize> {
        match self.flag_count.get() {
            0 => self.values.try_borrow().ok().map(|values| values.len()),
            flag_count => Some(flag_count as usize),
        }
    }

    /// A copy of item `index` (`Some(None)` past the end) for callers that must make no
    /// call: `None` when reading would mean converting a list in flags form, or while the
    /// list is being written.
    #[inline(always)]
    pub fn get_without_converting(&self, index: usize) -> Option<Option<Value>> {
        if self.flag_count.get() != 0 {
            return None;
        }
        let values = self.values.try_borrow().ok()?;
        Some(values.get(index).cloned())
    }

    /// The items, for writing. Converts a list in flags form first.
    #[inline]
    pub fn items_mut(&self) -> RefMut<'_, Vec<Value>> {
        if self.flag_count.get() != 0 {
            self.leave_flags_form();
        }
        self.values.borrow_mut()
    }

    /// The items, for reading, or the error of a list already borrowed for writing.
    pub fn try_items(&self) -> Result<Ref<'_, Vec<Value>>, BorrowError> {
        if self.flag_count.get() != 0 && self.values.try_borrow_mut().is_ok() {
            self.leave_flags_form();
        }
        self.values.try_borrow()
    }

    /// `list[index]` when the list is in the usual form, `index` is in range and the item is
    /// an inline value (an int, float, bool or None: copying it takes no reference); `None`
    /// otherwise. Calls nothing, for the interpreter's threaded fast lane.
    #[inline(always)]
    pub fn inline_item_at(&self, index: i64) -> Option<Value> {
        if self.flag_count.get() != 0 {
            return None;
        }
        // SAFETY: the reference is dropped before this returns, and nothing here can borrow
        // the list for writing meanwhile.
        let values = unsafe { self.values.try_borrow_unguarded() }.ok()?;
        let item = values.get(item_position(values.len(), index)?)?;
        (!item.is_heap()).then(|| crate::value::read(item))
    }

    /// `list[index] = value` for an inline `value` when the list is in the usual form,
    /// `index` is in range and the old item is inline too (so nothing is released); false,
    /// storing nothing, otherwise. Calls nothing, for the interpreter's threaded fast lane.
    #[inline(always)]
    pub fn inline_store_at(&self, index: i64, value: &Value) -> bool {
        if self.flag_count.get() != 0 || value.is_heap() {
            return false;
        }
        let Ok(mut values) = self.values.try_borrow_mut() else {
            return false;
        };
        let Some(position) = item_position(values.len(), index) else {
            return false;
        };
        let Some(item) = values.get_mut(position) else {
            return false;
        };
        if item.is_heap() {
            return false;
        }
        // SAFETY: `item` is a valid, exclusive place; its old value is inline, so
        // overwriting it without dropping releases nothing.
        unsafe { std::ptr::write(item, crate::value::read(value)) };
        true
    }

    /// The item at `index` (negative counts from the end), when it is in range.
    #[inline(always)]
    pub fn item_at(&self, index: i64) -> Option<Value> {
        let values = self.values.borrow();
        let flag_count = self.flag_count.get();
        if flag_count == 0 {
            return item_position(values.len(), index).map(|position| values[position].clone());
        }
        let position = item_position(flag_count as usize, index)?;
        let Value::Int(word) = values[position / FLAGS_PER_WORD] else {
            unreachable_flags_word()
        };
        Some(Value::bool(word >> (position % FLAGS_PER_WORD) & 1 != 0))
    }

    /// `list[index] = *value` when `index` is in range; false, storing nothing, otherwise.
    #[inline(always)]
    pub fn store_at(&self, index: i64, value: &Value) -> bool {
        if self.flag_count.get() != 0 {
            match value {
                Value::True => return self.store_flag(index, true),
                Value::False => return self.store_flag(index, false),
                _ => {}
            }
            self.leave_flags_form();
        }
        let mut items = self.values.borrow_mut();
        let Some(position) = item_position(items.len(), index) else {
            return false;
        };
        let old = std::mem::replace(&mut items[position], crate::value::read(value));
        drop(items);
        crate::value::discard(old);
        true
    }

    /// `list[index] = flag` for a list in flags form.
    fn store_flag(&self, index: i64, flag: bool) -> bool {
        let Some(position) = item_position(self.flag_count.get() as usize, index) else {
            return false;
        };
        let mut values = self.values.borrow_mut();
        let Value::Int(word) = &mut values[position / FLAGS_PER_WORD] else {
            unreachable_flags_word()
        };
        let bit = 1i64 << (position % FLAGS_PER_WORD);
        if flag {
            *word |= bit;
        } else {
            *word &= !bit;
        }
        true
    }

    /// Converts a list in flags form to one value per item.
    #[cold]
    #[inline(never)]
    fn leave_flags_form(&self) {
        let count = self.flag_count.replace(0) as usize;
        let mut values = self.values.borrow_mut();
        let flags: Vec<Value> = (0..count)
            .map(|position| match values[position / FLAGS_PER_WORD] {
                Value::Int(word) => Value::bool(word >> (position % FLAGS_PER_WORD) & 1 != 0),
                _ => unreachable_flags_word(),
            })
            .collect();
        *values = flags;
    }

    /// `list.append(value)`. Past a few hundred items a full list grows by a quarter instead
    /// of doubling (CPython's lists grow by about an eighth): a list built by appending then
    /// leaves at most a fifth of its slots unused, not up to half.
    #[inline]
    pub fn push(&self, value: Value) {
        let mut items = self.items_mut();
        if items.len() == items.capacity() && items.len() >= GENTLE_GROWTH_FROM {
            let more = items.len() / 4;
            items.reserve_exact(more);
        }
        items.push(value);
    }

    pub fn len(&self) -> usize {
        match self.flag_count.get() {
            0 => self.values.borrow().len(),
            flag_count => flag_count as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The values that can refer to other objects, for the cycle collector, without converting
    /// a list in flags form (whose `Int` words refer to nothing).
    pub fn try_referents(&self) -> Result<Ref<'_, Vec<Value>>, BorrowError> {
        self.values.try_borrow()
    }

    /// Empties the list (for the cycle collector), returning its values to drop after the
    /// borrow ends; the error of a list already borrowed.
    pub fn try_take_items(&self) -> Result<Vec<Value>, BorrowMutError> {
        let mut values = self.values.try_borrow_mut()?;
        self.flag_count.set(0);
        Ok(std::mem::take(&mut *values))
    }

    /// `a + b`: a new list of the items of both, with exactly the room they need. Runs no
    /// Python code (cloning an item only counts a reference), so the interpreter calls it
    /// without copying its operands out of their registers.
    pub fn concat(a: &PyList, b: &PyList) -> PyList {
        let (a, b) = (a.items(), b.items());
        let mut items = Vec::with_capacity(a.len() + b.len());
        push_clones(&mut items, &a);
        push_clones(&mut items, &b);
        PyList::new(items)
    }

    /// [`PyList::concat`] in its `Rc`, built in place (see [`PyList::filled_rc`]). Out of
    /// line, as `concat` was: inlined into the dispatch loop, the copy loops were not.
    #[inline(never)]
    pub fn concat_rc(a: &PyList, b: &PyList) -> std::rc::Rc<PyList> {
        let (a, b) = (a.items(), b.items());
        PyList::filled_rc(a.len() + b.len(), |items| {
            push_clones(items, &a);
            push_clones(items, &b);
        })
    }

    /// `list[low..high]` (positions already clamped, `low <= high <= len`) as a new list.
    pub fn slice_of(&self, low: usize, high: usize) -> Option<PyList> {
        let items = self.items();
        let part = items.get(low..high)?;
        let mut copy = Vec::with_capacity(part.len());
        push_clones(&mut copy, part);
        Some(PyList::new(copy))
    }

    /// [`PyList::slice_of`] in its `Rc`, built in place and out of line as
    /// [`PyList::concat_rc`].
    #[inline(never)]
    pub fn slice_rc(&self, low: usize, high: usize) -> Option<std::rc::Rc<PyList>> {
        let items = self.items();
        let part = items.get(low..high)?;
        Some(PyList::filled_rc(part.len(), |copy| {
            push_clones(copy, part)
        }))
    }

    /// A copy of the items (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items().clone()
    }

    pub fn get(&self, index: usize) -> Option<Value> {
        self.items().get(index).cloned()
    }
}

/// Moves `items` over the empty vector at `target` one machine word at a time, each read
/// and written once (see [`PyList::new_rc`]).
///
/// # Safety
/// `target` must point to a valid vector that owns no allocation (`Vec::new()`), which is
/// overwritten without being dropped; no reference to it may be live.
#[inline(always)]
unsafe fn move_vector_words(items: Vec<Value>, target: *mut Vec<Value>) {
    const WORDS: usize = std::mem::size_of::<Vec<Value>>() / std::mem::size_of::<usize>();
    const _: () =
        assert!(WORDS * std::mem::size_of::<usize>() == std::mem::size_of::<Vec<Value>>());
    let items = std::mem::ManuallyDrop::new(items);
    let source = (&*items as *const Vec<Value>).cast::<std::mem::MaybeUninit<usize>>();
    let target = target.cast::<std::mem::MaybeUninit<usize>>();
    for word in 0..WORDS {
        // SAFETY: both vectors are `WORDS` words long and 8-byte aligned; copying all their
        // bytes moves `items` (forgotten above, so it is not dropped) into `target`, whose
        // old value owned nothing. `MaybeUninit` words carry any padding. The volatile reads
        // keep the words separate loads.
        unsafe {
            target
                .add(word)
                .write(std::ptr::read_volatile(source.add(word)))
        };
    }
}

/// Appends a clone of each value of `source` to `target`. Each value is copied bit for bit
/// and only the reference-counted ones take a count: `extend` with a value-by-value `clone`
/// cost several times as much on short lists (so did a `memcpy` call, for a few items).
#[inline]
pub fn push_clones(target: &mut Vec<Value>, source: &[Value]) {
    if target.capacity() - target.len() < source.len() {
        target.reserve(source.len());
    }
    let len = target.len();
    // SAFETY: `target` has room for `source.len()` more values (reserved above), in its own
    // buffer, which cannot overlap the borrowed `source`. Each bitwise copy of a
    // reference-counted value takes one count (the `clone` forgotten below), so the copies
    // are complete clones; nothing between the copies and `set_len` can panic or drop values.
    unsafe {
        let mut slot = target.as_mut_ptr().add(len);
        for value in source {
            std::ptr::copy_nonoverlapping(value, slot, 1);
            if value.is_heap() {
                std::mem::forget(value.clone());
            }
            slot = slot.add(1);
        }
        target.set_len(len + source.len());
    }
}

/// A list in flags form holds only `Int` words: nothing else writes its values.
#[cold]
fn unreachable_flags_word() -> ! {
    unreachable!("a list in flags form holds only Int words")
}
