# Adding an int and a str.
x = 1
print("before", x)
y = x + "a"
print("not reached", y)
