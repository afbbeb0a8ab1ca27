# An uncaught metaclass conflict ends the program with CPython's message.
class MetaOne(type):
    pass


class MetaTwo(type):
    pass


class One(metaclass=MetaOne):
    pass


class Two(metaclass=MetaTwo):
    pass


print("defining Both")


class Both(One, Two):
    pass
