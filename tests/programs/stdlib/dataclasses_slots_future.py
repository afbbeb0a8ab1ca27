"""dataclasses: slots=True classes, and string annotations from `from __future__ import
annotations` (ClassVar and InitVar recognised by name)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0

    def length(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5


v = Vec(3.0, 4.0)
print(v, v.length(), Vec.__slots__, Vec(1.0) == Vec(1.0, 0.0))
try:
    v.z = 1
except AttributeError:
    print("AttributeError: no z")


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    version: int = 1


print(Key("a"), hash(Key("a")) == hash(Key("a", 1)), {Key("a"): 1}[Key("a")])
try:
    Key("a").name = "b"
except dataclasses.FrozenInstanceError as err:
    print("FrozenInstanceError:", err)


@dataclass
class Account:
    owner: str
    history: List[int] = field(default_factory=list)
    opened: ClassVar[int] = 0
    start: InitVar[int] = 0

    def __post_init__(self, start):
        Account.opened += 1
        if start:
            self.history.append(start)


a = Account("ann", start=50)
b = Account("bob")
print(a, b, Account.opened, [f.name for f in fields(Account)], [f.type for f in fields(Account)])
print(Account.__dataclass_fields__["opened"]._field_type, Account.__dataclass_fields__["start"]._field_type)
print(Account.__annotations__)
