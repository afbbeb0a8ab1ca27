//! Instances of classes, including exception instances and the builtin descriptor objects
//! (`property`, `staticmethod`, `classmethod`, `super`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::TraceEntry;
use crate::object::attribute_values::AttributeValues;
use crate::object::{Class, DictTable, PyDict, PyStr, Shape};
use crate::value::Value;

/// What an exception instance carries beyond its attributes.
pub struct ExceptionData {
    /// The `args` tuple.
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// A "Did you mean" hint printed after the message in tracebacks.
    pub suggestion: Option<Box<str>>,
}

/// Native state of instances of some builtin classes.
pub enum Payload {
    None,
    /// Boxed, like the other large variants, so that ordinary instances stay small.
    Property(Box<PropertyParts>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(class, object)`: attribute lookup starts after `class` in `object`'s MRO.
    Super {
        class: Rc<Class>,
        object: Value,
    },
    /// An instance of a user class deriving from a builtin type (`class Stack(list)`): the
    /// builtin value it extends. Mutable values (list, dict, set) are updated in place by
    /// the base type's methods; immutable ones are fixed by `__new__`.
    Builtin(Value),
    /// The iterator `iter()` makes for an object that has `__getitem__` but no `__iter__`:
    /// it calls `__getitem__(0)`, `__getitem__(1)`, ... until IndexError or StopIteration.
    /// `reversed()` of an object with `__len__` and `__getitem__` but no `__reversed__`
    /// counts down instead, `index` then being one past the next position. `target`
    /// becomes `None` once exhausted.
    SequenceIterator(Box<SequenceIteration>),
    /// `list[int]` (`types.GenericAlias`): a class or other origin with type arguments.
    GenericAlias {
        origin: Value,
        args: crate::object::RcTuple,
    },
    /// What `globals()` returns: a mapping that reads and writes the module's globals.
    ModuleNamespace(Rc<crate::object::Module>),
    /// `int | str` (`types.UnionType`): flattened, without duplicates.
    Union {
        args: crate::object::RcTuple,
    },
    /// The state of an object a native module created (a compiled regular expression, a
    /// `random.Random`'s generator):
    /// only that module knows its type and downcasts it back. It holds no Python values,
    /// so the cycle collector has nothing to trace in it.
    Native(Box<dyn std::any::Any>),
}

/// The functions of a `property`.
pub struct PropertyParts {
    pub getter: Value,
    pub setter: Value,
    pub deleter: Value,
    pub doc: Value,
}

/// The state of a [`Payload::SequenceIterator`].
pub struct SequenceIteration {
    pub target: RefCell<Option<Value>>,
    pub index: Cell<usize>,
    pub reversed: bool,
}

impl Payload {
    /// The builtin value of a builtin-subclass instance.
    pub fn builtin(&self) -> Option<&Value> {
        match self {
            Payload::Builtin(value) => Some(value),
            _ => None,
        }
    }
}

/// An instance of a class.
pub struct Instance {
    pub class: Rc<Class>,
    /// The instance's attributes (its `__dict__`).
    attributes: RefCell<Attributes>,
    /// Present exactly when the class derives from BaseException; boxed so that ordinary
    /// instances stay small.
    pub exception: Option<Box<RefCell<ExceptionData>>>,
    pub payload: Payload,
    /// The instance's position in the cycle collector's registry, or [`UNTRACKED`].
    pub gc_slot: Cell<u32>,
    /// Set once `__del__` was queued for this object: it runs at most once (PEP 442).
    pub finalized: Cell<bool>,
}

/// The `gc_slot` of an instance or list the cycle collector does not know.
pub const UNTRACKED: u32 = u32::MAX;

impl Drop for Instance {
    fn drop(&mut self) {
        if self.gc_slot.get() != UNTRACKED {
            crate::gc::forget_instance(self);
        }
        if !self.class.is_builtin
            && !self.finalized.get()
            && crate::runtime::finalizers::has_finalizer(&self.class)
        {
            let revived = Instance {
                class: self.class.clone(),
                attributes: RefCell::new(std::mem::replace(
                    self.attributes.get_mut(),
                    Attributes::Shaped {
                        shape: self.class.shape_root(),
                        values: AttributeValues::with_capacity(0),
                    },
                )),
                exception: self.exception.take(),
                payload: std::mem::replace(&mut self.payload, Payload::None),
                gc_slot: Cell::new(UNTRACKED),
                finalized: Cell::new(true),
            };
            crate::runtime::finalizers::queue(Rc::new(revived));
        }
    }
}

/// Where an instance keeps its attributes.
pub enum Attributes {
    /// Values by slot of a shared [`Shape`]: what every instance starts with.
    Shaped {
        shape: &'static Shape,
        values: AttributeValues,
    },
    /// A real dict: once `__dict__` was asked for (the dict object then stays the same for
    /// the instance's life, as CPython's does), after a deletion, or when a shape would
    /// grow too large.
    Dict(Rc<PyDict>),
}

impl Instance {
    /// A plain instance without attributes.
    #[inline]
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        let shape = class.shape_root();
        // Room for as many attributes as `__init__` gave earlier instances (see
        // `Class::attribute_hint`): one allocation of the right size, none when there are none.
        let values = AttributeValues::with_capacity(usize::from(class.attribute_hint.get()));
        Instance {
            class,
            attributes: RefCell::new(Attributes::Shaped { shape, values }),
            exception: None,
            payload,
            gc_slot: Cell::new(UNTRACKED),
            finalized: Cell::new(false),
        }
    }

    /// [`Instance::new`] built directly in its reference-counted allocation (the instance,
    /// with its inline attribute values, is large enough that building it aside and moving it
    /// in cost a `memcpy` call for every object made).
    #[inline(always)]
    pub fn new_rc(class: Rc<Class>, payload: Payload) -> Rc<Instance> {
        let mut instance = Rc::<Instance>::new_uninit();
        let Some(place) = Rc::get_mut(&mut instance) else {
            unreachable!("a new allocation has no other reference");
        };
        place.write(Instance::new(class, payload));
        // SAFETY: the value was written just above.
        unsafe { instance.assume_init() }
    }

    /// The attributes, for reading. The borrow must end before any Python code runs.
    #[inline]
    pub fn attributes(&self) -> std::cell::Ref<'_, Attributes> {
        self.attributes.borrow()
    }

    /// The attributes for a short read that keeps no borrow count (the attribute caches'
    /// fast paths, where counting showed in every attribute access); `None` when they are
    /// being written.
    ///
    /// # Safety
    /// Nothing may write the attributes while the reference lives: the caller runs no Python
    /// code, drops no value and calls no `attributes_mut` meanwhile.
    #[inline]
    pub unsafe fn attributes_unguarded(&self) -> Option<&Attributes> {
        // SAFETY: the caller guarantees no write while the reference lives.
        unsafe { self.attributes.try_borrow_unguarded() }.ok()
    }

    /// The attributes, for reading; `None` when they are being written.
    #[inline]
    pub fn try_attributes(&self) -> Option<std::cell::Ref<'_, Attributes>> {
        self.attributes.try_borrow().ok()
    }

    /// The attributes, for writing; `None` when they are borrowed already. Values replaced
    /// must be dropped after the borrow ends (dropping may run Python code).
    #[inline]
    pub fn attributes_mut(&self) -> Option<std::cell::RefMut<'_, Attributes>> {
        self.attributes.try_borrow_mut().ok()
    }

    /// The instance's `__dict__`, made a real dict on first request (the instance keeps it
    /// from then on).
    pub fn dict(&self) -> Rc<PyDict> {
        let mut attributes = self.attributes.borrow_mut();
        let dict = match &mut *attributes {
            Attributes::Dict(dict) => return dict.clone(),
            Attributes::Shaped { shape, values } => {
                let mut table = DictTable::with_capacity(values.len());
                for (name, value) in shape.names().iter().zip(values.take_all()) {
                    table.push(name.hash(), Value::Str(name.clone()), value);
                }
                Rc::new(PyDict::new(table))
            }
        };
        *attributes = Attributes::Dict(dict.clone());
        dict
    }

    /// The real dict, if the instance has one already.
    pub fn existing_dict(&self) -> Option<Rc<PyDict>> {
        match &*self.attributes.borrow() {
            Attributes::Dict(dict) => Some(dict.clone()),
            Attributes::Shaped { .. } => None,
        }
    }

    /// The attribute `name` held by the instance itself (string keys only).
    pub fn attribute(&self, name: &str) -> Option<Value> {
        match &*self.attributes.borrow() {
            Attributes::Shaped { shape, values } => {
                shape.slot_of_str(name).map(|slot| values[slot].clone())
            }
            Attributes::Dict(dict) => {
                let table = dict.table.borrow();
                let hash = crate::object::str_hash(name);
                table
                    .find::<()>(hash, |key| {
                        Ok(matches!(key, Value::Str(key) if key.as_str() == name))
                    })
                    .unwrap_or(None)
                    .and_then(|position| table.entry(position).map(|entry| entry.value.clone()))
            }
        }
    }

    /// Whether the instance holds `name` itself (string keys only).
    pub fn has_attribute(&self, name: &PyStr) -> bool {
        match &*self.attributes.borrow() {
            Attributes::Shaped { shape, .. } => shape.slot_of(name).is_some(),
            Attributes::Dict(dict) => {
                let table = dict.table.borrow();
                matches!(
                    table.find::<()>(name.hash(), |key| {
                        Ok(matches!(key, Value::Str(key) if key.as_str() == name.as_str()))
                    }),
                    Ok(Some(_))
                )
            }
        }
    }

    /// Sets `name` in a shaped instance and gives back the value replaced (to drop after the
    /// call). For an instance with a real dict, or one whose shape cannot grow (it then gets
    /// a dict), gives the value back: the caller stores it in [`Instance::dict`].
    pub fn set_shaped(&self, name: &Rc<PyStr>, value: Value) -> Result<Option<Value>, Value> {
        let mut attributes = self.attributes.borrow_mut();
        let Attributes::Shaped { shape, values } = &mut *attributes else {
            return Err(value);
        };
        if let Some(slot) = shape.slot_of(name) {
            return Ok(Some(std::mem::replace(&mut values[slot], value)));
        }
        match shape.with(name) {
            Some(next) => {
                values.push(value);
                *shape = next;
                Ok(None)
            }
            None => {
                drop(attributes);
                self.dict();
                Err(value)
            }
        }
    }

    /// The number of attributes the instance holds.
    pub fn attribute_count(&self) -> usize {
        match &*self.attributes.borrow() {
            Attributes::Shaped { values, .. } => values.len(),
            Attributes::Dict(dict) => dict.len(),
        }
    }

    /// The attribute names (and other keys) with their values, in order.
    pub fn attribute_items(&self) -> Vec<(Value, Value)> {
        match &*self.attributes.borrow() {
            Attributes::Shaped { shape, values } => shape
                .names()
                .iter()
                .zip(values.iter())
                .map(|(name, value)| (Value::Str(name.clone()), value.clone()))
                .collect(),
            Attributes::Dict(dict) => dict
                .table
                .borrow()
                .iter()
                .map(|entry| (entry.key.clone(), entry.value.clone()))
                .collect(),
        }
    }

    /// Empties the attributes (the cycle collector breaking a cycle); the values are
    /// dropped after the borrow ends. Does nothing while they are borrowed.
    pub fn clear_attributes(&self) {
        let taken = self.attributes.try_borrow_mut().map(|mut attributes| {
            match &mut *attributes {
                Attributes::Shaped { shape, values } => {
                    *shape = self.class.shape_root();
                    values.take_all()
                }
                // The dict is examined, and cleared, as a container of its own.
                Attributes::Dict(_) => Vec::new(),
            }
        });
        drop(taken);
    }
}

/// The builtin value an instance of a builtin subclass carries (`None` for anything else).
#[inline]
pub fn builtin_payload(value: &Value) -> Option<&Value> {
    match value {
        Value::Instance(instance) => instance.payload.builtin(),
        _ => None,
    }
}

/// `value` itself, or for an instance of a builtin subclass the builtin value it carries:
/// what the C code of a builtin type sees of an operand that passes its type check.
#[inline]
pub fn as_builtin(value: &Value) -> &Value {
    builtin_payload(value).unwrap_or(value)
}

#[cfg(test)]
mod size_tests {
    use super::*;
    use crate::object::INLINE_ATTRIBUTES;

    #[test]
    fn instances_stay_small() {
        // Every object a program creates is one of these: growth here costs memory and
        // cache misses everywhere. (The first few attribute values live in the instance, the
        // rest in a vector sized by the class's usual attribute count, with no separate dict
        // object. The collector's slot lets a dead instance's memory go at once.)
        assert!(
            std::mem::size_of::<Instance>() <= 104 + 16 * INLINE_ATTRIBUTES,
            "{}",
            std::mem::size_of::<Instance>()
        );
    }
}
