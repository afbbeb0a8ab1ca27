# Alignment, fill characters and widths for strings and numbers.
for s in ["a", "abc", "abcdef"]:
    print(f"|{s:<5}|{s:>5}|{s:^5}|{s:*<5}|{s:->5}|{s:.^6}|{s:5}|{s:.2}|{s:>8.3}|")
for n in [0, 7, -7, 42, 12345]:
    print(f"|{n:<5}|{n:>5}|{n:^5}|{n:=6}|{n:0=6}|{n:*^7}|{n:5}|{n:+5}|{n:05}|")
for x in [0.5, -2.25, 100.0]:
    print(f"|{x:<8}|{x:>8}|{x:^8}|{x:08.2f}|{x:=+9.2f}|{x:x^9.1f}|{x:8}|")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
print(f"{[1, 2]!s:>10}|{(1, 2)!r:<10}|{None!s:^8}|{'x'!r:>5}|")
