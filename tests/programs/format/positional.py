# str.format with automatic and explicit positional fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{} {}".format([1, 2], (3, 4)))
print("{0!r} {0!s} {0!a}".format("é"))
print("{{}} {{{}}} {}".format(5, 6))
print("no fields".format(1, 2, 3))
print("{0[0]} {0[1]} {1[2]}".format([10, 20], "abc"))
print("{0[key]} {0[other]}".format({"key": "v", "other": 7}))
args = ["p", "q"]
print("{}-{}".format(*args))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("{:.3f} {:e} {:,} {:#x} {:08.3f}".format(3.14159, 12345.678, 10 ** 9, 255, -3.14159))
