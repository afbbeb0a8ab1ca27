# replace and friends.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("x", "y"), s.replace("", "-", 3))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "."), "".replace("", "x"))
print("Hello".replace("l", ""), "tab\there".replace("\t", "    "))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate(str.maketrans("", "", "l")))
print("a-b_c".translate(str.maketrans({"-": " ", "_": None})))
