"""A small expression tokenizer and evaluator driven by one regular expression with named
alternatives (the pattern from the `re` documentation's tokenizer recipe)."""
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/()=])
  | (?P<SKIP>[ \t]+)
  | (?P<MISMATCH>.)
""", re.VERBOSE)

def tokenize(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {m.start()}")
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        yield kind, value

def evaluate(tokens, env):
    tokens = list(tokens)
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, value = take()
        if kind == "NUMBER":
            return value
        if kind == "NAME":
            return env[value]
        if value == "(":
            result = expr()
            take()
            return result
        if value == "-":
            return -atom()
        raise SyntaxError("bad atom " + repr(value))
    def power():
        base = atom()
        if peek()[1] == "**":
            take()
            return base ** power()
        return base
    def term():
        result = power()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            result = result * power() if op == "*" else result / power()
        return result
    def expr():
        result = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            result = result + term() if op == "+" else result - term()
        return result
    return expr()

env = {"x": 3, "rate": 0.5}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x * rate + 10 / 4", "-x + 7", "3 $ 4"]:
    try:
        print(list(tokenize(source))[:4], "=>", evaluate(tokenize(source), env))
    except SyntaxError as e:
        print("error:", e)
