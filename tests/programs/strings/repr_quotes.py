# repr() picks quotes and escapes like CPython.
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
        "\x00\x01\x7f", "caf\xe9", "\u20ac", "\U0001F600", "\r\x0b\x0c", "", " ", "\x1b[0m", "\xa0", "\u200b", "\ud7ff"]
for v in vals:
    print(repr(v), len(v))
print(vals[:4])
print(ascii("café €"), ascii("plain"), ascii("\U0001F600"), ascii(["é"]))
print(str("it's"), repr(repr("x")), repr("'\""))
