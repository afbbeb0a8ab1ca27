# A metaclass that registers every class it creates, except the abstract root.
class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls


class Plugin(metaclass=RegistryMeta):
    def run(self):
        return f"{type(self).__name__} runs"


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return "beta overrides"


class Gamma(Beta):
    pass


print(sorted(RegistryMeta.registry))
for key in sorted(RegistryMeta.registry):
    print(key, RegistryMeta.registry[key]().run())
print(type(Plugin).__name__, type(Gamma).__name__, type(RegistryMeta).__name__)
print(isinstance(Gamma, RegistryMeta), issubclass(RegistryMeta, type))
print(Gamma.__mro__)
print(Gamma.mro())
