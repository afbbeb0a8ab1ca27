"""Classes, inheritance, properties and dunder methods."""


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__(f"{width}x{height}")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Circle(Shape):
    def __init__(self, radius):
        super().__init__(f"r={radius}")
        self.radius = radius

    @property
    def diameter(self):
        return 2 * self.radius

    def area(self):
        return 3.141592653589793 * self.radius ** 2


shapes = [Rectangle(3, 4), Circle(1.5), Rectangle(1, 1), Circle(0.5)]
for shape in sorted(shapes):
    print(shape)
print("largest:", max(shapes).name, "| diameters:", [c.diameter for c in shapes if isinstance(c, Circle)])
