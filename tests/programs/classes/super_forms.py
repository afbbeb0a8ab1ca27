# super() without and with arguments, in methods, classmethods and __new__.
class Base:
    greeting = "base"

    def hello(self):
        return f"Base.hello({type(self).__name__})"

    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def kind(self):
        return "base-kind"


class Child(Base):
    greeting = "child"

    def hello(self):
        return "Child+" + super().hello()

    @classmethod
    def create(cls):
        return "Child+" + super().create()

    def explicit(self):
        return super(Child, self).hello()

    def helper_via_super(self):
        return super().helper(21)

    @property
    def kind(self):
        return "child/" + super().kind

    def greetings(self):
        return self.greeting, super().greeting


c = Child()
print(c.hello(), Child.create(), c.explicit(), c.helper_via_super(), c.kind, c.greetings())
print(super(Child, c).hello(), super(Child, Child).create())


class Grand(Child):
    def hello(self):
        return "Grand+" + super(Child, self).hello()


print(Grand().hello())


class Counted:
    instances = 0

    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name


a, b = Counted("a"), Counted("b")
print(Counted.instances, a.name, b.name)
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, c)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Child, c).missing
except AttributeError as e:
    print("AttributeError:", e)
