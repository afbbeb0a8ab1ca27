"""A realistic script: an order-processing state machine driven by enums."""
from enum import Enum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def is_final(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Event(Enum):
    PAY = "pay"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"


TRANSITIONS = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.CANCELLED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, number):
        self.number = number
        self.state = State.NEW
        self.history = [State.NEW]

    def handle(self, event):
        if self.state.is_final:
            raise InvalidTransition("order %d is %s" % (self.number, self.state.name.lower()))
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition("cannot %s order %d while %s"
                                    % (event.value, self.number, self.state.name))
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state


scripts = {
    1: ["pay", "ship", "deliver"],
    2: ["pay", "cancel", "ship"],
    3: ["ship"],
    4: ["cancel"],
    5: ["pay", "ship", "refund"],
}
orders = []
for number, events in scripts.items():
    order = Order(number)
    orders.append(order)
    for name in events:
        try:
            event = Event(name)
            print("order", number, event, "->", order.handle(event))
        except ValueError as err:
            print("order", number, "unknown event:", err)
            break
        except InvalidTransition as err:
            print("order", number, "rejected:", err)
            break

counts = {}
for order in orders:
    counts[order.state] = counts.get(order.state, 0) + 1
for state in State:
    print("%-10s %d %s" % (state.name, counts.get(state, 0), "final" if state.is_final else ""))
print([" > ".join(s.name for s in o.history) for o in orders])
print(sorted(counts, key=lambda s: s.value))
