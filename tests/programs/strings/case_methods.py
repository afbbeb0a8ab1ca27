# Case conversion methods.
words = ["hello", "WORLD", "Mixed Case", "snake_case_name", "123abc", "ÉCOLE", "straße", "o'neil's", "  spaced  out  ", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
print("hello world".title(), "HELLO".istitle(), "Hello World".istitle(), "hELLO".swapcase())
