# Newton square roots: iterate x = (x + a / x) / 2 until it stops moving, for many inputs.
def newton_sqrt(a):
    if a == 0.0:
        return 0.0
    x = a if a > 1.0 else 1.0
    while True:
        next_x = 0.5 * (x + a / x)
        if next_x >= x:
            return x
        x = next_x


def sum_of_roots(n):
    total = 0.0
    for i in range(n):
        total += newton_sqrt(i * 0.37 + 0.5)
    return total


print(f"{sum_of_roots(1000000):.6f}")
