# Lots of output before an error: stdout must be complete.
for i in range(200):
    print(i, i * i, "x" * (i % 7))
d = {}
print(d["never"])
