//! `slice` objects.

use crate::value::Value;

/// A Python slice; absent parts are `None`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
