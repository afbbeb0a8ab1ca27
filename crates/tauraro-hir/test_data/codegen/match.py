class Point:
    __match_args__ = ("x", "y")


def classify(subject):
    match subject:
        case 0 | None:
            return "nothing"
        case [x, *rest] if x > 0:
            return rest
        case [first, *_, last]:
            return first + last
        case {"kind": "circle", "r": r, **extra}:
            return r, extra
        case Point(x, y=0) as p:
            return p
        case str(text):
            return text
        case _:
            return subject
