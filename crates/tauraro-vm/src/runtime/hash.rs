//! `hash()`: CPython-compatible for numbers and tuples (so sets of them iterate in the same
//! order), cached for strings, identity-based for functions, classes and plain objects.

use num_traits::Zero;

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::text;
use crate::value::Value;

impl Vm {
    /// `hash(value)`.
    #[inline]
    pub fn hash_value(&mut self, value: &Value) -> PyResult<i64> {
        // Strings, the usual keys, have their hash cached: no call for them.
        if let Value::Str(s) = value {
            return Ok(s.hash());
        }
        self.hash_value_general(value)
    }

    /// [`Vm::hash_value`] for everything but strings.
    fn hash_value_general(&mut self, value: &Value) -> PyResult<i64> {
        Ok(match value {
            Value::Int(v) => text::hash_int_i64(*v),
            Value::True => 1,
            Value::False => 0,
            Value::BigInt(v) => text::hash_bigint(v),
            Value::Float(v) => text::hash_float(*v, value.id() as usize),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => b.hash(),
            Value::Tuple(tuple) => {
                let mut hashes = Vec::with_capacity(tuple.items.len());
                self.check_rust_stack()?;
                for item in tuple.items.iter() {
                    hashes.push(self.hash_value(item)?);
                }
                text::hash_tuple(hashes)
            }
            Value::FrozenSet(set) => {
                let cached = set.hash.get();
                if cached != -1 {
                    return Ok(cached);
                }
                let hash = set.table.borrow().frozenset_hash();
                set.hash.set(hash);
                hash
            }
            Value::Range(range) => {
                // `range_hash`: the hash of (len, start, step), with None for the parts that
                // do not matter to equality.
                let len = range.len_big();
                let parts = if len.is_zero() {
                    [Value::from_bigint(len), Value::None, Value::None]
                } else if len == 1.into() {
                    [Value::from_bigint(len), range.start(), Value::None]
                } else {
                    [Value::from_bigint(len), range.start(), range.step()]
                };
                let mut hashes = Vec::with_capacity(3);
                for part in &parts {
                    hashes.push(self.hash_value(part)?);
                }
                text::hash_tuple(hashes)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(value)
                )));
            }
            Value::DictView(view) if view.kind != crate::object::DictIterKind::Values => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(value)
                )));
            }
            Value::Instance(_) => return self.user_hash(value),
            // A class whose metaclass may define `__hash__`.
            Value::Class(class) if class.metaclass.is_some() => return self.user_hash(value),
            other => text::hash_pointer(other.id() as usize),
        })
    }
}
