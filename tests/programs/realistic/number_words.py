# Number conversions for invoices: English words, Roman numerals, ordinals and cheque text.

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[rest] if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ONES[hundreds] + " hundred" + (" and " + words(rest) if rest else "")
    for value, name in SCALES:
        if n >= value:
            high, rest = divmod(n, value)
            sep = "" if not rest else (" and " if rest < 100 else ", ")
            return words(high) + " " + name + (sep + words(rest) if rest else "")
    raise ValueError(n)


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} cannot be written in Roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(text):
    values = {s: v for v, s in ROMAN if len(s) == 1}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral {text!r}")
    return total


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def cheque(amount):
    cents = round(amount * 100)
    whole, frac = divmod(cents, 100)
    text = words(whole).capitalize() + (" euro" if whole == 1 else " euros")
    return f"{text} and {frac:02d}/100"


def main():
    for n in [0, 7, 13, 20, 42, 99, 100, 101, 115, 999, 1000, 1001, 2024, 12345, 1000000, 1234567891, -58]:
        print(f"{n:>11,} {words(n)}")
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
        r = to_roman(n)
        print(f"{n:>5} {r:<12} {from_roman(r)}")
    for bad in [0, 4000]:
        try:
            to_roman(bad)
        except ValueError as e:
            print("ValueError:", e)
    for bad in ["IIII", "VX", "MCMXCIV"]:
        try:
            print(bad, from_roman(bad))
        except ValueError as e:
            print("ValueError:", e)
    print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003]))
    for amount in [1.0, 12.5, 1999.99, 0.07, 1000000.01]:
        print(f"{amount:>12,.2f}  {cheque(amount)}")
    longest = max(range(1, 1000), key=lambda n: (len(words(n)), -n))
    print(longest, words(longest), sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)))


main()
