# AttributeError with a suggestion.
s = "text"
print(s.upper())
print(s.uper())
