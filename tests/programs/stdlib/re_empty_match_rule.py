"""After an empty match, a non-empty match may still start at the same position
(CPython 3.7's rule) in findall, finditer, sub, subn and split."""
import re

PATTERNS = [
    (r"\d*?", "a12", 0),
    (r"\d*", "a12b3", 0),
    (r"x*?", "axxb", 0),
    (r"x*", "axxb", 0),
    (r"x??", "xxax", 0),
    (r"\b", "a b", 0),
    (r"\b", "hello, world!", 0),
    (r"\B", "ab cd", 0),
    (r"^|\w+", "ab cd", 0),
    (r"|a", "aab", 0),
    (r"a|", "aab", 0),
    (r"(?:)|ab", "abab", 0),
    (r"^", "one\ntwo\nthree", re.M),
    (r"$", "one\ntwo\nthree\n", re.M),
    (r"^|$", "one\ntwo", re.M),
    (r"^\w*", "one\n\ntwo", re.M),
    (r"\w*$", "one\ntwo\n", re.M),
    (r"(a)|", "bab", 0),
    (r"(a)?(b)?", "abxb", 0),
    (r"(?=a)|a", "aaa", 0),
    (r"(?<=a)|b", "abab", 0),
    (r"\s*", "a  b c", 0),
    (r"[aeiou]*?", "beautiful", 0),
    (r"(?:ab)*?", "ababx", 0),
    (r".*?", "abc", 0),
    (r".*", "ab\ncd", 0),
    (r"", "héllo", 0),
    (r"é*", "héé😀é", 0),
    (r"\b|😀", "a😀b", 0),
    (r"(x)*?", "xxy", 0),
]

for pattern, text, flags in PATTERNS:
    print(repr(pattern), repr(text))
    print("  findall ", re.findall(pattern, text, flags))
    print("  finditer", [(m.span(), m.group()) for m in re.finditer(pattern, text, flags)])
    print("  sub     ", repr(re.sub(pattern, "-", text, flags=flags)))
    print("  subn    ", re.subn(pattern, "<\\g<0>>", text, flags=flags))
    print("  sub fn  ", repr(re.sub(pattern, lambda m: "[" + m.group() + "]", text, flags=flags)))
    print("  split   ", re.split(pattern, text, flags=flags))
    print("  count=2 ", re.subn(pattern, "-", text, count=2, flags=flags))
    print("  max=2   ", re.split(pattern, text, maxsplit=2, flags=flags))

compiled = re.compile(r"\d*?")
print(compiled.findall("a1b22c", 1))
print(compiled.findall("a1b22c", 1, 4))
print([m.span() for m in compiled.finditer("12a34", 2)])
print([m.span() for m in re.compile(r"x*").finditer("axxbxx", 1, 5)])
print(re.sub(r"(?m)^", "> ", "line one\nline two\n"))
print(re.sub(r"\b", "|", "the quick  brown"))
print(re.split(r"(\W*)", "a, b!c"))
print(re.split(r"(?=[A-Z])", "HelloWorldFooBar"))
print(re.findall(r"[A-Z]?[a-z]*", "HelloWorld fooBar"))
