import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1], b is a)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
flat = (1, "a", None)
print(copy.deepcopy(flat) is flat, copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.deepcopy({"s": {1, 2}}))
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(None), copy.copy(3.5), copy.copy("s"))
d = {"x": [1]}
e = copy.copy(d)
e["x"].append(2)
e["y"] = 0
print(d, e)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])
