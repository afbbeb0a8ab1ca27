"""typing: ContextManager aliases, is_typeddict, ParamSpec args/kwargs objects; enum.show_flag_values."""
import enum
import typing as t
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(t.ContextManager, t.ContextManager[int], isinstance(CM(), t.ContextManager), isinstance(3, t.ContextManager), t.AsyncContextManager[str])
class Movie(t.TypedDict):
    x: int
print(t.is_typeddict(Movie), t.is_typeddict(dict), t.is_typeddict(t.TypedDict))
P = t.ParamSpec('P'); print(P.args, P.kwargs, P.args == P.args, type(P.args).__name__)
print(enum.show_flag_values(13), enum.show_flag_values(0))
