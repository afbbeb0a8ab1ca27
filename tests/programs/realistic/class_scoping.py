# A settings/catalog module exercising class-body scoping, class attributes vs instance
# attributes, __slots__ inheritance, and classmethod/staticmethod chains.

class Catalog:
    currency = "EUR"
    base_prices = {"tea": 3, "cake": 5, "soup": 7}
    discounted = {k: v - 1 for k, v in base_prices.items()}
    names = sorted(base_prices)
    _secret = "hidden"
    count = 0

    def __init__(self, owner):
        self.owner = owner
        Catalog.count += 1
        self.count = Catalog.count * 100

    @classmethod
    def create(cls, owner):
        return cls(owner.title())

    @staticmethod
    def fmt(amount, currency):
        return f"{amount:.2f} {currency}"

    def price(self, item):
        return self.fmt(self.base_prices[item], self.currency)

    def reveal(self):
        return self._secret

    @property
    def label(self):
        return f"{self.owner}#{self.count}"


class LocalCatalog(Catalog):
    currency = "GBP"
    _secret = "local"

    def reveal_both(self):
        return self._secret, super().reveal(), Catalog._secret


class Point2:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point2):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Loose(Point2):
    pass


def main():
    a = Catalog.create("alice")
    b = LocalCatalog("bob")
    print(a.label, b.label, Catalog.count, a.count, b.count)
    print(a.price("tea"), b.price("cake"), Catalog.discounted, Catalog.names)
    print(a.reveal(), b.reveal_both(), hasattr(a, "_secret"))
    b.currency = "USD"
    print(b.price("soup"), LocalCatalog.currency, type(b).currency, vars(b))
    del b.currency
    print(b.price("soup"))
    a.base_prices["tea"] = 4
    print(b.price("tea"), Catalog.base_prices is LocalCatalog.base_prices)
    p = Point3(1, 2, 3)
    print(p, hasattr(p, "__dict__"), Point3.__slots__, sorted(Point2.__slots__))
    try:
        p.w = 4
    except AttributeError as e:
        print("AttributeError:", e)
    loose = Loose(5, 6)
    loose.extra = 7
    print(loose.x, loose.extra)
    try:
        Point2(0, 0).__dict__
    except AttributeError as e:
        print("AttributeError:", e)
    print(Catalog.fmt(2, "JPY"), a.fmt(1.5, "CHF"), Catalog.create.__self__ is Catalog)
    print(isinstance(Catalog.__dict__["fmt"], staticmethod), type(Catalog.__dict__["create"]).__name__)
    print([k for k in Catalog.__dict__ if not k.startswith("__")])


main()
