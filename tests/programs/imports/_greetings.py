"""Helper module for the import tests: greetings with some module state."""
print("loading _greetings as", __name__)

GREETING = "Hello"
_secret = "hidden"
call_count = 0


def greet(name):
    global call_count
    call_count += 1
    return f"{GREETING}, {name}!"


class Greeter:
    def __init__(self, prefix):
        self.prefix = prefix

    def say(self, name):
        return self.prefix + " " + greet(name)


if __name__ == "__main__":
    print("this never prints when imported")
