import re

print(re.findall(r"\w+(?=!)", "wow! nice. great!"))
print(re.findall(r"\b\w+\b(?!!)", "wow! nice great!"))
print(re.findall(r"(?<=\$)\d+", "costs $30 or $45, not 50"))
print(re.findall(r"(?<!\$)\b\d+", "costs $30 or 45"))
print(re.search(r"(\w+) \1", "this is is a test").group())
print(re.sub(r"\b(\w+)( \1\b)+", r"\1", "the the the cat sat sat"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" and 'bye'").group())
print(re.fullmatch(r"(?=.*\d)(?=.*[a-z]).{6,}", "abc123"), re.fullmatch(r"(?=.*\d)(?=.*[a-z]).{6,}", "abcdef"))
print(re.findall(r"(\w)\1", "aabbcdd"))
print(re.match(r"(?>a+)b", "aaab"))
print(re.findall(r"a++b", "aab ab b"))
