class P:
    "A point."
    x: int
    y: str = "a"
    if True:
        z: float
    for _ in range(1):
        w: bool = True
    class Q:
        inner: int


print([k for k in P.__dict__ if k not in ("__dict__", "__weakref__")])
print(P.__annotations__)
print(P.__dict__["__annotations__"])
print(P.Q.__annotations__)
print(P.y, P.w, hasattr(P, "x"))


class Sub(P):
    extra: bytes


print(Sub.__annotations__)


class Empty:
    pass


print("__annotations__" in Empty.__dict__)
print(Empty.__annotations__)
print("__annotations__" in Empty.__dict__)


class Inherits(P):
    pass


print(Inherits.__annotations__)
