# Reading a count then that many records from stdin.
n = int(input())
records = []
for _ in range(n):
    name, score = input().split(",")
    records.append((name.strip(), float(score)))
records.sort(key=lambda r: -r[1])
for rank, (name, score) in enumerate(records, 1):
    print(f"{rank}. {name:<8} {score:6.2f}")
print("average:", round(sum(s for _, s in records) / n, 3))
