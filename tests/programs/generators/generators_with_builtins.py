# Generators passed to builtins.
def gen(n):
    for i in range(n):
        yield i * 3

print(sum(gen(5)), max(gen(5)), min(gen(5)), sorted(gen(4), reverse=True), len(list(gen(7))))
print(list(zip(gen(3), "abc")), list(enumerate(gen(3))), dict(zip("xyz", gen(3))))
print(any(x > 10 for x in gen(5)), all(x % 3 == 0 for x in gen(5)), list(map(str, gen(3))))
print(list(filter(lambda v: v % 2, gen(6))), set(gen(4)), tuple(gen(2)))
print(" ".join(str(v) for v in gen(4)), list(reversed(list(gen(3)))))
it = iter(gen(3))
print(next(it), list(it))
