import sys

header = sys.stdin.readline()
print("header:", repr(header))
total = 0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    name, qty = line.split(",")
    total += int(qty)
    print(name.upper(), qty)
print("total", total)
print(repr(sys.stdin.read()))
