"""typing: annotating real code with aliases; the aliases' reprs, origins and args."""
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Mapping,
                    Optional, Sequence, Set, Tuple, Type, TypeVar, Union, cast, get_args,
                    get_origin, TYPE_CHECKING)

Number = Union[int, float]
Matrix = List[List[float]]
Handler = Callable[[str, int], Optional[bool]]
T = TypeVar("T")


def total(values: Iterable[Number]) -> Number:
    return sum(values)


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def count_words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def evens(limit: int) -> Iterator[int]:
    yield from range(0, limit, 2)


def apply(handler: Handler, name: str) -> Optional[bool]:
    return handler(name, len(name))


print(total([1, 2.5, 3]), first([4, 5]), first([], "none"), count_words("a b a"))
print(list(evens(7)), apply(lambda s, n: n > 3, "tauraro"))
print(Number, Matrix, Handler)
print(get_origin(Matrix), get_args(Matrix), get_args(Number), get_origin(Handler))
print(get_args(Handler), get_origin(Optional[int]), get_args(Dict[str, Tuple[int, ...]]))
print(Tuple[int, str], Tuple[()], Set[int], FrozenSet[bytes], Type[Exception], Mapping[str, Any])
print(Optional[Union[int, str]], Union[str, None], Union[int, Union[str, float]], Union[int])
print(cast(List[int], "not checked"), TYPE_CHECKING, T, T.__name__)
print(isinstance([1], List), isinstance((1,), Tuple), issubclass(dict, Dict), isinstance(len, Callable))
for expr in (lambda: isinstance([], List[int]), lambda: List(), lambda: Dict[str]):
    try:
        expr()
    except TypeError as err:
        print("TypeError:", err)
