# Method chains and methods on literals.
text = "  The Quick  Brown Fox  "
print(text.strip().lower().replace(" ", "_"))
print("-".join(text.split()).upper())
print(text.strip().split(" "))
print(" ".join(word.capitalize() for word in "hello big world".split()))
print("{}-{}".format("a", "b").upper().center(11, "*"))
csv = "name,age\nalice,30\nbob,25\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
print(rows)
header, *data = rows
print(header, data)
print([dict(zip(header, r)) for r in data])
print("x".join("abc").split("x"), "a,b;c".replace(";", ",").split(","))
print("Python".startswith("Py") and "Python".endswith("on"), "abc".upper().isupper())
