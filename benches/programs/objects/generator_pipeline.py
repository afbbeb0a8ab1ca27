# Generator pipelines: chained generator functions and generator expressions that produce,
# filter, transform, window and reduce a stream of numbers.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def only_odd_digit_sums(stream):
    for value in stream:
        digits = 0
        rest = value
        while rest:
            digits += rest % 10
            rest //= 10
        if digits % 2 == 1:
            yield value


def scaled(stream, factor):
    for value in stream:
        yield value * factor


def pairwise_sums(stream):
    previous = None
    for value in stream:
        if previous is not None:
            yield previous + value
        previous = value


def chunks(stream, size):
    chunk = []
    for value in stream:
        chunk.append(value)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def main(limit):
    pipeline = pairwise_sums(scaled(only_odd_digit_sums(numbers(limit)), 3))
    total = 0
    count = 0
    for chunk in chunks(pipeline, 16):
        total = (total + sum(chunk) * len(chunk)) % 1000000007
        count += 1
    squares = sum(x * x for x in range(limit) if x % 3 == 0)
    evens = list(x for x in numbers(limit // 2) if x % 2 == 0)
    longest = max(len(str(x)) for x in evens)
    print(total, count, squares, len(evens), longest)


main(600000)
