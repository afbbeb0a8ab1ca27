import copy

l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m, m[1] is m, m is not l)
d = {"a": 1}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e is not d)


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
a2 = copy.deepcopy(a)
print(a2.name, a2.links[0].name, a2.links[0].links[0] is a2, a2 is not a)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)
