PLAIN = 1
_underscored = 2


def helper():
    return "helper"


class Thing:
    kind = "thing"
