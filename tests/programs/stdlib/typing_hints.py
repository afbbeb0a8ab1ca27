"""typing.get_type_hints on functions and classes, with string annotations, ClassVar,
Optional and nested aliases; no_type_check; Literal and Final values."""
from typing import ClassVar, Dict, Final, List, Literal, Optional, get_type_hints, no_type_check

MAX: Final = 10
Mode = Literal["r", "w"]


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"]
    registry: ClassVar[Dict[str, int]] = {}


class Leaf(Node):
    label: str


def link(a: Node, b: "Node", mode: Mode = "r") -> "Optional[Node]":
    return None


def plain(x, y=1):
    return x


@no_type_check
def untyped(a: int) -> str:
    return a


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(link))
print(get_type_hints(plain), get_type_hints(untyped), untyped.__no_type_check__)
print(Mode, Literal[1, 2, 1], Literal["a"] == Literal["a"], Final[int], MAX)
print(link.__annotations__)
