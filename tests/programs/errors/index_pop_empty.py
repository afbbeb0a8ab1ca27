# pop from an empty list.
stack = [1]
print(stack.pop())
stack.pop()
