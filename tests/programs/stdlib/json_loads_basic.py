import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("42"), json.loads("-7"), json.loads("3.5"), json.loads("1e3"), json.loads("-2.5E-2"))
print(json.loads('"text"'), json.loads("[]"), json.loads("{}"))
doc = '{"name": "Ada", "langs": ["en", "fr"], "age": 36, "ratio": 0.5, "extra": null, "ok": true}'
data = json.loads(doc)
print(data)
print(type(data["age"]).__name__, type(data["ratio"]).__name__)
print(json.loads('  [1 , 2 ,\n 3 ]  '))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads("123456789012345678901234567890"))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads(b'{"bytes": [1]}'))
nested = json.loads('{"a": {"b": {"c": [1, {"d": "e"}]}}}')
print(nested["a"]["b"]["c"][1]["d"])
