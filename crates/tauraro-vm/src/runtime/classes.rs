//! Classes: the `class` statement (`__build_class__`), `type(name, bases, namespace)`, the C3
//! method resolution order, instantiation through `__new__` and `__init__`, and `super()`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{
    Args, BuiltinKind, Class, ConstructPlan, DictTable, Instance, Payload, PyDict, PyStr,
};
use crate::runtime::attribute::class_lookup;
use crate::value::Value;

/// Whether user classes may extend a builtin type of this layout (its instances then carry
/// a value of that type as their payload, or exception data).
fn is_extensible_layout(kind: BuiltinKind) -> bool {
    matches!(
        kind,
        BuiltinKind::Int
            | BuiltinKind::Float
            | BuiltinKind::Str
            | BuiltinKind::Bytes
            | BuiltinKind::List
            | BuiltinKind::Tuple
            | BuiltinKind::Dict
            | BuiltinKind::Set
            | BuiltinKind::FrozenSet
            | BuiltinKind::Type
            | BuiltinKind::Exception(_)
    )
}

/// Builtin types CPython lets programs subclass but Tauraro does not yet (`property`,
/// `complex`, `module`, ...), as opposed to the ones CPython refuses too.
fn is_object_like_builtin(class: &Rc<Class>, vm: &Vm) -> bool {
    let types = &vm.types;
    [
        &types.complex,
        &types.module,
        &types.property,
        &types.staticmethod,
        &types.classmethod,
        &types.super_,
    ]
    .iter()
    .any(|other| Rc::ptr_eq(class, other))
}

/// The C3 linearisation of `bases` (the MRO of a new class, without the class itself), or
/// when none exists the classes heading the sequences that could not be merged (which
/// CPython's error message names).
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut sequences: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|base| base.mro().cloned().collect())
        .collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().map(|sequence| &sequence[0]).find(|head| {
            !sequences
                .iter()
                .any(|sequence| sequence[1..].iter().any(|c| Rc::ptr_eq(c, head)))
        });
        let Some(candidate) = candidate.cloned() else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for sequence in &sequences {
                if !heads.iter().any(|head| Rc::ptr_eq(head, &sequence[0])) {
                    heads.push(sequence[0].clone());
                }
            }
            return Err(heads);
        };
        for sequence in &mut sequences {
            if Rc::ptr_eq(&sequence[0], &candidate) {
                sequence.remove(0);
            }
        }
        result.push(candidate);
    }
}

impl Vm {
    /// `__build_class__(body, name, *bases, metaclass=None, **kwargs)`: picks the metaclass
    /// (the most derived of the explicit one and those of the bases), asks it for the
    /// namespace (`__prepare__`), runs the class body in it and calls the metaclass with
    /// `(name, bases, namespace, **kwargs)`; fills the `__class__` cell the body returns, for
    /// `super()`. Bases that are not classes but have `__mro_entries__` (generic aliases such
    /// as `list[int]`) are replaced by what it returns, the originals kept as
    /// `__orig_bases__`.
    pub(crate) fn build_class(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [body, name, bases @ ..] = args.positional else {
            return Err(PyErr::type_error("__build_class__: not enough arguments"));
        };
        let Value::Str(name) = name else {
            return Err(PyErr::type_error("__build_class__: name is not a string"));
        };
        let resolved = self.resolve_mro_entries(bases)?;
        let mut base_classes = Vec::with_capacity(resolved.len());
        for base in &resolved {
            match base {
                Value::Class(class) => base_classes.push(class.clone()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        self.type_name(other)
                    )));
                }
            }
        }
        let mut explicit_metaclass = None;
        let mut class_kwargs = Vec::new();
        for (key, value) in args.keywords {
            if key.as_str() == "metaclass" {
                explicit_metaclass = Some(value.clone());
            } else {
                class_kwargs.push((key.clone(), value.clone()));
            }
        }
        let metaclass = match explicit_metaclass {
            Some(Value::Class(explicit)) => {
                Value::Class(self.calculate_metaclass(&explicit, &base_classes)?)
            }
            Some(other) => other,
            None => match base_classes.first() {
                Some(first) => {
                    let first = self.metaclass_of(first);
                    Value::Class(self.calculate_metaclass(&first, &base_classes)?)
                }
                None => Value::Class(self.types.type_.clone()),
            },
        };
        let orig_bases = (resolved.len() != bases.len()
            || resolved.iter().zip(bases).any(|(new, old)| !new.is(old)))
        .then(|| Value::tuple(bases.to_vec()));
        if let Value::Class(plain) = &metaclass
            && Rc::ptr_eq(plain, &self.types.type_)
        {
            let namespace = Rc::new(PyDict::new(DictTable::new()));
            let cell = self.call(body, &[Value::Dict(namespace.clone())])?;
            // Stored after the body runs, as CPython does.
            if let Some(orig_bases) = orig_bases {
                self.dict_set(&namespace, Value::str("__orig_bases__"), orig_bases)?;
            }
            let class = self.create_class(name, base_classes, &namespace, &class_kwargs, plain)?;
            if let Value::Cell(cell) = cell {
                cell.set(Value::Class(class.clone()));
            }
            return Ok(Value::Class(class));
        }
        let bases_tuple = Value::tuple(resolved);
        let namespace = match self.get_attr_opt(&metaclass, "__prepare__")? {
            Some(prepare) => self.call_value(
                &prepare,
                Args {
                    positional: &[Value::Str(name.clone()), bases_tuple.clone()],
                    keywords: &class_kwargs,
                },
            )?,
            None => Value::Dict(Rc::new(PyDict::new(DictTable::new()))),
        };
        if !matches!(crate::object::as_builtin(&namespace), Value::Dict(_))
            && self.get_attr_opt(&namespace, "__getitem__")?.is_none()
        {
            let owner = match &metaclass {
                Value::Class(class) => class.name.as_str().to_owned(),
                _ => "<metaclass>".to_owned(),
            };
            return Err(PyErr::type_error(format!(
                "{owner}.__prepare__() must return a mapping, not {}",
                self.type_name(&namespace)
            )));
        }
        let cell = self.call(body, std::slice::from_ref(&namespace))?;
        if let Some(orig_bases) = orig_bases {
            self.set_item(&namespace, Value::str("__orig_bases__"), orig_bases)?;
        }
        let class = self.call_value(
            &metaclass,
            Args {
                positional: &[Value::Str(name.clone()), bases_tuple, namespace],
                keywords: &class_kwargs,
            },
        )?;
        if let Value::Cell(cell) = cell
            && let Value::Class(_) = &class
        {
            cell.set(class.clone());
        }
        Ok(class)
    }

    /// The bases of a class statement after `__mro_entries__`: a base that is not a class
    /// but has that method is replaced by the classes it returns.
    fn resolve_mro_entries(&mut self, bases: &[Value]) -> PyResult<Vec<Value>> {
        if bases.iter().all(|base| matches!(base, Value::Class(_))) {
            return Ok(bases.to_vec());
        }
        let mut resolved = Vec::with_capacity(bases.len());
        let original = Value::tuple(bases.to_vec());
        for base in bases {
            if let Value::Class(_) = base {
                resolved.push(base.clone());
                continue;
            }
            match self.get_attr_opt(base, "__mro_entries__")? {
                Some(entries) => {
                    let entries = self.call(&entries, std::slice::from_ref(&original))?;
                    let Value::Tuple(entries) = entries else {
                        return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                    };
                    resolved.extend(entries.items.iter().cloned());
                }
                None => resolved.push(base.clone()),
            }
        }
        Ok(resolved)
    }

    /// Creates a class as `type(name, bases, namespace)` does.
    pub fn create_class(
        &mut self,
        name: &Rc<PyStr>,
        mut bases: Vec<Rc<Class>>,
        namespace: &PyDict,
        kwargs: &[(Rc<PyStr>, Value)],
        metaclass: &Rc<Class>,
    ) -> PyResult<Rc<Class>> {
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        for (index, base) in bases.iter().enumerate() {
            if bases[..index]
                .iter()
                .any(|earlier| Rc::ptr_eq(earlier, base))
            {
                return Err(PyErr::type_error(format!(
                    "duplicate base class {}",
                    base.name.as_str()
                )));
            }
        }
        let kind = self.instance_layout(&bases)?;
        let mro_tail = match c3_merge(&bases) {
            Ok(mro_tail) => mro_tail,
            Err(heads) => {
                let names: Vec<&str> = heads.iter().map(|class| class.name.as_str()).collect();
                return Err(PyErr::type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let kind = match kind {
            // Deeper exception classes come first in the MRO; keep the most derived.
            BuiltinKind::Exception(_) => mro_tail
                .iter()
                .find_map(|class| match class.kind {
                    BuiltinKind::Exception(_) => Some(class.kind),
                    _ => None,
                })
                .unwrap_or(kind),
            other => other,
        };
        let mut table = DictTable::new();
        let mut qualname = name.clone();
        let mut module = self.intern("__main__");
        for entry in namespace.table.borrow().iter() {
            if let Value::Str(key) = &entry.key {
                match key.as_str() {
                    "__qualname__" => {
                        let Value::Str(text) = &entry.value else {
                            return Err(PyErr::type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                self.type_name(&entry.value)
                            )));
                        };
                        qualname = text.clone();
                        continue;
                    }
                    "__module__" => {
                        if let Value::Str(text) = &entry.value {
                            module = text.clone();
                        }
                    }
                    _ => {}
                }
            }
            let value = match (&entry.key, &entry.value) {
                // `__new__` is implicitly static, `__init_subclass__` and
                // `__class_getitem__` implicitly class methods.
                (Value::Str(key), Value::Function(_)) if key.as_str() == "__new__" => {
                    self.wrap_descriptor(&entry.value, true)
                }
                (Value::Str(key), Value::Function(_))
                    if matches!(key.as_str(), "__init_subclass__" | "__class_getitem__") =>
                {
                    self.wrap_descriptor(&entry.value, false)
                }
                _ => entry.value.clone(),
            };
            table.push(entry.hash, entry.key.clone(), value);
        }
        let defines = |table: &DictTable, name: &str| {
            table
                .iter()
                .any(|entry| matches!(&entry.key, Value::Str(key) if key.as_str() == name))
        };
        if !defines(&table, "__module__") {
            // `type(name, bases, namespace)` takes the module of the code calling it.
            if let Some(frame) = self.frames.last() {
                module = frame.function.globals.name.clone();
            }
            let key = PyStr::new("__module__");
            table.push(
                key.hash(),
                Value::Str(Rc::new(key)),
                Value::Str(module.clone()),
            );
        }
        if !defines(&table, "__doc__") {
            // Every class has its own `__doc__`; docstrings are not inherited.
            let key = PyStr::new("__doc__");
            table.push(key.hash(), Value::Str(Rc::new(key)), Value::None);
        }
        if defines(&table, "__eq__") && !defines(&table, "__hash__") {
            let key = PyStr::new("__hash__");
            table.push(key.hash(), Value::Str(Rc::new(key)), Value::None);
        }
        let class = Rc::new(Class {
            name: name.clone(),
            qualname,
            module,
            bases: bases.into_boxed_slice(),
            mro_tail: mro_tail.into_boxed_slice(),
            dict: RefCell::new(table),
            kind,
            is_builtin: false,
            is_native: false,
            constructor: None,
            version: Cell::new(0),
            init_cache: Default::default(),
            construct_cache: Default::default(),
            context_cache: Default::default(),
            finalizer_cache: Default::default(),
            instances_may_shadow: Cell::new(false),
            attribute_hint: Cell::new(0),
            shape_root: Cell::new(None),
            metaclass: (!Rc::ptr_eq(metaclass, &self.types.type_)).then(|| metaclass.clone()),
            is_abstract: Cell::new(false),
            subclasses: Default::default(),
        });
        Class::register_subclass(&class);
        // `__set_name__` on descriptors, then the parent's `__init_subclass__`.
        let entries: Vec<(Value, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|entry| (entry.key.clone(), entry.value.clone()))
            .collect();
        for (key, value) in entries {
            if let Value::Instance(_) = value
                && let Some(set_name) = self.get_attr_opt(&value, "__set_name__")?
                && let Err(err) = self.call(&set_name, &[Value::Class(class.clone()), key.clone()])
            {
                // CPython 3.11 reports the failure as a RuntimeError caused by it.
                let message = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    self.type_name(&value),
                    self.repr(&key)?.as_str(),
                    class.name.as_str()
                );
                return Err(self.error_from_cause(ExcKind::RuntimeError, message, err));
            }
        }
        let hook = class.mro_tail.iter().find_map(|parent| {
            let dict = parent.dict.borrow();
            dict.iter()
                    .find(|entry| {
                        matches!(&entry.key, Value::Str(k) if k.as_str() == "__init_subclass__")
                    })
                    .map(|entry| entry.value.clone())
        });
        match hook {
            Some(Value::Instance(hook)) if matches!(hook.payload, Payload::ClassMethod(_)) => {
                let Payload::ClassMethod(function) = &hook.payload else {
                    unreachable!()
                };
                self.call_value(
                    function,
                    Args {
                        positional: &[Value::Class(class.clone())],
                        keywords: kwargs,
                    },
                )?;
            }
            Some(other) => {
                let hook = self.bind_descriptor(other, &Value::None, &class)?;
                self.call_value(
                    &hook,
                    Args {
                        positional: &[],
                        keywords: kwargs,
                    },
                )?;
            }
            None => {}
        }
        Ok(class)
    }

    /// The builtin layout instances of a class with these bases have (`Object` for plain
    /// classes), refusing bases CPython refuses: types that cannot be subclassed (`bool`,
    /// `range`, ...) and bases whose instances would need two different builtin layouts.
    fn instance_layout(&self, bases: &[Rc<Class>]) -> PyResult<BuiltinKind> {
        let mut layout = BuiltinKind::Object;
        for base in bases {
            if base.is_builtin {
                let subclassable = match base.kind {
                    BuiltinKind::Object => Rc::ptr_eq(base, &self.types.object),
                    kind => is_extensible_layout(kind),
                };
                if !subclassable {
                    if is_object_like_builtin(base, self) {
                        return Err(PyErr::not_supported(format!(
                            "subclassing the builtin type '{}'",
                            base.name.as_str()
                        )));
                    }
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        base.name.as_str()
                    )));
                }
            }
            let kind = base.kind;
            let conflict = match (layout, kind) {
                (_, BuiltinKind::Object) => false,
                (BuiltinKind::Object, _) => {
                    layout = kind;
                    false
                }
                (BuiltinKind::Exception(_), BuiltinKind::Exception(_)) => false,
                (current, new) => current != new,
            };
            if conflict {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
        }
        Ok(layout)
    }

    /// Wraps a function as a `staticmethod` or `classmethod` object.
    pub(crate) fn wrap_descriptor(&self, function: &Value, is_static: bool) -> Value {
        let (class, payload) = if is_static {
            (
                self.types.staticmethod.clone(),
                Payload::StaticMethod(function.clone()),
            )
        } else {
            (
                self.types.classmethod.clone(),
                Payload::ClassMethod(function.clone()),
            )
        };
        Value::Instance(Instance::new_rc(class, payload))
    }

    /// A new, uninitialised instance of a user class, made as its builtin base's `__new__`
    /// makes it: `object.__new__(class)` for plain classes, exception data for exceptions,
    /// an empty list/dict/set payload for subclasses of mutable types (their `__init__` fills
    /// it), and for immutable types the base type called with `args` (`int.__new__(cls, x)`).
    pub(crate) fn allocate_instance(
        &mut self,
        class: &Rc<Class>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let payload = match class.kind {
            BuiltinKind::Exception(_) => {
                let class = crate::builtins::exception_class_for(self, class, args.positional)?;
                return Ok(Value::Instance(
                    self.new_exception(class, args.positional.to_vec()),
                ));
            }
            BuiltinKind::Object => {
                self.refuse_abstract(class)?;
                Payload::None
            }
            // A metaclass without its own `__new__`: `type.__new__(class, *args)`.
            BuiltinKind::Type => return self.type_new_with_metaclass(class, args),
            BuiltinKind::List => Payload::Builtin(Value::list(Vec::new())),
            BuiltinKind::Dict => {
                Payload::Builtin(Value::Dict(Rc::new(PyDict::new(DictTable::new()))))
            }
            BuiltinKind::Set => Payload::Builtin(Value::Set(Rc::new(crate::object::PySet::new(
                crate::object::SetTable::new(),
            )))),
            _ => {
                let base = self.builtin_base(class);
                let Some(constructor) = base.constructor else {
                    return Err(PyErr::not_supported(format!(
                        "instances of subclasses of '{}'",
                        base.name.as_str()
                    )));
                };
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(Value::Class(base.clone()));
                positional.extend_from_slice(args.positional);
                let value = constructor(
                    self,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )?;
                Payload::Builtin(value)
            }
        };
        let instance = Instance::new_rc(class.clone(), payload);
        if crate::gc::track(&instance) {
            crate::gc::collect();
        }
        Ok(Value::Instance(instance))
    }

    /// `object.__new__`'s refusal to instantiate a class with abstract methods.
    pub(crate) fn refuse_abstract(&mut self, class: &Rc<Class>) -> PyResult<()> {
        if !class.is_abstract.get() {
            return Ok(());
        }
        let methods = self
            .get_attr_opt(&Value::Class(class.clone()), "__abstractmethods__")?
            .unwrap_or(Value::None);
        let mut names = Vec::new();
        for name in self.collect(&methods)? {
            names.push(self.to_str(&name)?.as_str().to_owned());
        }
        names.sort();
        Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            class.name.as_str(),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        )))
    }

    /// The builtin class whose layout instances of `class` have (`object` for plain classes).
    pub(crate) fn builtin_base(&self, class: &Rc<Class>) -> Rc<Class> {
        class
            .mro()
            .find(|ancestor| ancestor.is_builtin && ancestor.kind == class.kind)
            .cloned()
            .unwrap_or_else(|| self.types.object.clone())
    }

    /// Calling a user class: `__new__`, then `__init__` when `__new__` returned an instance.
    pub(crate) fn instantiate(&mut self, class: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        let ConstructPlan {
            user_new,
            init,
            init_is_object_init,
            ..
        } = self.construct_plan(class);
        let object = match &user_new {
            Some(new) => {
                let mut positional = Vec::with_capacity(args.positional.len() + 1);
                positional.push(Value::Class(class.clone()));
                positional.extend_from_slice(args.positional);
                self.call_value(
                    new,
                    Args {
                        positional: &positional,
                        keywords: args.keywords,
                    },
                )?
            }
            None => {
                // `object.__new__` refuses arguments that no `__init__` will consume.
                if class.kind == BuiltinKind::Object && init_is_object_init && !args.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        class.name.as_str()
                    )));
                }
                self.allocate_instance(class, args)?
            }
        };
        if !self.is_instance(&object, class) {
            return Ok(object);
        }
        let Some(init) = init else {
            return Ok(object);
        };
        if init_is_object_init {
            // `object.__init__` accepts (and ignores) arguments consumed by a `__new__`.
            return Ok(object);
        }
        if matches!(class.kind, BuiltinKind::Exception(_)) && matches!(init, Value::Builtin(_)) {
            // `BaseException.__init__`: the arguments were stored when the instance was made.
            return Ok(object);
        }
        let mut positional = Vec::with_capacity(args.positional.len() + 1);
        positional.push(object.clone());
        positional.extend_from_slice(args.positional);
        let result = self.call_value(
            &init,
            Args {
                positional: &positional,
                keywords: args.keywords,
            },
        )?;
        if !result.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&result)
            )));
        }
        Ok(object)
    }

    /// The `__new__`/`__init__` lookups of [`Vm::instantiate`], cached on the class while
    /// no class namespace changes.
    fn construct_plan(&self, class: &Rc<Class>) -> ConstructPlan {
        let epoch = crate::object::class_epoch();
        if let Some(plan) = class.construct_cache.borrow().as_ref()
            && plan.epoch == epoch
        {
            return plan.clone();
        }
        let user_new = match class_lookup(class, "__new__") {
            Some(Value::Instance(new)) => match &new.payload {
                Payload::StaticMethod(function) => Some(function.clone()),
                _ => None,
            },
            Some(new @ Value::Function(_)) => Some(new),
            _ => None,
        };
        let init = class_lookup(class, "__init__");
        let object_init = class_lookup(&self.types.object, "__init__");
        let init_is_object_init = match (&init, &object_init) {
            (Some(init), Some(object_init)) => init.is(object_init),
            _ => init.is_none(),
        };
        let plan = ConstructPlan {
            epoch,
            user_new,
            init,
            init_is_object_init,
        };
        *class.construct_cache.borrow_mut() = Some(plan.clone());
        plan
    }

    /// Attribute lookup through `super(class, object)`.
    pub(crate) fn super_get_attr(
        &mut self,
        start_after: &Rc<Class>,
        object: &Value,
        name: &PyStr,
    ) -> PyResult<Value> {
        // `super(C, cls)` in a class method looks along `cls`'s MRO; in a method of a
        // metaclass, `cls` is an instance and the lookup follows its metaclass.
        let (object_class, bound_to) = match object {
            Value::Class(class) if class.is_subclass_of(start_after) => {
                (class.clone(), Value::None)
            }
            other => (self.type_of(other), other.clone()),
        };
        let hash = name.hash();
        let mut after_start = object_class
            .mro()
            .skip_while(|class| !Rc::ptr_eq(class, start_after))
            .skip(1);
        let found = after_start.find_map(|class| {
            let dict = class.dict.borrow();
            match dict.find::<()>(hash, |key| {
                Ok(matches!(key, Value::Str(key) if key.as_str() == name.as_str()))
            }) {
                Ok(Some(position)) => dict.entry(position).map(|entry| entry.value.clone()),
                _ => None,
            }
        });
        if let Some(value) = found {
            return self.bind_descriptor(value, &bound_to, &object_class);
        }
        Err(PyErr::new(
            crate::error::ExcKind::AttributeError,
            format!("'super' object has no attribute '{}'", name.as_str()),
        ))
    }

    /// `super(class, object)`.
    pub(crate) fn new_super(&mut self, class: &Value, object: &Value) -> PyResult<Value> {
        let Value::Class(class) = class else {
            return Err(PyErr::type_error(format!(
                "super() argument 1 must be a type, not {}",
                self.type_name(class)
            )));
        };
        let valid = match object {
            Value::Class(other) => other.is_subclass_of(class) || self.is_instance(object, class),
            other => self.is_instance(other, class),
        };
        if !valid {
            return Err(PyErr::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        Ok(Value::Instance(Rc::new(Instance::new(
            self.types.super_.clone(),
            Payload::Super {
                class: class.clone(),
                object: object.clone(),
            },
        ))))
    }
}
