"""strftime, strptime and fromisoformat."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ("date(2020,5,17).strftime('%Y %m %d %a %A %b %B %j %y %% %U %W %w %u %G %V %C %e')", lambda: date(2020,5,17).strftime('%Y %m %d %a %A %b %B %j %y %% %U %W %w %u %G %V %C %e')),
    ("date.fromisoformat('2020-05-17')", lambda: date.fromisoformat('2020-05-17')),
    ("date.fromisoformat('20200517')", lambda: date.fromisoformat('20200517')),
    ("date.fromisoformat('2020-W20-7')", lambda: date.fromisoformat('2020-W20-7')),
    ("time.fromisoformat('12:30:01.5')", lambda: time.fromisoformat('12:30:01.5')),
    ("time.fromisoformat('12:30+01:00')", lambda: time.fromisoformat('12:30+01:00')),
    ("time(5, 6, 7).strftime('%H:%M:%S %p %I')", lambda: time(5, 6, 7).strftime('%H:%M:%S %p %I')),
    ("time(15).strftime('%I %p')", lambda: time(15).strftime('%I %p')),
    ("datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=-5))).strftime('%z %Z %c %x %X')", lambda: datetime(2020,3,1,5,tzinfo=timezone(timedelta(hours=-5))).strftime('%z %Z %c %x %X')),
    ("datetime(2020,3,1,5).strftime('%z|%Z|%f')", lambda: datetime(2020,3,1,5).strftime('%z|%Z|%f')),
    ("datetime.strptime('2020-05-17 13:45:01', '%Y-%m-%d %H:%M:%S')", lambda: datetime.strptime('2020-05-17 13:45:01', '%Y-%m-%d %H:%M:%S')),
    ("datetime.strptime('17/May/20 1:05 PM', '%d/%b/%y %I:%M %p')", lambda: datetime.strptime('17/May/20 1:05 PM', '%d/%b/%y %I:%M %p')),
    ("datetime.strptime('2020 100', '%Y %j')", lambda: datetime.strptime('2020 100', '%Y %j')),
    ("datetime.strptime('12:00:00.5', '%H:%M:%S.%f')", lambda: datetime.strptime('12:00:00.5', '%H:%M:%S.%f')),
    ("datetime.strptime('Monday, March 02 1998', '%A, %B %d %Y')", lambda: datetime.strptime('Monday, March 02 1998', '%A, %B %d %Y')),
    ("datetime.strptime('2020-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z')", lambda: datetime.strptime('2020-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z')),
    ("datetime.strptime('1', '%m')", lambda: datetime.strptime('1', '%m')),
    ("datetime.strptime('20201231', '%Y%m%d')", lambda: datetime.strptime('20201231', '%Y%m%d')),
    ("datetime.fromisoformat('2020-05-17T13:45:01')", lambda: datetime.fromisoformat('2020-05-17T13:45:01')),
    ("datetime.fromisoformat('2020-05-17 13:45:01.123')", lambda: datetime.fromisoformat('2020-05-17 13:45:01.123')),
    ("datetime.fromisoformat('2020-05-17')", lambda: datetime.fromisoformat('2020-05-17')),
    ("datetime.fromisoformat('2020-05-17T13:45:01+02:00')", lambda: datetime.fromisoformat('2020-05-17T13:45:01+02:00')),
    ("datetime.fromisoformat('2020-05-17T13:45Z')", lambda: datetime.fromisoformat('2020-05-17T13:45Z')),
    ("datetime.fromisoformat('20200517T134501')", lambda: datetime.fromisoformat('20200517T134501')),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
