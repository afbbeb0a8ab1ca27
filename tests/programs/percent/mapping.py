# % formatting with a mapping.
data = {"name": "Zainab", "score": 97.5, "rank": 1, "tags": ["a", "b"]}
print("%(name)s scored %(score).1f and is #%(rank)d" % data)
print("%(name)r %(tags)s %(name)-10s| %(rank)05d" % data)
print("%(x)s %(x)s %(y)d" % {"x": "twice", "y": 3})
print("%(a)s" % {"a": 1, "b": 2})
rows = [{"item": "pen", "qty": 3, "price": 1.25}, {"item": "notebook", "qty": 10, "price": 3.5}]
for r in rows:
    print("%(item)-10s x%(qty)3d @ %(price)6.2f" % r)
