# Recursive generators (without yield from).
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        for line in walk(child, depth + 1):
            yield line

print(list(perms([1, 2, 3])))
print(sorted(subsets([1, 2, 3])))
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for line in walk(tree):
    print(line)
