//! Parsed format specs of recent f-string fields. A spec written in the source
//! (`f"{x:>8d}"`) is one constant string object reused by every execution, and a spec built
//! at run time (`f"{x:{width}.{precision}f}"`) takes few distinct values, so parses are
//! cached by the spec's text: slots are chosen by the string's hash (cached in a constant),
//! and an entry matches by identity or, failing that, by equal text.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::PyStr;
use crate::text::{self, FormatSpec};

/// How many sets of [`WAYS`] entries there are (a spec's set is chosen by its hash).
const SETS: usize = 128;

/// Entries per set, most recently used first: two specs of one set (frequent among the few
/// dozen specs of a formatting loop) no longer evict each other on every use.
const WAYS: usize = 2;

type Entry = Option<(Rc<PyStr>, FormatSpec<'static>)>;

#[derive(Default)]
pub(crate) struct FormatSpecCache {
    slots: Vec<Entry>,
}

impl FormatSpecCache {
    /// `spec` parsed for a value of the builtin type `type_name` (which only appears in
    /// error messages: a spec that fails to parse is not cached).
    pub(crate) fn parse(
        &mut self,
        spec: &Rc<PyStr>,
        type_name: &'static str,
    ) -> PyResult<FormatSpec<'static>> {
        if self.slots.is_empty() {
            self.slots.resize_with(SETS * WAYS, || None);
        }
        // By hash, not address: string objects lie 64 bytes apart, so address bits put
        // neighbouring constants in a few slots that they then kept evicting from each other.
        let first = spec.hash() as u64 as usize % SETS * WAYS;
        let set = &mut self.slots[first..first + WAYS];
        let hit = set.iter().position(|entry| {
            entry.as_ref().is_some_and(|(cached, _)| {
                Rc::ptr_eq(cached, spec) || cached.as_str() == spec.as_str()
            })
        });
        if let Some(way) = hit {
            set[..=way].rotate_right(1);
            if let Some((_, parsed)) = &set[0] {
                return Ok(FormatSpec {
                    type_name,
                    ..parsed.clone()
                });
            }
        }
        let parsed = text::parse_format_spec(spec.as_str(), type_name)?;
        set.rotate_right(1);
        set[0] = Some((spec.clone(), parsed.clone()));
        Ok(parsed)
    }
}
