# Formatting a report table with computed columns.
sales = [
    ("north", [120.5, 98.25, 143.0]),
    ("south", [80.0, 77.75, 91.5]),
    ("east", [200.0, 10.125, 55.5]),
    ("west", [0.0, 0.0, 12.345]),
]
print(f"{'region':<8}|{'q1':>9}|{'q2':>9}|{'q3':>9}|{'total':>10}|{'share':>7}")
print("-" * 57)
grand = sum(sum(q) for _, q in sales)
for region, qs in sales:
    total = sum(qs)
    cells = "|".join(f"{q:>9.2f}" for q in qs)
    print(f"{region:<8}|{cells}|{total:>10,.2f}|{total / grand:>7.1%}")
print("-" * 57)
print(f"{'all':<8}|{'':>9}|{'':>9}|{'':>9}|{grand:>10,.2f}|{1:>7.1%}")
best = max(sales, key=lambda r: sum(r[1]))
print(f"best region: {best[0]!r} with {sum(best[1]):.3f}")
