//! The attribute values of a shaped instance, by slot: the first [`INLINE_ATTRIBUTES`] live
//! inside the instance, the rest in a heap vector.
//!
//! Most instances a program makes in bulk (vectors, points, rays, small records) have at most
//! a few attributes: keeping them inline saves the second allocation (and its free) of every
//! such instance, and the pointer load of every attribute access. Slots below the inline
//! count never move, so an access costs one comparison of the slot (predictable: a cache site
//! always sees the same slot) instead of the spilled/inline test a small-vector makes on
//! every access. (Inline values once measured slower, when the larger instance left glibc's
//! fast size classes; the small-object allocator now serves it from a free list too.)

use std::cell::Cell;
use std::mem::ManuallyDrop;

use crate::value::Value;

/// How many attribute values live inside the instance itself (a power of two: see `get`).
pub const INLINE_ATTRIBUTES: usize = 4;
const _: () = assert!(INLINE_ATTRIBUTES.is_power_of_two());

/// Attribute values by slot; unused inline places hold the default value (`Undefined`).
#[derive(Default)]
pub struct AttributeValues {
    /// The number of values held inline (slots `0..inline_len`); the overflow vector is
    /// empty unless this is [`INLINE_ATTRIBUTES`]. (Kept instead of the total, so that reading
    /// an inline slot takes one comparison.)
    inline_len: usize,
    /// `ManuallyDrop`: `Drop` releases the used places itself, so that the unused ones cost
    /// nothing (the array's drop glue tested every place, out of line).
    inline: ManuallyDrop<[Value; INLINE_ATTRIBUTES]>,
    /// The values of slots `INLINE_ATTRIBUTES..len`.
    overflow: Vec<Value>,
}

impl AttributeValues {
    /// No values yet, with room for `capacity` without growing.
    #[inline]
    pub fn with_capacity(capacity: usize) -> AttributeValues {
        AttributeValues {
            inline_len: 0,
            inline: ManuallyDrop::new(Default::default()),
            overflow: if capacity > INLINE_ATTRIBUTES {
                Vec::with_capacity(capacity - INLINE_ATTRIBUTES)
            } else {
                Vec::new()
            },
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.inline_len + self.overflow.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.inline_len == 0
    }

    /// How many values fit without growing.
    #[inline]
    pub fn capacity(&self) -> usize {
        INLINE_ATTRIBUTES + self.overflow.capacity()
    }

    #[inline(always)]
    pub fn get(&self, slot: usize) -> Option<&Value> {
        if slot < self.inline_len {
            // The mask changes nothing (`inline_len` is at most the array's length, a power of
            // two) but lets the compiler drop the bounds check.
            Some(&self.inline[slot & (INLINE_ATTRIBUTES - 1)])
        } else {
            // (An absent inline slot wraps around to a position past any vector.)
            self.overflow.get(slot.wrapping_sub(INLINE_ATTRIBUTES))
        }
    }

    #[inline(always)]
    pub fn get_mut(&mut self, slot: usize) -> Option<&mut Value> {
        if slot < self.inline_len {
            Some(&mut self.inline[slot & (INLINE_ATTRIBUTES - 1)])
        } else {
            self.overflow.get_mut(slot.wrapping_sub(INLINE_ATTRIBUTES))
        }
    }

    /// Appends the value of the next slot.
    #[inline(always)]
    pub fn push(&mut self, value: Value) {
        if self.inline_len < INLINE_ATTRIBUTES {
            // The place holds the default value: overwriting it drops nothing.
            std::mem::forget(std::mem::replace(&mut self.inline[self.inline_len], value));
            self.inline_len += 1;
        } else {
            self.overflow.push(value);
        }
    }

    /// Appends the value of the next slot, keeping `hint` (the class's
    /// `attribute_hint`: the most values an instance of the class was given, the capacity a
    /// new instance starts with) up to date, and growing the vector beyond the inline values
    /// straight to that size.
    #[inline(always)]
    pub fn push_hinted(&mut self, value: Value, hint: &Cell<u8>) {
        let len = if self.inline_len < INLINE_ATTRIBUTES {
            // The place holds the default value: overwriting it drops nothing.
            std::mem::forget(std::mem::replace(&mut self.inline[self.inline_len], value));
            self.inline_len += 1;
            self.inline_len
        } else {
            let len = INLINE_ATTRIBUTES + self.overflow.len();
            let wanted = usize::from(hint.get());
            if self.overflow.len() == self.overflow.capacity() && wanted > len {
                self.overflow.reserve_exact(wanted - len);
            }
            self.overflow.push(value);
            len + 1
        };
        note_length(len, hint);
    }

    /// `push_hinted` of a copy of `src` when it fits without allocating (an inline place or
    /// spare room in the vector), so that it makes no call; false, changing nothing, when it
    /// does not fit.
    #[inline(always)]
    pub fn push_copy_without_growing(&mut self, src: &Value, hint: &Cell<u8>) -> bool {
        let len = if self.inline_len < INLINE_ATTRIBUTES {
            // The place holds the default value: overwriting it drops nothing. (The mask
            // changes nothing but drops the bounds check.)
            let place = &mut self.inline[self.inline_len & (INLINE_ATTRIBUTES - 1)];
            std::mem::forget(std::mem::replace(place, src.clone()));
            self.inline_len += 1;
            self.inline_len
        } else if let Some(place) = self.overflow.spare_capacity_mut().first_mut() {
            place.write(src.clone());
            // SAFETY: the place just written is the first past the length, within capacity.
            unsafe { self.overflow.set_len(self.overflow.len() + 1) };
            INLINE_ATTRIBUTES + self.overflow.len()
        } else {
            return false;
        };
        note_length(len, hint);
        true
    }

    /// The values in slot order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.inline[..self.inline_len]
            .iter()
            .chain(self.overflow.iter())
    }

    /// Takes all the values out, in slot order, leaving none.
    pub fn take_all(&mut self) -> Vec<Value> {
        let mut taken = Vec::with_capacity(self.len());
        taken.extend(
            self.inline[..self.inline_len]
                .iter_mut()
                .map(std::mem::take),
        );
        taken.append(&mut self.overflow);
        self.inline_len = 0;
        taken
    }

    /// Releases all the values, leaving none (an instance being dropped). Numbers and the
    /// other inline values then cost a tag test instead of the out-of-line drop glue call
    /// dropping them in place makes for each (most attributes of short-lived instances are
    /// numbers).
    #[inline(always)]
    pub fn discard_all(&mut self) {
        for place in &mut self.inline[..self.inline_len] {
            // Only heap values need taking out (and a write back): the others hold nothing.
            if place.is_heap() {
                drop(std::mem::take(place));
            }
        }
        if !self.overflow.is_empty() {
            for value in self.overflow.drain(..) {
                crate::value::discard(value);
            }
        }
        self.inline_len = 0;
    }
}

/// Raises a class's attribute-count hint to `len` (counts above 255 are not hinted).
#[inline(always)]
fn note_length(len: usize, hint: &Cell<u8>) {
    if len > usize::from(hint.get()) && len <= usize::from(u8::MAX) {
        hint.set(len as u8);
    }
}

impl Drop for AttributeValues {
    #[inline]
    fn drop(&mut self) {
        self.discard_all();
    }
}

impl std::ops::Index<usize> for AttributeValues {
    type Output = Value;
    #[inline]
    fn index(&self, slot: usize) -> &Value {
        match self.get(slot) {
            Some(value) => value,
            None => panic!("attribute slot {slot} out of range ({} values)", self.len()),
        }
    }
}

impl std::ops::IndexMut<usize> for AttributeValues {
    #[inline]
    fn index_mut(&mut self, slot: usize) -> &mut Value {
        let len = self.len();
        match self.get_mut(slot) {
            Some(value) => value,
            None => panic!("attribute slot {slot} out of range ({len} values)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_slots_across_the_inline_boundary() {
        let mut values = AttributeValues::with_capacity(2);
        let hint = Cell::new(2);
        for number in 0..7 {
            assert!(values.get(number as usize).is_none());
            values.push_hinted(Value::Int(number), &hint);
        }
        assert_eq!(values.len(), 7);
        assert_eq!(hint.get(), 7);
        assert!(values.capacity() >= 7);
        assert!(values.get(usize::MAX).is_none());
        assert!(matches!(values.get(5), Some(Value::Int(5))));
        *values.get_mut(6).unwrap() = Value::Int(60);
        assert!(matches!(values[6], Value::Int(60)));
        let numbers: Vec<i64> = values
            .iter()
            .map(|value| match value {
                Value::Int(number) => *number,
                _ => -1,
            })
            .collect();
        assert_eq!(numbers, [0, 1, 2, 3, 4, 5, 60]);
        assert_eq!(values.take_all().len(), 7);
        assert!(values.is_empty());
        assert!(values.get(0).is_none());
    }
}
