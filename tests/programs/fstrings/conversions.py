# !r, !s and !a conversions combined with specs, on many types.
vals = ["text", "it's", "ünï", 42, -1.5, None, True, [1, "two"], (3,), {"k": [4]}, {5}, range(3), "", "\n"]
for v in vals:
    print(f"{v!r:>16}|{v!s:<14}|{v!a}")
s = "ab"
print(f"{s!r:*^10}", f"{s!s:.1}", f"{s!a:>6}")
