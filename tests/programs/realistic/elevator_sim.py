# An elevator bank simulation: a state machine per car, request queues, a dispatcher choosing
# the cheapest car, and a statistics summary; deterministic via a seeded random generator.

import random

IDLE, UP, DOWN, DOORS = "idle", "up", "down", "doors"


class Car:
    def __init__(self, ident, floor=0):
        self.ident = ident
        self.floor = floor
        self.state = IDLE
        self.stops = set()
        self.door_timer = 0
        self.moved = 0
        self.served = 0

    def cost(self, floor):
        distance = abs(self.floor - floor)
        if self.state == IDLE:
            return distance
        heading_up = self.state == UP
        on_the_way = (heading_up and floor >= self.floor) or (not heading_up and floor <= self.floor)
        return distance + (0 if on_the_way else 10) + len(self.stops)

    def step(self):
        if self.state == DOORS:
            self.door_timer -= 1
            if self.door_timer <= 0:
                self.state = IDLE
            return
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.served += 1
            self.state = DOORS
            self.door_timer = 2
            return
        if not self.stops:
            self.state = IDLE
            return
        above = [f for f in self.stops if f > self.floor]
        below = [f for f in self.stops if f < self.floor]
        if self.state in (UP, IDLE) and above or not below:
            self.state = UP
            self.floor += 1
        else:
            self.state = DOWN
            self.floor -= 1
        self.moved += 1

    def __repr__(self):
        return f"Car{self.ident}@{self.floor}:{self.state}{sorted(self.stops)}"


class Building:
    def __init__(self, floors, cars):
        self.floors = floors
        self.cars = [Car(i) for i in range(cars)]
        self.tick = 0
        self.waits = []
        self.pending = []

    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        car = min(self.cars, key=lambda c: (c.cost(floor), c.ident))
        car.stops.add(floor)
        self.pending.append((floor, car.ident, self.tick))

    def step(self):
        self.tick += 1
        for car in self.cars:
            car.step()
        still = []
        for floor, ident, t0 in self.pending:
            car = self.cars[ident]
            if car.floor == floor and car.state == DOORS:
                self.waits.append(self.tick - t0)
            else:
                still.append((floor, ident, t0))
        self.pending = still


def main():
    random.seed(99)
    b = Building(12, 3)
    for tick in range(60):
        if tick % 3 == 0:
            b.request(random.randrange(12))
        if tick % 7 == 0:
            b.request(random.choice([0, 11]))
        b.step()
        if tick % 10 == 9:
            print(f"t={b.tick:>3}", b.cars)
    while b.pending and b.tick < 500:
        b.step()
    print("drained at", b.tick, "pending", b.pending)
    for car in b.cars:
        print(f"car {car.ident}: moved {car.moved}, served {car.served}, at {car.floor}")
    print("waits", len(b.waits), "avg", round(sum(b.waits) / len(b.waits), 2), "max", max(b.waits))
    hist = {}
    for w in b.waits:
        hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
    for bucket in sorted(hist):
        print(f"{bucket:>3}-{bucket + 4:<3} {'#' * hist[bucket]}")
    try:
        b.request(12)
    except ValueError as e:
        print("ValueError:", e)


main()
