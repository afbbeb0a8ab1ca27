match command:
    case "quit":
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1.5 - 2j:
        pass
    case None:
        pass
    case True | False:
        pass
    case x:
        pass
    case _:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case [a, *rest]:
        pass
    case [*_]:
        pass
    case ():
        pass
    case []:
        pass
    case {"k": v, 1: w, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=_):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Cls():
        pass
    case [Point(x=0) as p, *_] if p.y > 0:
        pass
    case a, b:
        pass
    case a, *b if a:
        pass
    case (1 | 2) as n:
        pass
    case "a" "b":
        pass
    case {Color.RED: _}:
        pass

match x, y:
    case _: pass

match (x):
    case _: pass

match -x:
    case _: pass
