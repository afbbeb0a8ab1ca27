# Constant subscripts compile to GetItemImm/SetItemImm (no key register).
def step(body, dt):
    body[0] += dt * body[3]
    body[-1] = body[1]
    return body[2], body[dt]
