//! `tuple`: an immutable sequence. A tuple is one allocation, a header (reference count and
//! length) followed by its items, as in CPython: `RcTuple` with a boxed slice inside took
//! two (and 32 bytes more per tuple), which showed in programs that hold many small tuples
//! (sort keys, records). The handle, [`RcTuple`], is a thin pointer so that `Value` stays 16
//! bytes; it behaves like an `Rc` (clone counts, the last drop frees).

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::Cell;
use std::ops::Deref;
use std::ptr::NonNull;

use crate::value::Value;

/// A tuple's items, seen through an [`RcTuple`] (never owned directly).
#[repr(C)]
pub struct PyTuple {
    pub items: [Value],
}

impl PyTuple {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// What precedes the items in a tuple's allocation. The strong count is the first word, as in
/// `Rc`'s blocks: `Value` counts references without telling the two apart.
#[repr(C)]
struct Header {
    strong: Cell<usize>,
    len: usize,
}

/// The items start right after the header: it is 16 bytes and `Value` is 8-byte aligned.
const ITEMS_OFFSET: usize = std::mem::size_of::<Header>();
const _: () = assert!(ITEMS_OFFSET.is_multiple_of(std::mem::align_of::<Value>()));

/// The allocation of a tuple of `len` items.
fn layout(len: usize) -> Layout {
    let (layout, offset) = Layout::new::<Header>()
        .extend(Layout::array::<Value>(len).expect("a tuple's items fit in memory"))
        .expect("a tuple fits in memory");
    debug_assert_eq!(offset, ITEMS_OFFSET);
    layout
}

/// A counted reference to a tuple.
#[repr(transparent)]
pub struct RcTuple {
    header: NonNull<Header>,
}

impl RcTuple {
    /// A tuple of `len` items, item `i` being `item(i)` (called once per index, in order).
    pub fn from_fn(len: usize, mut item: impl FnMut(usize) -> Value) -> RcTuple {
        let layout = layout(len);
        // SAFETY: the layout is at least the header's 16 bytes, never zero-sized. Every item
        // slot is written before the handle exists, so the tuple is never seen partly
        // initialised (a panic in `item` only leaks the allocation).
        unsafe {
            let block = alloc(layout);
            if block.is_null() {
                handle_alloc_error(layout);
            }
            block.cast::<Header>().write(Header {
                strong: Cell::new(1),
                len,
            });
            let items = block.add(ITEMS_OFFSET).cast::<Value>();
            for index in 0..len {
                items.add(index).write(item(index));
            }
            RcTuple {
                header: NonNull::new_unchecked(block.cast::<Header>()),
            }
        }
    }

    /// A tuple of the items of a vector.
    pub fn new(items: Vec<Value>) -> RcTuple {
        let mut items = std::mem::ManuallyDrop::new(items);
        let source = items.as_mut_ptr();
        // SAFETY: each item is moved out exactly once (read at its own index); afterwards
        // the vector's length is set to zero so that only its buffer is freed.
        let tuple = RcTuple::from_fn(items.len(), |index| unsafe { source.add(index).read() });
        unsafe { items.set_len(0) };
        drop(std::mem::ManuallyDrop::into_inner(items));
        tuple
    }

    /// A tuple of clones of `items`.
    pub fn from_slice(items: &[Value]) -> RcTuple {
        RcTuple::from_fn(items.len(), |index| items[index].clone())
    }

    fn header(&self) -> &Header {
        // SAFETY: the header lives as long as any handle to it.
        unsafe { self.header.as_ref() }
    }

    /// Whether two handles refer to the same tuple.
    pub fn ptr_eq(a: &RcTuple, b: &RcTuple) -> bool {
        a.header == b.header
    }

    /// The tuple's address (its identity).
    pub fn as_ptr(this: &RcTuple) -> *const () {
        this.header.as_ptr() as *const ()
    }

    /// The number of handles to the tuple.
    pub fn strong_count(this: &RcTuple) -> usize {
        this.header().strong.get()
    }
}

impl Deref for RcTuple {
    type Target = PyTuple;

    #[inline]
    fn deref(&self) -> &PyTuple {
        let len = self.header().len;
        // SAFETY: the `len` items after the header are initialised and live as long as the
        // handle; `PyTuple` is a `repr(C)` wrapper of `[Value]`, so the slice pointer's
        // metadata (its length) carries over unchanged.
        unsafe {
            let items = self
                .header
                .as_ptr()
                .cast::<u8>()
                .add(ITEMS_OFFSET)
                .cast::<Value>();
            &*(std::ptr::slice_from_raw_parts(items, len) as *const PyTuple)
        }
    }
}

impl Clone for RcTuple {
    #[inline]
    fn clone(&self) -> RcTuple {
        let strong = &self.header().strong;
        // Like `Rc`: a count that would overflow aborts rather than risk a use after free.
        let count = strong.get().wrapping_add(1);
        strong.set(count);
        if count == 0 {
            std::process::abort();
        }
        RcTuple {
            header: self.header,
        }
    }
}

impl Drop for RcTuple {
    #[inline]
    fn drop(&mut self) {
        let strong = &self.header().strong;
        let count = strong.get() - 1;
        strong.set(count);
        if count == 0 {
            self.free();
        }
    }
}

impl RcTuple {
    /// Drops the items and frees the allocation (the last handle is going away).
    #[inline(never)]
    fn free(&mut self) {
        let len = self.header().len;
        // SAFETY: no other handle exists (the count reached zero), so nothing can observe
        // the items while they are dropped or the block after it is freed; the layout is
        // the one it was allocated with. An item's drop cannot reach this tuple again: no
        // handle to it is left.
        unsafe {
            let block = self.header.as_ptr().cast::<u8>();
            let items = block.add(ITEMS_OFFSET).cast::<Value>();
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, len));
            dealloc(block, layout(len));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_shared_and_freed_once() {
        let inner = Value::str("shared");
        let tuple = RcTuple::new(vec![Value::Int(1), inner.clone(), Value::None]);
        assert_eq!(tuple.len(), 3);
        let copy = tuple.clone();
        assert!(RcTuple::ptr_eq(&tuple, &copy));
        assert_eq!(RcTuple::strong_count(&tuple), 2);
        drop(copy);
        assert!(matches!(tuple.items[0], Value::Int(1)));
        let Value::Str(text) = &inner else {
            unreachable!()
        };
        assert_eq!(std::rc::Rc::strong_count(text), 2);
        drop(tuple);
        assert_eq!(std::rc::Rc::strong_count(text), 1);
        let empty = RcTuple::from_slice(&[]);
        assert!(empty.is_empty());
    }
}
