"""datetime.strptime: week numbers (%U %W) with weekdays, ISO %G %V %u, %c %x %X, %j overriding the month and day, two-digit years, padded days, and the errors."""
import datetime as M
D = M.datetime
for s, f in [('2024 10 3', '%Y %U %w'), ('2024 10 Mon', '%Y %W %a'), ('2024 0 Sun', '%Y %U %a'), ('2024 12 5', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('Mon Jan  1 10:00:00 2024', '%c'), ('01/02/24', '%x'), ('13:14:15', '%X'), ('2024 100 5 5', '%Y %j %m %d'), ('2024 10', '%Y %U'), ('2024', '%G'), ('2024 5', '%G %V'), ('12', '%V'), ('x', '%e'), ('2024-W05-3', '%G-W%V-%u'), ('2023 1 Sunday', '%Y %U %A'), ('2021 0 Fri', '%Y %W %a'), ('Feb 29', '%b %d'), ('Jan 5', '%b%d'), ('2024 5 3', '%Y %V %u'), ('%c', '%%c'), ('100%', '%d%%'), ('x', '%'), ('2019 52 Sun', '%Y %U %a'), ('1999 0 Mon', '%Y %W %a'), ('68 1', '%y %m'), ('69 1', '%y %m'), ('2024 1 1 Tue', '%Y %m %d %a')]:
    try: print(repr(s), f, D.strptime(s, f))
    except Exception as e: print(repr(s), f, type(e).__name__, e)
