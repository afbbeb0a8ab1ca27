# Long loops through every instruction the interpreter's threaded fast lane handles (int and
# float arithmetic, bit operations, list items, compare-and-branch, truth tests, global calls
# and returns), with the cases it leaves to the main loop mixed in: int overflow into big
# ints, objects in registers, errors raised mid-loop. Release builds run these loops without
# leaving the lane, so a handler that is not a tail call would overflow the stack here.


def leaf(x):
    return x + 1


def nothing():
    return None


def kernel(n):
    total = 0
    acc = 0.5
    bits = 0x5DEECE66D
    values = [0, 1.5, 2, 3.25, 4]
    flags = [True, False] * 3
    count_true = 0
    for i in range(n):
        j = i * 3 - 7
        k = j // 4 + j % 5 - (-j)
        total += k
        total -= i
        total *= 1
        total = total % 1000003
        acc = acc * 1.0000001 + i / 7.0 - 0.25
        acc -= 0.5
        acc /= 1.0
        bits ^= bits << 5 & 0xFFFFFFFF
        bits = (bits >> 3) | (i & 7)
        bits &= 0xFFFFFFFFFF
        bits |= 1
        values[i % 5] = values[(i + 1) % 5] + 1
        values[2] = values[0] - i
        x = values[3]
        f = flags[i % 6]
        if f:
            count_true += 1
        if not f:
            count_true += 2
        if i < 3 or i <= 4 or i > n - 2 or i >= n or i == 17 or i != i:
            total += 1
        if 2 < i and 3 <= i and i > 5 and j >= -7 and i != 9 and i == i:
            total += leaf(i) - leaf(i - 1)
        if acc < 0.0 or acc > 1e300 or acc == 0.25:
            total += 5
        y = None
        z = True
        w = False
        if y is None and z and not w:
            nothing()
        total += -x if i % 2 else x
        total %= 1000003
    return total, round(acc, 3), bits, values, count_true


print(kernel(200000))


def overflowing(n):
    # Ints that leave the 64-bit range mid-loop: the lane hands them to the main loop.
    value = 1
    for i in range(n):
        value = value * 3 + i
        value += value
    return value % 1000000007, value.bit_length()


print(overflowing(100))


def mixed(n):
    # Registers that hold objects between numbers, and operations on objects.
    out = []
    word = "ab"
    for i in range(n):
        item = word if i % 2 else i
        out.append(item)
        text = word + str(i % 3)
        word = text[:2]
        number = i + 0.5
        number = [number]
        number = number[0] * 2
    return len(out), out[-2:], word, number


print(mixed(1000))


def errors():
    results = []
    for divisor in (2, 1, 0, 0.0, 3):
        try:
            results.append(10 // divisor)
            results.append(10 % divisor)
            results.append(10 / divisor)
        except ZeroDivisionError as error:
            results.append(str(error))
    items = [1, 2, 3]
    for index in (0, 2, 3, -4):
        try:
            items[index] = items[index] + 1
        except IndexError as error:
            results.append(str(error))
    return results, items


print(errors())


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500))
try:
    deep(100000)
except RecursionError as error:
    print("RecursionError:", error)
