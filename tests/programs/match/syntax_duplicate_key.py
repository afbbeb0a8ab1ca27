print("never printed")
match {}:
    case {"key": a, "other": b, "key": c}:
        pass
