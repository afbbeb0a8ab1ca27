import json

docs = ["", "   ", '{"a":1,}', "[1,]", '{"a" 1}', "[1 2]", '"abc', '"a\\qb"', '"\\u12"',
        "[1] x", "{1:2}", "tru", '"a\tb"', "-", "01", "1.", "[", '{"a":', "[1,\n  2,\n  x]",
        '{"a": [1, 2}', "nul", "{'a': 1}"]
for doc in docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("{")
except ValueError as e:
    print("ValueError caught:", type(e).__name__, e)
for bad in [{1, 2}, object, b"bytes", range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([1], indent=[2])
except TypeError as e:
    print("TypeError:", type(e).__name__)
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
