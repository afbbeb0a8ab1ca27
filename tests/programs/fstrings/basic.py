# Basic f-string interpolation.
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r}")
print(f"{age + 1} {age * 2} {age / 7} {age // 7} {age > 30}")
print(f"{items} {items[0]} {items[-1]} {len(items)} {items[1:]}")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n'] * 2} {d}")
print(f"{{literal braces}} {{{age}}} }}{{")
print(f"{'nested' + ' string'} {'x' * 3}")
print(f"{None} {True} {3.0} {-0.0} {1e20} {10**20}")
print(f"")
print(f"no fields")
print(f"{name}" f"{age}" "plain" f"{items}")
print(F"upper {name}")
x = 10
print(f"{x if x > 5 else -x} {(lambda y: y * 2)(x)} {[i * i for i in range(x) if i % 3 == 0]}")
