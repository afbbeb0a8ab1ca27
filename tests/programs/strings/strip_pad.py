# strip/lstrip/rstrip and padding methods.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHelloabc".strip("abc"), "www.example.com".lstrip("w."), "mississippi".rstrip("ips"))
print(repr("hi".center(10)), repr("hi".center(9, "*")), repr("hi".center(1)), repr("abc".center(6, "-")))
print(repr("hi".ljust(6)), repr("hi".rjust(6)), repr("hi".ljust(6, ".")), repr("hi".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("\t".expandtabs(2)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
for width in range(3, 9):
    print(repr("ab".center(width)), repr("abc".center(width)))
