print("never printed")
match 0:
    case 1 | x | 2:
        pass
