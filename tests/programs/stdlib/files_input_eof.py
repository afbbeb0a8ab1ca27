count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "lines")
        break
    count += 1
    print(count, line[::-1])
