x = f"abc {x
y = 1
z = f"{a!x} {b!} {}"
