"""datetime: arithmetic, aware and naive values, timestamps, combine."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('datetime(2020,1,1)', lambda: datetime(2020,1,1)),
    ('datetime(2020,1,1,5,6,7,8)', lambda: datetime(2020,1,1,5,6,7,8)),
    ('str(datetime(2020,1,1,5,6,7,8))', lambda: str(datetime(2020,1,1,5,6,7,8))),
    ('datetime(2020,1,1).isoformat()', lambda: datetime(2020,1,1).isoformat()),
    ("datetime(2020,1,1,3).isoformat(' ', 'minutes')", lambda: datetime(2020,1,1,3).isoformat(' ', 'minutes')),
    ('datetime(2020,1,31,23,59) + timedelta(minutes=2)', lambda: datetime(2020,1,31,23,59) + timedelta(minutes=2)),
    ('datetime(2020,3,1) - datetime(2020,2,1,12)', lambda: datetime(2020,3,1) - datetime(2020,2,1,12)),
    ('datetime(2020,3,1) - timedelta(days=1, seconds=1)', lambda: datetime(2020,3,1) - timedelta(days=1, seconds=1)),
    ('datetime(2020,3,1,tzinfo=timezone.utc) - datetime(2020,3,1,tzinfo=timezone(timedelta(hours=2)))', lambda: datetime(2020,3,1,tzinfo=timezone.utc) - datetime(2020,3,1,tzinfo=timezone(timedelta(hours=2)))),
    ('datetime(2020,3,1,tzinfo=timezone.utc) == datetime(2020,3,1,2,tzinfo=timezone(timedelta(hours=2)))', lambda: datetime(2020,3,1,tzinfo=timezone.utc) == datetime(2020,3,1,2,tzinfo=timezone(timedelta(hours=2)))),
    ("datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))", lambda: datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))),
    ("str(datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST')))", lambda: str(datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST')))),
    ('datetime.combine(date(2020,1,1), time(3,4))', lambda: datetime.combine(date(2020,1,1), time(3,4))),
    ('datetime(2020,1,1,3,4).date()', lambda: datetime(2020,1,1,3,4).date()),
    ('datetime(2020,1,1,3,4).time()', lambda: datetime(2020,1,1,3,4).time()),
    ('datetime(2020,1,1,3,4).timestamp()', lambda: datetime(2020,1,1,3,4).timestamp()),
    ('datetime(2020,1,1,3,4,tzinfo=timezone.utc).timestamp()', lambda: datetime(2020,1,1,3,4,tzinfo=timezone.utc).timestamp()),
    ('datetime.fromtimestamp(1600000000.25, timezone.utc)', lambda: datetime.fromtimestamp(1600000000.25, timezone.utc)),
    ('datetime.utcfromtimestamp(1600000000)', lambda: datetime.utcfromtimestamp(1600000000)),
    ('datetime.fromtimestamp(0, timezone(timedelta(hours=-8)))', lambda: datetime.fromtimestamp(0, timezone(timedelta(hours=-8)))),
    ('datetime(2020,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=9)))', lambda: datetime(2020,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=9)))),
    ('datetime(2020,1,1).replace(hour=5, tzinfo=timezone.utc)', lambda: datetime(2020,1,1).replace(hour=5, tzinfo=timezone.utc)),
    ('datetime.min', lambda: datetime.min),
    ('datetime.max', lambda: datetime.max),
    ('datetime(2020,1,1) < datetime(2020,1,1,0,0,1)', lambda: datetime(2020,1,1) < datetime(2020,1,1,0,0,1)),
    ('hash(datetime(2020,1,1,tzinfo=timezone.utc)) == hash(datetime(2020,1,1,1,tzinfo=timezone(timedelta(hours=1))))', lambda: hash(datetime(2020,1,1,tzinfo=timezone.utc)) == hash(datetime(2020,1,1,1,tzinfo=timezone(timedelta(hours=1))))),
    ('datetime(2020,1,1) == date(2020,1,1)', lambda: datetime(2020,1,1) == date(2020,1,1)),
    ('datetime(2020,1,1,1,2,3).ctime()', lambda: datetime(2020,1,1,1,2,3).ctime()),
    ('datetime(2020,1,1,1,2,3).weekday()', lambda: datetime(2020,1,1,1,2,3).weekday()),
    ('datetime(2020,6,1).isocalendar()', lambda: datetime(2020,6,1).isocalendar()),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
