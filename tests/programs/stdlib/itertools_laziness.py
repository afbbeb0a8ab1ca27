import itertools

log = []


def numbers():
    for n in range(1, 100):
        log.append(n)
        yield n


evens = filter(lambda n: n % 2 == 0, numbers())
squares = map(lambda n: n * n, evens)
first = list(itertools.islice(itertools.takewhile(lambda s: s < 200, squares), 3))
print(first, log)
log.clear()
pairs = itertools.product("ab", repeat=2)
print(next(pairs), list(pairs))
chained = itertools.chain(numbers(), numbers())
print(list(itertools.islice(chained, 2)), log)
log.clear()
grouped = itertools.groupby(numbers(), key=lambda n: n // 10)
key, group = next(grouped)
print(key, list(group), len(log))
counter = itertools.count(1)
print(list(zip("abc", counter)), next(counter))
print(list(itertools.accumulate(itertools.repeat(2, 5), lambda a, b: a * b)))
print(sum(1 for _ in itertools.combinations(range(20), 3)), list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
