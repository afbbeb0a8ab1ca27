import json

print(json.loads('{"ok": true}'))
json.loads('{"broken": [1, 2,, 3]}')
