# Parameterized builtin classes: types.GenericAlias objects.
aliases = [
    list[int],
    dict[str, int],
    dict[str, list[int]],
    tuple[int, ...],
    tuple[()],
    tuple[int, str, float],
    set[str],
    frozenset[bytes],
    type[int],
    list["Forward"],
    list[1],
    list[None],
    dict[str, list[tuple[int, ...]]],
]
for alias in aliases:
    print(repr(alias), str(alias))
alias = dict[str, list[int]]
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(type(alias), type(alias).__name__, type(alias).__module__)
print(list[int].__origin__ is list, tuple[int, ...].__args__)

# Calling an alias calls its origin.
print(list[int](), list[int]((1, 2)), dict[str, int](a=1), set[int]([3, 3]))
print(tuple[int, ...]([1, 2]), frozenset[int]() == frozenset())

# Other attributes come from the origin.
print(list[int].__name__, list[int].__qualname__, list[int].append is list.append)
print(dict[str, int].fromkeys("ab", 0))

# Equality and hashing compare origin and arguments.
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))
print(dict[str, int] != dict[str, int], {tuple[int, ...]: "ok"}[tuple[int, ...]])


class Node:
    pass


print(list[Node], dict[Node, list[Node]])
