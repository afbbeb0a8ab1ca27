# str.index of a missing substring.
s = "hello"
print(s.index("l"))
print(s.index("z"))
