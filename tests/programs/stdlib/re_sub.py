import re

print(re.sub(r"\s+", " ", "a   b \t c\n d"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b22c333"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3 9"))
print(re.sub("a", "b", "aaaa", count=2))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.sub(r"(a)", r"\1\n\\", "a"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"(\d+)", r"\g<1>0", "5 and 7"))
print(re.compile(r"[aeiou]").sub("", "education"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
def title(m):
    return m.group(0).capitalize()
print(re.sub(r"[a-z]+", title, "make each word title case"))
