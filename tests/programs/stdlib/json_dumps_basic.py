import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps(3.14), json.dumps(1e100), json.dumps(1.0), json.dumps(0.1 + 0.2), json.dumps(-0.0))
print(json.dumps("hello"), json.dumps('quote " and \\ backslash'), json.dumps("tab\tnew\nline"))
print(json.dumps([1, "two", 3.0, None, [True, False]]))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(2 ** 70), json.dumps(-(2 ** 64)))
print(json.dumps("\x00\x01\x1f\x7f"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
