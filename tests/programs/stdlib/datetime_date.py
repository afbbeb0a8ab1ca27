"""date: calendar arithmetic, ISO calendar, ordinals, formatting."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('date(2020, 2, 29)', lambda: date(2020, 2, 29)),
    ('date(2020,1,1) + timedelta(days=59)', lambda: date(2020,1,1) + timedelta(days=59)),
    ('date(2021,3,1) - date(2020,3,1)', lambda: date(2021,3,1) - date(2020,3,1)),
    ('date(2024,12,31).isocalendar()', lambda: date(2024,12,31).isocalendar()),
    ('date(2021,1,1).isocalendar()', lambda: date(2021,1,1).isocalendar()),
    ('date(2020,12,31).isocalendar()', lambda: date(2020,12,31).isocalendar()),
    ('date(2026,1,1).isocalendar()', lambda: date(2026,1,1).isocalendar()),
    ('date(2019,12,30).isocalendar()', lambda: date(2019,12,30).isocalendar()),
    ('date(2020,5,17).weekday()', lambda: date(2020,5,17).weekday()),
    ('date(2020,5,17).isoweekday()', lambda: date(2020,5,17).isoweekday()),
    ('date(2020,5,17).toordinal()', lambda: date(2020,5,17).toordinal()),
    ('date.fromordinal(737000)', lambda: date.fromordinal(737000)),
    ('date(1,1,1) - timedelta(0)', lambda: date(1,1,1) - timedelta(0)),
    ('date(2020,1,1).replace(month=2)', lambda: date(2020,1,1).replace(month=2)),
    ('date.min', lambda: date.min),
    ('date.max', lambda: date.max),
    ('str(date(5,1,1))', lambda: str(date(5,1,1))),
    ('repr(date(5,1,1))', lambda: repr(date(5,1,1))),
    ("format(date(2020,1,2), '%d/%m')", lambda: format(date(2020,1,2), '%d/%m')),
    ("f'{date(2020,1,2)}'", lambda: f'{date(2020,1,2)}'),
    ('date.fromisocalendar(2020, 53, 5)', lambda: date.fromisocalendar(2020, 53, 5)),
    ('date(2000,1,1) < date(2000,1,2)', lambda: date(2000,1,1) < date(2000,1,2)),
    ('date(2000,1,1) == date(2000,1,1)', lambda: date(2000,1,1) == date(2000,1,1)),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
