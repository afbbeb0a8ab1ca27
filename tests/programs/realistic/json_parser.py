# A recursive-descent JSON parser with precise error positions, escape handling and a depth guard.

import sys


class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.i = 0

    def parse(self):
        value = self.value()
        self.ws()
        if self.i != len(self.text):
            raise JSONError("extra data", self.i)
        return value

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            raise JSONError("unexpected end", self.i)
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                raise JSONError("expected key", self.i)
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                raise JSONError("expected ':'", self.i)
            self.i += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return result
            if ch != ",":
                raise JSONError("expected ',' or '}'", self.i - 1)

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return result
            if ch != ",":
                raise JSONError("expected ',' or ']'", self.i - 1)

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text):
                raise JSONError("unterminated string", self.i)
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i]
                self.i += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(self.ESCAPES[esc])
            else:
                out.append(ch)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        raw = self.text[start:self.i]
        if not raw:
            raise JSONError(f"unexpected character {self.text[start]!r}", start)
        try:
            return float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise JSONError(f"bad number {raw!r}", start) from None


DOCS = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e\\n\\u00e9\\"q\\""}}',
    '[1, -2.5, 3e2, 0.001, -0, 12345678901234567890]',
    '  {"empty": {}, "list": [], "nested": [[[]]]}  ',
    '{"a" 1}', '[1, 2', '[1 2]', '{"x": tru}', '"open', '[1.2.3]', '{1: 2}', '[] []', '',
]


def main():
    for doc in DOCS:
        try:
            print(repr(Parser(doc).parse()))
        except JSONError as e:
            print("JSONError:", e, "| pos", e.pos, "| isinstance ValueError:", isinstance(e, ValueError))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    deep = "[" * 500 + "]" * 500
    try:
        Parser(deep).parse()
    except RecursionError as e:
        print("RecursionError caught:", type(e).__mro__[1].__name__)
    sys.setrecursionlimit(old)
    print(sys.getrecursionlimit() == old)
    shallow = "[" * 50 + "7" + "]" * 50
    v = Parser(shallow).parse()
    depth = 0
    while isinstance(v, list):
        v = v[0]
        depth += 1
    print(depth, v)


main()
