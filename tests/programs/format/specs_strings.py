# Format specs applied to strings through str.format.
words = ["a", "tau", "raro", "longerword"]
for w in words:
    print("[{:8}] [{:>8}] [{:^8}] [{:_<8}] [{:.3}] [{:>6.2}]".format(w, w, w, w, w, w))
print("{:=^30}".format(" report "))
print("{:-<12}{:->12}".format("left", "right"))
lines = ["{:<10}{:>6}".format(name, str(score)) for name, score in [("alice", 93), ("bob", 7)]]
print("\n".join(lines))
