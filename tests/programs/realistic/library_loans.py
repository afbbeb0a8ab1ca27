# A library loan system with hand-written calendar arithmetic (leap years, day numbers,
# weekdays), due dates skipping weekends, overdue fines and member statements.

DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class Date:
    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"bad month {month}")
        limit = DAYS_IN_MONTH[month - 1] + (1 if month == 2 and is_leap(year) else 0)
        if not 1 <= day <= limit:
            raise ValueError(f"bad day {day} for {year}-{month:02d}")
        self.year, self.month, self.day = year, month, day

    def ordinal(self):
        y = self.year - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(DAYS_IN_MONTH[:self.month - 1]) + (1 if self.month > 2 and is_leap(self.year) else 0)
        return days + self.day

    @classmethod
    def from_ordinal(cls, n):
        year = max(1, n // 366)
        while cls(year + 1, 1, 1).ordinal() <= n:
            year += 1
        month = 1
        while month < 12 and cls(year, month + 1, 1).ordinal() <= n:
            month += 1
        return cls(year, month, n - cls(year, month, 1).ordinal() + 1)

    def weekday(self):
        return (self.ordinal() - 1) % 7

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def __lt__(self, other):
        return self.ordinal() < other.ordinal()

    def __eq__(self, other):
        return isinstance(other, Date) and self.ordinal() == other.ordinal()

    def __str__(self):
        return f"{self.year}-{self.month:02d}-{self.day:02d} {WEEKDAYS[self.weekday()]}"


def due_date(start, loan_days):
    due = start + loan_days
    while due.weekday() >= 5:
        due = due + 1
    return due


class Library:
    FINE_PER_DAY = 25
    FINE_CAP = 1000

    def __init__(self):
        self.loans = []
        self.returned = []

    def lend(self, member, title, when, days=14):
        self.loans.append({"member": member, "title": title, "out": when, "due": due_date(when, days)})

    def give_back(self, title, when):
        loan = next(l for l in self.loans if l["title"] == title)
        self.loans.remove(loan)
        late = max(0, when - loan["due"])
        loan["fine"] = min(self.FINE_CAP, late * self.FINE_PER_DAY)
        loan["back"] = when
        self.returned.append(loan)
        return late, loan["fine"]

    def statement(self, member, today):
        lines = [f"Statement for {member} on {today}"]
        total = 0
        for loan in sorted(self.returned + self.loans, key=lambda l: (l["out"].ordinal(), l["title"])):
            if loan["member"] != member:
                continue
            if "back" in loan:
                status, fine = f"returned {loan['back']}", loan["fine"]
            else:
                overdue = max(0, today - loan["due"])
                status, fine = f"on loan, {overdue} days overdue", min(self.FINE_CAP, overdue * self.FINE_PER_DAY)
            total += fine
            lines.append(f"  {loan['title']:<22} due {loan['due']}  {status:<34} {fine / 100:>6.2f}")
        lines.append(f"  {'total':<22} {total / 100:>70.2f}")
        return "\n".join(lines)


def main():
    for y in [1900, 2000, 2023, 2024]:
        print(y, is_leap(y), Date(y, 3, 1) - Date(y, 2, 1))
    d = Date(2024, 2, 28)
    print(d, d + 1, d + 2, d + 366, Date(2024, 12, 31) + 1, Date.from_ordinal(d.ordinal()) == d)
    print(Date(2000, 1, 1).ordinal(), Date(1970, 1, 1), Date(2038, 1, 19) - Date(1970, 1, 1))
    for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
        try:
            Date(*bad)
        except ValueError as e:
            print("ValueError:", e)
    lib = Library()
    lib.lend("ana", "Dune", Date(2024, 3, 1))
    lib.lend("ana", "Neuromancer", Date(2024, 3, 4), days=7)
    lib.lend("ben", "Foundation", Date(2024, 3, 2), days=21)
    lib.lend("ana", "Hyperion", Date(2024, 3, 20))
    print(lib.give_back("Dune", Date(2024, 3, 14)), lib.give_back("Neuromancer", Date(2024, 4, 30)))
    print(lib.give_back("Foundation", Date(2024, 3, 29)))
    print(lib.statement("ana", Date(2024, 4, 10)))
    print(lib.statement("ben", Date(2024, 4, 10)))
    print(sorted(str(due_date(Date(2024, 5, day), 5)) for day in range(1, 8)))


main()
