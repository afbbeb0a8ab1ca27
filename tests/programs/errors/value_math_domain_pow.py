# pow() with a zero modulus raises ValueError.
print(pow(3, 2, 5))
print(pow(3, 2, 0))
