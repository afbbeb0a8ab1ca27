//! The builtin classes (`int`, `str`, `list`, the exception hierarchy, ...) and `type(x)`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::error::ExcKind;
use crate::interpreter::Vm;
use crate::object::{BuiltinFn, BuiltinKind, Class, DictTable, PyStr};
use crate::value::Value;

/// The class objects of every builtin type.
pub struct BuiltinTypes {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub int: Rc<Class>,
    pub bool: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub cell: Rc<Class>,
    pub generator: Rc<Class>,
    pub module: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    /// `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`).
    pub generic_alias: Rc<Class>,
    pub union_type: Rc<Class>,
    /// Iterator classes by their type name (`list_iterator`, `zip`, ...).
    pub iterators: HashMap<&'static str, Rc<Class>>,
    /// Exception classes, indexed by `ExcKind as usize`.
    pub exceptions: Vec<Rc<Class>>,
}

/// Creates a builtin class.
pub fn new_builtin_class(
    name: &str,
    bases: &[&Rc<Class>],
    kind: BuiltinKind,
    constructor: Option<BuiltinFn>,
) -> Rc<Class> {
    builtin_class_in_module(name, "builtins", bases, kind, constructor)
}

/// Creates a builtin class of the module `module`.
fn builtin_class_in_module(
    name: &str,
    module: &str,
    bases: &[&Rc<Class>],
    kind: BuiltinKind,
    constructor: Option<BuiltinFn>,
) -> Rc<Class> {
    let mro_tail = match bases {
        // One base (all but `ExceptionGroup`): the MRO is the base's, after the class.
        [base] => base.mro().cloned().collect(),
        _ => linearize(bases),
    };
    let name = Rc::new(PyStr::new(name));
    let class = Rc::new(Class {
        qualname: name.clone(),
        name,
        module: Rc::new(PyStr::new(module)),
        bases: bases.iter().map(|b| (*b).clone()).collect(),
        mro_tail: mro_tail.into_boxed_slice(),
        dict: RefCell::new(DictTable::new()),
        kind,
        is_builtin: true,
        is_native: false,
        constructor,
        version: Cell::new(0),
        init_cache: Default::default(),
        construct_cache: Default::default(),
        context_cache: Default::default(),
        finalizer_cache: Default::default(),
        instances_may_shadow: Cell::new(false),
        attribute_hint: Cell::new(0),
        shape_root: Cell::new(None),
        metaclass: None,
        is_abstract: Cell::new(false),
        subclasses: Default::default(),
    });
    Class::register_subclass(&class);
    class
}

/// A builtin class of the `types` module (its instances have no constructor here).
fn types_module_class(name: &str, object: &Rc<Class>, constructor: Option<BuiltinFn>) -> Rc<Class> {
    builtin_class_in_module(name, "types", &[object], BuiltinKind::Object, constructor)
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        use crate::builtins::constructors::{constructor_for, exception_new};
        let object = new_builtin_class(
            "object",
            &[],
            BuiltinKind::Object,
            constructor_for("object"),
        );
        let class = |name: &str, kind: BuiltinKind| {
            new_builtin_class(name, &[&object], kind, constructor_for(name))
        };
        let int = class("int", BuiltinKind::Int);
        let bool = new_builtin_class("bool", &[&int], BuiltinKind::Bool, constructor_for("bool"));
        let mut iterators = HashMap::new();
        for name in [
            "list_iterator",
            "tuple_iterator",
            "str_ascii_iterator",
            "str_iterator",
            "range_iterator",
            "longrange_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "dict_reversekeyiterator",
            "dict_reversevalueiterator",
            "dict_reverseitemiterator",
            "set_iterator",
            "list_reverseiterator",
            "enumerate",
            "zip",
            "map",
            "filter",
            "callable_iterator",
            "iterator",
            "reversed",
        ] {
            iterators.insert(name, class(name, BuiltinKind::Iterator));
        }
        let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let base = match kind.parent() {
                Some(parent) => exceptions[parent as usize].clone(),
                None => object.clone(),
            };
            // `ExceptionGroup` is also an `Exception` (`except Exception` catches it).
            let exception = (*kind == ExcKind::ExceptionGroup)
                .then(|| exceptions[ExcKind::Exception as usize].clone());
            let bases: Vec<&Rc<Class>> = std::iter::once(&base).chain(exception.iter()).collect();
            exceptions.push(new_builtin_class(
                kind.name(),
                &bases,
                BuiltinKind::Exception(*kind),
                Some(exception_new),
            ));
        }
        BuiltinTypes {
            type_: class("type", BuiltinKind::Type),
            none: class("NoneType", BuiltinKind::NoneType),
            not_implemented: class("NotImplementedType", BuiltinKind::NotImplementedType),
            ellipsis: class("ellipsis", BuiltinKind::Ellipsis),
            float: class("float", BuiltinKind::Float),
            complex: class("complex", BuiltinKind::Complex),
            str: class("str", BuiltinKind::Str),
            bytes: class("bytes", BuiltinKind::Bytes),
            list: class("list", BuiltinKind::List),
            tuple: class("tuple", BuiltinKind::Tuple),
            dict: class("dict", BuiltinKind::Dict),
            set: class("set", BuiltinKind::Set),
            frozenset: class("frozenset", BuiltinKind::FrozenSet),
            range: class("range", BuiltinKind::Range),
            slice: class("slice", BuiltinKind::Slice),
            function: class("function", BuiltinKind::Function),
            builtin_function: class("builtin_function_or_method", BuiltinKind::BuiltinFunction),
            method: class("method", BuiltinKind::Method),
            cell: class("cell", BuiltinKind::Cell),
            generator: class("generator", BuiltinKind::Generator),
            module: class("module", BuiltinKind::Module),
            dict_keys: class("dict_keys", BuiltinKind::DictView),
            dict_values: class("dict_values", BuiltinKind::DictView),
            dict_items: class("dict_items", BuiltinKind::DictView),
            property: class("property", BuiltinKind::Object),
            staticmethod: class("staticmethod", BuiltinKind::Object),
            classmethod: class("classmethod", BuiltinKind::Object),
            super_: class("super", BuiltinKind::Object),
            generic_alias: types_module_class(
                "GenericAlias",
                &object,
                Some(crate::runtime::generic_alias::generic_alias_new),
            ),
            union_type: types_module_class("UnionType", &object, None),
            iterators,
            exceptions,
            int,
            bool,
            object,
        }
    }

    /// The class of a builtin exception kind.
    pub fn exception(&self, kind: ExcKind) -> &Rc<Class> {
        &self.exceptions[kind as usize]
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        BuiltinTypes::new()
    }
}

impl Vm {
    /// `type(value)`.
    pub fn type_of(&self, value: &Value) -> Rc<Class> {
        let types = &self.types;
        match value {
            Value::Undefined | Value::None => types.none.clone(),
            Value::False | Value::True => types.bool.clone(),
            Value::Ellipsis => types.ellipsis.clone(),
            Value::NotImplemented => types.not_implemented.clone(),
            Value::Int(_) | Value::BigInt(_) => types.int.clone(),
            Value::Float(_) => types.float.clone(),
            Value::Str(_) => types.str.clone(),
            Value::Bytes(_) => types.bytes.clone(),
            Value::List(_) => types.list.clone(),
            Value::Tuple(_) => types.tuple.clone(),
            Value::Dict(_) => types.dict.clone(),
            Value::DictView(view) => match view.kind {
                crate::object::DictIterKind::Keys => types.dict_keys.clone(),
                crate::object::DictIterKind::Values => types.dict_values.clone(),
                crate::object::DictIterKind::Items => types.dict_items.clone(),
            },
            Value::Set(_) => types.set.clone(),
            Value::FrozenSet(_) => types.frozenset.clone(),
            Value::Range(_) => types.range.clone(),
            Value::Slice(_) => types.slice.clone(),
            Value::Function(_) => types.function.clone(),
            Value::Builtin(_) => types.builtin_function.clone(),
            Value::BoundMethod(method) => match method.function {
                Value::Builtin(_) => types.builtin_function.clone(),
                _ => types.method.clone(),
            },
            Value::Cell(_) => types.cell.clone(),
            Value::Iterator(iterator) => {
                let name = iterator.state.borrow().type_name();
                types
                    .iterators
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| types.object.clone())
            }
            Value::Generator(_) => types.generator.clone(),
            Value::Class(class) => class
                .metaclass
                .clone()
                .unwrap_or_else(|| types.type_.clone()),
            Value::Instance(instance) => instance.class.clone(),
            Value::Module(_) => types.module.clone(),
        }
    }

    /// `type(value)` borrowed, for the common builtin types (no reference count traffic on
    /// the method-call path); `None` for the others, which `type_of` answers.
    #[inline]
    pub(crate) fn builtin_type_ref(&self, value: &Value) -> Option<&Rc<Class>> {
        let types = &self.types;
        match value {
            Value::Str(_) => Some(&types.str),
            Value::List(_) => Some(&types.list),
            Value::Dict(_) => Some(&types.dict),
            Value::Int(_) | Value::BigInt(_) => Some(&types.int),
            Value::Float(_) => Some(&types.float),
            Value::Tuple(_) => Some(&types.tuple),
            Value::Bytes(_) => Some(&types.bytes),
            Value::Set(_) => Some(&types.set),
            Value::FrozenSet(_) => Some(&types.frozenset),
            _ => None,
        }
    }

    /// The name of `type(value)`, for error messages.
    pub fn type_name(&self, value: &Value) -> String {
        match value {
            Value::Instance(instance) => instance.class.type_name(),
            Value::Iterator(iterator) => iterator.state.borrow().type_name().to_owned(),
            other => self.type_of(other).name.as_str().to_owned(),
        }
    }

    /// `isinstance(value, class)` for a single class.
    pub fn is_instance(&self, value: &Value, class: &Class) -> bool {
        // The type borrowed where it can be: `type_of`'s new reference cost a count
        // increment and an out-of-line release per `isinstance`.
        match value {
            Value::Instance(instance) => instance.class.is_subclass_of(class),
            other => match self.builtin_type_ref(other) {
                Some(type_) => type_.is_subclass_of(class),
                None => self.type_of(other).is_subclass_of(class),
            },
        }
    }
}

/// C3 linearization of `bases`' MROs: the MRO of a builtin class after the class itself.
fn linearize(bases: &[&Rc<Class>]) -> Vec<Rc<Class>> {
    // C3 linearization of the bases' MROs (only `ExceptionGroup` has two bases).
    let mut sequences: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|base| base.mro().cloned().collect())
        .collect();
    sequences.push(bases.iter().map(|base| (*base).clone()).collect());
    let mut mro_tail: Vec<Rc<Class>> = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        let Some(head) = sequences
            .iter()
            .map(|sequence| sequence[0].clone())
            .find(|candidate| {
                !sequences
                    .iter()
                    .any(|sequence| sequence[1..].iter().any(|c| Rc::ptr_eq(c, candidate)))
            })
        else {
            break;
        };
        for sequence in &mut sequences {
            if Rc::ptr_eq(&sequence[0], &head) {
                sequence.remove(0);
            }
        }
        mro_tail.push(head);
    }
    mro_tail
}
