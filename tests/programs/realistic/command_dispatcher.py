# A match-statement based command dispatcher for a tiny key-value shell.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Shell:
    def __init__(self):
        self.vars = {}
        self.history = []
        self.points = []

    def dispatch(self, line):
        self.history.append(line)
        words = line.split()
        match words:
            case []:
                return "empty"
            case ["set", name, value] if value.lstrip("-").isdigit():
                self.vars[name] = int(value)
                return f"{name} = {int(value)}"
            case ["set", name, *rest]:
                self.vars[name] = " ".join(rest)
                return f"{name} = {self.vars[name]!r}"
            case ["get", name]:
                return self.vars.get(name, f"<unset {name}>")
            case ["del", *names] if names:
                gone = [n for n in names if self.vars.pop(n, None) is not None]
                return f"deleted {gone}"
            case ["add" | "sum" as op, *nums]:
                try:
                    return f"{op}: {sum(int(n) for n in nums)}"
                except ValueError as e:
                    return f"{op} failed: {e}"
            case ["point", x, y]:
                p = Point(int(x), int(y))
                self.points.append(p)
                return self.describe(p)
            case ["history"]:
                return " | ".join(self.history[:-1])
            case ["vars"]:
                return self.format_vars()
            case [cmd, *_]:
                return f"unknown command {cmd!r} with {len(words) - 1} args"

    def describe(self, p):
        match p:
            case Point(0, 0):
                return "origin"
            case Point(0, y):
                return f"on the y axis at {y}"
            case Point(x, 0):
                return f"on the x axis at {x}"
            case Point(x, y) if x == y:
                return f"diagonal {x}"
            case Point(x=x, y=y):
                return f"point {x},{y} in quadrant {quadrant(x, y)}"

    def format_vars(self):
        parts = []
        for name, value in sorted(self.vars.items()):
            match value:
                case int(n) if n < 0:
                    parts.append(f"{name}:negative {n}")
                case int(n):
                    parts.append(f"{name}:int {n}")
                case str(s) if not s:
                    parts.append(f"{name}:empty")
                case str(s):
                    parts.append(f"{name}:str {s}")
        return ", ".join(parts)


def quadrant(x, y):
    match (x > 0, y > 0):
        case (True, True):
            return 1
        case (False, True):
            return 2
        case (False, False):
            return 3
        case _:
            return 4


def classify(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k}"
        case {"type": "key", **rest}:
            return f"special key {sorted(rest.items())}"
        case {"type": t}:
            return f"other event {t}"
        case [first, *others]:
            return f"batch of {1 + len(others)} starting with {classify(first)}"
        case None | "":
            return "nothing"
        case _:
            return f"unrecognised {event!r}"


def main():
    shell = Shell()
    script = ["set x 10", "set y -3", "set name Ada Lovelace", "set blank", "get x", "get z",
              "add 1 2 3", "sum 4 five", "point 0 0", "point 0 5", "point 7 0", "point 3 3",
              "point -2 4", "point -1 -1", "point 5 -9", "vars", "del x nope", "del",
              "frobnicate a b", "", "history"]
    for line in script:
        print(f"{line!r:>26} -> {shell.dispatch(line)}")
    print(shell.points)
    events = [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2, 3]},
              {"type": "key", "key": "a"}, {"type": "key", "key": "F1", "mod": "ctrl"},
              {"type": "scroll"}, [{"type": "key", "key": "q"}, 1, 2], None, "", 42]
    for event in events:
        print(classify(event))


main()
