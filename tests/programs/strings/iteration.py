# Iterating over strings, building strings, character arithmetic.
s = "Hello, World!"
vowels = 0
upper = 0
for ch in s:
    if ch in "aeiouAEIOU":
        vowels += 1
    if "A" <= ch <= "Z":
        upper += 1
print(vowels, upper)
print([c for c in s if c.isalpha()])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar(s, 13)
print(enc, caesar(enc, 13))
for i, ch in enumerate("abc"):
    print(i, ch, ch * (i + 1))
print(list(reversed("abc")), sorted("banana"), sorted("banana", reverse=True))
print(list(zip("abc", "xyz")), dict(zip("abc", range(3))))
