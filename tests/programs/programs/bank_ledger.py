# A simple bank ledger built from dicts and lists.
def new_bank():
    return {"accounts": {}, "log": [], "next_id": 1000}


def open_account(bank, owner, initial=0):
    acct_id = bank["next_id"]
    bank["next_id"] += 1
    bank["accounts"][acct_id] = {"owner": owner, "balance": 0, "history": []}
    record(bank, "open", acct_id, 0, f"opened for {owner}")
    if initial:
        deposit(bank, acct_id, initial)
    return acct_id


def record(bank, kind, acct_id, amount, note):
    entry = {"seq": len(bank["log"]) + 1, "kind": kind, "acct": acct_id, "amount": amount, "note": note}
    bank["log"].append(entry)
    if acct_id in bank["accounts"]:
        bank["accounts"][acct_id]["history"].append(entry["seq"])
    return entry


def deposit(bank, acct_id, amount):
    if amount <= 0:
        record(bank, "reject", acct_id, amount, "non-positive deposit")
        return False
    bank["accounts"][acct_id]["balance"] += amount
    record(bank, "deposit", acct_id, amount, "ok")
    return True


def withdraw(bank, acct_id, amount):
    acct = bank["accounts"][acct_id]
    if amount > acct["balance"]:
        record(bank, "reject", acct_id, amount, f"insufficient funds ({acct['balance']})")
        return False
    acct["balance"] -= amount
    record(bank, "withdraw", acct_id, amount, "ok")
    return True


def transfer(bank, src, dst, amount):
    if src not in bank["accounts"] or dst not in bank["accounts"]:
        record(bank, "reject", src, amount, f"unknown account in transfer to {dst}")
        return False
    if withdraw(bank, src, amount):
        deposit(bank, dst, amount)
        record(bank, "transfer", src, amount, f"to {dst}")
        return True
    return False


def apply_interest(bank, rate_percent):
    for acct_id, acct in bank["accounts"].items():
        interest = acct["balance"] * rate_percent // 100
        if interest > 0:
            acct["balance"] += interest
            record(bank, "interest", acct_id, interest, f"{rate_percent}%")


def statement(bank, acct_id):
    acct = bank["accounts"][acct_id]
    lines = [f"Statement for #{acct_id} ({acct['owner']})"]
    for seq in acct["history"]:
        e = bank["log"][seq - 1]
        lines.append(f"  {e['seq']:>3} {e['kind']:<9} {e['amount']:>8} {e['note']}")
    lines.append(f"  balance: {acct['balance']}")
    return "\n".join(lines)


bank = new_bank()
a = open_account(bank, "Aisha", 500)
b = open_account(bank, "Bayo")
c = open_account(bank, "Chioma", 1200)
print(a, b, c)
print(deposit(bank, b, 300), deposit(bank, b, -5), withdraw(bank, a, 800), withdraw(bank, a, 120))
print(transfer(bank, c, a, 700), transfer(bank, b, c, 1000), transfer(bank, a, 9999, 1))
apply_interest(bank, 3)
for acct_id in bank["accounts"]:
    print(statement(bank, acct_id))
total = sum(acct["balance"] for acct in bank["accounts"].values())
print("total holdings:", total)
kinds = {}
for e in bank["log"]:
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
print(kinds)
richest = max(bank["accounts"].items(), key=lambda kv: kv[1]["balance"])
print("richest:", richest[0], richest[1]["owner"], richest[1]["balance"])
print([e["note"] for e in bank["log"] if e["kind"] == "reject"])
