# Decorators on methods, stacked with classmethod/staticmethod/property.
def logged(function):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{function.__name__}{args}")
        return function(self, *args)

    wrapper.__name__ = function.__name__
    return wrapper


def validate_positive(function):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f"{function.__name__}: {value} is not positive")
        return function(self, value)

    return wrapper


class Account:
    rate = 0.5

    def __init__(self):
        self.balance = 0

    @logged
    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    @logged
    def describe(cls):
        return cls.__name__

    @staticmethod
    def fee(amount):
        return round(amount * 0.01, 2)

    @property
    @logged
    def doubled(self):
        return self.balance * 2


a = Account()
print(a.deposit(10), a.deposit(5))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(a.doubled, Account.fee(250), a.fee(99))
try:
    Account.describe()
except AttributeError as e:
    print("AttributeError:", e)


def cached_property(function):
    name = "_cached_" + function.__name__

    def getter(self):
        if not hasattr(self, name):
            print("computing", function.__name__)
            setattr(self, name, function(self))
        return getattr(self, name)

    return property(getter)


class Report:
    @cached_property
    def total(self):
        return sum(range(5))


r = Report()
print(r.total, r.total)


class Chain:
    def builder(function):
        def wrapper(self, *args):
            function(self, *args)
            return self

        return wrapper

    def __init__(self):
        self.steps = []

    @builder
    def add(self, step):
        self.steps.append(step)


print(Chain().add("a").add("b").steps)
