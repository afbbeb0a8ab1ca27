"""typing: alias reprs, Union/Optional, get_origin/get_args, isinstance rules, NamedTuple, TypedDict, Generic, overload, Protocol, get_type_hints."""
import typing as t
List, Dict, Tuple, Set, FrozenSet, Optional, Union, Any, Callable = t.List, t.Dict, t.Tuple, t.Set, t.FrozenSet, t.Optional, t.Union, t.Any, t.Callable
Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, Generic = t.Iterable, t.Iterator, t.Generator, t.Sequence, t.Mapping, t.MutableMapping, t.Type, t.TypeVar, t.Generic
NamedTuple, TypedDict, Protocol, Literal, Final, ClassVar = t.NamedTuple, t.TypedDict, t.Protocol, t.Literal, t.Final, t.ClassVar
def show(label, f):
    try: print(label, "=>", f())
    except Exception as e: print(label, "=>", type(e).__name__, e)
T = TypeVar('T'); K = TypeVar('K', covariant=True); C = TypeVar('C', contravariant=True)
class Point: pass
cases = [
 ("reprs", lambda: [List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Tuple[int, str], Any, T, K, C, List[T], Literal['a', 1], Type[int], Set[float], FrozenSet[str]]),
 ("abc reprs", lambda: [Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, int], ClassVar[int], Final[int], Optional[List[int]], List[Point], Dict[str, 'Point']]),
 ("union", lambda: (repr(Union[int]), Union[int, int, str], Optional[Union[int, str]], Union[int, str] == Union[str, int], Union[Union[int, str], float])),
 ("origin", lambda: (t.get_origin(List[int]), t.get_args(Dict[str, int]), t.get_origin(Union[int, str]), t.get_args(Callable[[int], str]), t.get_args(Optional[int]), t.get_origin(int), t.get_args(int), t.get_args(Callable[..., int]))),
 ("List()", lambda: List()),
 ("Dict()", lambda: Dict()),
 ("isinstance sub", lambda: isinstance([], List[int])),
 ("isinstance", lambda: (isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance((1,), Sequence), isinstance(len, Callable), isinstance(3, Callable), issubclass(list, List), isinstance(iter([]), Iterator), isinstance(3, Union[int, str]))),
 ("Any isinstance", lambda: isinstance(3, Any)),
 ("eq", lambda: (List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1])),
 ("typevar", lambda: (T.__name__, TypeVar('N', int, str).__constraints__, TypeVar('B', bound=int).__bound__)),
 ("cast", lambda: (t.cast(int, 'x'), t.TYPE_CHECKING, t.cast(List[int], [1]))),
 ("too many", lambda: Dict[int]),
 ("union empty", lambda: Union[()]),
 ("callable bad", lambda: Callable[int, str]),
 ("newtype", lambda: (t.NewType('UserId', int), t.NewType('UserId', int)(5), t.NewType('UserId', int).__supertype__)),
]
for label, f in cases: show(label, f)

class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
show("namedtuple", lambda: (P(1), P._fields, P._field_defaults, P(1, 2)._asdict(), P(1)._replace(y=5), P(3, -4).norm(), isinstance(P(1), tuple), P(1, 2) == (1, 2), P(1)[0], P._make([5, 6]), tuple(P(7, 8))))
show("nt missing", lambda: P())
show("nt many", lambda: P(1, 2, 3))
show("nt kw", lambda: P(1, z=3))
x, y = P(9, 10); print(x, y)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
show("nt functional", lambda: (Emp('a', 1), Emp._fields))
class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
show("typeddict", lambda: (Movie(name='x', year=1), type(Movie(name='x', year=1)), Movie.__total__, sorted(Movie.__required_keys__), Partial.__total__, sorted(Partial.__optional_keys__)))
show("typeddict isinstance", lambda: isinstance({}, Movie))
class Box(Generic[T]):
    def __init__(self, v): self.v = v
    def get(self): return self.v
class Pair(Generic[T, K]):
    pass
show("generic", lambda: (Box[int], Box(3).get(), Box.__parameters__, Generic[T], Pair[int, str], Box[int](5).v))
show("generic bad", lambda: Pair[int])
show("generic plain", lambda: Generic[int])
class IntBox(Box[int]):
    pass
show("generic sub", lambda: (IntBox(4).get(), IntBox.__parameters__, issubclass(IntBox, Box)))
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x): return x * 2
show("overload", lambda: (f(2), f('a')))
@t.overload
def g(x: int) -> int: ...
show("overload call", lambda: g(1))
class Proto(Protocol):
    def meth(self) -> int: ...
@t.runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
show("protocol", lambda: (isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable)))
show("protocol unchecked", lambda: isinstance(F(), Proto))
show("protocol instantiate", lambda: Proto())
class Impl(Proto):
    def meth(self): return 1
show("protocol impl", lambda: Impl().meth())
show("supports", lambda: (isinstance(3, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(2.5, t.SupportsFloat), isinstance(3, t.SupportsIndex)))
def h(a: int, b: 'str' = 'x', c: List[int] = None) -> Optional[int]: pass
show("hints func", lambda: t.get_type_hints(h))
class Base:
    a: int
    b: 'List[str]'
class Derived(Base):
    c: Dict[str, 'Point']
    d: ClassVar[int] = 3
show("hints class", lambda: t.get_type_hints(Derived))
show("hints nt", lambda: t.get_type_hints(P))
@t.no_type_check
def nt(a: int): pass
show("no_type_check", lambda: (nt.__no_type_check__, t.get_type_hints(nt)))
show("final", lambda: t.final(Point) is Point)
show("special call", lambda: Union())
show("Optional bad", lambda: Optional[int, str])
show("or", lambda: (Optional[int] | str, List[int] | None))
