# A text-adventure state machine driven by a fixed script of commands.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "attic": {"desc": "a cramped attic", "exits": {"down": "library"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: {"desc": r["desc"], "exits": dict(r["exits"]), "items": list(r["items"])}
                      for name, r in rooms.items()}
        self.state = "playing"
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.cellar_locked = True
        self.handlers = {
            "go": self.go, "take": self.take, "drop": self.drop, "look": self.look,
            "inv": self.inv, "unlock": self.unlock, "quit": self.quit,
        }

    def room(self):
        return self.rooms[self.location]

    def look(self):
        room = self.room()
        items = ", ".join(room["items"]) or "nothing"
        exits = " ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see {items}. Exits: {exits}"

    def go(self, direction):
        exits = self.room()["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if target == "cellar" and self.cellar_locked:
            return "The cellar door is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "dead"
            return "You stumble in the dark and fall. Game over."
        self.location = target
        return self.look()

    def take(self, item):
        items = self.room()["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure!"
        return f"Taken: {item}"

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped: {item}"

    def inv(self):
        return "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing")

    def unlock(self):
        if self.location != "kitchen":
            return "Nothing to unlock here."
        if "key" not in self.inventory:
            return "You need a key."
        self.cellar_locked = False
        return "Click. The cellar is open."

    def quit(self):
        self.state = "quit"
        return "Bye."

    def step(self, line):
        if self.state != "playing":
            return f"(game is {self.state})"
        words = line.split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            return f"Wrong number of words for {verb}."


def play(script):
    game = Game(ROOMS)
    print(game.look())
    for line in script:
        print(f"> {line}")
        print(game.step(line))
    print(f"state={game.state} moves={game.moves} at={game.location} inv={game.inventory}")
    return game


play(["take lamp", "go north", "take key", "take sword", "go up", "look", "go down",
      "go south", "go east", "go down", "dance", "unlock", "inv", "go down", "take treasure",
      "look"])
play(["go east", "unlock", "go north", "go west", "go north", "take key", "go", "drop lamp",
      "go south", "go east", "unlock", "go down", "look"])
play(["", "inv", "take", "drop book", "quit", "go north"])
