# Converting between integers and Roman numerals.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGIT = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        v = DIGIT[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def is_valid(s):
    return s != "" and all(c in DIGIT for c in s.upper()) and to_roman(from_roman(s)) == s.upper()


for n in [1, 4, 9, 14, 40, 90, 400, 1987, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<15} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print([s for s in ["XIV", "IIII", "MCMXC", "IC", "mmxx", "", "ABC", "XLII"] if is_valid(s)])
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print(longest, to_roman(longest), len(to_roman(longest)))
counts = {}
for n in range(1, 101):
    for ch in to_roman(n):
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
