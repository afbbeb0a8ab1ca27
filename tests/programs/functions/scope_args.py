# Arguments are references: mutation is visible, rebinding is not.
def mutate(lst, d):
    lst.append("added")
    d["new"] = 1

def rebind(lst, n):
    lst = ["rebound"]
    n += 1
    return lst, n

a = [1]
b = {}
mutate(a, b)
print(a, b)
n = 5
print(rebind(a, n), a, n)
def count_calls(counter):
    counter[0] += 1
    return counter[0]
c = [0]
for _ in range(4):
    count_calls(c)
print(c)
