# Float multiply-accumulate: a damped dot product over two generated float sequences.
def multiply_accumulate(n):
    acc = 0.0
    x = 0.5
    y = 1.25
    for i in range(n):
        acc = acc * 0.999999 + x * y
        x = x + 0.000001
        y = y - 0.0000005
    return acc


print(f"{multiply_accumulate(8000000):.6f}")
