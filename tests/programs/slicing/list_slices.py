# Slicing lists with all combinations of start/stop/step.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[:], lst[-3:], lst[:-3], lst[-5:-2])
print(lst[::2], lst[1::2], lst[::3], lst[::-1], lst[::-2], lst[8:2:-2], lst[2:8:-1])
print(lst[100:], lst[-100:2], lst[5:100], lst[3:3], lst[5:2], lst[-1:-5:-1], lst[:-100])
print(lst[1:9:3], lst[9:0:-3], lst[-2::-4], lst[:0:-5], lst[None:None:None], lst[None:4])
for start in [None, 0, 3, -3, 12]:
    for stop in [None, 2, -2, 20]:
        for step in [None, 1, 2, -1, -3]:
            print(start, stop, step, lst[start:stop:step])
