known = "known"


def __getattr__(name):
    return "lazily made " + name
