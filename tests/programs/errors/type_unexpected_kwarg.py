# Unexpected keyword argument.
def greet(name, greeting="hi"):
    return greeting + " " + name

print(greet("x", greeting="yo"))
greet("x", salutation="hey")
