//! `set` and `frozenset`: a port of CPython 3.11's open-addressing set table (linear probes
//! followed by perturbed probing, the same growth policy), so that iteration order — which
//! programs print — matches CPython for keys whose hashes match (ints, floats, tuples).
//!
//! The table never calls back into Python: equality is supplied by the caller, which must not
//! run code that could touch this table while it is borrowed.

use std::cell::{Cell, RefCell};

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot: unused (`Undefined`, hash 0), dummy (`Undefined`, hash -1) or active.
#[derive(Clone, Default)]
struct Slot {
    hash: i64,
    key: Value,
}

impl Slot {
    fn is_unused(&self) -> bool {
        self.key.is_undefined() && self.hash == 0
    }

    fn is_active(&self) -> bool {
        !self.key.is_undefined()
    }
}

/// The hash table behind a set.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

/// `count` unused slots. Written with `resize_with` rather than `vec![..; count]`, which
/// clones the first slot through `Value::clone` once per slot (a third of building a small
/// set showed there).
fn empty_slots(count: usize) -> Vec<Slot> {
    let mut slots = Vec::with_capacity(count);
    slots.resize_with(count, Slot::default);
    slots
}

impl Drop for SetTable {
    /// Releases the active keys only, stopping after the last one (as CPython's set
    /// deallocation does): the plain `Vec` drop visits every slot, most of them unused.
    fn drop(&mut self) {
        let mut remaining = self.used;
        for slot in self.slots.iter_mut() {
            if remaining == 0 {
                break;
            }
            if slot.is_active() {
                remaining -= 1;
                if slot.key.is_heap() {
                    drop(std::mem::take(&mut slot.key));
                }
            }
        }
        // Every slot now holds an inline value (unused, dummy or inline keys): nothing is
        // left for the vector's own drop to release, so its per-slot visit is skipped.
        // SAFETY: truncating to 0 only forgets values; none of them own anything.
        unsafe { self.slots.set_len(0) };
    }
}

/// Moves `key` into `slot`, which holds `Undefined` (an unused or dummy slot), word by word:
/// a key made just before (`Value::Int(n)`) sits on the stack as separate 8-byte stores,
/// and the whole-value move reloaded it with one 16-byte load, a store-forwarding stall
/// that was the costliest instruction of building a set of ints.
#[inline(always)]
fn store_over_undefined(slot: &mut Value, key: Value) {
    const WORDS: usize = std::mem::size_of::<Value>() / std::mem::size_of::<u64>();
    const _: () = assert!(WORDS * std::mem::size_of::<u64>() == std::mem::size_of::<Value>());
    if !slot.is_undefined() {
        // Never happens (see above); kept safe anyway.
        *slot = key;
        return;
    }
    let key = std::mem::ManuallyDrop::new(key);
    let source = (&*key as *const Value).cast::<std::mem::MaybeUninit<u64>>();
    let target = (slot as *mut Value).cast::<std::mem::MaybeUninit<u64>>();
    for word in 0..WORDS {
        // SAFETY: both are valid, aligned 16-byte values; copying every word moves `key`
        // (forgotten above, so not dropped) over `Undefined`, which owns nothing.
        // `MaybeUninit` words carry padding; the volatile reads keep them separate loads.
        unsafe {
            target
                .add(word)
                .write(std::ptr::read_volatile(source.add(word)))
        };
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// Where a lookup ended.
enum Probe {
    Found(usize),
    /// Not present; the key would go into this slot.
    Absent(usize),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Finds `key`, or the slot an insertion would use (the first dummy seen, else the
    /// unused slot that ended the search).
    fn probe<E>(
        &self,
        hash: i64,
        eq: &mut impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut free_slot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.slots[j];
                if slot.is_unused() {
                    return Ok(Probe::Absent(free_slot.unwrap_or(j)));
                }
                if slot.hash == hash && slot.is_active() {
                    if eq(&slot.key)? {
                        return Ok(Probe::Found(j));
                    }
                } else if slot.hash == -1 && free_slot.is_none() && !slot.is_active() {
                    free_slot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Whether a key equal to the one described by `hash` and `eq` is present.
    pub fn contains<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.probe(hash, &mut eq)?, Probe::Found(_)))
    }

    /// Adds `key` unless an equal key is present; returns whether it was added.
    pub fn add<E>(
        &mut self,
        key: Value,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(hash, &mut eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Absent(index) => {
                let slot = &mut self.slots[index];
                let was_unused = slot.is_unused();
                // An unused or dummy slot holds `Undefined`: nothing to release (a plain
                // assignment called the value's drop).
                store_over_undefined(&mut slot.key, key);
                slot.hash = hash;
                self.used += 1;
                if was_unused {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        self.resize(self.growth_target());
                    }
                }
                Ok(true)
            }
        }
    }

    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Removes the key equal to the one described; returns it if it was present.
    pub fn discard<E>(
        &mut self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<Option<Value>, E> {
        match self.probe(hash, &mut eq)? {
            Probe::Found(index) => Ok(Some(self.take_slot(index))),
            Probe::Absent(_) => Ok(None),
        }
    }

    fn take_slot(&mut self, index: usize) -> Value {
        let slot = &mut self.slots[index];
        slot.hash = -1;
        self.used -= 1;
        std::mem::take(&mut slot.key)
    }

    /// Removes and returns an arbitrary element, in CPython's order.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !self.slots[index].is_active() {
            index += 1;
            if index > mask {
                index = 0;
            }
        }
        self.finger = index + 1;
        Some(self.take_slot(index))
    }

    /// Shrinks away dummies after bulk removal, as `difference_update` does.
    pub fn compact_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// Empties the table.
    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// Rebuilds the table with room for more than `min_used` keys.
    fn resize(&mut self, min_used: usize) {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(new_size));
        self.fill = self.used;
        for slot in old {
            if slot.is_active() {
                self.insert_clean(slot.key, slot.hash);
            }
        }
    }

    /// Inserts a key known to be absent into a table without dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if self.slots[i].key.is_undefined() {
                self.slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.slots[j].key.is_undefined() {
                        self.slots[j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Adds every key of `other` (CPython's `set_merge`, including its bulk-copy shortcuts
    /// that preserve the other table's layout).
    pub fn merge<E>(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(other.slots.iter()) {
                if theirs.is_active() {
                    *mine = theirs.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for slot in &other.slots {
                if slot.is_active() {
                    self.insert_clean(slot.key.clone(), slot.hash);
                }
            }
            return Ok(());
        }
        for slot in &other.slots {
            if slot.is_active() {
                let key = slot.key.clone();
                self.add(slot.key.clone(), slot.hash, |candidate| eq(candidate, &key))?;
            }
        }
        Ok(())
    }

    /// Grows the table once before `extra` insertions (CPython does this for dict sources).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// The active keys whose hash equals `hash` (see `DictTable::candidates`).
    pub fn candidates(&self, hash: i64) -> Vec<Value> {
        self.slots
            .iter()
            .filter(|slot| slot.is_active() && slot.hash == hash)
            .map(|slot| slot.key.clone())
            .collect()
    }

    /// The active keys with their hashes, in table order.
    pub fn entries(&self) -> impl Iterator<Item = (&Value, i64)> {
        self.slots
            .iter()
            .filter(|slot| slot.is_active())
            .map(|slot| (&slot.key, slot.hash))
    }

    /// The key at table position `position` or after it, with the position after it; used by
    /// iterators that must not hold a borrow between steps.
    pub fn next_from(&self, position: usize) -> Option<(Value, usize)> {
        (position..self.slots.len())
            .find(|&index| self.slots[index].is_active())
            .map(|index| (self.slots[index].key.clone(), index + 1))
    }

    /// CPython's frozenset hash, which depends on the table layout only through values that
    /// cancel out, so equal frozensets hash equally.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for slot in &self.slots {
            hash ^= shuffle(slot.hash as u64);
        }
        if (self.slots.len() - self.fill) & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (self.fill - self.used) & 1 == 1 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            590_923_713
        } else {
            hash as i64
        }
    }
}

/// A Python set or frozenset (the `Value` variant tells which).
pub struct PySet {
    pub table: RefCell<SetTable>,
    /// Cached frozenset hash (-1 until computed).
    pub hash: Cell<i64>,
}

impl PySet {
    pub fn new(table: SetTable) -> PySet {
        PySet {
            table: RefCell::new(table),
            hash: Cell::new(-1),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds the int `n` when each key its probe meets compares with it without Python code
    /// (always, but for an instance key sharing its hash): a set of ints built without the
    /// general hashing and key copies. False, with nothing changed, otherwise (or while the
    /// table is borrowed), for the general path to run.
    #[inline]
    pub fn insert_int(&self, n: i64) -> bool {
        let hash = crate::text::hash_int_i64(n);
        let Ok(mut table) = self.table.try_borrow_mut() else {
            return false;
        };
        table
            .add(Value::Int(n), hash, |candidate| match candidate {
                Value::Int(m) => Ok(*m == n),
                other => crate::runtime::compare::pure_equal(other, &Value::Int(n)).ok_or(()),
            })
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(key: i64) -> impl FnMut(&Value) -> Result<bool, ()> {
        move |candidate| Ok(matches!(candidate, Value::Int(k) if *k == key))
    }

    fn keys(table: &SetTable) -> Vec<i64> {
        table
            .entries()
            .map(|(key, _)| match key {
                Value::Int(k) => *k,
                _ => unreachable!(),
            })
            .collect()
    }

    fn build(items: &[i64]) -> SetTable {
        let mut table = SetTable::new();
        for &item in items {
            table.add(Value::Int(item), item, int_eq(item)).unwrap();
        }
        table
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // s = set(); [s.add(x) for x in [100, 5, 33, 8, 1, 64, 17]]; print(list(s)) in 3.11
        assert_eq!(
            keys(&build(&[100, 5, 33, 8, 1, 64, 17])),
            [64, 33, 1, 100, 5, 8, 17]
        );
        // the same with -1, -5, 3
        let minus_one_hash = -2; // hash(-1) == -2
        let mut table = SetTable::new();
        table
            .add(Value::Int(-1), minus_one_hash, int_eq(-1))
            .unwrap();
        table.add(Value::Int(-5), -5, int_eq(-5)).unwrap();
        table.add(Value::Int(3), 3, int_eq(3)).unwrap();
        assert_eq!(keys(&table), [3, -5, -1]);
    }

    #[test]
    fn large_sets_keep_cpython_order() {
        // adding range(0, 200, 7) one by one, then list(s)[:6], in CPython 3.11
        let items: Vec<i64> = (0..200).step_by(7).collect();
        let table = build(&items);
        assert_eq!(table.len(), items.len());
        assert_eq!(keys(&table)[..6], [0, 133, 7, 140, 14, 147]);
    }

    #[test]
    fn discard_and_pop() {
        let mut table = build(&[1, 2, 3]);
        assert!(table.discard(2, int_eq(2)).unwrap().is_some());
        assert!(table.discard(2, int_eq(2)).unwrap().is_none());
        assert_eq!(keys(&table), [1, 3]);
        assert!(matches!(table.pop(), Some(Value::Int(1))));
        assert!(matches!(table.pop(), Some(Value::Int(3))));
        assert!(table.pop().is_none());
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        // hash(frozenset({1, 2, 3})) in CPython 3.11 (64-bit)
        assert_eq!(build(&[1, 2, 3]).frozenset_hash(), -272_375_401_224_217_160);
        // hash(frozenset())
        assert_eq!(SetTable::new().frozenset_hash(), 133_146_708_735_736);
    }
}
