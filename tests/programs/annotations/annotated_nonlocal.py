print("never runs")


def outer():
    value = 1

    def inner():
        value: int
        nonlocal value

    return inner
