from functools import partial

basetwo = partial(int, base=2)
print(basetwo("1010"), basetwo.func, basetwo.args, basetwo.keywords, basetwo("11", base=3), basetwo)
print(partial(int, 1, base=2), partial(max, 1, 2)(0, 5))
nested = partial(partial(pow, 2), 5)
print(nested(), nested.func, nested.args, nested)


def greet(greeting, name, punct="!"):
    return greeting + ", " + name + punct


hello = partial(greet, "Hello")
print(hello("ann"), hello("bob", punct="?"), partial(greet, punct=".")("Hi", "cy"))
hello.note = "attr"
print(hello.note, callable(hello), list(map(partial(greet, "Yo"), ["a", "b"])))


class P(partial):
    pass


print(P(int, 3), type(P(int)).__name__)
for bad in [lambda: partial(), lambda: partial(1), lambda: hello()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
