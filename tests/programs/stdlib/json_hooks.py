import json

print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items(), reverse=True)))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=list))
print(json.loads('[1.5, 2, 3e2]', parse_float=str))
print(json.loads('[1.5, 2, 30]', parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: "const:" + s))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError("cannot encode " + type(obj).__name__)

print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
def decode(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
p = json.loads('{"x": 5, "y": 6}', object_hook=decode)
print(type(p).__name__, p.x, p.y)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return sorted(o)
        return super().default(o)

print(json.dumps({"f": frozenset({2, 1})}, cls=SetEncoder))
try:
    json.dumps({"c": range(2)}, cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONDecoder().decode('[1, "x"]'))
