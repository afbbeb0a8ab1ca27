# __iter__ returning a non-iterator fails when iteration starts.
class Source:
    def __iter__(self):
        return [1, 2, 3]


print("start")
for item in Source():
    print(item)
