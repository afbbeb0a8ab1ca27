# property with getter, setter and deleter; read-only and write-only errors; docs.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def _set_kelvin(self, value):
        self._celsius = value - 273.15

    kelvin = property(None, _set_kelvin, None, "write-only kelvin")


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
t.kelvin = 300
print(round(t.celsius, 2))
try:
    t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, prop.__doc__, Temperature.kelvin.__doc__, prop.fget.__name__)
print(prop.fset is not None, prop.fdel is not None, Temperature.fahrenheit.fset)
print(isinstance(Temperature.celsius, property))


class Lazy:
    calls = 0

    @property
    def value(self):
        Lazy.calls += 1
        return 42


obj = Lazy()
print(obj.value, obj.value, Lazy.calls)
obj.__dict__["value"] = 0
print(obj.value)


class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return f"{self._celsius}C"


s = Sub(5)
s.celsius = 7
print(s.celsius)
