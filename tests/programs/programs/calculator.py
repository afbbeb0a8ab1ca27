# A tokenizer and recursive-descent calculator using only functions, lists and dicts.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            tokens.append({"kind": "num", "value": float(lexeme) if "." in lexeme else int(lexeme)})
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append({"kind": "name", "value": text[start:i]})
        elif text[i:i + 2] == "**":
            tokens.append({"kind": "op", "value": "**"})
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append({"kind": "op", "value": ch})
            i += 1
        else:
            tokens.append({"kind": "error", "value": ch})
            i += 1
    tokens.append({"kind": "end", "value": None})
    return tokens


def make_parser(tokens):
    return {"tokens": tokens, "pos": 0}


def peek(p):
    return p["tokens"][p["pos"]]


def advance(p):
    tok = p["tokens"][p["pos"]]
    if tok["kind"] != "end":
        p["pos"] += 1
    return tok


def expect(p, value):
    tok = advance(p)
    if tok["value"] != value:
        return "expected " + repr(value) + " but found " + repr(tok["value"])
    return None


FUNCS = {
    "abs": lambda args: abs(args[0]),
    "max": lambda args: max(args),
    "min": lambda args: min(args),
    "sqrt": lambda args: args[0] ** 0.5,
}


def parse_expr(p, env):
    left = parse_term(p, env)
    while peek(p)["value"] in ("+", "-"):
        op = advance(p)["value"]
        right = parse_term(p, env)
        left = left + right if op == "+" else left - right
    return left


def parse_term(p, env):
    left = parse_unary(p, env)
    while peek(p)["value"] in ("*", "/", "%"):
        op = advance(p)["value"]
        right = parse_unary(p, env)
        if op == "*":
            left = left * right
        elif op == "/":
            left = left / right if right != 0 else float("inf")
        else:
            left = left % right
    return left


def parse_unary(p, env):
    if peek(p)["value"] == "-":
        advance(p)
        return -parse_unary(p, env)
    if peek(p)["value"] == "+":
        advance(p)
        return parse_unary(p, env)
    return parse_power(p, env)


def parse_power(p, env):
    base = parse_atom(p, env)
    if peek(p)["value"] == "**":
        advance(p)
        return base ** parse_unary(p, env)
    return base


def parse_atom(p, env):
    tok = advance(p)
    if tok["kind"] == "num":
        return tok["value"]
    if tok["kind"] == "name":
        if peek(p)["value"] == "(":
            advance(p)
            args = [parse_expr(p, env)]
            while peek(p)["value"] == ",":
                advance(p)
                args.append(parse_expr(p, env))
            err = expect(p, ")")
            if err:
                env["_errors"].append(err)
            return FUNCS[tok["value"]](args)
        if tok["value"] not in env:
            env["_errors"].append("unknown name " + tok["value"])
            return 0
        return env[tok["value"]]
    if tok["value"] == "(":
        value = parse_expr(p, env)
        err = expect(p, ")")
        if err:
            env["_errors"].append(err)
        return value
    env["_errors"].append("unexpected token " + repr(tok["value"]))
    return 0


def run_line(line, env):
    tokens = tokenize(line)
    p = make_parser(tokens)
    target = None
    if len(tokens) > 2 and tokens[0]["kind"] == "name" and tokens[1]["value"] == "=":
        target = tokens[0]["value"]
        p["pos"] = 2
    env["_errors"] = []
    value = parse_expr(p, env)
    if peek(p)["kind"] != "end":
        env["_errors"].append("trailing input at token " + str(p["pos"]))
    if env["_errors"]:
        return "error: " + "; ".join(env["_errors"])
    if target is not None:
        env[target] = value
        return target + " = " + repr(value)
    return repr(value)


program = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "7 / 2",
    "7 % 4 + 10 / 4",
    "x = 12",
    "y = x * 2 + 1",
    "x * y - 3",
    "max(x, y, 100) - min(3, 4)",
    "sqrt(16) + abs(-2.5)",
    "rate = 0.15",
    "x * rate",
    "1 / 0",
    "z + 1",
    "(1 + 2",
    "3 $ 4",
    "2 ** 100",
    "big = 2 ** 64 - 1",
    "big % 1000",
]
env = {}
for line in program:
    print(f"{line:<28} -> {run_line(line, env)}")
print(sorted(k for k in env if not k.startswith("_")))
print(len(tokenize("a = (b + 3.25) * c ** 2")), [t["value"] for t in tokenize("f(1,2)")])
