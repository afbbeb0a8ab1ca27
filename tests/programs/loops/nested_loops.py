# Multiplication table and pattern printing.
for i in range(1, 6):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print("".join(str(j) for j in range(1, i + 1)))
pairs = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                pairs.append((a, b, c))
print(pairs)
