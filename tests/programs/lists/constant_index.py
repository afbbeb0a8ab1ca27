# Subscripts with a small constant index (one instruction in Tauraro): lists, tuples,
# negative indexes, out of range, other sequence and mapping types, user classes, and the
# augmented and plain assignment forms.
a = [10, 20, 30, 40]
t = (1, 2, 3)
print(a[0], a[3], a[-1], a[-4], t[0], t[-1], "abc"[1], b"xyz"[0], range(5)[2])
a[0] = 11
a[-1] += 5
a[1] -= 1
a[2] *= 2
print(a)
d = {0: "zero", -1: "minus", 2: "two"}
print(d[0], d[-1], d[2])
d[3] = "three"
d[2] += "!"
print(d)


class Seq:
    def __getitem__(self, index):
        return index * 10

    def __setitem__(self, index, value):
        print("set", index, value)


s = Seq()
print(s[3], s[-2])
s[4] = "v"
s[1] += 5

nested = [[1, 2], [3, 4]]
nested[1][0] += 100
print(nested, nested[-1][-1])

five, nothing = 5, None
for bad in ("a[4]", "a[-5]", "t[3]", "d[9]", "(5)[0]", "None[0]"):
    try:
        eval_result = {"a[4]": lambda: a[4], "a[-5]": lambda: a[-5], "t[3]": lambda: t[3],
                       "d[9]": lambda: d[9], "(5)[0]": lambda: five[0],
                       "None[0]": lambda: nothing[0]}[bad]()
        print("no error", eval_result)
    except (IndexError, KeyError, TypeError) as e:
        print(bad, type(e).__name__, e)

for bad_store in (lambda: a.__setitem__(7, 0), lambda: t.__setitem__(0, 1)):
    try:
        bad_store()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def store_out_of_range(seq):
    seq[9] = 1


for seq in ([1], (1,), "s"):
    try:
        store_out_of_range(seq)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

big = list(range(40000))
print(big[32767], big[-32768])
