# Arbitrary expressions inside f-strings.
def square(n):
    return n * n

data = {"alpha": [1, 2, 3], "beta": [4, 5]}
print(f"{square(7)} {square(square(2))} {max(data, key=len)} {sorted(data)[::-1]}")
print(f"{sum(data['alpha'])} {[k.upper() for k in data]} {dict(a=1)} {'-'.join(data)}")
print(f"{3 if 2 > 1 else 4} {not True} {1 < 2 < 3} {'yes' if 'a' in 'abc' else 'no'}")
print(f"{'abc'[::-1]} {'abc'.upper():>5} {len('hello'):03d}")
print(f"{(1, 2)} {1, 2}")
print(f"{ 5 + 5 } {  'spaces'  }")
total = 0
for i in range(1, 6):
    total += i
    print(f"step {i}: total={total:>3} avg={total / i:.2f} {'even' if total % 2 == 0 else 'odd'}")
print(f"""multi
line {total}
f-string""")
print(f"{'{'}{'}'} {chr(123)}")
print(f"{data['beta'][-1] ** 2:,} {2 ** 40:_d}")
