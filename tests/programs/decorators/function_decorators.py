# Function decorators: plain, with arguments, stacked (applied bottom-up), preserving names.
def shout(function):
    def wrapper(*args, **kwargs):
        return str(function(*args, **kwargs)).upper()

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def repeat(times):
    def decorate(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]

        return wrapper

    return decorate


def tag(name):
    def decorate(function):
        def wrapper(*args):
            return f"<{name}>{function(*args)}</{name}>"

        return wrapper

    return decorate


@shout
def greet(name):
    """Say hello."""
    return f"hello {name}"


@repeat(3)
def roll(x):
    return x * 2


@tag("b")
@tag("i")
def text(s):
    return s


print(greet("ada"), greet.__name__, greet.__doc__)
print(roll(4), text("hi"))


def trace(function):
    def wrapper(*args, **kwargs):
        print(f"-> {function.__name__}{args} {kwargs}")
        result = function(*args, **kwargs)
        print(f"<- {function.__name__} = {result!r}")
        return result

    return wrapper


@trace
def add(a, b=0, *, scale=1):
    return (a + b) * scale


add(1, 2)
add(3, scale=10)


def register(registry):
    def decorate(function):
        registry[function.__name__] = function
        return function

    return decorate


handlers = {}


@register(handlers)
def on_start():
    return "started"


@register(handlers)
def on_stop():
    return "stopped"


print(sorted(handlers), handlers["on_start"](), on_stop is handlers["on_stop"])


def identity(x):
    return x


@identity
@(lambda f: f)
def plain():
    return "plain"


print(plain(), [f.__name__ for f in (greet, roll, text, add)])
