//! `hash()`: CPython-compatible for numbers and tuples (so sets of them iterate in the same
//! order), cached for strings, identity-based for functions, classes and plain objects.

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::text;
use crate::value::Value;

impl Vm {
    /// `hash(value)`.
    pub fn hash_value(&mut self, value: &Value) -> PyResult<i64> {
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
                text::hash_tuple(hashes.into_iter())
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
                let len = range.len();
                let parts = if len == 0 {
                    vec![
                        text::hash_int_i64(0),
                        self.hash_value(&Value::None)?,
                        self.hash_value(&Value::None)?,
                    ]
                } else if len == 1 {
                    vec![
                        text::hash_int_i64(1),
                        text::hash_int_i64(range.start),
                        self.hash_value(&Value::None)?,
                    ]
                } else {
                    vec![
                        text::hash_int_i64(len),
                        text::hash_int_i64(range.start),
                        text::hash_int_i64(range.step),
                    ]
                };
                text::hash_tuple(parts.into_iter())
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(value)
                )));
            }
            Value::Instance(_) => return self.user_hash(value),
            other => text::hash_pointer(other.id() as usize),
        })
    }
}
