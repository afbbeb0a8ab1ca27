__all__ = ["visible", "pow", "_listed_private"]


def visible():
    return "visible"


def pow(a, b):
    return "star pow"


def not_listed():
    return "not listed"


_listed_private = "private but listed"
