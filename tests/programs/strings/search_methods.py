# find/rfind/index/rindex/count/startswith/endswith.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o"), s.find(""))
print(s.index("quick"), s.rindex("o"), s.index("o", 20), s.find("o", 20, 30))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 0, 15), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith("lazy", 0, 39))
print(s.startswith(("a", "t")), s.endswith(("cat", "dog")), "".startswith(""), "abc".endswith(""))
print("banana".find("na"), "banana".rfind("na"), "banana".find("na", 3), "banana".rindex("a", 0, 4))
print("abc".find("c", -1), "abc".find("a", -10), "abc".find("b", 5))
