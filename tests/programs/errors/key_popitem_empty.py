# popitem on an empty dict.
d = {"k": "v"}
print(d.popitem())
d.popitem()
