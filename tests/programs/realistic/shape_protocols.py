# Shapes exercising less common dunders: __matmul__, __index__, __format__, __round__,
# __reversed__, __getitem__-based iteration, __hash__ = None and comparison fallbacks.

import math


class Poly:
    def __init__(self, points):
        self.points = [tuple(p) for p in points]

    def __getitem__(self, i):
        return self.points[i]

    def __len__(self):
        return len(self.points)

    def __reversed__(self):
        return Poly(self.points[::-1])

    def area(self):
        s = 0
        for (x1, y1), (x2, y2) in zip(self.points, self.points[1:] + self.points[:1]):
            s += x1 * y2 - x2 * y1
        return abs(s) / 2

    def __eq__(self, other):
        return isinstance(other, Poly) and self.area() == other.area()

    __hash__ = None

    def __lt__(self, other):
        return self.area() < other.area()

    def __format__(self, spec):
        if spec == "short":
            return f"<{len(self)}-gon>"
        return format(self.area(), spec)

    def __round__(self, n=0):
        return Poly([(round(x, n), round(y, n)) for x, y in self.points])

    def __repr__(self):
        return f"Poly({self.points})"


class Transform:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    @classmethod
    def rotation(cls, degrees):
        r = math.radians(degrees)
        return cls(math.cos(r), -math.sin(r), math.sin(r), math.cos(r))

    def __matmul__(self, other):
        a, b, c, d = self.m
        if isinstance(other, Transform):
            e, f, g, h = other.m
            return Transform(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)
        return Poly([(a * x + b * y, c * x + d * y) for x, y in other])

    def __pow__(self, n):
        result = Transform(1, 0, 0, 1)
        for _ in range(n):
            result = result @ self
        return result


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def main():
    square = Poly([(0, 0), (2, 0), (2, 2), (0, 2)])
    tri = Poly([(0, 0), (4, 0), (0, 3)])
    print(square.area(), tri.area(), square < tri, tri > square, square == Poly([(0, 0), (4, 0), (0, 1)]))
    print(list(square), [x for x, _ in tri], (2, 2) in square, (5, 5) in square)
    print(list(reversed(tri)), f"{tri:short} {tri:.2f} {square:>8}")
    try:
        hash(square)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {square: 1}
    except TypeError as e:
        print("TypeError:", e)
    rot = Transform.rotation(90)
    turned = round(rot @ square, 6)
    print(turned, turned.area())
    full = round(rot ** 4 @ tri, 9)
    print(full.points == [(float(x), float(y)) for x, y in tri.points] or full)
    print(round((Transform.rotation(30) @ Transform.rotation(60)) @ Poly([(1, 0)]), 9))
    i = Index(2)
    print(["a", "b", "c", "d"][i], "hello"[Index(1):Index(4)], bin(Index(5)), hex(Index(255)), range(10)[Index(3)])
    print(sorted([tri, square, Poly([(0, 0), (1, 0), (0, 1)])]))
    print(max(tri, square).area(), min([square, tri], key=len))
    try:
        square <= tri
    except TypeError as e:
        print("TypeError:", e)


main()
