# break and continue in for and while loops, including nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
print()
found = None
for row in range(1, 10):
    for col in range(1, 10):
        if row * col == 42:
            found = (row, col)
            break
    if found:
        break
print(found)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 10:
        break
    print(n, end=" ")
print()
odds = []
for x in range(20):
    if x % 2 == 0:
        continue
    odds.append(x)
    if len(odds) == 5:
        break
print(odds)
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        print(ch, end="")
    print("|", end="")
print()
