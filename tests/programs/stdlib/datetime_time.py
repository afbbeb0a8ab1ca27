"""time: fields, isoformat timespecs, comparisons."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('date(2020,5,17).ctime()', lambda: date(2020,5,17).ctime()),
    ('time(12, 30)', lambda: time(12, 30)),
    ('time(12, 30, 0, 5)', lambda: time(12, 30, 0, 5)),
    ('time(1,2,3)', lambda: time(1,2,3)),
    ('str(time(1,2,3,400))', lambda: str(time(1,2,3,400))),
    ("time(1,2,3,456789).isoformat('milliseconds')", lambda: time(1,2,3,456789).isoformat('milliseconds')),
    ("time(1,2).isoformat('hours')", lambda: time(1,2).isoformat('hours')),
    ('time(1,2,tzinfo=timezone.utc)', lambda: time(1,2,tzinfo=timezone.utc)),
    ('str(time(1,2,tzinfo=timezone(timedelta(hours=-3))))', lambda: str(time(1,2,tzinfo=timezone(timedelta(hours=-3))))),
    ('time.min', lambda: time.min),
    ('time.max', lambda: time.max),
    ('time(1) < time(2)', lambda: time(1) < time(2)),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
