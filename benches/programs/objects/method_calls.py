# Method calls and attribute access on small classes: vectors, a counter and a particle system.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def bump(self, amount):
        self.count += 1
        self.total += amount

    def mean_times_1000(self):
        return self.total * 1000 // self.count


class Particle:
    def __init__(self, index):
        self.position = Vector(index % 17, index % 23)
        self.velocity = Vector(1 + index % 3, 2 - index % 5)

    def step(self):
        self.position = self.position.add(self.velocity)
        if self.position.x > 100 or self.position.x < -100:
            self.velocity = Vector(-self.velocity.x, self.velocity.y)
        if self.position.y > 100 or self.position.y < -100:
            self.velocity = Vector(self.velocity.x, -self.velocity.y)

    def energy(self):
        return self.velocity.dot(self.velocity)


def simulate(particle_count, steps):
    particles = [Particle(i) for i in range(particle_count)]
    counter = Counter()
    for step in range(steps):
        for particle in particles:
            particle.step()
            counter.bump(particle.energy())
    checksum = 0
    for particle in particles:
        checksum += particle.position.x * 31 + particle.position.y
    return checksum, counter.count, counter.mean_times_1000()


def accessor_loop(n):
    v = Vector(3, 4)
    w = Vector(1, 2)
    acc = 0
    for i in range(n):
        acc += v.x + w.y
        acc += v.scale(i % 7).dot(w)
    return acc


print(simulate(200, 3000))
print(accessor_loop(500000))
