# The MROs of builtin classes (one base: the base's MRO after the class; ExceptionGroup:
# C3 over its two bases), and isinstance/issubclass through them.
for cls in (object, bool, int, KeyError, ModuleNotFoundError, UnboundLocalError,
            ExceptionGroup, BaseExceptionGroup, ZeroDivisionError, StopIteration):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(bool, int), issubclass(ExceptionGroup, Exception), issubclass(KeyError, LookupError))
print(isinstance(ExceptionGroup("g", [ValueError()]), BaseExceptionGroup))
