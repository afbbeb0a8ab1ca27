# Augmented assignment operators on names, subscripts and different types.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 3; print(x)
x /= 4; print(x)
x = 0b1111
x &= 0b1010; print(x)
x |= 0b0101; print(x)
x ^= 0b1111; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
d["b"] = 0
d["b"] -= 1
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
count = {}
for ch in "mississippi":
    count[ch] = count.get(ch, 0) + 1
print(count)
