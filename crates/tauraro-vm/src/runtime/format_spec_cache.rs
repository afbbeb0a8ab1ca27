//! Parsed format specs of recent f-string fields. A spec written in the source
//! (`f"{x:>8d}"`) is one constant string object reused by every execution, so its parse is
//! cached by object identity: the cache holds a reference to each spec string it keys on, so
//! an address cannot be reused by a different string while its entry lives.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::PyStr;
use crate::text::{self, FormatSpec};

/// How many specs are remembered (direct-mapped by address).
const SLOTS: usize = 64;

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
        // Rc allocations are at least 8-byte aligned: skip the always-zero bits.
        let slot = (Rc::as_ptr(spec) as usize >> 4) % SLOTS;
        if let Some((cached, parsed)) = &self.slots[slot]
            && Rc::ptr_eq(cached, spec)
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
