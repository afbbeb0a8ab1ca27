print("never runs")


def f():
    global counter
    counter: int = 1
