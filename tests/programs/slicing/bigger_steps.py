# Step arithmetic on longer sequences.
data = list(range(100))
print(data[::7])
print(data[95:5:-11])
print(len(data[::3]), len(data[1::3]), len(data[2::3]), sum(data[::2]) - sum(data[1::2]))
s = "".join(chr(97 + i % 26) for i in range(60))
print(s[::5], s[-1::-7], s[10:50:9])
chunks = [data[i:i + 12] for i in range(0, 40, 12)]
print(chunks)
print([c[-1] for c in chunks], [len(c) for c in chunks])
