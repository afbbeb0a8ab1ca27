# A class defining __eq__ but not __hash__ cannot be a dict key: uncaught TypeError.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name


table = {}
print("inserting")
table[Key("a")] = 1
print("unreachable")
