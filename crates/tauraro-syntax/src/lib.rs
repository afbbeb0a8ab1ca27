//! `tauraro-syntax` turns Python 3 (and Tauraro's Hausa-keyword dialect) source text into a
//! lossless, error-tolerant rowan syntax tree. It is the layer editor tooling reads directly.
//!
//! It is not a compiler stage with state: it knows nothing of salsa, the HIR or the VM, and
//! parsing never fails — every input yields a tree whose text equals the input, plus a list of
//! errors. Tests live in `tests/` (data-driven snapshots under `test_data/`).
