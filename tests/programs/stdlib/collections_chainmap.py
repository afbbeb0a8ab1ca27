from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "ann"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config), list(config), dict(config))
print(config.get("missing", 0), "user" in config, "zz" in config, config.maps[1])
print(sorted(config.keys()), list(config.items()), list(config.values()))
child = config.new_child()
child["color"] = "blue"
print(child["color"], config["color"], child.parents["color"], child.maps[0])
del child["color"]
print(child["color"], ChainMap(), ChainMap({"a": 1}, {}), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
scope = ChainMap({"x": 1})
inner = scope.new_child({"y": 2})
print(inner, inner["x"], inner.new_child(z=3))
inner["x"] = 10
print(inner.maps, scope["x"], inner.pop("x"), inner["x"])
for bad in [lambda: ChainMap().popitem(), lambda: ChainMap({}, {"a": 1}).pop("a"), lambda: ChainMap({}).__delitem__("q"), lambda: ChainMap()["x"]]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"b": 2}).copy(), ChainMap.fromkeys("ab", 0))
