import sys

first = input("prompt> ")
print()
print("first:", first)
rest = sys.stdin.read()
words = rest.split()
print(len(words), sorted(set(words)))
print(sys.stdin.readline() == "", sys.stdin.readlines())
