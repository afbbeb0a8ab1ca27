# split/rsplit/join/splitlines.
s = "a,b,,c,"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
print("  one  two\tthree\nfour  ".split(), "  x  ".split(" "), "".split(), "".split(","))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a b c d".rsplit(None, 1))
print("one::two::three".split("::"), "abc".split("abc"), "aXbXc".split("X", -1))
print(",".join(["x", "y", "z"]), "".join(["a", "b"]), " - ".join("abc"), ", ".join([]))
print("\n".join(str(i) for i in range(3)))
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("keep\nends\n".splitlines(True), "".splitlines(), "no newline".splitlines())
print("/".join(reversed("usr/local/bin".split("/"))))
words = "the cat sat on the mat".split()
print(len(words), words, " ".join(sorted(words)), " ".join(w[::-1] for w in words))
