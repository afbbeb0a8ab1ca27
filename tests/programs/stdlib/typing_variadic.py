"""typing 3.11 forms: TypeVarTuple and Unpack, ParamSpec args/kwargs, Concatenate, Callable over a ParamSpec, Annotated, Self/Never/LiteralString, Required/NotRequired, TypeGuard."""
import typing as t
Ts = t.TypeVarTuple('Ts'); print(repr(Ts), t.Unpack[Ts], t.Tuple[t.Unpack[Ts]], t.Self, t.Never, t.LiteralString, t.Concatenate, t.ParamSpec('P'), t.Required[int], t.NotRequired[str], t.TypeGuard[int], t.Annotated[int, 'x', 3])
P = t.ParamSpec('P'); print(P.args, P.kwargs, t.Callable[P, int], t.Concatenate[int, P], t.Callable[t.Concatenate[int, P], str])
print(t.get_origin(t.Annotated[int, 'x']), t.get_args(t.Annotated[int, 'x']), t.get_args(t.Callable[P, int]))
try: t.Annotated[int]
except TypeError as e: print(e)
try: t.Annotated()
except TypeError as e: print(e)
try: t.Concatenate[int, str]
except TypeError as e: print(e)
print(t.Annotated)
