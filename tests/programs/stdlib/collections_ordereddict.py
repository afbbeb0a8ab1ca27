from collections import OrderedDict

o = OrderedDict.fromkeys("abcde")
o.move_to_end("b")
o.move_to_end("d", last=False)
print(o, list(o), o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), list(reversed(OrderedDict(a=1, b=2))))
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(a=1) | {"b": 2}, isinstance(OrderedDict(), dict))
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru), lru.copy(), lru.copy() == lru)
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("x"), lambda: OrderedDict(a=1).popitem(last=False) and OrderedDict().popitem(last=False)]:
    try:
        print(bad())
    except KeyError as e:
        print("KeyError:", e)
d = OrderedDict(z=26)
d.update(y=25)
d.setdefault("x", 24)
print(d, d.pop("y"), list(d.items()), list(d.keys()), list(d.values()))
