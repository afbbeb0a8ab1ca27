class P:
    __slots__ = ("__x", "y")

    def __init__(self):
        self.__x = 1
        self.y = 2

    def get(self):
        return self.__x


p = P()
print(p.get(), p.y, p._P__x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)


class Child(P):
    __slots__ = ("__x",)

    def set_both(self):
        self.__x = "child"
        return self.__x, self.get()


print(Child().set_both())
