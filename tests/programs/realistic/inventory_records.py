# An inventory system built from hand-written record classes with __repr__/__eq__/ordering.

class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} arguments")
        values = dict(zip(self.fields, args))
        for key, value in kwargs.items():
            if key not in self.fields:
                raise TypeError(f"unexpected field {key!r}")
            if key in values:
                raise TypeError(f"duplicate field {key!r}")
            values[key] = value
        defaults = getattr(self, "defaults", {})
        for name in self.fields:
            if name not in values:
                if name not in defaults:
                    raise TypeError(f"missing field {name!r}")
                values[name] = defaults[name]
            setattr(self, name, values[name])

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def replace(self, **changes):
        values = {f: getattr(self, f) for f in self.fields}
        values.update(changes)
        return type(self)(**values)


class Item(Record):
    fields = ("sku", "name", "price", "qty")
    defaults = {"qty": 0}

    @property
    def value(self):
        return self.price * self.qty


class Location(Record):
    fields = ("aisle", "shelf")


class Inventory:
    def __init__(self):
        self.items = {}
        self.places = {}

    def add(self, item, place):
        if item.sku in self.items:
            old = self.items[item.sku]
            item = old.replace(qty=old.qty + item.qty)
        self.items[item.sku] = item
        self.places[item.sku] = place

    def remove(self, sku, qty):
        item = self.items[sku]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        self.items[sku] = item.replace(qty=item.qty - qty)

    def report(self):
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            place = self.places[item.sku]
            print(f"{item.sku:<6}{item.name:<12}{item.qty:>4} x {item.price:>7.2f} = {item.value:>9.2f}  @{place.aisle}{place.shelf}")

    def by_aisle(self):
        groups = {}
        for sku, place in self.places.items():
            groups.setdefault(place.aisle, []).append(sku)
        return {k: sorted(v) for k, v in sorted(groups.items())}


def main():
    inv = Inventory()
    inv.add(Item("A100", "widget", 2.5, 40), Location("A", 1))
    inv.add(Item("B200", "gadget", 12.0, qty=5), Location("B", 3))
    inv.add(Item(sku="C300", name="doohickey", price=0.75), Location("A", 2))
    inv.add(Item("A100", "widget", 2.5, 10), Location("A", 4))
    inv.add(Item("D400", "gizmo", 99.99, 2), Location("C", 1))
    inv.report()
    print(inv.items["A100"])
    print(inv.items["C300"] == Item("C300", "doohickey", 0.75, 0))
    print(Item("x", "y", 1) == Location("x", "y"), Location("A", 1) == Location("A", 1))
    print(len({Location("A", 1), Location("A", 1), Location("B", 1)}))
    print(sorted([Location("B", 2), Location("A", 9), Location("A", 3)]))
    inv.remove("B200", 3)
    for sku, qty in [("B200", 3), ("Z999", 1)]:
        try:
            inv.remove(sku, qty)
        except ValueError as e:
            print("ValueError:", e)
        except KeyError as e:
            print("KeyError:", e)
    for bad in [lambda: Item("a"), lambda: Item("a", "b", 1, 2, 3), lambda: Item("a", "b", 1, sku="c"),
                lambda: Location("A", shelf=1, row=2)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    print(inv.by_aisle())
    total = sum(item.value for item in inv.items.values())
    print(f"total value {total:,.2f}")
    print(max(inv.items.values(), key=lambda i: i.price).name)
    print([item.astuple() for item in sorted(inv.items.values())])


main()
