# str subclasses: __new__ normalises the value; str methods return plain str.
class Name(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())

    def initials(self):
        return "".join(part[0] for part in self.split())


n = Name("  ada lovelace ")
print(n, repr(n), len(n), n.initials(), type(n).__name__)
print(n.upper(), type(n.upper()).__name__, n.lower(), n.split(), n[0], n[-8:])
print(n + "!", type(n + "!").__name__, "Dr. " + n, n * 2)
print(n == "Ada Lovelace", "Ada Lovelace" == n, n < "B", hash(n) == hash("Ada Lovelace"))
print({n: 1}["Ada Lovelace"], {"Ada Lovelace": 2}[n], n in {"Ada Lovelace"})
print("love" in n, "Ada" in [n], n.startswith("Ada"), n.replace("a", "4"), n.find("L"))
print(f"{n}", f"{n:>15}|", f"{n!r}", "%s and %r" % (n, n), "{}".format(n))
print(str(n), type(str(n)).__name__, ", ".join([n, Name("alan turing")]))
print(sorted([Name("zed"), Name("amy"), "bob"]), isinstance(n, str))
for ch in Name("ab"):
    print(ch, end=" ")
print()


class Tag(str):
    pass


t = Tag("x")
t.extra = 1
print(t, t.extra, t.__dict__, Tag(), repr(Tag(5)), Tag(b"hi", "ascii"))


class Upper(str):
    def __str__(self):
        return self.upper()

    def __repr__(self):
        return "Upper(" + str.__repr__(self) + ")"


u = Upper("shout")
print(u, str(u), repr(u), [u], f"{u}", len(u))
