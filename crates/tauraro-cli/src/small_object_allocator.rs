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
//! most [`GRANULE`] is rounded up to its *size class*: 24, 40, 56, … bytes, the usable sizes
//! of glibc's chunks. Freed blocks of a class go onto that class's singly linked free list
//! (the link lives in the block's first word) and the next request of the class pops one.
//! When the list is empty, the block is carved from the class's current chunk, a
//! [`CHUNK_BYTES`] block obtained from the system, at a stride of the class size plus 8
//! (so blocks are 16-aligned and take what glibc's chunk would). Everything else (large or
//! over-aligned blocks) goes straight to the system allocator.
//!
//! Why chunks: programs build big structures (a list of a million strings) whose objects
//! all stay alive, so the free lists are empty while they grow, and each new block cost a
//! trip through glibc's `malloc` (about 60 instructions) and, when the structure died, its
//! `free` and consolidation (about 150 more); carving and pushing cost a few instructions.
//! The price: small blocks never go back to the system or to another class. A thread's
//! memory for small objects is the peak each class reached, as with CPython's allocator,
//! whose pools also stay with the process.

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

/// The bytes of each chunk new blocks are carved from.
const CHUNK_BYTES: usize = 16 * 1024;

/// One thread's free lists, and the chunk each class carves new blocks from.
struct FreeLists {
    /// The first free block of each class, or null.
    heads: [Cell<*mut u8>; CLASSES],
    /// The next uncarved byte of each class's current chunk (null before its first chunk).
    carve: [Cell<*mut u8>; CLASSES],
    /// The end of each class's current chunk.
    carve_end: [Cell<*mut u8>; CLASSES],
}

impl FreeLists {
    const fn new() -> FreeLists {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            carve: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            carve_end: [const { Cell::new(ptr::null_mut()) }; CLASSES],
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

/// The usable size of a class's blocks.
const fn class_size(class: usize) -> usize {
    SMALLEST_CLASS_SIZE + class * GRANULE
}

/// The distance between a class's blocks in a chunk: its size plus 8, a multiple of 16, so
/// that every block of a 16-aligned chunk is 16-aligned.
const fn class_stride(class: usize) -> usize {
    class_size(class) + 8
}

impl SmallObjectAllocator {
    /// Pops a block of `class` from this thread's free list, or carves a new one.
    #[inline(always)]
    unsafe fn alloc_small(&self, class: usize) -> *mut u8 {
        FREE_LISTS.with(|lists| {
            let head = lists.heads[class].get();
            if !head.is_null() {
                // SAFETY: a block on the list is at least 16 bytes, 16-aligned, owned by the
                // list, and its first word holds the next block (written by `dealloc_small`).
                let next = unsafe { head.cast::<*mut u8>().read() };
                lists.heads[class].set(next);
                return head;
            }
            let carve = lists.carve[class].get();
            let stride = class_stride(class);
            // Compared as addresses: both are null before the class's first chunk.
            if (lists.carve_end[class].get() as usize) - (carve as usize) >= stride {
                // SAFETY: `carve..carve_end` is an uncarved stretch of a live chunk, and
                // `stride` bytes of it remain.
                lists.carve[class].set(unsafe { carve.add(stride) });
                return carve;
            }
            new_chunk(lists, class)
        })
    }

    /// Pushes a block of `class` onto this thread's free list.
    #[inline(always)]
    unsafe fn dealloc_small(&self, block: *mut u8, class: usize) {
        FREE_LISTS.with(|lists| {
            // SAFETY: the block is ours now (the caller gave it up), at least 16 bytes and
            // 16-aligned, so its first word can hold the link.
            unsafe { block.cast::<*mut u8>().write(lists.heads[class].get()) };
            lists.heads[class].set(block);
        });
    }
}

/// Gets a fresh chunk for `class` from the system and carves its first block, or returns
/// null when the system is out of memory. The rest of the old chunk (less than one block)
/// is abandoned.
#[cold]
#[inline(never)]
fn new_chunk(lists: &FreeLists, class: usize) -> *mut u8 {
    // SAFETY: the layout has a non-zero size and a power-of-two alignment.
    let chunk = unsafe { System.alloc(Layout::from_size_align_unchecked(CHUNK_BYTES, GRANULE)) };
    if chunk.is_null() {
        return chunk;
    }
    // SAFETY: the chunk is `CHUNK_BYTES` long, and every stride is smaller than that.
    unsafe {
        lists.carve[class].set(chunk.add(class_stride(class)));
        lists.carve_end[class].set(chunk.add(CHUNK_BYTES));
    }
    chunk
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
    fn carved_blocks_are_aligned_distinct_and_span_chunks() {
        let allocator = SmallObjectAllocator;
        for size in [8, 24, 56, 100, LARGEST_SMALL_BLOCK] {
            let class = size_class(layout(size, 8)).unwrap();
            // Enough blocks to need several chunks.
            let count = 3 * CHUNK_BYTES / class_stride(class);
            let blocks: Vec<*mut u8> = (0..count)
                .map(|index| unsafe {
                    let block = allocator.alloc(layout(size, 16));
                    assert!(!block.is_null());
                    assert_eq!(block as usize % 16, 0);
                    ptr::write_bytes(block, index as u8, size);
                    block
                })
                .collect();
            for (index, &block) in blocks.iter().enumerate() {
                let contents = unsafe { std::slice::from_raw_parts(block, size) };
                assert!(contents.iter().all(|&byte| byte == index as u8));
            }
            let mut starts: Vec<usize> = blocks.iter().map(|&block| block as usize).collect();
            starts.sort_unstable();
            starts.dedup();
            assert_eq!(starts.len(), count, "a block was handed out twice");
            for &block in &blocks {
                unsafe { allocator.dealloc(block, layout(size, 16)) };
            }
        }
    }
}
