import json

data = {"name": "Widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3.5}, "empty": [], "none": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="--"))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=4, separators=(",", " = "), sort_keys=True))
print(json.dumps([1, [2, [3, []]]], indent=1))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=2))
