"""abc: abstract methods inherited through several levels, partial implementations,
abstractmethod with classmethod/staticmethod/property, update_abstractmethods."""
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class Storage(ABC):
    @abstractmethod
    def read(self, key):
        """Return the stored value."""

    @abstractmethod
    def write(self, key, value):
        ...

    def copy(self, src, dst):
        self.write(dst, self.read(src))


class ReadOnly(Storage):
    def __init__(self, data):
        self.data = dict(data)

    def read(self, key):
        return self.data[key]


class Memory(ReadOnly):
    def write(self, key, value):
        self.data[key] = value


for cls in (Storage, ReadOnly, Memory):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        cls({"a": 1}) if cls is not Storage else cls()
        print("  instantiated")
    except TypeError as err:
        print("  TypeError:", err)

store = Memory({"a": 1})
store.copy("a", "b")
print(store.data, isinstance(store, Storage), issubclass(Memory, ReadOnly))


class Factory(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    @property
    @abstractmethod
    def label(self):
        ...


class Widget(Factory):
    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def kind():
        return "widget"

    @property
    def label(self):
        return "a " + self.kind()


try:
    Factory()
except TypeError as err:
    print(err)
w = Widget.create()
print(type(w).__name__, w.label, Widget.kind(), type(Widget).__name__)


class Late(ABC):
    @abstractmethod
    def run(self):
        ...


class Done(Late):
    pass


try:
    Done()
except TypeError as err:
    print(err)
Done.run = lambda self: "ran"
update_abstractmethods(Done)
print(Done().run(), Done.__abstractmethods__)
