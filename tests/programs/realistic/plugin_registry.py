# A plugin registry using class decorators, __init_subclass__, descriptors and __getattr__.

REGISTRY = {}


def register(name):
    def decorate(cls):
        REGISTRY[name] = cls
        cls.plugin_name = name
        return cls
    return decorate


class Typed:
    def __init__(self, kind, default):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)


class Plugin:
    subclasses = []
    priority = Typed(int, 50)
    label = Typed(str, "unnamed")

    def __init_subclass__(cls, category="misc", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.category = category
        Plugin.subclasses.append(cls.__name__)

    def __init__(self, **options):
        self.options = options

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return self.options.get(name[4:], f"<no {name[4:]}>")
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

    def run(self, data):
        raise NotImplementedError(type(self).__name__)

    def __repr__(self):
        return f"{type(self).__name__}(priority={self.priority}, label={self.label!r})"


@register("upper")
class Upper(Plugin, category="text"):
    def run(self, data):
        return data.upper()


@register("reverse")
class Reverse(Plugin, category="text"):
    def run(self, data):
        return data[::-1]


@register("repeat")
class Repeat(Plugin, category="structure"):
    def run(self, data):
        return data * self.options.get("times", 2)


class Broken(Plugin):
    pass


class Pipeline:
    def __init__(self, *names, **options):
        self.plugins = []
        for i, name in enumerate(names):
            plugin = REGISTRY[name](**options.get(name, {}))
            plugin.priority = (i + 1) * 10
            plugin.label = name
            self.plugins.append(plugin)

    def __call__(self, data):
        for plugin in sorted(self.plugins, key=lambda p: -p.priority):
            data = plugin.run(data)
        return data


def main():
    print(sorted(REGISTRY), Plugin.subclasses)
    print([(cls.__name__, cls.category, cls.plugin_name) for cls in REGISTRY.values()])
    print(Broken.category, hasattr(Broken, "plugin_name"))
    p = Pipeline("upper", "repeat", "reverse", repeat={"times": 3})
    print(p.plugins)
    print(p("abc-"))
    up = Upper(mode="fast")
    print(up.priority, up.label, up.opt_mode, up.opt_speed)
    print(isinstance(Plugin.__dict__["priority"], Typed), Plugin.priority.default)
    try:
        up.priority = "high"
    except TypeError as e:
        print("TypeError:", e)
    try:
        up.missing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Broken().run("x")
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    print(vars(up))
    print([name for name in dir(up) if not name.startswith("__")])


main()
