# __format__, __str__ and __repr__ may return an instance of a str subclass; f-strings,
# format(), str() and repr() use its text. Other result types are TypeErrors.
class S(str):
    pass


class T:
    def __format__(self, spec):
        return S("tee" + spec)

    def __str__(self):
        return S("str-tee")

    def __repr__(self):
        return S("repr-tee")


t = T()
print(f"[{t}] [{t:>5}] [{t!s}] [{t!r}] [{S('x')}]")
print(format(t, "<3"), str(t), repr(t), [t])
print("a" + S("b"), S("c") + "d", type(S("c") + "d").__name__)


class Bad:
    def __format__(self, spec):
        return 42

    def __str__(self):
        return 3.5


for action in (lambda: f"{Bad()}", lambda: str(Bad())):
    try:
        action()
    except TypeError as err:
        print("TypeError:", err)
