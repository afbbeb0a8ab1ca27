def f(a, b=2, *args, **kwargs):
    c = a + b
    unbound_later = None
    del unbound_later
    return locals()


print(f(1))
print(f(1, 3, 4, 5, k=6))


def closure():
    x = 10
    y = 20

    def inner():
        z = x + 1
        return locals()

    return inner(), sorted(vars())


print(closure())


class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    print(sorted(k for k in vars() if not k.startswith("__")))


print(C.names)
module_level = 3
print(locals()["module_level"], vars()["module_level"], locals() == globals())
locals()["via_locals"] = "ok"
print(via_locals)
