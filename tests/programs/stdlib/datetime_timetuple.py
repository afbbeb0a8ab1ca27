"""timetuple() and utctimetuple(): struct_time fields, reprs and unpacking."""
import datetime as d
t = d.datetime(2020,3,1,5,6,7).timetuple(); print(t, len(t), t[0], t.tm_zone, t.tm_gmtoff, t == tuple(t), t[:3], t.tm_yday, t.tm_wday, list(t)[-1])
print(d.date(2020,3,1).timetuple())
print(d.datetime(2020,3,1,5,tzinfo=d.timezone(d.timedelta(hours=2))).timetuple())
print(d.datetime(2020,3,1,5,tzinfo=d.timezone(d.timedelta(hours=2))).utctimetuple())
print(d.datetime(2020,3,1,5).utctimetuple(), type(t).__name__)
y, m, *rest = d.date(1999, 12, 31).timetuple(); print(y, m, rest)
