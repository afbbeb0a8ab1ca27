from functools import cached_property


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        "Sum of the rows."
        self.computed += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.computed, "total" in r.__dict__, Report.total.__doc__, type(Report.total).__name__)
del r.total
r.rows.append(4)
print(r.total, r.computed)
r.total = 100
print(r.total)
bare = cached_property(lambda self: 1)


class Late:
    pass


Late.value = bare
try:
    Late().value
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        a = b = cached_property(lambda self: 1)
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)
