# A tokenizer and recursive-descent calculator with variables and errors.

class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos
    def __repr__(self):
        return f"Token({self.kind!r}, {self.value!r}, {self.pos})"


class CalcError(Exception):
    pass


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
            raw = text[start:i]
            value = float(raw) if "." in raw else int(raw)
            tokens.append(Token("NUM", value, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("NAME", text[start:i], start))
        elif ch in "+-*/%^()=":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("EOF", None, len(text)))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise CalcError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        return tok
    def statement(self):
        if (self.peek().kind == "NAME" and self.tokens[self.pos + 1].value == "="):
            name = self.advance().value
            self.advance()
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.advance().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.advance().value
            right = self.factor()
            if op == "*":
                left = left * right
            elif right == 0:
                raise CalcError("division by zero")
            elif op == "/":
                left = left / right
            else:
                left = left % right
        return left
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.advance()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.advance()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.advance()
        if tok.kind == "NUM":
            return tok.value
        if tok.kind == "NAME":
            if tok.value not in self.env:
                raise CalcError(f"unknown variable {tok.value}")
            return self.env[tok.value]
        if tok.value == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise CalcError(f"unexpected token {tok.value!r} at {tok.pos}")


def evaluate(line, env):
    parser = Parser(tokenize(line), env)
    result = parser.statement()
    if parser.peek().kind != "EOF":
        raise CalcError(f"trailing input at {parser.peek().pos}")
    return result


def main():
    print(tokenize("x = 3 + 4.5*(y)"))
    env = {"pi": 3.14159}
    lines = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4",
        "x = 7", "y = x * 2 + 1", "x * y - 3", "r = 2.5", "pi * r ^ 2",
        "1 / 0", "z + 1", "3 $ 4", "(1 + 2", "1 2", "7 - - - 2", "100 / 8 / 5",
    ]
    for line in lines:
        try:
            result = evaluate(line, env)
            print(f"{line:<16} => {result!r}")
        except CalcError as e:
            print(f"{line:<16} !! {e}")
    for name in sorted(env):
        print(name, "=", env[name])


main()
