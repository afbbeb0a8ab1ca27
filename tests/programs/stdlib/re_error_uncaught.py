import re

print(re.findall("[0-9]+", "a1b22"))
re.compile("(unclosed")
