# A metaclass __setattr__/__delattr__ guards class attributes; instances keep working and
# attribute caches see the changes that are allowed.
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, "_frozen", False) and not name.startswith("_"):
            raise AttributeError(f"cannot set {name!r} on frozen class {cls.__name__}")
        print("set", cls.__name__, name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if getattr(cls, "_frozen", False):
            raise AttributeError(f"cannot delete {name!r} from {cls.__name__}")
        super().__delattr__(name)


class Settings(metaclass=Frozen):
    level = 1

    def show(self):
        return f"level={self.level}"


s = Settings()
results = []
for step in range(3):
    results.append(s.show())
    if step == 0:
        Settings.level = 2
print(results)
Settings.extra = "new"
print(s.extra, Settings.extra)
del Settings.extra
print(hasattr(s, "extra"))
Settings._frozen = True
try:
    Settings.level = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Settings.level
except AttributeError as e:
    print("AttributeError:", e)
print(s.show(), Settings.level)
setattr(Settings, "_private", 9)
print(Settings._private)


# Methods added to a class through its metaclass later are seen by existing instances.
class Open(type):
    def add_method(cls, name):
        def method(self):
            return f"{name} on {type(self).__name__}"
        setattr(cls, name, method)


class Widget(metaclass=Open):
    def base(self):
        return "base"


w = Widget()
calls = []
for i in range(3):
    calls.append(w.base())
    if i == 1:
        Widget.add_method("base")
print(calls)
Widget.add_method("extra")
print(w.extra(), Widget().extra())


# Attributes a class keeps outside its namespace cannot be assigned like others.
for name in ["__mro__", "__dict__"]:
    for target in (Widget, Settings):
        try:
            setattr(target, name, 1)
        except AttributeError as e:
            print("AttributeError:", e)
for name in ["__name__", "__qualname__", "__module__"]:
    try:
        setattr(Widget, name, 1)
        print(name, "set to", getattr(Widget, name))
    except TypeError as e:
        print("TypeError:", e)
