# Class attributes are shared until an instance assignment shadows them.
class Counter:
    count = 0
    shared = []

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def bump(self):
        self.count += 1
        return self.count


a, b = Counter(), Counter()
print(Counter.count, a.count, b.id, a.id)
print(a.bump(), a.count, Counter.count, b.count)
a.shared.append("x")
print(b.shared, Counter.shared is a.shared)
b.shared = ["own"]
print(b.shared, a.shared, Counter.shared)
del b.shared
print(b.shared)
Counter.count = 100
print(a.count, b.count, Counter().id)
Counter.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"), getattr(a, "missing", "default"))
setattr(a, "dynamic", 1)
print(a.dynamic, "dynamic" in vars(a), "count" in vars(a), "count" in vars(b))
delattr(a, "dynamic")
print(hasattr(a, "dynamic"))
try:
    del Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)


def method(self):
    return f"patched {self.id}"


Counter.describe = method
print(a.describe(), Counter.describe(b))
bound = a.describe
print(bound(), bound.__self__ is a, bound.__func__ is method)
