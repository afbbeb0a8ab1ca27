# with: __enter__ result, __exit__ arguments, suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("body", r.name)

with Resource("b", suppress=True):
    raise ValueError("hidden")
print("after b")

try:
    with Resource("c"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", repr(e))

with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)

def early():
    with Resource("ret"):
        return "returned"

print(early())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("end")
