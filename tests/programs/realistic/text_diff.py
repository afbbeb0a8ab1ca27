# A line-based diff tool: LCS table, edit script, unified-style hunks and a similarity ratio.

def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def edit_script(a, b):
    table = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops


def hunks(ops, context=1):
    changed = [k for k, (op, _) in enumerate(ops) if op != " "]
    groups = []
    for k in changed:
        if groups and k - groups[-1][-1] <= 2 * context + 1:
            groups[-1].append(k)
        else:
            groups.append([k])
    for g in groups:
        start, end = max(0, g[0] - context), min(len(ops), g[-1] + context + 1)
        a_start = sum(1 for op, _ in ops[:start] if op != "+") + 1
        b_start = sum(1 for op, _ in ops[:start] if op != "-") + 1
        a_len = sum(1 for op, _ in ops[start:end] if op != "+")
        b_len = sum(1 for op, _ in ops[start:end] if op != "-")
        yield f"@@ -{a_start},{a_len} +{b_start},{b_len} @@", ops[start:end]


def ratio(a, b):
    if not a and not b:
        return 1.0
    return 2 * lcs_table(a, b)[0][0] / (len(a) + len(b))


OLD = """def greet(name):
    print("Hello", name)
    return None

def add(a, b):
    return a + b

def unused():
    pass
""".splitlines()

NEW = """def greet(name, punctuation="!"):
    print("Hello", name + punctuation)
    return None

def add(a, b):
    # add two numbers
    return a + b
""".splitlines()


def main():
    ops = edit_script(OLD, NEW)
    counts = {op: sum(1 for o, _ in ops if o == op) for op in " -+"}
    print(counts)
    for header, body in hunks(ops):
        print(header)
        for op, line in body:
            print(f"{op}{line}")
    print(f"line similarity {ratio(OLD, NEW):.3f}")
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", ""), ("abc", "abc"), ("abc", "xyz")]:
        script = "".join(op for op, _ in edit_script(list(a), list(b)))
        print(f"{a!r:>9} -> {b!r:<9} {ratio(a, b):.3f} {script!r}")
    print(len(edit_script(list(range(30)), list(range(0, 30, 2)))))


main()
