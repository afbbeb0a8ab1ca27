# Ray tracer: spheres and a checkered plane under two point lights, with shadows and
# reflections, rendered to a grid of 8-bit pixels whose checksum is printed.
class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def sub(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(self.x * factor, self.y * factor, self.z * factor)

    def mul(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_about(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


BLACK = Vector(0.0, 0.0, 0.0)
EPSILON = 0.0001


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, centre, radius, colour, reflectivity):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflectivity = reflectivity

    def intersect(self, ray):
        # Distance along the ray to the nearest hit in front of its origin, or None.
        offset = ray.origin.sub(self.centre)
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = discriminant**0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return point.sub(self.centre).normalized()

    def colour_at(self, point):
        return self.colour


class CheckeredPlane:
    def __init__(self, height, reflectivity):
        self.height = height
        self.reflectivity = reflectivity
        self.normal = Vector(0.0, 1.0, 0.0)
        self.light = Vector(0.9, 0.9, 0.9)
        self.dark = Vector(0.15, 0.15, 0.2)

    def intersect(self, ray):
        if -EPSILON < ray.direction.y < EPSILON:
            return None
        t = (self.height - ray.origin.y) / ray.direction.y
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.light
        return self.dark


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-2.2, 0.7, 6.5), 0.7, Vector(0.2, 0.8, 0.3), 0.2),
            Sphere(Vector(2.0, 0.6, 4.2), 0.6, Vector(0.3, 0.4, 0.9), 0.5),
            Sphere(Vector(0.8, 0.3, 3.0), 0.3, Vector(0.9, 0.9, 0.2), 0.1),
            CheckeredPlane(0.0, 0.25),
        ]
        self.lights = [
            Light(Vector(-5.0, 6.0, -2.0), Vector(0.8, 0.8, 0.8)),
            Light(Vector(4.0, 4.0, 1.0), Vector(0.4, 0.35, 0.3)),
        ]
        self.ambient = 0.1

    def nearest_hit(self, ray):
        nearest = None
        nearest_t = 1.0e30
        for thing in self.objects:
            t = thing.intersect(ray)
            if t is not None and t < nearest_t:
                nearest = thing
                nearest_t = t
        return nearest, nearest_t

    def in_shadow(self, point, light):
        to_light = light.position.sub(point)
        distance = to_light.magnitude()
        ray = Ray(point, to_light)
        for thing in self.objects:
            t = thing.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.nearest_hit(ray)
        if thing is None:
            # Sky: a gradient by height.
            shade = 0.5 + 0.5 * ray.direction.y
            return Vector(0.2 * shade, 0.3 * shade, 0.6 * shade)
        point = ray.point_at(t)
        normal = thing.normal_at(point)
        base = thing.colour_at(point)
        colour = base.scale(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = light.position.sub(point).normalized()
            diffuse = normal.dot(to_light)
            if diffuse > 0.0:
                colour = colour.add(base.mul(light.colour).scale(diffuse))
            reflected_light = to_light.scale(-1.0).reflect_about(normal)
            specular = -reflected_light.dot(ray.direction)
            if specular > 0.0:
                colour = colour.add(light.colour.scale(specular**20))
        if depth > 0 and thing.reflectivity > 0.0:
            bounce = Ray(point, ray.direction.reflect_about(normal))
            reflected = self.trace(bounce, depth - 1)
            colour = colour.scale(1.0 - thing.reflectivity).add(
                reflected.scale(thing.reflectivity)
            )
        return colour


def to_byte(channel):
    if channel <= 0.0:
        return 0
    if channel >= 1.0:
        return 255
    return int(channel * 255.0)


def render(width, height):
    scene = Scene()
    eye = Vector(0.0, 1.5, -1.0)
    checksum = 0
    histogram = [0] * 8
    for row in range(height):
        y = 1.0 - 2.0 * (row + 0.5) / height
        for col in range(width):
            x = (2.0 * (col + 0.5) / width - 1.0) * width / height
            ray = Ray(eye, Vector(x, y - 0.3, 1.5))
            colour = scene.trace(ray, 2)
            r = to_byte(colour.x)
            g = to_byte(colour.y)
            b = to_byte(colour.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) // 96] += 1
    return checksum, histogram


print(render(200, 150))
