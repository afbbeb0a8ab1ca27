# Constructor builtins called with various arguments.
print(list(), tuple(), dict(), set(), str(), int(), float(), bool())
print(list((1, 2)), tuple([3]), dict([(1, 2)]), set("aa"), str(5), int("7"), float("8"), bool([1]))
print(str(1.0), str(-0.0), str(10 ** 21), str(1e21))
print(list({"a": 1}.items()), tuple({"a": 1}), dict(a=1, **{"b": 2}))
print(int(" -3 "), float(" -3.5 "), int(float("2.9")), float(int("3")))
