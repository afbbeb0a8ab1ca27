match x:
    case 1 +:
        pass
    case Point(x=1, 2):
        pass
    nonsense
    case f"{x}":
        pass
