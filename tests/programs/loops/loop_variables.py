# Loop variables persist after the loop and can be reassigned inside.
for i in range(3):
    pass
print(i)
for i in range(10):
    i = i * 100
print(i)
x = "before"
for x in []:
    pass
print(x)
for ch in "abc":
    last = ch
print(ch, last)
total = 0
for item in [1, 2, 3]:
    item += 10
    total += item
print(total, item)
i = 0
while i < 5:
    i += 2
print(i)
data = [1, 2, 3]
for idx in range(len(data)):
    data[idx] *= 2
print(data, idx)
