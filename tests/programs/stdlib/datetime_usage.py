"""datetime in everyday code: schedules, sorting, dict keys, now() sanity checks."""
import datetime
from datetime import date, datetime as DateTime, timedelta

start = date(2024, 1, 29)
for month_offset in range(4):
    year = start.year + (start.month - 1 + month_offset) // 12
    month = (start.month - 1 + month_offset) % 12 + 1
    day = min(start.day, [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    print(date(year, month, day).strftime("%a %d %b %Y"))

meetings = [
    DateTime(2024, 3, 5, 14, 30),
    DateTime(2024, 3, 5, 9, 0),
    DateTime(2024, 2, 28, 16, 45),
]
for when in sorted(meetings):
    print(when, when.strftime("%A %I:%M %p"))

by_day = {}
for when in meetings:
    by_day.setdefault(when.date(), []).append(when.time())
for day in sorted(by_day):
    print(day.isoformat(), [t.isoformat("minutes") for t in by_day[day]])

birthday = date(1990, 7, 15)
on = date(2024, 7, 14)
age = on.year - birthday.year - ((on.month, on.day) < (birthday.month, birthday.day))
print("age", age, "days alive", (on - birthday).days)

total = sum([timedelta(minutes=25), timedelta(minutes=50), timedelta(hours=1, seconds=30)], timedelta())
print("total", total, total.total_seconds())

now = DateTime.now()
print(type(now).__name__, now.year >= 2024, now.tzinfo)
utc_now = DateTime.now(datetime.timezone.utc)
print(utc_now.tzinfo, utc_now.utcoffset())
print(isinstance(date.today(), date), isinstance(DateTime.utcnow(), DateTime))
print(abs(DateTime.now() - DateTime.utcnow()) < timedelta(days=1))
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC)
print(isinstance(DateTime(2020, 1, 1), date), issubclass(datetime.timezone, datetime.tzinfo))


class Weekend(date):
    def is_weekend(self):
        return self.weekday() >= 5


w = Weekend(2024, 3, 9)
print(w, w.is_weekend(), Weekend(2024, 3, 11).is_weekend(), repr(w))
