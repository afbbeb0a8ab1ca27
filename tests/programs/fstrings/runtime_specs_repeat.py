# Format specs built at run time repeat their text (cached by text, not by object), mixed
# with many constant specs, the same spec text used for different types, and bad specs.
total = 0
for i in range(300):
    width = 4 + i % 9
    precision = i % 5
    spec = f"{width}.{precision}f"
    text = f"[{i / 13:{width}.{precision}f}|{i:{width}d}|{i * 1.5:{spec}}|{str(i):>{width}}]"
    total += len(text)
    if i % 37 == 0:
        print(text)
print(total)
for value in (7, 7.25, "seven", True):
    for spec in ("", ">8", "<6", "^7", "x", "d", ".2f", ",", "08.3", "e"):
        try:
            print(repr(f"{value:{spec}}"), end=" ")
        except (ValueError, TypeError) as error:
            print(type(error).__name__, error, end=" | ")
    print()
row = [f"{i:>8d}|{i * 1.618:12.4f}|{i % 256:02x}|{i * 1000003:,}|{i / 3:.2%}|{-i:+d}" for i in range(5)]
print("\n".join(row))
