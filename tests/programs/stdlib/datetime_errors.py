"""The exceptions datetime raises, with their messages."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('date(2020,13,1)', lambda: date(2020,13,1)),
    ('date(0,1,1)', lambda: date(0,1,1)),
    ('date(2020,2,30)', lambda: date(2020,2,30)),
    ('date(2020.0,1,1)', lambda: date(2020.0,1,1)),
    ("date('x',1,1)", lambda: date('x',1,1)),
    ('time(24)', lambda: time(24)),
    ('time(1,60)', lambda: time(1,60)),
    ('time(1,1,60)', lambda: time(1,1,60)),
    ('time(0,0,0,10**6)', lambda: time(0,0,0,10**6)),
    ('timedelta(days=10**9)', lambda: timedelta(days=10**9)),
    ('date(9999,12,31) + timedelta(1)', lambda: date(9999,12,31) + timedelta(1)),
    ("date.fromisoformat('2020-1-1')", lambda: date.fromisoformat('2020-1-1')),
    ("datetime.fromisoformat('2020-01-01X')", lambda: datetime.fromisoformat('2020-01-01X')),
    ("datetime.strptime('2020-13-1','%Y-%m-%d')", lambda: datetime.strptime('2020-13-1','%Y-%m-%d')),
    ("datetime.strptime('2020-12-1x','%Y-%m-%d')", lambda: datetime.strptime('2020-12-1x','%Y-%m-%d')),
    ("datetime.strptime('2021-02-30','%Y-%m-%d')", lambda: datetime.strptime('2021-02-30','%Y-%m-%d')),
    ('date(2020,1,1) < datetime(2020,1,1)', lambda: date(2020,1,1) < datetime(2020,1,1)),
    ('date(2020,1,1) < 3', lambda: date(2020,1,1) < 3),
    ('timedelta(1) + 3', lambda: timedelta(1) + 3),
    ('timedelta(1) < 3', lambda: timedelta(1) < 3),
    ("timedelta('1')", lambda: timedelta('1')),
    ('3 - timedelta(1)', lambda: 3 - timedelta(1)),
    ('datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc)', lambda: datetime(2020,1,1) - datetime(2020,1,1,tzinfo=timezone.utc)),
    ('datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)', lambda: datetime(2020,1,1) < datetime(2020,1,1,tzinfo=timezone.utc)),
    ('timezone(timedelta(hours=24))', lambda: timezone(timedelta(hours=24))),
    ('datetime(2020,1,1) + 1', lambda: datetime(2020,1,1) + 1),
    ('date(2020,1,1) - datetime(2020,1,1)', lambda: date(2020,1,1) - datetime(2020,1,1)),
    ('timedelta(1) / 0', lambda: timedelta(1) / 0),
    ("datetime.strptime('x', '%Q')", lambda: datetime.strptime('x', '%Q')),
    ('date(2020,1,1) + date(2020,1,1)', lambda: date(2020,1,1) + date(2020,1,1)),
    ('time(1) + timedelta(1)', lambda: time(1) + timedelta(1)),
    ('datetime(2020,1,1) - date(2020,1,1)', lambda: datetime(2020,1,1) - date(2020,1,1)),
    ('timedelta(1) - date(2020,1,1)', lambda: timedelta(1) - date(2020,1,1)),
    ('timedelta(1) * timedelta(1)', lambda: timedelta(1) * timedelta(1)),
    ('date(2020,1,1) - time(1)', lambda: date(2020,1,1) - time(1)),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
