# Sorting tuples with a key: records (name, age, score) sorted by a lambda key, by an
# itemgetter-like function, and by their natural tuple order; the sort must be stable.
NAMES = ["ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kit", "lu"]


def generate(count, seed):
    records = []
    state = seed
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        name = NAMES[state % 12]
        age = 18 + (state >> 8) % 60
        score = (state >> 4) % 1000
        records.append((name, age, score, i))
    return records


def by_score(record):
    return record[2]


def checksum(records):
    total = 0
    for i in range(0, len(records), 53):
        total = (total * 37 + records[i][3]) % 1000000007
    return total


records = generate(300000, 99)
natural = sorted(records)
by_age = sorted(records, key=lambda record: record[1])
by_score_desc = sorted(records, key=by_score, reverse=True)
by_name_then_age = sorted(records, key=lambda record: (record[0], -record[1]))
print(checksum(natural), checksum(by_age), checksum(by_score_desc), checksum(by_name_then_age))
print(natural[0], by_age[-1], by_score_desc[0], by_name_then_age[-1])
