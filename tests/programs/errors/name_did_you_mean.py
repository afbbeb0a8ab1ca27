# NameError with a suggestion.
counter = 10
print(counter)
print(conter)
