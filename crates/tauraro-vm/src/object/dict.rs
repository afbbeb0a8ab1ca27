//! `dict`: an insertion-ordered hash table, laid out like CPython's compact dict — a dense
//! entry vector in insertion order plus an index table (hashbrown's raw `HashTable`) that maps
//! hashes to entry positions. Tables of up to [`SMALL`] entries (most instance dicts and
//! keyword-argument dicts) have no index: a lookup scans the entries' hashes, which is as fast
//! as probing and saves the index's allocation.
//!
//! Equality is supplied by the caller; the table itself never runs Python code.

use std::cell::RefCell;

use hashbrown::HashTable;

use crate::value::Value;

/// One key/value pair; a removed entry keeps its place with an `Undefined` key until the next
/// compaction, so positions held by iterators stay meaningful.
#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The most entry positions a table keeps without an index.
const SMALL: usize = 8;

/// The table behind a dict (also used for class namespaces and keyword arguments).
#[derive(Clone, Default)]
pub struct DictTable {
    /// Maps hashes to entry positions; empty and unused while `indexed` is false.
    index: HashTable<u32>,
    entries: Vec<DictEntry>,
    len: usize,
    /// Whether `index` is maintained: set once the entries outgrow [`SMALL`].
    indexed: bool,
    /// Every position before this one is dead: iteration starts here, so a dict used as a
    /// FIFO (`del d[next(iter(d))]`, `lru_cache`, `OrderedDict.popitem(last=False)`) does
    /// not rescan the dead prefix on each step.
    first_live: usize,
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(capacity: usize) -> DictTable {
        let indexed = capacity > SMALL;
        DictTable {
            index: if indexed {
                HashTable::with_capacity(capacity)
            } else {
                HashTable::new()
            },
            entries: Vec::with_capacity(capacity),
            len: 0,
            indexed,
            first_live: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the position of the entry whose key satisfies `eq`, among those with `hash`.
    pub fn find<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if !self.indexed {
            for (position, entry) in self.entries.iter().enumerate() {
                if entry.hash == hash && !entry.key.is_undefined() && eq(&entry.key)? {
                    return Ok(Some(position));
                }
            }
            return Ok(None);
        }
        let mut failure = None;
        let found = self.index.find(hash as u64, |&position| {
            if failure.is_some() {
                return false;
            }
            let entry = &self.entries[position as usize];
            if entry.hash != hash {
                return false;
            }
            match eq(&entry.key) {
                Ok(equal) => equal,
                Err(err) => {
                    failure = Some(err);
                    false
                }
            }
        });
        match failure {
            Some(err) => Err(err),
            None => Ok(found.map(|&position| position as usize)),
        }
    }

    /// The live positions whose hash equals `hash` (for lookups whose equality may run Python
    /// code and so must happen outside any borrow of the table).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        if !self.indexed {
            return (0..self.entries.len())
                .filter(|&position| {
                    let entry = &self.entries[position];
                    entry.hash == hash && !entry.key.is_undefined()
                })
                .collect();
        }
        self.index
            .iter_hash(hash as u64)
            .map(|&position| position as usize)
            .filter(|&position| self.entries[position].hash == hash)
            .collect()
    }

    /// The entry at `position`, if it is live.
    pub fn entry(&self, position: usize) -> Option<&DictEntry> {
        self.entries
            .get(position)
            .filter(|entry| !entry.key.is_undefined())
    }

    /// How many positions are in use (live or deleted); the next push goes here.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The value at a live position.
    pub fn value_mut(&mut self, position: usize) -> &mut Value {
        &mut self.entries[position].value
    }

    /// Appends a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let position = u32::try_from(self.entries.len()).expect("dict larger than 2**32 entries");
        if self.indexed {
            let entries = &self.entries;
            self.index
                .insert_unique(hash as u64, position, |&p| entries[p as usize].hash as u64);
        }
        self.first_live = self.first_live.min(position as usize);
        self.entries.push(DictEntry { hash, key, value });
        self.len += 1;
        if !self.indexed && self.entries.len() > SMALL {
            self.indexed = true;
            self.rebuild_index();
        }
    }

    /// Fills the index from the live entries.
    fn rebuild_index(&mut self) {
        self.index.clear();
        self.index.reserve(self.entries.len(), |_| 0);
        for (position, entry) in self.entries.iter().enumerate() {
            if entry.key.is_undefined() {
                continue;
            }
            let entries = &self.entries;
            self.index
                .insert_unique(entry.hash as u64, position as u32, |&p| {
                    entries[p as usize].hash as u64
                });
        }
    }

    /// Removes the entry at a live position and returns its key and value.
    pub fn remove_at(&mut self, position: usize) -> (Value, Value) {
        let hash = self.entries[position].hash;
        if self.indexed
            && let Ok(found) = self
                .index
                .find_entry(hash as u64, |&p| p as usize == position)
        {
            found.remove();
        }
        let entry = &mut self.entries[position];
        let key = std::mem::take(&mut entry.key);
        let value = std::mem::take(&mut entry.value);
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.first_live = 0;
        } else if position == self.first_live {
            while self.entries[self.first_live].key.is_undefined() {
                self.first_live += 1;
            }
        }
        (key, value)
    }

    /// Removes dead entries; positions change, so only call when no iterator depends on them
    /// (any iterator notices the size change first and raises).
    pub fn compact(&mut self) {
        if self.entries.len() == self.len {
            return;
        }
        self.entries.retain(|entry| !entry.key.is_undefined());
        self.first_live = 0;
        if self.indexed {
            self.rebuild_index();
        }
    }

    /// Compacts when more than half of the entry vector is dead.
    pub fn maybe_compact(&mut self) {
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
    }

    /// The number of entry positions (live or dead), for position-based iteration.
    pub fn positions(&self) -> usize {
        self.entries.len()
    }

    /// The first position that may be live (see [`DictTable::first_live`]).
    pub fn first_live(&self) -> usize {
        self.first_live
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &DictEntry> {
        self.entries[self.first_live.min(self.entries.len())..]
            .iter()
            .filter(|entry| !entry.key.is_undefined())
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let position = self
            .entries
            .iter()
            .rposition(|entry| !entry.key.is_undefined())?;
        let result = self.remove_at(position);
        self.entries.truncate(position);
        Some(result)
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
        self.len = 0;
        self.first_live = 0;
    }
}

/// A Python dict.
pub struct PyDict {
    pub table: RefCell<DictTable>,
    /// The dict's position in the cycle collector's registry, or [`super::UNTRACKED`].
    pub gc_slot: std::cell::Cell<u32>,
}

impl Drop for PyDict {
    fn drop(&mut self) {
        if self.gc_slot.get() != super::UNTRACKED {
            crate::gc::forget_dict(self);
        }
    }
}

impl PyDict {
    pub fn new(table: DictTable) -> PyDict {
        PyDict {
            table: RefCell::new(table),
            gc_slot: std::cell::Cell::new(super::UNTRACKED),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict.
pub struct DictView {
    pub dict: std::rc::Rc<PyDict>,
    pub kind: crate::object::DictIterKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find_int(table: &DictTable, key: i64) -> Option<usize> {
        table
            .find::<()>(key, |candidate| {
                Ok(matches!(candidate, Value::Int(k) if *k == key))
            })
            .unwrap()
    }

    #[test]
    fn keeps_insertion_order_through_removal() {
        let mut table = DictTable::new();
        for key in [5, 3, 9, 1] {
            table.push(key, Value::Int(key), Value::Int(key * 10));
        }
        let position = find_int(&table, 3).unwrap();
        table.remove_at(position);
        assert_eq!(find_int(&table, 3), None);
        table.push(3, Value::Int(3), Value::Int(30));
        let keys: Vec<_> = table
            .iter()
            .map(|entry| entry.key.as_small_int().unwrap())
            .collect();
        assert_eq!(keys, [5, 9, 1, 3]);
        table.compact();
        assert_eq!(find_int(&table, 1), Some(2));
        assert_eq!(table.len(), 4);
    }

    #[test]
    fn pop_last_returns_the_newest_entry() {
        let mut table = DictTable::new();
        table.push(1, Value::Int(1), Value::None);
        table.push(2, Value::Int(2), Value::None);
        let (key, _) = table.pop_last().unwrap();
        assert_eq!(key.as_small_int(), Some(2));
        assert_eq!(table.len(), 1);
        assert_eq!(find_int(&table, 1), Some(0));
    }
}
