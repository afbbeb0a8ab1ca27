# Nested dicts and lists as a small in-memory database.
db = {
    "users": {
        "u1": {"name": "Ngozi", "roles": ["admin", "dev"], "age": 34},
        "u2": {"name": "Tunde", "roles": ["dev"], "age": 28},
    },
    "meta": {"version": 2},
}
print(db["users"]["u1"]["roles"][1], db["meta"])
db["users"]["u3"] = {"name": "Halima", "roles": [], "age": 41}
db["users"]["u2"]["roles"].append("ops")
db["meta"]["version"] += 1
for uid, user in db["users"].items():
    print(uid, user["name"], len(user["roles"]), ",".join(user["roles"]) or "-")
devs = [u["name"] for u in db["users"].values() if "dev" in u["roles"]]
print(devs, db["meta"])
ages = {u["name"]: u["age"] for u in db["users"].values()}
print(ages, sum(ages.values()) / len(ages))
print(db)
