# assert statements that hold; pass in various places.
def check(n):
    assert n >= 0, "negative"
    assert isinstance(n, int)
    return n * 2

print(check(0), check(21))
for i in range(3):
    pass
print(i)
def noop():
    pass
print(noop())
if True:
    pass
while False:
    pass
assert True
assert 1 == 1, "math works"
assert [1], "non-empty"
print("all assertions held")
