# Building aligned tables with str.format and computed widths.
rows = [("id", "name", "balance"), (1, "Musa", 1520.5), (22, "Amina", -75.25), (333, "Chinedu", 1000000.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
for r in rows:
    print("| {:>{w0}} | {:<{w1}} | {:>{w2}} |".format(r[0], r[1], r[2], w0=widths[0], w1=widths[1], w2=widths[2]))
for r in rows[1:]:
    print("{0:03d} {1:.<12} {2:>14,.2f}".format(*r))
