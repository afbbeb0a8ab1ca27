"""typing.NamedTuple: class syntax with defaults and methods, the functional form, tuple behaviour."""
from typing import NamedTuple, List


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_by(self, percent: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + percent) // 100)


staff: List[Employee] = [
    Employee("ann", "eng", 90000),
    Employee("bob", "ops"),
    Employee(name="cy", dept="eng", salary=75000),
]
for person in sorted(staff, key=lambda e: -e.salary):
    print(person, person.name, person[1])
print(staff[1].raise_by(10), Employee._fields, Employee._field_defaults)
name, dept, salary = staff[0]
print(name, dept, salary, len(staff[0]), staff[0] == ("ann", "eng", 90000), tuple(staff[2]))
print(staff[0]._asdict(), Employee._make(["dee", "hr", 1]), isinstance(staff[0], tuple))
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(Employee.__annotations__)
for args, kwargs in (((), {}), (("a", "b", 1, 2), {}), (("a",), {"boss": "x"})):
    try:
        Employee(*args, **kwargs)
    except TypeError as err:
        print("TypeError:", err)
try:
    staff[0].salary = 1
except AttributeError:
    print("AttributeError: read-only field")
Point = NamedTuple("Point", [("x", float), ("y", float)])
p = Point(1.5, -2.0)
print(p, p.x + p.y, Point._fields, p._replace(x=0.0))
