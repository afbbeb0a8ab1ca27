# Many short-lived lists (freed by counting) interleaved with self-referential ones (freed by
# the cycle collector): results stay right whichever way each list is freed.
total = 0
for i in range(30000):
    temp = [i, i + 1]
    total += temp[0] + temp[1]
    if i % 3 == 0:
        loop = [i]
        loop.append(loop)
        total += loop[1][1][0]
    pair = [[i], [i * 2]]
    total += pair[1][0]
print(total)
kept = [[i] for i in range(20000)]
for i in range(0, 20000, 7):
    kept[i].append(kept[i])
print(sum(len(x) for x in kept), kept[7][1][1][0])
