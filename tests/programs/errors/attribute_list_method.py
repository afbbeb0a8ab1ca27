# Calling a method that list does not have.
lst = [1]
lst.append(2)
print(lst)
lst.push(3)
