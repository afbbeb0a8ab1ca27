"""Abstract base classes: ABCMeta, ABC, abstractmethod and virtual subclass registration."""

# The deprecated abstractclassmethod, abstractstaticmethod and abstractproperty need
# subclasses of classmethod, staticmethod and property, which are not supported yet.
__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods: a class whose metaclass is ABCMeta cannot
    be instantiated until all its abstract methods are overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# Bumped by every register() call: negative subclass-check caches older than this are
# stale, since a registration anywhere can make a class a virtual subclass.
_invalidation_counter = [0]


def get_cache_token():
    """A token that changes whenever an ABC's virtual subclass registry changes."""
    return _invalidation_counter[0]


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, and acts as a mix-in class; unrelated classes
    become its "virtual subclasses" with register(), or when its __subclasshook__ says
    so. isinstance() and issubclass() consult both.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter[0]
        for base in bases:
            known = getattr(base, '_abc_subclasses', None)
            if known is not None and isinstance(base, ABCMeta):
                known.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, '' if len(names) == 1 else 's',
                               ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def __subclasshook__(cls, subclass):
        # What object.__subclasshook__ answers: no opinion, use the normal mechanism.
        return NotImplemented

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as
        a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter[0]
        elif subclass in cls._abc_negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return answer
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for derived in cls._abc_subclasses:
            if issubclass(subclass, derived):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were implemented or
    added to it after its creation. Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, list(cls.__dict__.items()),
                                                 cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
