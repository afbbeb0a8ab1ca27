import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-8:]))
print(all(c in string.printable for c in string.ascii_letters + string.digits), "é" in string.ascii_letters)
password = "Tr0ub4dor&3"
print({kind: sum(c in getattr(string, kind) for c in password) for kind in ["ascii_uppercase", "ascii_lowercase", "digits", "punctuation"]})
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"), string.capwords("it's o'neil"), repr(string.capwords("")))
print(string.capwords("HELLO wORLD"), string.capwords("x  y", " "))
