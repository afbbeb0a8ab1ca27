import re

print(re.I, re.M, re.S, re.X, re.A, re.I | re.M)
print(int(re.I), int(re.M | re.S), re.IGNORECASE == 2)
print(re.findall("abc", "ABC abc AbC", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\n"))
print(re.search("a.b", "a\nb"), re.search("a.b", "a\nb", re.S))
pattern = re.compile(r"""
    (\d{3})   # area code
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pattern.findall("555-1234 and 555 9876 and 5551111"))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.ASCII))
print(re.findall(r"(?i)x", "xX"), re.findall(r"(?s).", "a\n"), re.findall(r"(?m)^a", "a\na"))
print(re.compile("a", re.I | re.M), re.compile("a", re.I).flags, re.compile("a", re.A).flags)
print(re.findall(r"(?i:A)b", "ab Ab aB"))
