"""A realistic script: a month calendar, business days and recurring meetings with datetime."""
from datetime import date, datetime, timedelta


def month_calendar(year, month):
    first = date(year, month, 1)
    next_month = date(year + month // 12, month % 12 + 1, 1)
    print(first.strftime("%B %Y").center(20))
    print("Mo Tu We Th Fr Sa Su")
    cells = ["  "] * first.weekday()
    day = first
    while day < next_month:
        cells.append("%2d" % day.day)
        day += timedelta(days=1)
    for start in range(0, len(cells), 7):
        print(" ".join(cells[start:start + 7]))


def business_days(start, end, holidays=()):
    count = 0
    day = start
    while day <= end:
        if day.weekday() < 5 and day not in holidays:
            count += 1
        day += timedelta(1)
    return count


month_calendar(2024, 2)
month_calendar(2023, 12)
print(business_days(date(2024, 12, 20), date(2025, 1, 3), {date(2024, 12, 25), date(2025, 1, 1)}))

meeting = datetime(2024, 1, 31, 9, 30)
for week in range(4):
    when = meeting + timedelta(weeks=week)
    print(when.strftime("%a %d %b %H:%M"), when.isocalendar().week)

deadline = datetime.strptime("2024-03-15 17:00", "%Y-%m-%d %H:%M")
start = datetime.fromisoformat("2024-03-01T08:15:00")
left = deadline - start
print(left, left.days, left.seconds // 3600, round(left.total_seconds() / 3600, 2))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 31)])[0].isoformat())
