from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product("ab", [])))
print(len(list(product(range(3), repeat=3))), list(product("ab", "c", repeat=2))[:3])
print(list(permutations("abc", 2)), list(permutations(range(3))), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 0)), list(combinations_with_replacement("", 1)))
print(sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in permutations(range(6), 3)))
print([("".join(p)) for p in permutations("aab")])
for bad in [lambda: permutations("ab", -1), lambda: combinations("ab"), lambda: combinations("ab", -1),
            lambda: product(1), lambda: product("a", repeat=-1), lambda: combinations_with_replacement("ab", -2),
            lambda: permutations("ab", "x"), lambda: product("a", r=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
