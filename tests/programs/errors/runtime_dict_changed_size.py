# Mutating a dict while iterating over it.
d = {1: "a", 2: "b"}
for k in d:
    print(k)
    d[k + 10] = "new"
