# Missing int key.
squares = {i: i * i for i in range(3)}
print(squares)
print(squares[42])
