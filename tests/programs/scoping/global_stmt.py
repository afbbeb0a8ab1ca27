# global declarations.
counter = 0
def bump():
    global counter
    counter += 1
    return counter

print(bump(), bump(), counter)
def create():
    global created
    created = "made in function"
create()
print(created)
config = {"debug": False}
def toggle():
    config["debug"] = not config["debug"]
toggle()
print(config)
x = "global x"
def read_only():
    return x
def shadowing():
    x = "local x"
    return x
print(read_only(), shadowing(), x)
def nested_global():
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(nested_global(), x)
