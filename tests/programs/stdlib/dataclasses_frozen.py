"""dataclasses: frozen instances are hashable and refuse assignment; order=True sorts."""
from dataclasses import dataclass, FrozenInstanceError, replace


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = [Card(12, "hearts"), Card(3, "spades"), Card(12, "clubs"), Card(1, "hearts")]
print(sorted(hand))
print(max(hand), min(hand), Card(3, "a") < Card(3, "b"), Card(4, "a") >= Card(3, "z"))
print(len({Card(1, "x"), Card(1, "x"), Card(2, "x")}))
seen = {Card(5, "d"): "five"}
print(seen[Card(5, "d")])
card = hand[0]
try:
    card.rank = 2
except FrozenInstanceError as err:
    print(type(err).__name__, err, isinstance(err, AttributeError))
try:
    del card.suit
except FrozenInstanceError as err:
    print(type(err).__name__, err)
try:
    card.extra = 1
except AttributeError as err:
    print(type(err).__name__, err)
print(replace(card, suit="diamonds"), card)
print(Card(2, "x") == Card(2, "x"), Card(2, "x") != Card(3, "x"))
try:
    Card(1, "a") < (1, "a")
except TypeError as err:
    print("TypeError:", err)
