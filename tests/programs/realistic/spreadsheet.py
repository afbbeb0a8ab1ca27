# A tiny spreadsheet: prefix formulas with cell references, dependency tracking, cycle
# detection and recalculation; reports through sys.stdout and batches errors.

import sys


class CycleError(Exception):
    pass


OPS = {
    "ADD": lambda *xs: sum(xs),
    "MUL": lambda a, b: a * b,
    "DIV": lambda a, b: a / b,
    "AVG": lambda *xs: sum(xs) / len(xs),
    "MAX": max,
    "SUBSQ": lambda a, b: a ** 2 - b,
    "RATIO": lambda a, b, c: a / (b - c),
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.deps = {}

    def set(self, name, text):
        self.raw[name] = text
        self.invalidate(name)

    def invalidate(self, name):
        self.cache.pop(name, None)
        for other, uses in self.deps.items():
            if name in uses and other in self.cache:
                self.invalidate(other)

    def refs(self, text):
        out, i = [], 0
        while i < len(text):
            if text[i].isalpha() and text[i].isupper():
                j = i + 1
                while j < len(text) and text[j].isdigit():
                    j += 1
                if j > i + 1:
                    out.append(text[i:j])
                i = j
            else:
                i += 1
        return out

    def value(self, name, stack=()):
        if name in stack:
            raise CycleError(" -> ".join(stack + (name,)))
        if name in self.cache:
            return self.cache[name]
        text = self.raw.get(name, "0")
        if text.startswith("="):
            expr = text[1:]
            names = self.refs(expr)
            self.deps[name] = set(names)
            op, *args = expr.split()
            values = [self.value(a, stack + (name,)) if a in names else float(a) for a in args]
            result = OPS[op](*values)
        else:
            try:
                result = int(text)
            except ValueError:
                result = float(text)
        self.cache[name] = result
        return result

    def show(self, names):
        for n in names:
            try:
                v = self.value(n)
                sys.stdout.write(f"{n:>4} = {v!r:<10} {self.raw.get(n, '')}\n")
            except CycleError as e:
                sys.stdout.write(f"{n:>4} ! cycle {e}\n")
            except ZeroDivisionError as e:
                sys.stdout.write(f"{n:>4} ! {e}\n")


def validate_all(sheet, names):
    problems = []
    for n in names:
        try:
            sheet.value(n)
        except (CycleError, ZeroDivisionError, NameError) as e:
            problems.append(e)
    if problems:
        raise ValueError(problems)


def main():
    sheet = Sheet()
    data = {"A1": "10", "A2": "32", "A3": "=ADD A1 A2", "B1": "=MUL A3 2", "B2": "=AVG A1 A2 B1 0",
            "C1": "=MAX A1 B2", "C2": "2.5", "C3": "=SUBSQ C2 A1"}
    for k, v in data.items():
        sheet.set(k, v)
    names = sorted(data)
    sheet.show(names)
    sheet.set("A1", "100")
    print("after A1=100:", sorted(sheet.cache))
    sheet.show(names)
    sheet.set("D1", "=ADD D2 1")
    sheet.set("D2", "=ADD D3 1")
    sheet.set("D3", "=ADD D1 1")
    sheet.set("E1", "=RATIO A1 A2 32")
    sheet.show(["D1", "E1", "Z9"])
    try:
        validate_all(sheet, ["D2", "E1", "A3"])
    except ValueError as e:
        problems = e.args[0]
        print("cycles:", [str(p) for p in problems if isinstance(p, CycleError)])
        print("division:", sum(isinstance(p, ZeroDivisionError) for p in problems), type(problems[-1]).__name__)
    total = sum(v for v in sheet.cache.values() if isinstance(v, (int, float)))
    print(f"{total=}", f"{len(sheet.cache)=}")
    cells = iter(sorted(sheet.raw))
    first_formula = next(c for c in cells if sheet.raw[c].startswith("="))
    print(first_formula, list(cells)[:3])
    queue = [3, 2, 1, 0, 5]
    print(list(iter(queue.pop, 0)), queue)
    print(dict(zip(names, map(sheet.value, names))).keys() & {"A1", "Q1"}, sys.maxsize > 2 ** 31)
    print("done", file=sys.stderr)


main()
