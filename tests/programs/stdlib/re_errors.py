import re

patterns = ["(a", "a)", "*a", "a**", "[a", "\\q", "a\\", "(a)\\2", "(?P=x)", "[z-a]",
            "(?P<a>x)(?P<a>y)", "a(?i)b", "(a\\1)", "a{2,1}", "(?<=a+)b", "(?P<1a>x)",
            "x{3}{2}", "+", "(?z)", "abc\n(d"]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e)
        print("  ", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(issubclass(re.error, Exception))
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print(e)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print(e)
try:
    re.search("a", 5)
except TypeError as e:
    print(e)
