# Subscripting an int and None.
n = 5
data = [n]
print(data[0])
print(n[0])
