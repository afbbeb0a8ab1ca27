import re

text = "The rain in Spain stays mainly in the plain"
print(re.findall(r"ai", text))
print(re.findall(r"\b\w*ain\b", text))
print(re.findall(r"(\w)(ai)", text))
print(re.findall(r"(\w+)ain", text))
print(re.findall(r"x*", "axb"))
print(re.findall(r"\d+", "no digits"))
for m in re.finditer(r"\b(\w)(\w*)\b", "hello big world"):
    print(m.span(), m.group(1).upper() + m.group(2))
print([m.group() for m in re.finditer(r"a|", "baac")])
print(re.findall(r"(a)(b)?", "ab a"))
print(re.compile(r"o").findall("foo boo", 3))
print(re.compile(r"o").findall("foo boo", 1, 5))
