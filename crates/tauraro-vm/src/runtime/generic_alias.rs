//! Generic aliases and unions of types: `list[int]` (`types.GenericAlias`) and `int | str`
//! (`types.UnionType`), as CPython's `genericaliasobject.c` and `unionobject.c` make them.
//! Both are instances of builtin classes carrying their parts in the payload. An alias calls
//! its origin and forwards attribute reads to it; neither may be the second argument of
//! `isinstance` except a union, which tests each of its members.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::interpreter::Vm;
use crate::object::{Args, BuiltinFunction, Class, Instance, Payload, PyTuple, RcTuple};
use crate::value::Value;

/// Attributes of a generic alias that are its own rather than its origin's.
const ALIAS_OWN_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

/// The origin and arguments of a generic alias value.
pub(crate) fn alias_parts(value: &Value) -> Option<(&Value, &RcTuple)> {
    match value {
        Value::Instance(instance) => match &instance.payload {
            Payload::GenericAlias { origin, args } => Some((origin, args)),
            _ => None,
        },
        _ => None,
    }
}

/// The members of a union value.
pub(crate) fn union_args(value: &Value) -> Option<&RcTuple> {
    match value {
        Value::Instance(instance) => match &instance.payload {
            Payload::Union { args } => Some(args),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `value` may be an operand of a type union (`_Py_union_type_or`).
fn is_unionable(value: &Value) -> bool {
    matches!(value, Value::None | Value::Class(_))
        || alias_parts(value).is_some()
        || union_args(value).is_some()
}

/// Whether `a | b` is for the type-union machinery to try (a class, alias, union or None on
/// the left, or a class, alias or union on the right of something that is not a user
/// object with its own `__or__`).
pub(crate) fn is_type_union_candidate(a: &Value, b: &Value) -> bool {
    let user_object = |value: &Value| matches!(value, Value::Instance(_)) && !is_unionable(value);
    (is_unionable(a) && !matches!(a, Value::None))
        || (!user_object(a) && is_unionable(b) && !matches!(b, Value::None))
}

impl Vm {
    /// `origin[args]` as a `types.GenericAlias`.
    pub(crate) fn new_generic_alias(&self, origin: Value, args: &Value) -> Value {
        let args = match args {
            Value::Tuple(tuple) => tuple.clone(),
            other => RcTuple::new(vec![other.clone()]),
        };
        Value::Instance(Rc::new(Instance::new(
            self.types.generic_alias.clone(),
            Payload::GenericAlias { origin, args },
        )))
    }

    /// `a | b` for types: the metaclass's `__or__`/`__ror__` when it defines them, else the
    /// union of two unionable operands; `None` when neither applies.
    pub(crate) fn type_union_op(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Some(result) = self.call_metaclass_dunder(a, "__or__", std::slice::from_ref(b))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        if let Some(result) = self.call_metaclass_dunder(b, "__ror__", std::slice::from_ref(a))?
            && !matches!(result, Value::NotImplemented)
        {
            return Ok(Some(result));
        }
        self.type_union_op_default(a, b)
    }

    /// `type.__or__`: the union of `a` and `b` when both may be in one, else `None`.
    pub(crate) fn type_union_op_default(
        &mut self,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if !is_unionable(a) || !is_unionable(b) {
            return Ok(None);
        }
        Ok(Some(self.make_union(&[a.clone(), b.clone()])?))
    }

    /// The union of `members` (unions among them flattened, `None` as `NoneType`,
    /// duplicates dropped); a single remaining type is returned itself.
    pub(crate) fn make_union(&mut self, members: &[Value]) -> PyResult<Value> {
        let mut flat: Vec<Value> = Vec::new();
        for member in members {
            let parts: Vec<Value> = match union_args(member) {
                Some(args) => args.items.to_vec(),
                None => vec![member.clone()],
            };
            for part in parts {
                let part = match part {
                    Value::None => Value::Class(self.types.none.clone()),
                    other => other,
                };
                let mut duplicate = false;
                for existing in &flat {
                    if existing.is(&part) || self.values_equal(existing, &part)? {
                        duplicate = true;
                        break;
                    }
                }
                if !duplicate {
                    flat.push(part);
                }
            }
        }
        if flat.len() == 1 {
            return Ok(flat.pop().unwrap_or(Value::None));
        }
        Ok(Value::Instance(Rc::new(Instance::new(
            self.types.union_type.clone(),
            Payload::Union {
                args: RcTuple::new(flat),
            },
        ))))
    }

    /// How an argument of an alias or union is shown in its repr (`ga_repr_item`).
    fn alias_item_repr(&mut self, item: &Value) -> PyResult<String> {
        if matches!(item, Value::Ellipsis) {
            return Ok("...".to_owned());
        }
        if let Value::Class(class) = item {
            return Ok(class_path(class));
        }
        if alias_parts(item).is_some() || union_args(item).is_some() {
            return Ok(self.repr(item)?.as_str().to_owned());
        }
        if self.get_attr_opt(item, "__origin__")?.is_some()
            && self.get_attr_opt(item, "__args__")?.is_some()
        {
            return Ok(self.repr(item)?.as_str().to_owned());
        }
        let qualname = self.get_attr_opt(item, "__qualname__")?;
        let module = self.get_attr_opt(item, "__module__")?;
        if let (Some(Value::Str(qualname)), Some(Value::Str(module))) = (&qualname, &module) {
            return Ok(if module.as_str() == "builtins" {
                qualname.as_str().to_owned()
            } else {
                format!("{}.{}", module.as_str(), qualname.as_str())
            });
        }
        Ok(self.repr(item)?.as_str().to_owned())
    }

    /// The repr of an alias (`list[int]`) or union (`int | None`), or `None` for other
    /// instances.
    pub(crate) fn alias_repr(&mut self, instance: &Instance) -> PyResult<Option<String>> {
        match &instance.payload {
            Payload::GenericAlias { origin, args } => {
                let (origin, args) = (origin.clone(), args.clone());
                let mut text = self.alias_item_repr(&origin)?;
                text.push('[');
                if args.items.is_empty() {
                    text.push_str("()");
                }
                for (index, arg) in args.items.iter().enumerate() {
                    if index > 0 {
                        text.push_str(", ");
                    }
                    text.push_str(&self.alias_item_repr(arg)?);
                }
                text.push(']');
                Ok(Some(text))
            }
            Payload::Union { args } => {
                let args = args.clone();
                let mut parts = Vec::with_capacity(args.items.len());
                for arg in args.items.iter() {
                    parts.push(match arg {
                        Value::Class(class) if Rc::ptr_eq(class, &self.types.none) => {
                            "None".to_owned()
                        }
                        other => self.alias_item_repr(other)?,
                    });
                }
                Ok(Some(parts.join(" | ")))
            }
            _ => Ok(None),
        }
    }

    /// `alias.name`: the alias's own attributes, or the origin's (`list[int].append`).
    /// `None` for instances that are no alias or union.
    pub(crate) fn alias_get_attr(
        &mut self,
        instance: &Instance,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match &instance.payload {
            Payload::GenericAlias { origin, args } => Ok(Some(match name {
                "__origin__" => origin.clone(),
                "__args__" => Value::Tuple(args.clone()),
                "__parameters__" => {
                    let args = args.clone();
                    Value::tuple(self.type_parameters(&args)?)
                }
                "__unpacked__" => Value::False,
                _ if ALIAS_OWN_ATTRIBUTES.contains(&name) => return Ok(None),
                _ => {
                    let origin = origin.clone();
                    let name = self.intern(name);
                    return self.get_attr(&origin, &name).map(Some);
                }
            })),
            Payload::Union { args } => Ok(match name {
                "__args__" => Some(Value::Tuple(args.clone())),
                "__parameters__" => {
                    let args = args.clone();
                    Some(Value::tuple(self.type_parameters(&args)?))
                }
                _ => None,
            }),
            _ => Ok(None),
        }
    }

    /// The type variables among `args` (`_Py_make_parameters`): arguments that are not
    /// classes and have `__typing_subst__` (`typing.TypeVar`), and the `__parameters__` of
    /// the others, each once, in order.
    fn type_parameters(&mut self, args: &PyTuple) -> PyResult<Vec<Value>> {
        let mut parameters: Vec<Value> = Vec::new();
        for arg in args.items.iter() {
            if matches!(arg, Value::Class(_)) {
                continue;
            }
            let found = if self.get_attr_opt(arg, "__typing_subst__")?.is_some() {
                vec![arg.clone()]
            } else {
                match self.get_attr_opt(arg, "__parameters__")? {
                    Some(Value::Tuple(inner)) => inner.items.to_vec(),
                    _ => Vec::new(),
                }
            };
            for parameter in found {
                if !parameters.iter().any(|known| known.is(&parameter)) {
                    parameters.push(parameter);
                }
            }
        }
        Ok(parameters)
    }

    /// `alias[items]` and `union[items]`: the arguments with each type variable replaced by
    /// the item in its position (`_Py_subs_parameters`); aliases among the arguments are
    /// subscripted with the items for their own variables.
    pub(crate) fn substitute_parameters(
        &mut self,
        generic: &Value,
        args: &PyTuple,
        items: &Value,
    ) -> PyResult<Vec<Value>> {
        let parameters = self.type_parameters(args)?;
        if parameters.is_empty() {
            let text = self.repr(generic)?;
            return Err(PyErr::type_error(format!(
                "{} is not a generic class",
                text.as_str()
            )));
        }
        let items: Vec<Value> = match items {
            Value::Tuple(tuple) => tuple.items.to_vec(),
            other => vec![other.clone()],
        };
        if items.len() != parameters.len() {
            let text = self.repr(generic)?;
            return Err(PyErr::type_error(format!(
                "Too {} arguments for {}; actual {}, expected {}",
                if items.len() > parameters.len() {
                    "many"
                } else {
                    "few"
                },
                text.as_str(),
                items.len(),
                parameters.len()
            )));
        }
        let position = |value: &Value| parameters.iter().position(|p| p.is(value));
        let mut substituted = Vec::with_capacity(args.items.len());
        for arg in args.items.iter() {
            if matches!(arg, Value::Class(_)) {
                substituted.push(arg.clone());
                continue;
            }
            if let Some(subst) = self.get_attr_opt(arg, "__typing_subst__")? {
                let item = position(arg).map_or(Value::None, |index| items[index].clone());
                substituted.push(self.call(&subst, &[item])?);
                continue;
            }
            let inner = match self.get_attr_opt(arg, "__parameters__")? {
                Some(Value::Tuple(inner)) if !inner.items.is_empty() => inner,
                _ => {
                    substituted.push(arg.clone());
                    continue;
                }
            };
            let inner_items: Vec<Value> = inner
                .items
                .iter()
                .map(|parameter| {
                    position(parameter).map_or(parameter.clone(), |i| items[i].clone())
                })
                .collect();
            substituted.push(self.get_item(arg, &Value::tuple(inner_items))?);
        }
        Ok(substituted)
    }

    /// `==` between aliases (same origin and arguments) or unions (the same members in any
    /// order); `None` when the operands are not two aliases or two unions.
    pub(crate) fn alias_equal(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if let (Some((origin_a, args_a)), Some((origin_b, args_b))) =
            (alias_parts(a), alias_parts(b))
        {
            let (origin_a, args_a, origin_b, args_b) = (
                origin_a.clone(),
                Value::Tuple(args_a.clone()),
                origin_b.clone(),
                Value::Tuple(args_b.clone()),
            );
            return Ok(Some(
                self.values_equal(&origin_a, &origin_b)? && self.values_equal(&args_a, &args_b)?,
            ));
        }
        if let (Some(args_a), Some(args_b)) = (union_args(a), union_args(b)) {
            let (args_a, args_b) = (args_a.clone(), args_b.clone());
            if args_a.items.len() != args_b.items.len() {
                return Ok(Some(false));
            }
            for item in args_a.items.iter() {
                let mut found = false;
                for other in args_b.items.iter() {
                    if self.values_equal(item, other)? {
                        found = true;
                        break;
                    }
                }
                if !found {
                    return Ok(Some(false));
                }
            }
            return Ok(Some(true));
        }
        Ok(None)
    }

    /// `hash()` of an alias or union; `None` for other values.
    pub(crate) fn alias_hash(&mut self, value: &Value) -> PyResult<Option<i64>> {
        if let Some((origin, args)) = alias_parts(value) {
            let (origin, args) = (origin.clone(), Value::Tuple(args.clone()));
            let hash = self.hash_value(&origin)? ^ self.hash_value(&args)?;
            return Ok(Some(if hash == -1 { -2 } else { hash }));
        }
        if let Some(args) = union_args(value) {
            // Order-independent, as equality is.
            let args = args.clone();
            let mut hash: i64 = 0x345678;
            for item in args.items.iter() {
                hash ^= self.hash_value(item)?;
            }
            return Ok(Some(if hash == -1 { -2 } else { hash }));
        }
        Ok(None)
    }

    /// The members of `value` when it is a union (what `isinstance` and `issubclass` test
    /// one by one).
    pub(crate) fn union_members(&self, value: &Value) -> Option<RcTuple> {
        union_args(value).cloned()
    }
}

/// `module.qualname` of a class, without the module for builtins.
fn class_path(class: &Class) -> String {
    let (module, qualname) = class.repr_names();
    if module.as_str() == "builtins" {
        qualname.as_str().to_owned()
    } else {
        format!("{}.{}", module.as_str(), qualname.as_str())
    }
}

/// The receiver of a `GenericAlias` method and its parts.
fn alias_receiver<'a>(args: &'a Args<'_>) -> PyResult<(&'a Value, &'a Value, &'a RcTuple)> {
    let Some(first) = args.positional.first() else {
        return Err(PyErr::type_error("method called without its object"));
    };
    match alias_parts(first) {
        Some((origin, alias_args)) => Ok((first, origin, alias_args)),
        None => Err(PyErr::type_error(
            "descriptor requires a 'types.GenericAlias' object",
        )),
    }
}

/// `types.GenericAlias(origin, args)`.
pub(crate) fn generic_alias_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(PyErr::type_error(
            "GenericAlias() takes no keyword arguments",
        ));
    }
    match args.positional {
        [_, origin, alias_args] => Ok(vm.new_generic_alias(origin.clone(), alias_args)),
        other => Err(PyErr::type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            other.len().saturating_sub(1)
        ))),
    }
}

/// `alias(*args)`: calls the origin, then records the alias on the result as
/// `__orig_class__` where the result allows it.
fn alias_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (alias, origin, _) = alias_receiver(&args)?;
    let (alias, origin) = (alias.clone(), origin.clone());
    let result = vm.call_value(
        &origin,
        Args {
            positional: &args.positional[1..],
            keywords: args.keywords,
        },
    )?;
    if let Value::Instance(instance) = &result
        && !instance.class.is_builtin
    {
        let name = vm.intern("__orig_class__");
        if let Err(err) = vm.set_attr(&result, &name, alias) {
            let attribute_error =
                vm.is_instance_of_kind(&err, crate::error::ExcKind::AttributeError);
            let type_error = vm.is_instance_of_kind(&err, crate::error::ExcKind::TypeError);
            if !attribute_error && !type_error {
                return Err(err);
            }
        }
    }
    Ok(result)
}

/// `alias.__mro_entries__(bases)`: the origin, as the base a class statement uses.
fn alias_mro_entries(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, origin, _) = alias_receiver(&args)?;
    Ok(Value::tuple(vec![origin.clone()]))
}

/// `alias[items]`: the alias with its type variables substituted (`list[T][int]`).
fn alias_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (alias, origin, alias_args) = alias_receiver(&args)?;
    let [_, items] = args.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    let (alias, origin, alias_args) = (alias.clone(), origin.clone(), alias_args.clone());
    let substituted = vm.substitute_parameters(&alias, &alias_args, items)?;
    Ok(vm.new_generic_alias(origin, &Value::tuple(substituted)))
}

/// `union[items]`: the union of the members with their type variables substituted.
fn union_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [union, items] = args.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    let Some(members) = union_args(union).cloned() else {
        return Err(PyErr::type_error(
            "descriptor requires a 'types.UnionType' object",
        ));
    };
    let substituted = vm.substitute_parameters(union, &members, items)?;
    let mut result = substituted.first().cloned().unwrap_or(Value::None);
    for member in substituted.iter().skip(1) {
        result = vm.binary_op(crate::runtime::arith::BinOp::BitOr, &result, member)?;
    }
    Ok(result)
}

/// `alias | x` and `x | alias`, and the same for unions.
fn type_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    Ok(vm
        .type_union_op_default(a, b)?
        .unwrap_or(Value::NotImplemented))
}

fn type_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [a, b] = args.positional else {
        return Err(PyErr::type_error("expected 1 argument"));
    };
    Ok(vm
        .type_union_op_default(b, a)?
        .unwrap_or(Value::NotImplemented))
}

/// `cls.__class_getitem__(item)` of the builtin generic classes (`list`, `dict`, ...).
fn builtin_class_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [class, item] = args.positional else {
        return Err(PyErr::type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.positional.len().saturating_sub(1)
        )));
    };
    Ok(vm.new_generic_alias(class.clone(), item))
}

static ALIAS_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__call__", alias_call),
    BuiltinFunction::new("__mro_entries__", alias_mro_entries),
    BuiltinFunction::new("__getitem__", alias_getitem),
    BuiltinFunction::new("__or__", type_or),
    BuiltinFunction::new("__ror__", type_ror),
];

static UNION_METHODS: &[BuiltinFunction] = &[
    BuiltinFunction::new("__getitem__", union_getitem),
    BuiltinFunction::new("__or__", type_or),
    BuiltinFunction::new("__ror__", type_ror),
];

static CLASS_GETITEM: BuiltinFunction =
    BuiltinFunction::new("__class_getitem__", builtin_class_getitem);

/// Installs the methods of `GenericAlias` and `UnionType`, and `__class_getitem__` on the
/// builtin classes CPython makes generic.
pub fn install(vm: &mut Vm) {
    let types = &vm.types;
    for (class, methods) in [
        (&types.generic_alias, ALIAS_METHODS),
        (&types.union_type, UNION_METHODS),
    ] {
        for method in methods {
            add_to_namespace(class, method.name, Value::Builtin(method));
        }
    }
    let hook = vm.wrap_descriptor(&Value::Builtin(&CLASS_GETITEM), false);
    let types = &vm.types;
    for class in [
        &types.list,
        &types.dict,
        &types.tuple,
        &types.set,
        &types.frozenset,
    ] {
        add_to_namespace(class, "__class_getitem__", hook.clone());
    }
}

/// Adds `name` to the namespace of a builtin class being set up.
fn add_to_namespace(class: &Class, name: &str, value: Value) {
    let key = crate::object::PyStr::new(name);
    class
        .dict
        .borrow_mut()
        .push(key.hash(), Value::Str(Rc::new(key)), value);
}
