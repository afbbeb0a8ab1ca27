# Functions carry a __dict__: decorators attach state and metadata to wrappers.
def counted(function):
    def wrapper(*args):
        wrapper.calls += 1
        return function(*args)

    wrapper.calls = 0
    wrapper.__wrapped__ = function
    wrapper.__name__ = function.__name__
    wrapper.__qualname__ = "counted(" + function.__qualname__ + ")"
    return wrapper


@counted
def work(x):
    return x + 1


print(work(1), work(2), work.calls, work.__wrapped__(10), work.__name__, work.__qualname__)
print(sorted(work.__dict__), vars(work)["calls"], hasattr(work, "missing"))
work.tags = ["fast"]
print(work.tags, getattr(work, "tags"))
del work.tags
try:
    work.tags
except AttributeError as e:
    print("AttributeError:", e)
try:
    del work.tags
except AttributeError as e:
    print("AttributeError:", e)


def plain():
    pass


print(plain.__dict__, vars(plain))
plain.__dict__["x"] = 5
print(plain.x)
setattr(plain, "y", 6)
print(sorted(vars(plain).items()))


def route(path):
    def decorate(function):
        function.route = path
        return function

    return decorate


@route("/home")
def home():
    return "home page"


print(home.route, home())
