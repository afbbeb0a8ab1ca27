"""Indexing and slicing long non-ASCII strings (through the sparse offset index) agrees
with short ones and with ASCII text, at every position, with negative indices and steps."""

pieces = ["a", "é", "日本", "😀", "xyz", "Ω", "\u0301", "🇫🇷", "q"]
text = "".join(pieces[(i * 7) % len(pieces)] for i in range(700))
chars = list(text)
n = len(text)
print(n, len(text.encode("utf-8")))

mismatches = 0
for i in range(-n, n):
    if text[i] != chars[i]:
        mismatches += 1
print("index mismatches:", mismatches)

for start in (0, 1, 63, 64, 65, 127, 128, 129, 500, n - 1, n, n + 5, -1, -64, -65, -n, -n - 3):
    for stop in (0, 5, 64, 200, n, None, -1, -70):
        expected = "".join(chars[start:stop])
        assert text[start:stop] == expected, (start, stop)
print("slices ok")

for step in (2, 3, 64, 65, -1, -2, -63, 1000):
    for start, stop in ((None, None), (10, 600), (600, 10), (-5, -300), (129, 130)):
        expected = "".join(chars[start:stop:step])
        assert text[start:stop:step] == expected, (start, stop, step)
print("steps ok")
print(text[::97])
print(text[-1:-400:-53])
print(text[100:140])
print(text[-3:], text[-1], text[0], text[64], text[128], text[-129])
print("".join(reversed(text)) == text[::-1])
print(text[::-1][:20])

grown = "é" * 200
for i in range(5):
    grown += "日" * 70
    print(len(grown), grown[199], grown[200], grown[-1], grown[130:135])

for i in range(3):
    try:
        text[n + i]
    except IndexError as error:
        print("IndexError:", error)
print(text.find("😀", 300), text.index("Ω", 50), text.count("é"))
