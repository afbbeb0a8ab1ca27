from functools import cmp_to_key


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min([5, 2, 8], key=cmp_to_key(lambda a, b: a - b)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) != K(1))
print(type(K(1)).__name__, K(1).obj, K.__hash__)
