"""Recursive Fibonacci: the classic call-heavy benchmark."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for n in (10, 20, 27):
    print(f"fib({n}) = {fib(n)}")
