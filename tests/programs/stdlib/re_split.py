import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "Words, words"))
print(re.split(r"x*", "axbc"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r",", ""))
print(re.compile(r"\s*;\s*").split("a ; b;c  ;d"))
