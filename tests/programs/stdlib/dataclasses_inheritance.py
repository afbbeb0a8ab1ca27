"""dataclasses: inheritance merges fields in order, overrides defaults, kw_only fields,
__post_init__ chains, fields() metadata, is_dataclass on classes and instances."""
from dataclasses import dataclass, field, fields, is_dataclass, KW_ONLY, asdict


@dataclass
class Animal:
    name: str
    legs: int = 4
    tags: list = field(default_factory=list, metadata={"unit": "labels"})

    def __post_init__(self):
        self.kind = type(self).__name__.lower()


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

    def __post_init__(self):
        super().__post_init__()
        if not self.can_fly:
            self.tags.append("grounded")


@dataclass
class Penguin(Bird):
    can_fly: bool = False
    _: KW_ONLY
    colony: str = "south"


for creature in (Animal("dog"), Bird("robin"), Penguin("pingu", colony="zoo")):
    print(creature, creature.kind)
print([f.name for f in fields(Penguin)], fields(Animal)[2].metadata["unit"])
print(Penguin("p", 2, ["x"], False, colony="c"))
print(is_dataclass(Penguin), is_dataclass(Penguin("p")), is_dataclass(object()))
print(asdict(Penguin("p")))
try:
    Penguin("p", 2, [], False, "c")
except TypeError as err:
    print("TypeError:", err)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


print(Config(host="h"), Config(port=1, host="x", debug=True))
try:
    Config("h")
except TypeError as err:
    print("TypeError:", err)
try:
    Config()
except TypeError as err:
    print("TypeError:", err)
