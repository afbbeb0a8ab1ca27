# Unbounded mutual recursion.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

print(ping.__name__, pong.__name__)
ping(0)
