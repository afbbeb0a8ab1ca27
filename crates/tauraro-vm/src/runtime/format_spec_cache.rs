//! Parsed format specs of recent f-string fields. A spec written in the source
//! (`f"{x:>8d}"`) is one constant string object reused by every execution, and a spec built
//! at run time (`f"{x:{width}.{precision}f}"`) takes few distinct values, so parses are
//! cached by the spec's text: slots are chosen by the string's hash (cached in a constant),
//! and an entry matches by identity or, failing that, by equal text.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::PyStr;
use crate::text::{self, FormatSpec};

/// How many specs are remembered (direct-mapped by hash).
const SLOTS: usize = 128;

#[derive(Default)]
pub(crate) struct FormatSpecCache {
    slots: Vec<Option<(Rc<PyStr>, FormatSpec<'static>)>>,
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
            self.slots.resize_with(SLOTS, || None);
        }
        // By hash, not address: string objects lie 64 bytes apart, so address bits put
        // neighbouring constants in a few slots that they then kept evicting from each other.
        let slot = spec.hash() as u64 as usize % SLOTS;
        if let Some((cached, parsed)) = &self.slots[slot]
            && (Rc::ptr_eq(cached, spec) || cached.as_str() == spec.as_str())
        {
            return Ok(FormatSpec {
                type_name,
                ..parsed.clone()
            });
        }
        let parsed = text::parse_format_spec(spec.as_str(), type_name)?;
        self.slots[slot] = Some((spec.clone(), parsed.clone()));
        Ok(parsed)
    }
}
