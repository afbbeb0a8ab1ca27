counter = 1
g = globals()
print(g["counter"], "counter" in g, "missing" in g, g.get("missing", "default"))
g["counter"] = 5
print(counter)
globals()["created"] = "dynamic"
print(created)


def read_created():
    return created


print(read_created())
for name in ["alpha", "beta"]:
    globals()[f"make_{name}"] = name.upper()
print(make_alpha, make_beta)
del globals()["make_alpha"]
try:
    make_alpha
except NameError as e:
    print("NameError", e)
print(globals().setdefault("counter", 0), globals().setdefault("fresh", 7), fresh)
globals().update({"u1": 1}, u2=2)
print(u1, u2, globals().pop("u1"), "u1" in globals())
try:
    globals()["nope"]
except KeyError as e:
    print("KeyError", e)


def handler_a():
    return "a"


def handler_b():
    return "b"


for key in ("a", "b"):
    print(globals()[f"handler_{key}"]())
snapshot = globals().copy()
print(type(snapshot).__name__, snapshot["counter"])
print(sorted(k for k in globals() if k.startswith("handler")))
print(sorted(k for k in globals().keys() if k.startswith("make")))
print(len(globals()) > 5, globals() == globals())


def inner_globals():
    globals()["from_function"] = 42


inner_globals()
print(from_function)
