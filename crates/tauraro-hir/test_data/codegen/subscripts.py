# Constant subscripts compile to GetItemImm/SetItemImm (no key register).
def step(body, dt):
    body[0] += dt * body[3]
    body[-1] = body[1]
    return body[2], body[dt]


# Two-part slices compile to GetSlice (no slice object); a step keeps BuildSlice.
def parts(items, i):
    return items[:i] + items[i + 1 :], items[::2]


# A modulo by a positive constant is one ModConst.
def checksum(total, n):
    return (total * 31 + n) % 1000000007, n % 2, n % -3
