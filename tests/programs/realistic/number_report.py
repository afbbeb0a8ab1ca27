# A numeric report: formatting specs, rounding, integer tricks and float edge cases.

def fmt_table(rows, headers):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [line, " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)), line]
    for r in rows:
        out.append(" | ".join(f"{str(v):>{w}}" for v, w in zip(r, widths)))
    out.append(line)
    return "\n".join(out)


def stats(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    s = sorted(values)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return mean, var ** 0.5, median


def primes_up_to(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def main():
    values = [3.5, 1.25, 9.0, 4.75, 2.0, 7.125, 6.5]
    mean, sd, median = stats(values)
    print(f"mean={mean:.4f} sd={sd:.4f} median={median} sum={sum(values)!r}")
    for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1e16, 123456.789]:
        print(f"{x!r:>12} {round(x)!r:>18} {round(x, 2)!r:>20} {x:e} {x:g} {x:,.1f} {x:010.2f}")
    for n in [0, 7, -42, 255, 2 ** 40, -(3 ** 25)]:
        print(f"{n:>16} {n:+d} {n:x} {n:#o} {n:#b}"[:90], f"{n:_}", to_base(n, 36), int(to_base(n, 36), 36) == n)
    print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 7.5 // 2, -7.5 % 2)
    print(pow(3, 200, 1000007), pow(2, -1), 10 ** 20 // 7, (10 ** 20) % 7, 2 ** 0.5)
    print(int("ff", 16), int("0b1011", 0), int("  -12  "), float("1e-3"), float("-inf"), int(3.99), int(-3.99))
    inf, nan = float("inf"), float("nan")
    print(inf > 1e308, nan == nan, nan != nan, inf - inf, min(inf, 5), max(-inf, -5), 1 / inf)
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12, 1e300 * 1e10, 5e-324 / 2)
    print(f"{1234567.891:,.2f} {0.000123:.2e} {0.25:%} {0.125:.1%} {12:*^9} {3.14159:<8.3}|")
    print("%5d|%-5d|%05d|%.3f|%10.4e|%s|%r|%x|%%" % (42, 42, 42, 3.14159, 12345.678, "hi", "hi", 255))
    ps = primes_up_to(200)
    print(len(ps), ps[-5:], sum(ps))
    gaps = {}
    for a, b in zip(ps, ps[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    print(sorted(gaps.items()))
    rows = [(p, p * p, to_base(p, 2), f"{p / 7:.3f}") for p in ps[:6]]
    print(fmt_table(rows, ["p", "p^2", "binary", "p/7"]))
    print(sum(1 / n for n in range(1, 1000)), sum(range(10 ** 6)), hash(1.0) == hash(1), True + True)
    print(abs(-7), abs(-2.5), round(-2.5), round(3.5), max(3, 7.0), min([], default="empty"), 7 / 2, 6 / 3)


main()
