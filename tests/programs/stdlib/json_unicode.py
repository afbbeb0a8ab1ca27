import json

s = "café ñ 日本 😀"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}), json.dumps({"clé": "valeur"}, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s)
print(json.loads('"\\u00e9\\u65e5\\ud83d\\ude00"'))
print(json.loads('"caf\u00e9"'), json.loads('"\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(len(json.loads('"\\ud83d\\ude00"')))
