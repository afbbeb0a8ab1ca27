# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by power iteration.
def matrix_entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(vector):
    n = len(vector)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(i, j) * vector[j]
        result.append(total)
    return result


def times_transposed(vector):
    n = len(vector)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(j, i) * vector[j]
        result.append(total)
    return result


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for step in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


print(f"{spectral_norm(300):.9f}")
