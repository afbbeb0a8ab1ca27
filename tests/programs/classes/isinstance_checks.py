# isinstance/issubclass with user classes, builtin subclasses and tuples of classes.
class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Text(str):
    pass


p = Puppy()
print(isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(p, (int, str)), isinstance(p, ()))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, (int, (str, Dog))))
print(issubclass(Dog, object), issubclass(bool, int), issubclass(Text, str), isinstance(Text("a"), str))
print(isinstance(True, int), isinstance(3, bool), isinstance(Animal, type), isinstance(type, object))
print(isinstance(None, object), issubclass(type, object), issubclass(Puppy, Puppy))
for bad in [(p, 5), (p, (Dog, 5))]:
    try:
        isinstance(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Dog, "x")
except TypeError as e:
    print("TypeError:", e)
print(type(p) is Puppy, type(p) == Dog, type(p).__mro__[1].__name__)
print([cls.__name__ for cls in (Puppy, Dog, Animal) if isinstance(p, cls)])
