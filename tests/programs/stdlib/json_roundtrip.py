import json

values = [0, -1, 2 ** 63, 1.5, -0.0, 1e-7, 123456789.123, "", "a\"b", [], {}, [[]], {"": ""},
          {"nested": {"list": [1, [2, [3]]], "flag": False}}, [None, True, False],
          0.1, 1e16, 1e22, 5e-324, 1.7976931348623157e308]
for v in values:
    text = json.dumps(v)
    back = json.loads(text)
    print(text, back == v, type(back).__name__)
print(json.loads(json.dumps((1, 2))))
print(json.loads(json.dumps({1: 2, 3.0: 4})))
