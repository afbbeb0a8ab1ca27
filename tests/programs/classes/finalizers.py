# __del__ finalizers: when they run, inheritance, resurrection, list items last first.
class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def scoped():
    a = C("a")
    print("made a")
    del a
    print("after del a")
    b = C("b")
    print("made b")
    return "returned"


print(scoped())


def replaced():
    c = C("c")
    c = C("c2")
    print("replaced")


replaced()
print("after replaced")


class Resurrect:
    saved = []

    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)


def resurrect():
    r = Resurrect()
    del r
    print("saved", len(Resurrect.saved))
    Resurrect.saved.clear()
    print("cleared")


resurrect()


class Base:
    def __del__(self):
        print("base del", type(self).__name__)


class Derived(Base):
    pass


def inherited():
    d = Derived()
    del d


inherited()
def in_order():
    items = [C("x"), C("y")]
    del items
    print("after items")


in_order()
module_level = C("module")
del module_level
print("after del module_level")
rebound = C("rebound")
rebound = None
print("after rebinding")
print("end")
