"""timezone: fixed offsets, names, reprs."""
from datetime import date, time, datetime, timedelta, timezone

cases = [
    ('timezone.utc', lambda: timezone.utc),
    ('str(timezone.utc)', lambda: str(timezone.utc)),
    ("timezone(timedelta(hours=-5), 'EST')", lambda: timezone(timedelta(hours=-5), 'EST')),
    ('timezone(timedelta(hours=1))', lambda: timezone(timedelta(hours=1))),
    ('str(timezone(timedelta(minutes=-90)))', lambda: str(timezone(timedelta(minutes=-90)))),
    ('timezone.min', lambda: timezone.min),
    ('timezone.max', lambda: timezone.max),
    ('timezone(timedelta(0)) == timezone.utc', lambda: timezone(timedelta(0)) == timezone.utc),
    ('timezone(timedelta(hours=1)).utcoffset(None)', lambda: timezone(timedelta(hours=1)).utcoffset(None)),
]
for text, compute in cases:
    try:
        print(text, "=>", repr(compute()))
    except Exception as e:
        print(text, "=>", "%s: %s" % (type(e).__name__, e))
