def f(x):
    match x:
        case [a, b]:
            return a
        case other:
            return other
        case 1:
            return 1


print(f(1))
