//! Semantics of Python operations on values, shared by the dispatch loop and the builtins:
//! arithmetic, comparison, hashing, truth, iteration, subscription, attributes, formatting and
//! exceptions. Everything here may run Python code (through dunder methods) and so takes the
//! [`crate::interpreter::Vm`].

pub mod arith;
pub mod attribute;
pub mod attribute_cache;
pub mod classes;
pub mod collections;
pub mod compare;
pub mod context_managers;
pub mod descriptors;
pub mod dict_scalar_keys;
pub mod dict_views;
pub mod dunder;
pub mod exception_fields;
pub mod exceptions;
pub mod finalizers;
pub mod format_spec_cache;
pub mod generic_alias;
pub mod hash;
pub mod item;
pub mod iterate;
pub mod metaclasses;
pub mod os_errors;
pub mod pattern_matching;
pub mod percent;
pub mod repr;
pub mod set_algorithms;
pub mod slices;
pub mod suggestions;
pub mod truth;
pub mod types;
