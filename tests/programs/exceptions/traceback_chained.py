# Chained tracebacks: "During handling..." output for an uncaught exception.
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise ValueError(f"no such key: {key}")

print(load("a"))
load("b")
