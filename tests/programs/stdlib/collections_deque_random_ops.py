"""Random operation sequences on deques (bounded and not), printed after each step."""
import random
from collections import deque

random.seed(2024)
for trial in range(6):
    maxlen = random.choice([None, None, 3, 5, 0])
    d = deque(range(random.randrange(6)), maxlen)
    log = []
    for step in range(40):
        op = random.randrange(14)
        value = random.randrange(10)
        try:
            if op == 0:
                d.append(value)
            elif op == 1:
                d.appendleft(value)
            elif op == 2:
                log.append(d.pop())
            elif op == 3:
                log.append(d.popleft())
            elif op == 4:
                d.rotate(random.randrange(-12, 12))
            elif op == 5:
                d.extend(range(value % 4))
            elif op == 6:
                d.extendleft(range(value % 4))
            elif op == 7:
                d.insert(random.randrange(-8, 8), value)
            elif op == 8:
                d.remove(value)
            elif op == 9:
                log.append(d.index(value, random.randrange(-3, 3)))
            elif op == 10:
                i = random.randrange(-6, 6)
                log.append(d[i])
                d[i] = value
                del d[i]
            elif op == 11:
                d.reverse()
            elif op == 12:
                log.append(d.count(value))
            else:
                log.append((len(d), value in d, list(reversed(d))[:2]))
        except (IndexError, ValueError) as e:
            log.append(type(e).__name__ + ": " + str(e))
        log.append(list(d))
    print(maxlen, d)
    print(log)
