print("load", __name__)


def area(side):
    return side * side


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return area(self.side)


def beyond():
    from ... import nothing
