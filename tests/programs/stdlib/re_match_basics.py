import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2))
print(m.string, m.re, m.pos, m.endpos, m.lastindex)
print(re.match("b", "abc"), re.search("b", "abc"))
print(re.fullmatch(r"\d+", "12345"), re.fullmatch(r"\d+", "123x"))
print(re.match("", "abc"), re.search("$", "abc"))
p = re.compile(r"\d+")
print(p.match("ab12", 2), p.search("ab12cd34", 5), p.search("ab12cd34", 0, 3))
print(p.fullmatch("ab12cd", 2, 4), p.match("ab12", 1))
print(bool(re.search("x", "y")), bool(re.search("y", "y")))
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
