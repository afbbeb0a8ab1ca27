"""typing: Generic classes, Protocols with runtime_checkable, TypedDict, NewType, overload."""
from typing import Generic, TypeVar, Protocol, runtime_checkable, TypedDict, NewType, overload, List, Optional

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), Stack[int], Stack[str], Stack.__parameters__)


class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value


print(Pair[str, int], Pair("a", 1).value)
try:
    Pair[int]
except TypeError as err:
    print("TypeError:", err)


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return "()"


class Square:
    def area(self) -> int:
        return 4


for shape in (Circle(), Square()):
    print(type(shape).__name__, isinstance(shape, Drawable))
print(issubclass(Circle, Drawable))


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Extra.__optional_keys__), Extra.__total__)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))
