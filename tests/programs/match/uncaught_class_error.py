# An uncaught TypeError from a class pattern ends the program with a traceback.
class Pair:
    __match_args__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b


def unpack(value):
    match value:
        case Pair(first, second, third):
            return first
        case _:
            return None


print(unpack(3))
print(unpack(Pair(1, 2)))
