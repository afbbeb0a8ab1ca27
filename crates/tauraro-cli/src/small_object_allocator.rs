//! The process's global allocator: per-thread free lists of small blocks in front of the
//! system allocator.
//!
//! A running Python program allocates and frees small objects (instances, tuples, list and
//! dict headers, strings, generator frames) by the million. glibc's malloc keeps only seven
//! freed blocks per size in its per-thread cache; past that a `free` takes its general path,
//! which callgrind measures at about 100 instructions (malloc and free together were 10–18% of
//! the object benchmarks). CPython avoids this with its own small-object allocator and per-type
//! free lists; this is ours, kept deliberately small.
//!
//! How it works: a request of at most [`LARGEST_SMALL_BLOCK`] bytes with an alignment of at
//! most [`GRANULE`] is rounded up to its *size class*: 24, 40, 56, … bytes, the usable sizes of glibc's chunks. Freed blocks
//! of a class go onto that class's singly linked free list (the link lives in the block's first
//! word) and the next request of the class pops one. Each list holds at most
//! [`CACHED_BYTES_PER_CLASS`] bytes; past that, blocks go back to the system allocator, so a
//! program that frees a million objects at once does not keep them all. Everything else
//! (large or over-aligned blocks) goes straight to the system allocator.
//!
//! What it is not: an arena or size-segregated heap. Blocks still come from (and, past the cap,
//! return to) `malloc`, with the class size as their layout size, so memory held by the free
//! lists is bounded by `CLASSES * CACHED_BYTES_PER_CLASS` per thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// The size-class step, and the largest alignment served from the free lists: glibc's `malloc`
/// returns 16-byte-aligned blocks.
const GRANULE: usize = 16;

/// The number of size classes.
const CLASSES: usize = 16;

/// The usable size of the smallest class. glibc hands out chunks of 16·k bytes with an 8-byte
/// header, so the usable sizes are 24, 40, 56, …: classes of those sizes never ask glibc for
/// a bigger chunk than the request itself would get (rounding a 24-byte request up to 32
/// would cost a 48-byte chunk).
const SMALLEST_CLASS_SIZE: usize = 24;

/// The largest request served from the free lists (264 bytes).
const LARGEST_SMALL_BLOCK: usize = SMALLEST_CLASS_SIZE + (CLASSES - 1) * GRANULE;

/// The most memory one class's free list may hold.
const CACHED_BYTES_PER_CLASS: usize = 128 * 1024;

/// One thread's free lists.
struct FreeLists {
    /// The first free block of each class, or null.
    heads: [Cell<*mut u8>; CLASSES],
    /// How many blocks each class's list holds.
    held: [Cell<u32>; CLASSES],
}

impl FreeLists {
    const fn new() -> FreeLists {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            held: [const { Cell::new(0) }; CLASSES],
        }
    }
}

thread_local! {
    // A `const` initialiser and no destructor: accessing it never allocates and never fails,
    // which an allocator requires.
    static FREE_LISTS: FreeLists = const { FreeLists::new() };
}

/// The free-list allocator, installed as the global allocator in `main.rs`.
pub struct SmallObjectAllocator;

/// The size class (index into the free lists) of a layout served from them, or `None` for a
/// layout that goes to the system allocator.
#[inline(always)]
fn size_class(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST_SMALL_BLOCK && layout.align() <= GRANULE {
        // 1..=24 bytes: class 0; 25..=40: class 1; and so on.
        let beyond_smallest = layout.size().saturating_sub(SMALLEST_CLASS_SIZE);
        Some(beyond_smallest.div_ceil(GRANULE))
    } else {
        None
    }
}

/// The layout with which a class's blocks are obtained from (and returned to) the system.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is non-zero and far below `isize::MAX`, and 16 is a power of two.
    unsafe { Layout::from_size_align_unchecked(class_size(class), GRANULE) }
}

/// The usable size of a class's blocks.
const fn class_size(class: usize) -> usize {
    SMALLEST_CLASS_SIZE + class * GRANULE
}

/// The number of blocks of a class its free list may hold.
const fn class_capacity(class: usize) -> u32 {
    (CACHED_BYTES_PER_CLASS / class_size(class)) as u32
}

/// `class_capacity` of every class, computed at compile time: `dealloc` reads it rather than
/// divide (a class known only at run time made every free of a `Vec` buffer pay a `div`).
const CLASS_CAPACITIES: [u32; CLASSES] = {
    let mut capacities = [0; CLASSES];
    let mut class = 0;
    while class < CLASSES {
        capacities[class] = class_capacity(class);
        class += 1;
    }
    capacities
};

impl SmallObjectAllocator {
    /// Pops a block of `class` from this thread's free list, or gets a new one from the system.
    #[inline(always)]
    unsafe fn alloc_small(&self, class: usize) -> *mut u8 {
        let cached = FREE_LISTS.with(|lists| {
            let head = lists.heads[class].get();
            if !head.is_null() {
                // SAFETY: a block on the list is at least 16 bytes, 16-aligned, owned by the
                // list, and its first word holds the next block (written by `dealloc_small`).
                let next = unsafe { head.cast::<*mut u8>().read() };
                lists.heads[class].set(next);
                lists.held[class].set(lists.held[class].get() - 1);
            }
            head
        });
        if !cached.is_null() {
            return cached;
        }
        // SAFETY: `class_layout` has a non-zero size.
        unsafe { System.alloc(class_layout(class)) }
    }

    /// Pushes a block of `class` onto this thread's free list, or returns it to the system when
    /// the list is full.
    #[inline(always)]
    unsafe fn dealloc_small(&self, block: *mut u8, class: usize) {
        let kept = FREE_LISTS.with(|lists| {
            let held = lists.held[class].get();
            if held >= CLASS_CAPACITIES[class] {
                return false;
            }
            // SAFETY: the block is ours now (the caller gave it up), at least 16 bytes and
            // 16-aligned, so its first word can hold the link.
            unsafe { block.cast::<*mut u8>().write(lists.heads[class].get()) };
            lists.heads[class].set(block);
            lists.held[class].set(held + 1);
            true
        });
        if !kept {
            // SAFETY: the block was obtained from the system with this class's layout.
            unsafe { System.dealloc(block, class_layout(class)) }
        }
    }
}

// SAFETY: every block handed out is either a system block of the requested layout or a block of
// the request's size class, which is at least as large and aligned to 16 ≥ the requested
// alignment; a block is on at most one free list and is never handed out twice, because a
// free list only receives blocks given up by `dealloc`/`realloc`. Free lists are per thread, so
// no synchronisation is needed; a block freed on another thread than the one that allocated it
// simply joins the freeing thread's list, which is sound because blocks are plain memory.
unsafe impl GlobalAlloc for SmallObjectAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match size_class(layout) {
            Some(class) => unsafe { self.alloc_small(class) },
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match size_class(layout) {
            Some(class) => {
                let block = unsafe { self.alloc_small(class) };
                if !block.is_null() {
                    // SAFETY: the block has at least `layout.size()` bytes.
                    unsafe { ptr::write_bytes(block, 0, layout.size()) };
                }
                block
            }
            // `calloc` gets large zeroed blocks from fresh pages without writing them.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match size_class(layout) {
            Some(class) => unsafe { self.dealloc_small(block, class) },
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the layout): the caller guarantees `new_size` with this alignment is a
        // valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (size_class(layout), size_class(new_layout)) {
            // Both large: the system can grow the block in place.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            // The same class: the block already has room.
            (Some(old), Some(new)) if old == new => block,
            // Across the small/large boundary or between classes: move the contents.
            _ => {
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: both blocks are valid for the smaller of the two sizes and are
                    // distinct allocations.
                    unsafe {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn size_classes_round_up_to_the_granule() {
        assert_eq!(size_class(layout(1, 1)), Some(0));
        assert_eq!(size_class(layout(24, 8)), Some(0));
        assert_eq!(size_class(layout(25, 8)), Some(1));
        assert_eq!(size_class(layout(40, 16)), Some(1));
        assert_eq!(size_class(layout(41, 8)), Some(2));
        assert_eq!(size_class(layout(264, 16)), Some(15));
        assert_eq!(size_class(layout(265, 8)), None);
        assert_eq!(size_class(layout(32, 32)), None);
        for class in 0..CLASSES {
            assert_eq!(size_class(layout(class_size(class), 8)), Some(class));
        }
    }

    #[test]
    fn freed_blocks_are_reused_for_the_same_class() {
        let allocator = SmallObjectAllocator;
        unsafe {
            let first = allocator.alloc(layout(30, 8));
            allocator.dealloc(first, layout(30, 8));
            // 25..40 bytes share the class; the freed block comes back.
            let second = allocator.alloc(layout(40, 16));
            assert_eq!(first, second);
            allocator.dealloc(second, layout(40, 16));
        }
    }

    #[test]
    fn live_blocks_are_distinct_aligned_and_keep_their_contents() {
        let allocator = SmallObjectAllocator;
        let mut blocks = Vec::new();
        for round in 0..3 {
            for size in 1..=300usize {
                let block = unsafe { allocator.alloc(layout(size, 8)) };
                assert!(!block.is_null());
                assert_eq!(block as usize % 8, 0);
                unsafe { ptr::write_bytes(block, (size % 251) as u8, size) };
                blocks.push((block, size));
            }
            // Free every other block so that the next round reuses them.
            let mut kept = Vec::new();
            for (index, (block, size)) in blocks.drain(..).enumerate() {
                let contents = unsafe { std::slice::from_raw_parts(block, size) };
                assert!(contents.iter().all(|&byte| byte == (size % 251) as u8));
                if (index + round) % 2 == 0 {
                    unsafe { allocator.dealloc(block, layout(size, 8)) };
                } else {
                    kept.push((block, size));
                }
            }
            blocks = kept;
        }
        let mut starts: Vec<usize> = blocks.iter().map(|&(block, _)| block as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        assert_eq!(starts.len(), blocks.len(), "a block was handed out twice");
        for (block, size) in blocks {
            unsafe { allocator.dealloc(block, layout(size, 8)) };
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes_and_into_large_blocks() {
        let allocator = SmallObjectAllocator;
        unsafe {
            let mut block = allocator.alloc(layout(8, 8));
            for index in 0..8 {
                block.add(index).write(index as u8);
            }
            let mut size = 8;
            for new_size in [12, 24, 100, 264, 265, 4096, 200, 8] {
                block = allocator.realloc(block, layout(size, 8), new_size);
                assert!(!block.is_null());
                for index in 0..8 {
                    assert_eq!(block.add(index).read(), index as u8);
                }
                size = new_size;
            }
            allocator.dealloc(block, layout(size, 8));
        }
    }

    #[test]
    fn zeroed_blocks_are_zero_even_when_reused() {
        let allocator = SmallObjectAllocator;
        unsafe {
            let dirty = allocator.alloc(layout(64, 8));
            ptr::write_bytes(dirty, 0xAB, 64);
            allocator.dealloc(dirty, layout(64, 8));
            let clean = allocator.alloc_zeroed(layout(64, 8));
            assert!(
                std::slice::from_raw_parts(clean, 64)
                    .iter()
                    .all(|&byte| byte == 0)
            );
            allocator.dealloc(clean, layout(64, 8));
        }
    }

    #[test]
    fn a_full_free_list_returns_blocks_to_the_system() {
        let allocator = SmallObjectAllocator;
        let class = size_class(layout(LARGEST_SMALL_BLOCK, 8)).unwrap();
        let count = class_capacity(class) as usize + 50;
        let blocks: Vec<*mut u8> = (0..count)
            .map(|_| unsafe { allocator.alloc(layout(LARGEST_SMALL_BLOCK, 8)) })
            .collect();
        for &block in &blocks {
            unsafe { allocator.dealloc(block, layout(LARGEST_SMALL_BLOCK, 8)) };
        }
        let held = FREE_LISTS.with(|lists| {
            let mut held = 0;
            let mut cursor = lists.heads[class].get();
            while !cursor.is_null() {
                held += 1;
                cursor = unsafe { cursor.cast::<*mut u8>().read() };
            }
            held
        });
        assert_eq!(held, class_capacity(class) as usize);
    }
}
