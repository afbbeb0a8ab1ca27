"""timedelta: normalisation, arithmetic, comparisons, repr and str."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('timedelta(days=1, seconds=3600)', lambda: timedelta(days=1, seconds=3600)),
    ('timedelta(0)', lambda: timedelta(0)),
    ('timedelta(seconds=-1)', lambda: timedelta(seconds=-1)),
    ('timedelta(microseconds=5, days=-3)', lambda: timedelta(microseconds=5, days=-3)),
    ('timedelta(weeks=2, hours=-5, minutes=3.5)', lambda: timedelta(weeks=2, hours=-5, minutes=3.5)),
    ('timedelta(days=1.5)', lambda: timedelta(days=1.5)),
    ('timedelta(seconds=1.0000005)', lambda: timedelta(seconds=1.0000005)),
    ('timedelta(milliseconds=-1.5)', lambda: timedelta(milliseconds=-1.5)),
    ('timedelta(1)*1.5', lambda: timedelta(1)*1.5),
    ('timedelta(1)/3', lambda: timedelta(1)/3),
    ('timedelta(1)//7', lambda: timedelta(1)//7),
    ('timedelta(1) / timedelta(hours=5)', lambda: timedelta(1) / timedelta(hours=5)),
    ('timedelta(1) // timedelta(hours=5)', lambda: timedelta(1) // timedelta(hours=5)),
    ('timedelta(1) % timedelta(hours=5)', lambda: timedelta(1) % timedelta(hours=5)),
    ('divmod(timedelta(1), timedelta(hours=5))', lambda: divmod(timedelta(1), timedelta(hours=5))),
    ('-timedelta(hours=1)', lambda: -timedelta(hours=1)),
    ('abs(timedelta(hours=-1))', lambda: abs(timedelta(hours=-1))),
    ('timedelta(hours=1).total_seconds()', lambda: timedelta(hours=1).total_seconds()),
    ('timedelta.max', lambda: timedelta.max),
    ('timedelta.min', lambda: timedelta.min),
    ('timedelta.resolution', lambda: timedelta.resolution),
    ('timedelta(hours=2) < timedelta(hours=3)', lambda: timedelta(hours=2) < timedelta(hours=3)),
    ('timedelta(1) == timedelta(hours=24)', lambda: timedelta(1) == timedelta(hours=24)),
    ('hash(timedelta(1)) == hash(timedelta(hours=24))', lambda: hash(timedelta(1)) == hash(timedelta(hours=24))),
    ('bool(timedelta(0))', lambda: bool(timedelta(0))),
    ('timedelta(3) * 2', lambda: timedelta(3) * 2),
    ('2 * timedelta(3)', lambda: 2 * timedelta(3)),
    ('timedelta(days=999999999)', lambda: timedelta(days=999999999)),
    ('timedelta(seconds=7.3) / 2.5', lambda: timedelta(seconds=7.3) / 2.5),
    ('timedelta(seconds=10) * 0.1', lambda: timedelta(seconds=10) * 0.1),
    ('timedelta(1) + date(2020,1,1)', lambda: timedelta(1) + date(2020,1,1)),
    ('timedelta(1) + datetime(2020,1,1)', lambda: timedelta(1) + datetime(2020,1,1)),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
