def total(limit):
    acc = 0
    for i in range(limit):
        if i % 3 == 0:
            continue
        acc += i
    while acc > 100:
        acc -= 7
    else:
        acc += 1
    return acc


for item in [1, 2, 3]:
    print(item, total(item * 50))
