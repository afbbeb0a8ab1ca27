# Role-based access control: frozensets as permission keys, set algebra, dict views and
# deterministic reporting (sets are always sorted before printing).

ROLES = {
    "viewer": frozenset({"read"}),
    "editor": frozenset({"read", "write"}),
    "admin": frozenset({"read", "write", "delete", "grant"}),
    "auditor": frozenset({"read", "audit"}),
}

USERS = {
    "ann": {"admin"},
    "ben": {"editor", "auditor"},
    "cid": {"viewer"},
    "dee": set(),
    "eve": {"viewer", "ghost"},
}


class AccessDenied(PermissionError):
    def __init__(self, user, action, missing):
        super().__init__(f"{user} may not {action}: missing {sorted(missing)}")
        self.missing = missing


def permissions(user):
    perms = frozenset()
    unknown = set()
    for role in USERS.get(user, ()):
        if role in ROLES:
            perms |= ROLES[role]
        else:
            unknown.add(role)
    return perms, unknown


def require(user, *needed):
    perms, _ = permissions(user)
    missing = set(needed) - perms
    if missing:
        raise AccessDenied(user, "/".join(needed), missing)
    return True


def role_lattice():
    names = sorted(ROLES)
    rows = []
    for a in names:
        row = []
        for b in names:
            if ROLES[a] == ROLES[b]:
                row.append("=")
            elif ROLES[a] < ROLES[b]:
                row.append("<")
            elif ROLES[a] > ROLES[b]:
                row.append(">")
            elif ROLES[a].isdisjoint(ROLES[b]):
                row.append(".")
            else:
                row.append("~")
        rows.append(f"{a:>8} " + " ".join(row))
    return rows


def main():
    for user in sorted(USERS) + ["zed"]:
        perms, unknown = permissions(user)
        print(f"{user}: {sorted(perms)} unknown={sorted(unknown)}")
    checks = [("ann", ("delete",)), ("ben", ("write", "audit")), ("cid", ("write",)),
              ("dee", ("read",)), ("eve", ("read",)), ("ben", ("grant", "delete", "read"))]
    for user, needed in checks:
        try:
            require(user, *needed)
            print("allowed", user, needed)
        except AccessDenied as e:
            print("denied:", e, isinstance(e, OSError), e.missing == set(needed) - permissions(user)[0])
    print("\n".join(role_lattice()))
    all_perms = frozenset().union(*ROLES.values())
    print(sorted(all_perms), len(all_perms))
    shared = ROLES["editor"] & ROLES["auditor"]
    print(sorted(shared), sorted(ROLES["admin"] ^ ROLES["auditor"]), sorted(ROLES["admin"] - ROLES["editor"]))
    index = {}
    for name, perms in ROLES.items():
        index.setdefault(perms, []).append(name)
    print(len(index), index[frozenset({"write", "read"})], frozenset({"read"}) in index)
    by_perm = {p: sorted(r for r, ps in ROLES.items() if p in ps) for p in sorted(all_perms)}
    print(by_perm)
    keys = USERS.keys() - {"dee", "zed"}
    print(sorted(keys), sorted(USERS.keys() & {"ann", "zed"}), sorted(USERS.keys() | {"zed"}))
    print(sorted((u, len(r)) for u, r in USERS.items()), {u for u, r in USERS.items() if not r})
    s = {3, 1, 2}
    s.update([5, 4])
    s.discard(1)
    s.discard(99)
    print(sorted(s), s.pop() in {2, 3, 4, 5}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, frozenset([1, 1, 2]) == {1, 2})
    try:
        s.remove(99)
    except KeyError as e:
        print("KeyError:", e)
    print(repr(frozenset()), repr(set()), repr(frozenset({7})), {1: frozenset({2})})


main()
