# Default argument values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ada"), greet("Ada", "Hi"), greet("Ada", "Yo", "?"), greet("Ada", punct="."))
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
n = 10
def captured(x=n):
    return x
n = 20
print(captured(), captured(5))
def power(base, exp=2, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)
print(power(3), power(3, 3), power(3, 3, 5), power(exp=0, base=9))
