# partition/rpartition and some other methods.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "".partition("x"))
url = "https://example.com/path/to/page?x=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
path, _, query = path.partition("?")
print(scheme, host, path, query)
print("Hello"[::-1].lower(), "-".join("Hello").upper())
print("%s" % "x".join(["1", "2"]), "ab".__len__(), "abc".__contains__("b"))
print(str.upper("abc"), str.join(",", ["a", "b"]), "a,b".split(",")[1])
