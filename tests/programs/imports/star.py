# from m import *: __all__, underscore names, shadowed builtins, use from functions/classes
from _star_all import *
from _star_plain import *

print(visible(), pow(2, 3), _listed_private)
for name in ["not_listed", "_underscored"]:
    try:
        eval_result = {"not_listed": lambda: not_listed, "_underscored": lambda: _underscored}[name]()
    except NameError as e:
        print(e)
print(PLAIN, helper(), Thing.kind)


def inside():
    return pow(1, 1), max(3, 4), PLAIN


class UsesStar:
    value = helper()


print(inside(), UsesStar.value)
print(len([1, 2, 3]), abs(-2))
PLAIN = 10
print(PLAIN, inside())
