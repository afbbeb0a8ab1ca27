# Iterating dicts preserves insertion order.
prices = {"pen": 1.5, "book": 12.0, "bag": 30.0, "ink": 4.25}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k}={v}")
for v in prices.values():
    print(v, end=" ")
print()
total = 0
for i, (k, v) in enumerate(prices.items()):
    total += v * (i + 1)
print(total)
inverted = {v: k for k, v in prices.items()}
print(inverted)
print(list(reversed(prices)), list(reversed(prices.items())))
keys = list(prices)
for k in keys:
    if prices[k] > 10:
        del prices[k]
print(prices)
print(len(prices.keys()), "pen" in prices.keys(), 1.5 in prices.values(), ("ink", 4.25) in prices.items())
