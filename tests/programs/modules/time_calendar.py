import time

t = time.gmtime(1000000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[0], t[-1], t[1:4], len(t), tuple(t))
print(time.gmtime(0), time.gmtime(-1.5))
print(time.gmtime(951782400))  # 2000-02-29
print(time.localtime(86400 * 365))
print(time.localtime(1234567890).tm_zone)
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2000, 13, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime(time.localtime(1700000000)))
print(time.asctime(time.gmtime(1000000000)), time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.ctime(0), time.ctime(1e9))
print(time.timezone, time.altzone, time.daylight, time.tzname)
fmt = "%Y-%m-%d %H:%M:%S|%a %A %b %B|%j %U %W %w %u|%y %C %I %p|%c|%x|%X|%e|%G %V %%|%Z %z"
for secs in [0, 1000000000, 1700000000, 1104537600, 1230681600, 4102444800, -86400 * 400]:
    print(time.strftime(fmt, time.gmtime(secs)))
    print(time.strftime(fmt, time.localtime(secs)))
print(repr(time.strftime("%Z", (2000, 1, 1, 0, 0, 0, 0, 1, -1))))
print(time.strftime("%H:%M", (2000, 0, 0, 13, 5, 0, 0, 0, 0)))
print(isinstance(time.time_ns(), int), isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int))
print(time.process_time() >= 0, abs(time.time() - time.mktime(time.localtime())) < 2)
print(type(time.localtime()).__name__, time.struct_time)
for bad in [lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.asctime((1, 2)),
            lambda: time.asctime("x"),
            lambda: time.mktime((1, 2, 3)),
            lambda: time.gmtime(float("nan")),
            lambda: time.gmtime("1")]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as err:
        print(type(err).__name__, err)

made = time.struct_time((2020, 3, 1, 5, 6, 7, 6, 61, -1))
print(made, made.tm_zone, made.tm_gmtoff, made == (2020, 3, 1, 5, 6, 7, 6, 61, -1))
named = time.struct_time([2020, 3, 1, 5, 6, 7, 6, 61, 0, "X", 3600])
print(named.tm_zone, named.tm_gmtoff, time.strftime("%Z %z", named))
for bad in [lambda: time.struct_time((1, 2)), lambda: time.struct_time(5)]:
    try:
        bad()
    except TypeError as err:
        print("TypeError", err)
