import re

s = "héllo wörld ünïcode 😀 emoji"
for m in re.finditer(r"\w+", s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.search("😀", s).span(), len(s))
print(re.sub(r"[öü]", "o", s))
print(re.split(r"\s", s))
p = re.compile(r"\w+")
print(p.search(s, 7), p.match(s, 6), p.match(s, 7))
print(re.findall(r".", "日本語"), re.search("本", "日本語").start())
