# dict has no attribute append.
d = {}
d.append(1)
