print("never printed")
match {"a": [1, 1]}:
    case {"a": [x, *x]}:
        pass
