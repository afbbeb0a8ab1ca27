# Concatenation, repetition, indexing, length, membership, comparison.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7], s[-5])
print(s + "!", s * 2, 3 * "ab", "" * 5, "x" * 0, "x" * -1)
print("World" in s, "world" in s, "" in s, "lo, W" in s, "z" not in s)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" != "b")
print(max("hello"), min("hello"), sorted("hello"), list("abc"), tuple("xy"))
print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str(""))
t = ""
for ch in "abc":
    t = ch + t
print(t, len(t))
print("a" "b" "c", "multi\
line")
print("""triple
quoted""", '''single
triple''')
print(len("\n\t\\"), "tab\there", "back\\slash")
print(ord("A"), chr(97), ord("€"), chr(8364), len("€uro"), "€uro"[0])
print("abc"[1:], "abc"[::-1], "abc" * 2 == "abcabc")
