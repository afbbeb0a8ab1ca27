# time: clocks move forward, sleep sleeps, errors match CPython
import time

t0 = time.perf_counter()
time.sleep(0.02)
t1 = time.perf_counter()
print(t1 - t0 >= 0.019, t1 - t0 < 5)
print(type(time.time()).__name__, time.time() > 1.6e9, type(time.time_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
m0 = time.monotonic()
m1 = time.monotonic()
print(m1 >= m0, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.perf_counter_ns() >= 0, time.process_time() >= 0, type(time.process_time_ns()).__name__)
start = time.process_time()
total = 0
for i in range(200000):
    total += i
print(total, time.process_time() >= start)
time.sleep(0)
time.sleep(True)


def attempt(call):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: time.sleep(-1))
attempt(lambda: time.sleep("x"))
attempt(lambda: time.sleep(None))
attempt(lambda: time.time(1))
attempt(lambda: time.sleep())
