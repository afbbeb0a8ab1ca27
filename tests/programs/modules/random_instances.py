import random

r = random.Random(2024)
print(r.random())
print(type(r).__name__, type(r).__module__, isinstance(r, random.Random))
a = random.Random(7)
b = random.Random(7)
print([a.randint(1, 100) for _ in range(5)] == [b.randint(1, 100) for _ in range(5)])
print(a.randrange(0, 1000, 7), a.choice("abcdef"), a.choices(range(10), k=4))
items = list(range(12))
a.shuffle(items)
print(items)
print(a.sample(range(100), 5), a.uniform(1, 2), a.gauss(0, 1), a.gauss(5, 2))
print(a.getrandbits(70), a.normalvariate(), a.expovariate(2.0), a.triangular(0, 10, 3))
print(a.randbytes(5))

# Instances do not disturb each other or the module's generator.
random.seed(5)
first = random.random()
random.seed(5)
c = random.Random(99)
c.random()
print(random.random() == first)

state = c.getstate()
x = [c.random() for _ in range(3)]
c.setstate(state)
print([c.random() for _ in range(3)] == x)
c.seed("hello")
print(c.random())
c.seed(3.5)
print(c.random())
print(random.Random().random() < 1.0)


class Constant(random.Random):
    def random(self):
        return 0.25


k = Constant(1)
print(k.random(), k.uniform(0, 8), k.choice(range(10)), k.randrange(100))
print(k.sample(range(20), 3))
items = list(range(6))
k.shuffle(items)
print(items)


class Bits(random.Random):
    def getrandbits(self, n):
        return 1 if n < 3 else 5


print(Bits(0).randrange(7), Bits(0).choice("xyz"))


class Seeded(random.Random):
    def __init__(self, tag):
        super().__init__(42)
        self.tag = tag

    def seed(self, a=None):
        print("seeding with", a)
        super().seed(a)


s = Seeded("t")
print(s.tag, s.random())
print(s.random() != random.Random(42).random())

for bad in ["r.randint()", "random.Random.random()", "random.Random(1, 2)", "r.setstate((9, (), None))"]:
    try:
        if bad == "r.randint()":
            r.randint()
        elif bad == "random.Random.random()":
            random.Random.random()
        elif bad == "random.Random(1, 2)":
            random.Random(1, 2)
        else:
            r.setstate((9, (), None))
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
