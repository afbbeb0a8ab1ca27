import json
import sys

data = json.load(sys.stdin)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(len(data["items"]), sum(item["qty"] for item in data["items"]))
