# str.join builds its result in one pass: lengths and ASCII-ness of mixed parts.
print("é".join(["a", "b"]), len("é".join(["a", "b"])), "-".join(["日本", "x", "ü"]), len("-".join(["日本", "x", "ü"])))
print(repr("é".join([])), repr("é".join(["x"])), len("é".join(["ab"])), "".join(["ab", "ç"])[2], "".join(("a", "b")))
class S(str): pass
print(",".join([S("a"), "b", S("ç")]), len(",".join([S("a"), "b", S("ç")])))
try: ",".join(["a", b"b"])
except TypeError as e: print(e)
print(("x" * 3).join("abc"), "".join(x for x in "héllo")[1:3])
