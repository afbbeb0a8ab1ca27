//! Heap objects: one file per kind of object. Each type here is plain data with the
//! operations that need no interpreter; behaviour that can run Python code (comparison of
//! arbitrary values, hashing of instances, iteration) lives in `crate::runtime`.

mod attribute_values;
mod bytes;
mod callable;
mod cell;
mod class;
mod dict;
mod generator;
mod instance;
mod iterator;
mod list;
mod module;
mod range;
mod set;
mod shape;
mod slice;
mod str;
mod tuple;

pub use attribute_values::{AttributeValues, INLINE_ATTRIBUTES};
pub use bytes::PyBytes;
pub use callable::{Args, BoundMethod, BuiltinFn, BuiltinFunction, Code, CodeUnit, Function};
pub use cell::PyCell;
pub use class::{BuiltinKind, Class, ConstructPlan, class_epoch};
pub use dict::{DictEntry, DictTable, DictView, PyDict};
pub use generator::{
    GenStatus, Generator, GeneratorState, PendingThrow, abandoned_generators_pending,
    request_safe_point_work, take_abandoned_generators,
};
pub use instance::{
    Attributes, ExceptionData, Instance, Payload, PropertyParts, SequenceIteration, UNTRACKED,
    as_builtin, builtin_payload,
};
pub use iterator::{DictIterKind, IterState, PyIterator};
pub use list::{PyList, item_position};
pub use module::{GlobalSlots, Module};
pub use range::{BigRange, PyRange, SmallRange};
pub use set::{PySet, SetTable};
pub use shape::Shape;
pub use slice::PySlice;
pub use str::{PyStr, str_hash};
pub use tuple::{PyTuple, RcTuple};
