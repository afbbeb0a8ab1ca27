"""dataclasses: generated methods, field options, frozen/order/hash, InitVar, KW_ONLY, asdict/astuple/replace, make_dataclass, errors."""
import dataclasses as dc
from typing import ClassVar, List
dataclass, field = dc.dataclass, dc.field

@dataclass
class Point:
    x: int
    y: int = 0
print(Point(1, 2), Point(3), Point(1, 2) == Point(1, 2), Point(1) != Point(2), Point.__hash__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'q': 2}), ((1,), {'x': 2}), ((), {'y': 1})]:
    try: Point(*args, **kw)
    except TypeError as e: print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs), Version(1, 2) == Version(1, 2, label="x"), hash(Version(1)) == hash(Version(1)))
try: vs[0].major = 3
except dc.FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del vs[0].minor
except AttributeError as e: print(e)
print(Version(1) < Version(2), Version(1, 1) >= Version(1, 0))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0
    total: int = field(init=False, default=0)
    def __post_init__(self):
        Inventory.count += 1
        self.total = len(self.items)
a = Inventory("a"); b = Inventory("b", [1, 2])
a.items.append(5)
print(a, b, Inventory.count, a.total, b.total)
print([f.name for f in dc.fields(Inventory)], dc.is_dataclass(a), dc.is_dataclass(Inventory), dc.is_dataclass(3))

@dataclass
class Line:
    start: Point
    end: Point
    label: str = "l"
line = Line(Point(0, 0), Point(3, 4))
print(dc.asdict(line), dc.astuple(line))
print(dc.replace(line, label="new"), dc.replace(Point(1, 2), y=9))
try: dc.replace(a, total=3)
except ValueError as e: print(e)

@dataclass
class WithInit:
    value: int
    scale: dc.InitVar[int] = 1
    def __post_init__(self, scale):
        self.value *= scale
print(WithInit(3, 4), WithInit(2), [f.name for f in dc.fields(WithInit)])

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 7
print(Child(), Child(1, "x", 2.0), Child.__match_args__)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: int = field(hash=False)
print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try: Opts(3)
except TypeError as e: print(e)

@dataclass
class K:
    a: int
    _: dc.KW_ONLY
    b: int
    c: int = 3
print(K(1, b=2))
try: K(1)
except TypeError as e: print(e)

for bad in ["default_after", "mutable", "order_eq", "both"]:
    try:
        if bad == "default_after":
            @dataclass
            class B1:
                x: int = 0
                y: int
        elif bad == "mutable":
            @dataclass
            class B2:
                x: list = []
        elif bad == "order_eq":
            @dataclass(order=True, eq=False)
            class B3:
                x: int
        else:
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try: dc.fields(3)
except TypeError as e: print(e)
try: dc.asdict(Point)
except TypeError as e: print(e)

@dataclass
class Custom:
    x: int
    def __repr__(self): return "Custom!"
print(Custom(1), Custom(1) == Custom(1))
P3 = dc.make_dataclass("P3", [("x", int), ("y", int, field(default=5))])
print(P3(1), P3(1) == P3(1, 5))
print(repr(dc.InitVar[int]), dc.fields(Point)[1].default, dc.fields(Point)[0].default is dc.MISSING)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
match Point(1, 5):
    case Point(1, y):
        print("matched y", y)
print(Point.__doc__)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
