# str(x) and int(x) called by name inside loops and functions (the direct CallBuiltin path),
# with every kind of argument whose answer must not change: exact ints and strs, bools, big
# ints, negative numbers, int and str subclasses, and str/int rebound as globals or locals.


def show_calls():
    results = []
    for value in [0, 7, -1, -123456789, 2**63 - 1, -(2**63), 2**64, -(2**70), True, False]:
        results.append(str(value))
        results.append(int(value))
    for text in ["", "abc", "héllo", "12"]:
        results.append(str(text))
        results.append(int(text) if text.isdigit() else None)
    print(results)


class Celsius(int):
    def __str__(self):
        return f"{int(self)} C"

    def __repr__(self):
        return "Celsius(...)"


class Shout(str):
    def __str__(self):
        return self.upper() + "!"


class Plain(str):
    pass


def show_subclasses():
    degrees = Celsius(21)
    print(str(degrees), int(degrees), type(int(degrees)).__name__)
    shout = Shout("hey")
    print(str(shout), type(str(shout)).__name__)
    plain = Plain("same")
    converted = str(plain)
    print(converted, type(converted).__name__, type(plain).__name__)


def identity_of_str_argument():
    text = "".join(["ab", "cd"])
    print(str(text) is text, int(5) == 5, str(-0), str(10**20))


def shadowed_by_global():
    return [str(n) for n in range(3)]


def doubled(value):
    return value * 2


def shadowed_by_local(str=doubled):
    return str(21)


def result_in_argument_register():
    # The argument is a temporary: str() empties it, and the result may land in the same
    # register.
    values = []
    for i in range(-3, 4):
        values.append(str(i * 1000003))
        values.append(str(str(i)))
    print(values)


def errors():
    for value in ["12x", "", 3.5]:
        try:
            print(int(value))
        except ValueError as err:
            print("ValueError:", err)


show_calls()
show_subclasses()
identity_of_str_argument()
print(shadowed_by_global())
print(shadowed_by_local())
result_in_argument_register()
errors()


def convert_late():
    return int(3), str(4)


print(convert_late())
int = float
print(int(3), str(2), convert_late())
del int
print(int(3), convert_late())
str = lambda value: f"<{value!r}>"
print(str(3), str("x"), convert_late(), shadowed_by_global())
del str
print(str(3), str("x"), convert_late(), shadowed_by_global())
