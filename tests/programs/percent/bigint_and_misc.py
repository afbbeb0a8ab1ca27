# % formatting of big ints, bools and nested tuples.
print("%d" % 2 ** 100, "%x" % 2 ** 100, "%o" % -(2 ** 70), "%e" % 2 ** 100)
print("%s|%r|%d" % (True, False, True), "%5s|%-6r|" % (None, None))
print("%s" % ([1, (2, 3)],), "%s and %s" % ((1, 2), [3]))
msg = "%s has %d item%s"
for n in range(3):
    print(msg % ("cart", n, "" if n == 1 else "s"))
print("%-8s%8s" % ("left", "right") + "|")
print("%.2f%%" % 99.5, "%3d%%" % 7)
print("%s" % "%s", "%%%s%%" % "x")
print("a%sb%sc" % ("-", "-") * 2)
