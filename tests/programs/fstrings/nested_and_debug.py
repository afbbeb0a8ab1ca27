# Nested replacement fields in specs and the = specifier.
width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in range(4, 8):
    print(f"[{w:{w}}]")
x = 42
name = "tauraro"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:08b}")
print(f"{x * 2 + 1=}")
print(f"{items[0]=} {len(items)=}")
fmt = ">8"
print(f"[{x:{fmt}}] [{name:{fmt}}]")
print(f"{f'{x}' + f'{x}'} {f'{x:>{4}}'}")
