//! The process's global allocator: size-class pools for the interpreter thread's small
//! blocks, the system allocator for everything else.
//!
//! A running Python program allocates and frees small objects (instances, tuples, list and
//! dict headers, strings, generator frames) by the million. Through glibc each costs a
//! `malloc` of 50–200 instructions (a fresh block is split off the heap's top chunk) and a
//! `free` of about 100 plus later consolidation, and each block carries an 8-byte header.
//! CPython avoids this with its small-object allocator; this is ours, built the same way.
//!
//! How it works: a request of at most [`LARGEST_SMALL_BLOCK`] bytes with an alignment of at
//! most 16 is rounded up to its *size class* (a multiple of 8 bytes; of 16 for 16-aligned
//! requests). Each thread keeps a short list of recently freed blocks per class, served
//! first. On a miss the block comes from glibc (with the class's layout), except on the
//! interpreter's thread (see [`serve_this_thread`]) once it has taken
//! [`SYSTEM_BYTES_BEFORE_POOLS`] from glibc: then from pools. That thread reserves a large
//! range of address space and carves it into [`POOL_SIZE`] pools, each serving one class: from
//! the pool's free list, else from its never-used tail. Blocks have no header; the pool's
//! header sits at its start, found from a block by masking its address. A pool that empties
//! is reusable by any class; past [`EMPTY_POOLS_KEPT`] empty pools, its pages are given back
//! to the operating system (`MADV_DONTNEED`), so freeing a million strings lowers the
//! resident size instead of leaving glibc free chunks behind.
//!
//! Other threads (the LSP's, the test harness's) and large or over-aligned requests use the
//! system allocator. A block is freed by where it lies: inside the reserved range it is a
//! pool block, outside it a system block, whatever thread frees it. A pool block freed on
//! another thread than the interpreter's is pushed onto a lock-free list that the
//! interpreter's thread takes over the next time it needs a new pool.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, UnsafeCell};
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};

/// The size (and alignment) of a pool: the unit in which address space is handed to a size
/// class and in which empty memory is given back to the system.
const POOL_SIZE: usize = 64 * 1024;

/// The size-class step.
const GRANULE: usize = 8;

/// The number of size classes: 8, 16, … [`LARGEST_SMALL_BLOCK`] bytes.
const CLASSES: usize = 64;

/// The largest request served from pools.
const LARGEST_SMALL_BLOCK: usize = CLASSES * GRANULE;

/// The largest alignment served from pools: blocks of a class whose size is a multiple of 16
/// start 16-aligned (pools are aligned and the first block's offset is a multiple of 16).
const LARGEST_ALIGNMENT: usize = 16;

/// The address space reserved for pools. Only touched pages use memory; a program whose small
/// objects outgrow it gets further blocks from the system allocator.
const REGION_SIZE: usize = 8 << 30;

/// The most pools the region holds.
const MAX_POOLS: usize = REGION_SIZE / POOL_SIZE;

/// How many empty pools keep their pages; further empty pools give them back.
const EMPTY_POOLS_KEPT: usize = 32;

/// The most memory one class's list of recently freed blocks may hold.
const RECENT_BYTES_PER_CLASS: usize = 32 * 1024;

/// Per class, how many recently freed blocks its list may hold, computed at compile time (a
/// division by a class size known only at run time would cost every free a `div`).
const RECENT_CAPACITIES: [u32; CLASSES] = {
    let mut capacities = [0; CLASSES];
    let mut class = 0;
    while class < CLASSES {
        capacities[class] = (RECENT_BYTES_PER_CLASS / ((class + 1) * GRANULE)) as u32;
        class += 1;
    }
    capacities
};

/// Per class, a short list of the blocks freed last, in front of the pools (or, on threads
/// not served from pools, of the system allocator): a program that makes and drops a few
/// objects per loop iteration then recycles the same blocks at a few instructions each,
/// touching only them. Every listed block of a class is at least the class's size and
/// aligned as the class requires, whether it came from a pool or from the system (system
/// blocks of a class are obtained with the class's layout).
struct RecentFrees {
    heads: [Cell<*mut u8>; CLASSES],
    held: [Cell<u32>; CLASSES],
}

impl RecentFrees {
    const fn new() -> RecentFrees {
        RecentFrees {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            held: [const { Cell::new(0) }; CLASSES],
        }
    }

    /// The block of `class` freed last, or null.
    #[inline(always)]
    fn pop(&self, class: usize) -> *mut u8 {
        let head = self.heads[class].get();
        if !head.is_null() {
            // SAFETY: a listed block is ours, at least 8 bytes, and its first word holds the
            // next listed block (written by `push`).
            self.heads[class].set(unsafe { head.cast::<*mut u8>().read() });
            self.held[class].set(self.held[class].get() - 1);
        }
        head
    }

    /// Lists a freed block of `class`; false when the list is full.
    #[inline(always)]
    fn push(&self, block: *mut u8, class: usize) -> bool {
        let held = self.held[class].get();
        if held >= RECENT_CAPACITIES[class] {
            return false;
        }
        // SAFETY: the caller gave the block up; it is at least 8 bytes and 8-aligned.
        unsafe { block.cast::<*mut u8>().write(self.heads[class].get()) };
        self.heads[class].set(block);
        self.held[class].set(held + 1);
        true
    }
}

/// The offset of a pool's first block: its header, rounded up to 16.
const FIRST_BLOCK: usize = std::mem::size_of::<PoolHeader>().next_multiple_of(16);

/// The header at the start of every pool in use.
#[repr(C)]
struct PoolHeader {
    /// The first freed block (its first word links to the next), or null.
    free: *mut u8,
    /// The neighbours on the class's list of pools with room (`linked`), or on the list of
    /// empty pools (`next` only).
    next: *mut PoolHeader,
    prev: *mut PoolHeader,
    /// The offset of the first never-used block.
    fresh: u32,
    /// Blocks handed out and not yet freed.
    live: u32,
    block_size: u32,
    class: u32,
    /// Whether the pool is on its class's list of pools with room.
    linked: bool,
}

/// The pools of one address range, used by one thread at a time.
struct PoolHeap {
    /// The range `[base, end)` carved into pools; `next_unused` is the first pool never used.
    base: usize,
    end: usize,
    next_unused: usize,
    /// Per class, the pools with at least one free block (doubly linked).
    with_room: [*mut PoolHeader; CLASSES],
    /// Empty pools whose pages are resident (linked by `next`).
    empty: *mut PoolHeader,
    empty_count: usize,
    /// Empty pools whose pages were given back, as pool indices (a stack). An array rather
    /// than a list through the pools, which would touch one page of each again.
    released: [u32; MAX_POOLS],
    released_count: usize,
}

impl PoolHeap {
    const fn new() -> PoolHeap {
        PoolHeap {
            base: 0,
            end: 0,
            next_unused: 0,
            with_room: [ptr::null_mut(); CLASSES],
            empty: ptr::null_mut(),
            empty_count: 0,
            released: [0; MAX_POOLS],
            released_count: 0,
        }
    }

    /// Uses the pool-aligned part of `[start, start + len)`.
    fn adopt(&mut self, start: usize, len: usize) {
        self.base = start.next_multiple_of(POOL_SIZE);
        // At most `MAX_POOLS` pools, so that `released` can list them all.
        self.end = ((start + len) & !(POOL_SIZE - 1)).min(self.base + MAX_POOLS * POOL_SIZE);
        self.next_unused = self.base;
    }

    /// A block of `class`, or null when the region is exhausted.
    ///
    /// # Safety
    /// The heap's range is readable and writable memory used by no one else.
    ///
    /// Out of line, as is [`PoolHeap::free`]: the global allocator's fast path (the lists of
    /// recently freed blocks) then stays small enough to be inlined where a layout is a
    /// constant, which folds its size-class arithmetic away.
    #[inline(never)]
    unsafe fn alloc(&mut self, class: usize) -> *mut u8 {
        let mut pool = self.with_room[class];
        if pool.is_null() {
            pool = unsafe { self.new_pool(class) };
            if pool.is_null() {
                return ptr::null_mut();
            }
        }
        // SAFETY: a pool on a class list is a live pool header in our range.
        let header = unsafe { &mut *pool };
        let block = if !header.free.is_null() {
            let block = header.free;
            // SAFETY: a free block's first word links to the next free block.
            header.free = unsafe { block.cast::<*mut u8>().read() };
            block
        } else {
            let block = pool.cast::<u8>().wrapping_add(header.fresh as usize);
            header.fresh += header.block_size;
            block
        };
        header.live += 1;
        if header.free.is_null() && header.fresh as usize + header.block_size as usize > POOL_SIZE {
            // Full: off the list until a block comes back.
            unsafe { self.unlink(pool) };
        }
        block
    }

    /// Gives back a block obtained from [`PoolHeap::alloc`].
    ///
    /// # Safety
    /// `block` was handed out by this heap and not freed since.
    #[inline(never)]
    unsafe fn free(&mut self, block: *mut u8) {
        let pool = (block as usize & !(POOL_SIZE - 1)) as *mut PoolHeader;
        // SAFETY: the block lies in a pool in use, whose header is at the pool's start.
        let header = unsafe { &mut *pool };
        // SAFETY: the block is ours again and at least 8 bytes (8-aligned) long.
        unsafe { block.cast::<*mut u8>().write(header.free) };
        header.free = block;
        header.live -= 1;
        if header.live == 0 {
            unsafe { self.retire(pool) };
        } else if !header.linked {
            unsafe { self.link(pool) };
        }
    }

    unsafe fn link(&mut self, pool: *mut PoolHeader) {
        let header = unsafe { &mut *pool };
        let head = self.with_room[header.class as usize];
        header.prev = ptr::null_mut();
        header.next = head;
        if !head.is_null() {
            unsafe { (*head).prev = pool };
        }
        self.with_room[header.class as usize] = pool;
        header.linked = true;
    }

    unsafe fn unlink(&mut self, pool: *mut PoolHeader) {
        let header = unsafe { &mut *pool };
        if header.prev.is_null() {
            self.with_room[header.class as usize] = header.next;
        } else {
            unsafe { (*header.prev).next = header.next };
        }
        if !header.next.is_null() {
            unsafe { (*header.next).prev = header.prev };
        }
        header.linked = false;
    }

    /// Takes an empty pool off its class list and keeps it for any class, or gives its pages
    /// back when enough empty pools are kept already.
    #[cold]
    unsafe fn retire(&mut self, pool: *mut PoolHeader) {
        if unsafe { (*pool).linked } {
            unsafe { self.unlink(pool) };
        }
        if self.empty_count < EMPTY_POOLS_KEPT {
            unsafe { (*pool).next = self.empty };
            self.empty = pool;
            self.empty_count += 1;
        } else {
            release_pages(pool.cast(), POOL_SIZE);
            self.released[self.released_count] = ((pool as usize - self.base) / POOL_SIZE) as u32;
            self.released_count += 1;
        }
    }

    /// A pool for `class`, put on its list: an empty one, else one whose pages were given
    /// back, else a never-used one; null when the range is used up.
    #[cold]
    #[inline(never)]
    unsafe fn new_pool(&mut self, class: usize) -> *mut PoolHeader {
        let pool = if !self.empty.is_null() {
            let pool = self.empty;
            self.empty = unsafe { (*pool).next };
            self.empty_count -= 1;
            pool
        } else if self.released_count > 0 {
            self.released_count -= 1;
            (self.base + self.released[self.released_count] as usize * POOL_SIZE) as *mut PoolHeader
        } else if self.next_unused < self.end {
            let pool = self.next_unused as *mut PoolHeader;
            self.next_unused += POOL_SIZE;
            pool
        } else {
            return ptr::null_mut();
        };
        let block_size = (class + 1) * GRANULE;
        // SAFETY: the pool is ours and unused; its header is plain memory.
        unsafe {
            pool.write(PoolHeader {
                free: ptr::null_mut(),
                next: ptr::null_mut(),
                prev: ptr::null_mut(),
                fresh: (FIRST_BLOCK + cache_colour(class)) as u32,
                live: 0,
                block_size: block_size as u32,
                class: class as u32,
                linked: false,
            });
            self.link(pool);
        }
        pool
    }
}

/// Where in its pool a class's first block starts, beyond the header: pools are 64 KiB
/// aligned, so without an offset the first (and most used) blocks of every class would share
/// their address bits below 4 KiB, competing for the same L1 cache sets and tripping the
/// processor's 4 KiB store-to-load aliasing checks. A multiple of 128 (keeps 16-alignment).
const fn cache_colour(class: usize) -> usize {
    (class * 5 % 16) * 128
}

/// Gives the pages of `[start, start + len)` back to the system; they read as zero when next
/// touched.
fn release_pages(start: *mut u8, len: usize) {
    // SAFETY: the range is part of our own anonymous mapping and holds no live data.
    unsafe { libc::madvise(start.cast(), len, libc::MADV_DONTNEED) };
}

/// The heap of the thread that claimed it.
struct ClaimedHeap(UnsafeCell<PoolHeap>);

// SAFETY: only the thread whose `SERVES_POOLS` is set touches the heap, and at most one thread
// ever sets it (`CLAIMED`).
unsafe impl Sync for ClaimedHeap {}

static HEAP: ClaimedHeap = ClaimedHeap(UnsafeCell::new(PoolHeap::new()));

/// Whether some thread has claimed the pools.
static CLAIMED: AtomicBool = AtomicBool::new(false);

/// The pool range, for telling pool blocks from system blocks on any thread: zero length until
/// claimed. A thread freeing a pool block learnt of the block through some synchronisation
/// with the interpreter's thread, which stored these before handing out any block.
static REGION_BASE: AtomicUsize = AtomicUsize::new(0);
static REGION_LEN: AtomicUsize = AtomicUsize::new(0);

/// Pool blocks freed on other threads, linked through their first words.
static REMOTE_FREES: AtomicPtr<u8> = AtomicPtr::new(ptr::null_mut());

thread_local! {
    // A `const` initialiser and no destructor: reading it never allocates and never fails,
    // which an allocator requires.
    static SERVES_POOLS: Cell<bool> = const { Cell::new(false) };
    static RECENT_FREES: RecentFrees = const { RecentFrees::new() };
}

/// Makes the calling thread the one served from pools, if no thread is yet and the address
/// space can be reserved; otherwise it keeps using the system allocator.
/// Returns whether it does.
pub fn serve_this_thread() -> bool {
    if CLAIMED
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_err()
    {
        return false;
    }
    let len = REGION_SIZE + POOL_SIZE;
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing affects no
    // existing memory. `MAP_NORESERVE`: only touched pages count against memory.
    let start = unsafe {
        libc::mmap(
            ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if start == libc::MAP_FAILED {
        return false;
    }
    // Small pages only: a huge page would make one touched block cost 2 MiB of resident
    // memory, and giving back a pool would split it.
    // SAFETY: advice on our own fresh mapping.
    unsafe { libc::madvise(start, len, libc::MADV_NOHUGEPAGE) };
    // SAFETY: `SERVES_POOLS` is not set on any thread yet, so nothing else touches the heap.
    let heap = unsafe { &mut *HEAP.0.get() };
    heap.adopt(start as usize, len);
    REGION_BASE.store(heap.base, Ordering::Release);
    REGION_LEN.store(heap.end - heap.base, Ordering::Release);
    SERVES_POOLS.with(|serves| serves.set(true));
    true
}

/// Whether `block` lies in the pool range.
#[inline(always)]
fn in_pool_range(block: *mut u8) -> bool {
    (block as usize).wrapping_sub(REGION_BASE.load(Ordering::Relaxed))
        < REGION_LEN.load(Ordering::Relaxed)
}

/// The size class of a request served from pools, or `None` for the system allocator.
#[inline(always)]
fn size_class(layout: Layout) -> Option<usize> {
    if layout.size() <= LARGEST_SMALL_BLOCK && layout.align() <= LARGEST_ALIGNMENT {
        // 16-aligned requests round to a multiple of 16, whose class's blocks are 16-aligned.
        // The alignment is a power of two: round with a mask (`next_multiple_of` with a step
        // known only at run time divides, which cost every allocation and free a `div`).
        let mask = layout.align().max(GRANULE) - 1;
        let rounded = (layout.size().max(1) + mask) & !mask;
        Some(rounded / GRANULE - 1)
    } else {
        None
    }
}

/// Whether this thread is the one served from pools.
#[inline(always)]
fn serves_pools() -> bool {
    SERVES_POOLS.with(Cell::get)
}

/// The pool heap.
///
/// # Safety
/// Only on the thread for which [`serves_pools`] holds.
#[inline(always)]
unsafe fn heap() -> &'static mut PoolHeap {
    unsafe { &mut *HEAP.0.get() }
}

/// Takes over the pool blocks other threads freed.
///
/// # Safety
/// Only on the thread for which [`serves_pools`] holds.
#[cold]
unsafe fn take_remote_frees() {
    let mut block = REMOTE_FREES.swap(ptr::null_mut(), Ordering::Acquire);
    while !block.is_null() {
        // SAFETY: the list links blocks through their first words; each is ours to free.
        let next = unsafe { block.cast::<*mut u8>().read() };
        unsafe { heap().free(block) };
        block = next;
    }
}

/// The layout with which a class's blocks are obtained from (and returned to) the system.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    let size = (class + 1) * GRANULE;
    // 16-aligned classes (multiples of 16) ask for 16; the size is non-zero and small.
    let align = if size.is_multiple_of(16) { 16 } else { GRANULE };
    // SAFETY: the size is non-zero and far below `isize::MAX`; the alignment a power of two.
    unsafe { Layout::from_size_align_unchecked(size, align) }
}

/// A block of `class` when this thread's list of recently freed blocks is empty: from the
/// pools on the thread they serve, else (or when they are used up) from the system.
#[inline(never)]
fn alloc_small_slow(class: usize) -> *mut u8 {
    if serves_pools() && pools_in_use(class) {
        // SAFETY: this is the thread served from pools.
        unsafe {
            // Blocks other threads freed are taken over when a class needs a new pool.
            if heap().with_room[class].is_null() && !REMOTE_FREES.load(Ordering::Relaxed).is_null()
            {
                take_remote_frees();
            }
            let block = heap().alloc(class);
            if !block.is_null() {
                return block;
            }
        }
    }
    // SAFETY: `class_layout` has a non-zero size.
    unsafe { System.alloc(class_layout(class)) }
}

/// How many bytes of small blocks the interpreter thread takes from the system before it
/// switches to pools. Programs with a small heap ran 5–15% slower on pools (method calls,
/// exceptions, closures: identical instruction counts and simulated cache misses, so
/// presumably the locality of glibc's one contiguous heap, where objects made together lie
/// together); programs with large heaps (string building, sorting tuples) ran 5–20% faster
/// and with less memory.
const SYSTEM_BYTES_BEFORE_POOLS: usize = 32 << 20;

/// Small-block bytes the interpreter thread took from the system so far (only that thread
/// touches it).
static SYSTEM_SMALL_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Whether the interpreter thread's small blocks now come from pools; counts the block about
/// to be taken from the system otherwise.
#[inline(always)]
fn pools_in_use(class: usize) -> bool {
    let taken = SYSTEM_SMALL_BYTES.load(Ordering::Relaxed);
    if taken >= SYSTEM_BYTES_BEFORE_POOLS {
        return true;
    }
    SYSTEM_SMALL_BYTES.store(taken + (class + 1) * GRANULE, Ordering::Relaxed);
    false
}

/// Gives back a block of `class` when this thread's list of recently freed blocks is full: to
/// its pool, or to the interpreter thread's list of remote frees, or to the system.
#[inline(never)]
fn free_small_slow(block: *mut u8, class: usize) {
    if in_pool_range(block) {
        if serves_pools() {
            // SAFETY: a pool block, given up by its user, on the thread served from pools.
            unsafe { heap().free(block) }
        } else {
            push_remote_free(block)
        }
    } else {
        // SAFETY: a system block of this class was obtained with the class's layout.
        unsafe { System.dealloc(block, class_layout(class)) }
    }
}

/// Hands a pool block freed on another thread to the interpreter's thread.
#[cold]
fn push_remote_free(block: *mut u8) {
    let mut head = REMOTE_FREES.load(Ordering::Relaxed);
    loop {
        // SAFETY: the block was given up by the caller and is at least 8 bytes.
        unsafe { block.cast::<*mut u8>().write(head) };
        match REMOTE_FREES.compare_exchange_weak(head, block, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => return,
            Err(current) => head = current,
        }
    }
}

/// The global allocator, installed in `main.rs`.
pub struct SmallObjectAllocator;

impl SmallObjectAllocator {
    #[inline(always)]
    fn alloc_small(&self, class: usize) -> *mut u8 {
        let recent = RECENT_FREES.with(|recent| recent.pop(class));
        if !recent.is_null() {
            return recent;
        }
        alloc_small_slow(class)
    }
}

// SAFETY: every block of a size class is at least the class's size and aligned as it
// requires (pool blocks by their pool's layout, system blocks by the class's layout), and is
// handed out once until freed; a small block is freed with a layout of its own class (the
// caller's contract, and `realloc` keeps a block only within its class), so the lists of
// recently freed blocks hold blocks of their class only. Pool state is touched only by the
// one thread that claimed it; other threads pass pool blocks back through an atomic list.
// Large or over-aligned blocks are the system allocator's throughout.
unsafe impl GlobalAlloc for SmallObjectAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match size_class(layout) {
            Some(class) => self.alloc_small(class),
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match size_class(layout) {
            Some(class) => {
                let block = self.alloc_small(class);
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
            Some(class) => {
                if !RECENT_FREES.with(|recent| recent.push(block, class)) {
                    free_small_slow(block, class)
                }
            }
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

    /// A heap over its own mapping of `pools` pools, unmapped when dropped.
    struct TestHeap {
        heap: Box<PoolHeap>,
        start: *mut libc::c_void,
        len: usize,
    }

    impl TestHeap {
        fn new(pools: usize) -> TestHeap {
            let len = (pools + 1) * POOL_SIZE;
            let start = unsafe {
                libc::mmap(
                    ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            assert_ne!(start, libc::MAP_FAILED);
            // Built in place: the heap is too large for a test thread's stack.
            let mut heap: Box<PoolHeap> = unsafe {
                let raw = std::alloc::alloc(Layout::new::<PoolHeap>()).cast::<PoolHeap>();
                assert!(!raw.is_null());
                raw.write_bytes(0, 1);
                Box::from_raw(raw)
            };
            heap.adopt(start as usize, len);
            // Exactly `pools` pools, however the mapping happens to be aligned.
            heap.end = heap.base + pools * POOL_SIZE;
            TestHeap { heap, start, len }
        }

        fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
            let class = size_class(layout(size, align)).unwrap();
            unsafe { self.heap.alloc(class) }
        }

        fn free(&mut self, block: *mut u8) {
            unsafe { self.heap.free(block) }
        }

        fn pools_in_use(&self) -> usize {
            (self.heap.next_unused - self.heap.base) / POOL_SIZE
                - self.heap.empty_count
                - self.heap.released_count
        }
    }

    impl Drop for TestHeap {
        fn drop(&mut self) {
            unsafe { libc::munmap(self.start, self.len) };
        }
    }

    #[test]
    fn size_classes_round_up_to_eight_or_to_the_alignment() {
        assert_eq!(size_class(layout(0, 1)), Some(0));
        assert_eq!(size_class(layout(1, 1)), Some(0));
        assert_eq!(size_class(layout(8, 8)), Some(0));
        assert_eq!(size_class(layout(9, 8)), Some(1));
        assert_eq!(size_class(layout(56, 8)), Some(6));
        assert_eq!(size_class(layout(8, 16)), Some(1));
        assert_eq!(size_class(layout(40, 16)), Some(5));
        assert_eq!(size_class(layout(512, 8)), Some(63));
        assert_eq!(size_class(layout(513, 8)), None);
        assert_eq!(size_class(layout(32, 32)), None);
    }

    #[test]
    fn blocks_are_distinct_aligned_and_keep_their_contents() {
        let mut heap = TestHeap::new(64);
        let mut blocks = Vec::new();
        for round in 0..3 {
            for size in 1..=LARGEST_SMALL_BLOCK {
                let align = if size % 3 == 0 { 16 } else { 8 };
                let block = heap.alloc(size, align);
                assert!(!block.is_null());
                assert_eq!(block as usize % align, 0, "size {size} align {align}");
                unsafe { ptr::write_bytes(block, (size % 251) as u8, size) };
                blocks.push((block, size));
            }
            // Free every other block so that the next round reuses them.
            let mut kept = Vec::new();
            for (index, (block, size)) in blocks.drain(..).enumerate() {
                let contents = unsafe { std::slice::from_raw_parts(block, size) };
                assert!(contents.iter().all(|&byte| byte == (size % 251) as u8));
                if (index + round) % 2 == 0 {
                    heap.free(block);
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
        for (block, _) in blocks {
            heap.free(block);
        }
        assert_eq!(heap.pools_in_use(), 0);
    }

    #[test]
    fn freed_blocks_are_reused_first() {
        let mut heap = TestHeap::new(4);
        let first = heap.alloc(30, 8);
        let second = heap.alloc(30, 8);
        heap.free(first);
        assert_eq!(heap.alloc(32, 8), first);
        heap.free(second);
        heap.free(first);
    }

    #[test]
    fn empty_pools_serve_other_classes_and_pages_go_back_past_the_cap() {
        let pools = EMPTY_POOLS_KEPT + 8;
        let mut heap = TestHeap::new(pools);
        // Fill every pool with 56-byte blocks, then free them all.
        let mut blocks = Vec::new();
        loop {
            let block = heap.alloc(56, 8);
            if block.is_null() {
                break;
            }
            unsafe { ptr::write_bytes(block, 0xAB, 56) };
            blocks.push(block);
        }
        assert_eq!(heap.pools_in_use(), pools);
        for block in blocks.drain(..) {
            heap.free(block);
        }
        assert_eq!(heap.pools_in_use(), 0);
        assert_eq!(heap.heap.empty_count, EMPTY_POOLS_KEPT);
        assert_eq!(heap.heap.released_count, pools - EMPTY_POOLS_KEPT);
        // The whole range is usable again, by another class, including the released pools.
        loop {
            let block = heap.alloc(200, 16);
            if block.is_null() {
                break;
            }
            assert_eq!(block as usize % 16, 0);
            unsafe { ptr::write_bytes(block, 0xCD, 200) };
            blocks.push(block);
        }
        assert_eq!(heap.pools_in_use(), pools);
        // 200 bytes 16-aligned round up to the 208-byte class.
        let per_pool = (POOL_SIZE - FIRST_BLOCK - cache_colour(25)) / 208;
        assert_eq!(blocks.len(), pools * per_pool);
        for block in blocks {
            heap.free(block);
        }
    }

    #[test]
    fn a_full_pool_rejoins_its_list_when_a_block_comes_back() {
        let mut heap = TestHeap::new(2);
        let per_pool = (POOL_SIZE - FIRST_BLOCK - cache_colour(63)) / 512;
        let blocks: Vec<*mut u8> = (0..per_pool).map(|_| heap.alloc(512, 8)).collect();
        assert!(
            heap.heap.with_room[63].is_null(),
            "a full pool left on its list"
        );
        heap.free(blocks[3]);
        assert_eq!(heap.alloc(512, 8), blocks[3]);
        // The next block comes from a second pool.
        let other = heap.alloc(512, 8);
        assert_eq!(heap.pools_in_use(), 2);
        heap.free(other);
        for block in blocks {
            heap.free(block);
        }
        assert_eq!(heap.pools_in_use(), 0);
    }

    /// Grows and shrinks a block through every path (pool classes, into and out of system
    /// blocks), checking its contents, then checks a zeroed block.
    fn exercise_realloc(allocator: &SmallObjectAllocator) {
        unsafe {
            let mut block = allocator.alloc(layout(8, 8));
            for index in 0..8 {
                block.add(index).write(index as u8);
            }
            let mut size = 8;
            for new_size in [12, 16, 24, 100, 512, 513, 4096, 1 << 20, 300, 40, 8] {
                block = allocator.realloc(block, layout(size, 8), new_size);
                assert!(!block.is_null());
                for index in 0..8 {
                    assert_eq!(block.add(index).read(), index as u8);
                }
                size = new_size;
            }
            allocator.dealloc(block, layout(size, 8));
            let dirty = allocator.alloc(layout(64, 8));
            ptr::write_bytes(dirty, 0xAB, 64);
            allocator.dealloc(dirty, layout(64, 8));
            let zeroed = allocator.alloc_zeroed(layout(64, 8));
            assert!(
                std::slice::from_raw_parts(zeroed, 64)
                    .iter()
                    .all(|&byte| byte == 0)
            );
            allocator.dealloc(zeroed, layout(64, 8));
        }
    }

    #[test]
    fn threads_not_served_from_pools_use_the_system_allocator() {
        exercise_realloc(&SmallObjectAllocator);
    }

    /// The only test that claims the pools (a process claims them once).
    #[test]
    fn the_serving_thread_recycles_blocks_and_takes_back_other_threads_frees() {
        std::thread::spawn(|| {
            assert!(serve_this_thread());
            // As if the program had already taken its share of small blocks from the system.
            SYSTEM_SMALL_BYTES.store(SYSTEM_BYTES_BEFORE_POOLS, Ordering::Relaxed);
            let allocator = SmallObjectAllocator;
            exercise_realloc(&allocator);
            unsafe {
                // The block freed last comes back first.
                let first = allocator.alloc(layout(56, 8));
                assert!(in_pool_range(first));
                allocator.dealloc(first, layout(56, 8));
                assert_eq!(allocator.alloc(layout(56, 8)), first);
                allocator.dealloc(first, layout(56, 8));
                // 16-aligned requests get 16-aligned blocks, recycled or not.
                let aligned: Vec<*mut u8> =
                    (0..2000).map(|_| allocator.alloc(layout(40, 16))).collect();
                for &block in &aligned {
                    assert_eq!(block as usize % 16, 0);
                    allocator.dealloc(block, layout(40, 16));
                }
                for _ in 0..2000 {
                    let block = allocator.alloc(layout(40, 16));
                    assert_eq!(block as usize % 16, 0);
                }
                // Large blocks come from the system.
                let large = allocator.alloc(layout(4096, 8));
                assert!(!in_pool_range(large));
                allocator.dealloc(large, layout(4096, 8));
            }
            let values: Vec<Box<[u8; 40]>> = (0..5000).map(|i| Box::new([i as u8; 40])).collect();
            // Freed on another thread: queued for this one, which takes them back when a
            // class needs a new pool.
            std::thread::spawn(move || drop(values)).join().unwrap();
            assert!(!REMOTE_FREES.load(Ordering::Relaxed).is_null());
            let again: Vec<Box<[u8; 40]>> = (0..20000).map(|i| Box::new([i as u8; 40])).collect();
            assert!(again.iter().enumerate().all(|(i, b)| b[39] == i as u8));
            assert!(REMOTE_FREES.load(Ordering::Relaxed).is_null());
        })
        .join()
        .unwrap();
    }
}
