"""A user tzinfo subclass drives utcoffset, tzname, dst and arithmetic across zones."""
from datetime import datetime, timedelta, tzinfo, timezone


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%r)" % self.name


tokyo = Fixed(9, "JST")
paris = Fixed(1, "CET")
a = datetime(2024, 5, 1, 9, 0, tzinfo=tokyo)
b = datetime(2024, 5, 1, 1, 0, tzinfo=paris)
print(repr(a))
print(a, a.tzname(), a.utcoffset(), a.dst())
print(a == b, a - b, hash(a) == hash(b))
print(a.astimezone(paris), a.astimezone(timezone.utc))
print(a.strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 5, 1, 0, 0, tzinfo=timezone.utc).astimezone(tokyo))
print(sorted([a, b, datetime(2024, 4, 30, 23, 0, tzinfo=timezone.utc)]))
