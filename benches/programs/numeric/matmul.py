# Matrix multiply on lists of lists: integer-valued float matrices, product checksum.
def make_matrix(rows, cols, seed):
    matrix = []
    value = seed
    for i in range(rows):
        row = []
        for j in range(cols):
            value = (value * 1103515245 + 12345) % 2147483648
            row.append(float(value % 100) / 10.0)
        matrix.append(row)
    return matrix


def multiply(a, b):
    inner = len(b)
    cols = len(b[0])
    result = []
    for row_a in a:
        row = [0.0] * cols
        for k in range(inner):
            a_ik = row_a[k]
            row_b = b[k]
            for j in range(cols):
                row[j] += a_ik * row_b[j]
        result.append(row)
    return result


def trace_and_sum(m):
    trace = 0.0
    total = 0.0
    for i in range(len(m)):
        trace += m[i][i]
        for value in m[i]:
            total += value
    return trace, total


size = 180
a = make_matrix(size, size, 42)
b = make_matrix(size, size, 7)
trace, total = trace_and_sum(multiply(a, b))
print(f"{trace:.4f} {total:.4f}")
