[x for x in y]
[x * y for x in a for y in b if x if y]
{x for x in y if x}
{k: v for k, v in items.items()}
(x for x in y)
f(x for x in y)
sum(x ** 2 for x in range(10) if x % 2)
[x async for x in aiter()]
[(a, b) for a in x for b in y]
[[y for y in x] for x in m]
[x for x in lambda_list if x]
