# Truth testing through __bool__ and __len__, and the errors for bad results.
class Empty:
    def __len__(self):
        return 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

    def __len__(self):
        return 99


print(bool(Empty()), bool(Sized(2)), len(Sized(5)), bool(Flag(False)), len(Flag(False)))
print(not Empty(), "yes" if Sized(1) else "no", [x.on for x in [Flag(True), Flag(False)] if x])
print(Empty() or "fallback", Sized(3) and "both", bool(object()))
while Sized(0):
    print("never")


class Negative:
    def __len__(self):
        return -1


class Floaty:
    def __len__(self):
        return 1.5


class Huge:
    def __len__(self):
        return 2**100


class BoolInt:
    def __bool__(self):
        return 1


class BoolNone:
    def __bool__(self):
        return None


for value in [Negative(), Floaty(), Huge()]:
    for action in (len, bool):
        try:
            print(action(value))
        except (TypeError, ValueError, OverflowError) as e:
            print(action.__name__, type(e).__name__ + ":", e)
for value in [BoolInt(), BoolNone()]:
    try:
        if value:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    len(object())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


class IndexLen:
    class N:
        def __index__(self):
            return 4

    def __len__(self):
        return IndexLen.N()


print(len(IndexLen()), bool(IndexLen()))
