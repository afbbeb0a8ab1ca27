import json
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.json")
    records = [{"id": i, "name": "item%d" % i, "price": i * 1.25, "tags": ["t%d" % j for j in range(i)]}
               for i in range(4)]
    with open(path, "w") as f:
        json.dump(records, f, indent=2)
    with open(path) as f:
        text = f.read()
    print(text.count("\n"), text[:40].replace("\n", "|"))
    with open(path) as f:
        loaded = json.load(f)
    print(loaded == records, loaded[3])
    total = sum(r["price"] for r in loaded)
    print("total", total)
    with open(path, "w") as f:
        json.dump({"total": total, "count": len(loaded)}, f, sort_keys=True)
    with open(path, "rb") as f:
        print(f.read())
print(os.path.exists(folder))
