# Error raised from a sort key.
people = [{"name": "a", "age": 3}, {"name": "b"}]
print(sorted(people[:1], key=lambda p: p["age"]))
sorted(people, key=lambda p: p["age"])
