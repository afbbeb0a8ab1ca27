# Lambdas returning lambdas, and lambdas capturing variables.
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1), adder("pre-")("fix"))
compose = lambda f, g: lambda x: f(g(x))
print(compose(len, str)(12345), compose(lambda x: x * 2, lambda x: x + 1)(4))
ops = [lambda x, k=k: x * k for k in range(4)]
print([op(3) for op in ops])
table = {name: (lambda n: lambda a, b: f"{n}({a},{b})")(name) for name in ["f", "g"]}
print(table["f"](1, 2), table["g"]("x", "y"))
y = 1
get_y = lambda: y
y = 2
print(get_y())
