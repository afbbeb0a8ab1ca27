import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "async", "case", "self"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "_", "case", "type"] if keyword.issoftkeyword(w)])
