# input() reads lines from stdin without the trailing newline.
name = input()
age = int(input())
nums = [int(x) for x in input().split()]
print("Hello,", name)
print("Next year you will be", age + 1)
print("Sum:", sum(nums), "Max:", max(nums))
prompt_answer = input("prompt> ")
print(repr(prompt_answer))
line = input()
print(repr(line), len(line))
