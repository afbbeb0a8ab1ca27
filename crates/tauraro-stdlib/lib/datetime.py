"""Dates, times and durations: date, time, datetime, timedelta, tzinfo and timezone.

Written for Tauraro after CPython 3.11's documented behaviour (results, reprs and error
messages). Calendar arithmetic is done on proleptic Gregorian ordinals (day 1 is
0001-01-01). Tauraro's `time` module has no `localtime` yet, so the local time zone is read
here from TZ or /etc/localtime (zoneinfo files and POSIX rules); without them it is UTC.
"""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday")
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(ordinal):
    # Peel off whole 400-, 100-, 4- and 1-year cycles counted from 0001-01-01.
    n = ordinal - 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years1, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years1 + 1
    if years1 == 4 or cycles100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    month = 1
    while month < 12:
        length = _days_in_month(year, month)
        if n < length:
            break
        n -= length
        month += 1
    return year, month, n + 1


def _type_name(value):
    kind = type(value)
    if kind.__module__ == "builtins":
        return kind.__name__
    return kind.__module__ + "." + kind.__qualname__


def _class_label(value):
    """How reprs name a value's class: `datetime.date` for ours (as CPython's C types are
    named), the bare class name for a user subclass."""
    kind = type(value)
    if kind.__module__ == __name__:
        return __name__ + "." + kind.__qualname__
    return kind.__name__


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _unsupported_operands(op, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(left), _type_name(right)))


def _cannot_compare(op, left, right):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _type_name(left), _type_name(right)))


def _is_foreign_builtin(value):
    # Builtin and datetime operands never implement the operation asked of us: CPython's
    # message names both types (module-qualified, as its C types are).
    return type(value).__module__ in ("builtins", __name__)


def _format_offset(offset, sep=":"):
    """`+HH:MM` (with `:SS` and `.ffffff` only when not zero) for a utcoffset."""
    if offset is None:
        return ""
    if offset.days < 0:
        sign = "-"
        offset = -offset
    else:
        sign = "+"
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def _format_clock(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(fmt, year, month, day, hour, minute, second, microsecond, offset, tzname):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            out.append("%d" % year if year >= 1000 else str(year))
        elif code == "m":
            out.append("%02d" % month)
        elif code == "d":
            out.append("%02d" % day)
        elif code == "e":
            out.append("%2d" % day)
        elif code == "H":
            out.append("%02d" % hour)
        elif code == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif code == "M":
            out.append("%02d" % minute)
        elif code == "S":
            out.append("%02d" % second)
        elif code == "f":
            out.append("%06d" % microsecond)
        elif code == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif code == "A":
            out.append(_DAY_NAMES[weekday])
        elif code == "b" or code == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif code == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif code == "j":
            out.append("%03d" % yday)
        elif code == "p":
            out.append("AM" if hour < 12 else "PM")
        elif code == "y":
            out.append("%02d" % (year % 100))
        elif code == "C":
            # glibc does not pad the century of years before 1000.
            out.append(str(year // 100))
        elif code == "w":
            out.append(str((weekday + 1) % 7))
        elif code == "u":
            out.append(str(weekday + 1))
        elif code == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif code == "G" or code == "V":
            iso_year, iso_week, _ = _iso_calendar(year, month, day)
            out.append(str(iso_year) if code == "G" else "%02d" % iso_week)
        elif code == "z":
            out.append(_format_offset(offset, ""))
        elif code == "Z":
            out.append(tzname or "")
        elif code == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day, hour, minute,
                second, year))
        elif code == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif code == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif code == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif code == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _iso_calendar(year, month, day):
    ordinal = _ymd_to_ordinal(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    week, weekday = divmod(ordinal - week1, 7)
    if week < 0:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
        week, weekday = divmod(ordinal - week1, 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        week = 0
    return iso_year, week + 1, weekday + 1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        parts = (("days", days, _US_PER_DAY), ("seconds", seconds, 1000000),
                 ("microseconds", microseconds, 1), ("milliseconds", milliseconds, 1000),
                 ("minutes", minutes, 60 * 1000000), ("hours", hours, 3600 * 1000000),
                 ("weeks", weeks, 7 * _US_PER_DAY))
        exact = 0
        fractional = 0.0
        for name, value, scale in parts:
            if isinstance(value, int):
                exact += value * scale
            elif isinstance(value, float):
                whole = int(value)
                exact += whole * scale
                fractional += (value - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        total = exact + round(fractional)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        seconds, microseconds = divmod(rest, 1000000)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        if not fields:
            fields.append("0")
        return "%s(%s)" % (_class_label(self), ", ".join(fields))

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        if isinstance(other, date):
            return other + self
        if _is_foreign_builtin(other):
            raise _unsupported_operands("+", self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        if _is_foreign_builtin(other):
            raise _unsupported_operands("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _is_foreign_builtin(other):
            raise _unsupported_operands("-", other, self)
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _divide_round_even(self._to_microseconds() * numerator, denominator))
        if _is_foreign_builtin(other):
            raise _unsupported_operands("*", self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _is_foreign_builtin(other):
            raise _unsupported_operands("*", other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._to_microseconds():
                raise ZeroDivisionError("division by zero")
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(
                _divide_round_even(self._to_microseconds(), other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            if numerator == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_microseconds(
                _divide_round_even(self._to_microseconds() * denominator, numerator))
        if _is_foreign_builtin(other):
            raise _unsupported_operands("/", self, other)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._to_microseconds():
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        if _is_foreign_builtin(other):
            raise _unsupported_operands("//", self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._to_microseconds():
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds()
                                                % other._to_microseconds())
        if _is_foreign_builtin(other):
            raise _unsupported_operands("%", self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._to_microseconds():
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        if _is_foreign_builtin(other):
            raise TypeError("unsupported operand type(s) for divmod(): '%s' and '%s'"
                            % (_type_name(self), _type_name(other)))
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _compare_keys(self._to_microseconds(), other._to_microseconds(), op)
        if _is_foreign_builtin(other):
            raise _cannot_compare(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() == other._to_microseconds()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _divide_round_even(numerator, denominator):
    """numerator / denominator rounded to the nearest integer, ties to even."""
    q, r = divmod(numerator, denominator)
    twice = 2 * r
    if denominator < 0:
        greater = twice < denominator
        equal = twice == denominator
    else:
        greater = twice > denominator
        equal = twice == denominator
    if greater or (equal and q % 2 == 1):
        q += 1
    return q


def _compare_keys(left, right, op):
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of `isocalendar()`."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _class_label(self), self[0], self[1], self[2])


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, timestamp):
        year, month, day = _local_fields(timestamp)[:3]
        return cls(year, month, day)

    @classmethod
    def fromordinal(cls, ordinal):
        ordinal = _as_int(ordinal)
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(ordinal))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_class_label(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return _wrap_strftime("%c", self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _compare_keys(self._date_key(), other._date_key(), op)
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_name(other), _type_name(self)))
        if _is_foreign_builtin(other):
            raise _cannot_compare(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self).fromordinal(ordinal)
        if _is_foreign_builtin(other):
            raise _unsupported_operands("+", self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _is_foreign_builtin(other) or isinstance(other, date):
            raise _unsupported_operands("-", self, other)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        has_53 = False
        if week == 53:
            first_weekday = _ymd_to_ordinal(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                has_53 = True
        if not has_53:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


def _utc_fields(timestamp):
    """(year, month, day, hour, minute, second, microsecond) of a POSIX timestamp in UTC."""
    whole, microsecond = _split_timestamp(timestamp)
    days, seconds = divmod(whole, 86400)
    ordinal = days + _ymd_to_ordinal(1970, 1, 1)
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError("year %d is out of range" % (1970 + days // 365))
    year, month, day = _ordinal_to_ymd(ordinal)
    hour, rest = divmod(seconds, 3600)
    minute, second = divmod(rest, 60)
    return year, month, day, hour, minute, second, microsecond


# The local time zone. Tauraro's time module has no localtime() yet, so the zone is read the
# way the C library reads it: the TZ environment variable (a zoneinfo name, a file path or a
# POSIX rule such as "EST5EDT,M3.2.0,M11.1.0"), else /etc/localtime. Without any of them
# (or without os and open), local time is UTC.

_ZONEINFO_DIRS = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo")


class _PosixRule:
    """A POSIX TZ rule: standard and daylight offsets and the yearly switch dates."""

    def __init__(self, std_name, std_offset, dst_name=None, dst_offset=None, start=None,
                 end=None):
        self.std_name = std_name
        self.std_offset = std_offset
        self.dst_name = dst_name
        self.dst_offset = dst_offset
        self.start = start
        self.end = end

    def info_at(self, timestamp):
        """(offset in seconds east of UTC, abbreviation) at a POSIX timestamp."""
        if self.dst_name is None or self.start is None:
            return self.std_offset, self.std_name
        # glibc computes the switches of years before 1970 as 1970's.
        year = max(_utc_fields(timestamp + self.std_offset)[0], 1970)
        start = _posix_switch_seconds(year, self.start) - self.std_offset
        end = _posix_switch_seconds(year, self.end) - self.dst_offset
        if start < end:
            in_dst = start <= timestamp < end
        else:
            in_dst = not end <= timestamp < start
        if in_dst:
            return self.dst_offset, self.dst_name
        return self.std_offset, self.std_name


def _posix_switch_seconds(year, rule):
    """Seconds since the epoch, in local wall time, of a switch rule in `year`."""
    kind, first, second, third, at = rule
    if kind == "J":
        day = first
        if _is_leap(year) and day >= 60:
            day += 1
        ordinal = _ymd_to_ordinal(year, 1, 1) + day - 1
    elif kind == "N":
        ordinal = _ymd_to_ordinal(year, 1, 1) + first
    else:
        month, week, weekday = first, second, third
        first_day = _ymd_to_ordinal(year, month, 1)
        # weekday counts from Sunday (0); ordinal % 7 is 0 on a Sunday.
        ordinal = first_day + (weekday - first_day % 7) % 7 + (week - 1) * 7
        while ordinal >= first_day + _days_in_month(year, month):
            ordinal -= 7
    return (ordinal - _ymd_to_ordinal(1970, 1, 1)) * 86400 + at


def _parse_posix_tz(text):
    """A _PosixRule from a POSIX TZ string, or None if it is malformed."""
    position = [0]

    def name():
        start = position[0]
        if text[start:start + 1] == "<":
            end = text.find(">", start)
            if end < 0:
                return None
            position[0] = end + 1
            return text[start + 1:end]
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
        if end - start < 3:
            return None
        position[0] = end
        return text[start:end]

    def clock(signed):
        start = position[0]
        sign = 1
        if signed and text[start:start + 1] in ("+", "-"):
            sign = -1 if text[start] == "-" else 1
            start += 1
        parts = []
        index = start
        while True:
            digits_start = index
            while index < len(text) and text[index].isdigit():
                index += 1
            if index == digits_start:
                return None
            parts.append(int(text[digits_start:index]))
            if len(parts) < 3 and text[index:index + 1] == ":":
                index += 1
                continue
            break
        position[0] = index
        while len(parts) < 3:
            parts.append(0)
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    def switch():
        start = position[0]
        if text[start:start + 1] == "M":
            pieces = []
            index = start + 1
            for _ in range(3):
                digits_start = index
                while index < len(text) and text[index].isdigit():
                    index += 1
                if index == digits_start:
                    return None
                pieces.append(int(text[digits_start:index]))
                if len(pieces) < 3:
                    if text[index:index + 1] != ".":
                        return None
                    index += 1
            position[0] = index
            rule = ["M", pieces[0], pieces[1], pieces[2]]
        else:
            kind = "N"
            index = start
            if text[index:index + 1] == "J":
                kind = "J"
                index += 1
            digits_start = index
            while index < len(text) and text[index].isdigit():
                index += 1
            if index == digits_start:
                return None
            position[0] = index
            rule = [kind, int(text[digits_start:index]), 0, 0]
        at = 7200
        if text[position[0]:position[0] + 1] == "/":
            position[0] += 1
            at = clock(True)
            if at is None:
                return None
        return tuple(rule) + (at,)

    std_name = name()
    if std_name is None:
        return None
    std = clock(True)
    if std is None:
        return None
    rule = _PosixRule(std_name, -std)
    if position[0] == len(text):
        return rule
    dst_name = name()
    if dst_name is None:
        return None
    rule.dst_name = dst_name
    rule.dst_offset = rule.std_offset + 3600
    if position[0] < len(text) and text[position[0]] != ",":
        dst = clock(True)
        if dst is None:
            return None
        rule.dst_offset = -dst
    if text[position[0]:position[0] + 1] != ",":
        # No switch dates: the United States rules POSIX implementations assume.
        rule.start = ("M", 3, 2, 0, 7200)
        rule.end = ("M", 11, 1, 0, 7200)
        return rule
    position[0] += 1
    rule.start = switch()
    if rule.start is None or text[position[0]:position[0] + 1] != ",":
        return None
    position[0] += 1
    rule.end = switch()
    if rule.end is None or position[0] != len(text):
        return None
    return rule


def _signed(data, start, size):
    value = int.from_bytes(data[start:start + size], "big")
    if value >= 1 << (size * 8 - 1):
        value -= 1 << (size * 8)
    return value


class _TZifZone:
    """A compiled zoneinfo file: transition times, their offsets and the rule after them."""

    def __init__(self, transitions, kinds, infos, footer):
        self.transitions = transitions
        self.kinds = kinds
        self.infos = infos
        self.footer = footer

    def info_at(self, timestamp):
        transitions = self.transitions
        if not transitions or timestamp < transitions[0]:
            for offset, is_dst, abbreviation in self.infos:
                if not is_dst:
                    return offset, abbreviation
            offset, _, abbreviation = self.infos[0]
            return offset, abbreviation
        if timestamp >= transitions[-1] and self.footer is not None:
            return self.footer.info_at(timestamp)
        low, high = 0, len(transitions)
        while high - low > 1:
            middle = (low + high) // 2
            if transitions[middle] <= timestamp:
                low = middle
            else:
                high = middle
        offset, _, abbreviation = self.infos[self.kinds[low]]
        return offset, abbreviation


def _parse_tzif(data):
    if data[:4] != b"TZif":
        return None
    version = data[4:5]

    def block(start, time_size):
        counts = [int.from_bytes(data[start + 20 + 4 * i:start + 24 + 4 * i], "big")
                  for i in range(6)]
        utc_count, std_count, leap_count, time_count, type_count, char_count = counts
        index = start + 44
        transitions = [_signed(data, index + time_size * i, time_size)
                       for i in range(time_count)]
        index += time_size * time_count
        kinds = list(data[index:index + time_count])
        index += time_count
        raw_infos = []
        for i in range(type_count):
            base = index + 6 * i
            raw_infos.append((_signed(data, base, 4), data[base + 4], data[base + 5]))
        index += 6 * type_count
        chars = data[index:index + char_count]
        index += char_count + leap_count * (time_size + 4) + std_count + utc_count
        infos = []
        for offset, is_dst, name_at in raw_infos:
            end = chars.find(b"\0", name_at)
            if end < 0:
                end = len(chars)
            infos.append((offset, bool(is_dst), chars[name_at:end].decode("ascii")))
        return transitions, kinds, infos, index

    transitions, kinds, infos, end = block(0, 4)
    footer = None
    if version >= b"2":
        transitions, kinds, infos, end = block(end, 8)
        if data[end:end + 1] == b"\n":
            newline = data.find(b"\n", end + 1)
            if newline > end + 1:
                footer = _parse_posix_tz(data[end + 1:newline].decode("ascii"))
    if not infos:
        return None
    return _TZifZone(transitions, kinds, infos, footer)


def _read_zone_file(path):
    try:
        with open(path, "rb") as handle:
            return _parse_tzif(handle.read())
    except (OSError, ValueError, IndexError, NameError, TypeError):
        return None


def _find_local_zone():
    try:
        import os
        tz = os.environ.get("TZ")
    except (ImportError, AttributeError):
        return None
    if tz is None:
        return _read_zone_file("/etc/localtime")
    if tz.startswith(":"):
        tz = tz[1:]
    if tz in ("", "UTC", "UTC0", "GMT", "GMT0", "Z"):
        return None
    if tz.startswith("/"):
        return _read_zone_file(tz)
    if ".." not in tz:
        for folder in _ZONEINFO_DIRS:
            zone = _read_zone_file(folder + "/" + tz)
            if zone is not None:
                return zone
    return _parse_posix_tz(tz)


_local_zone_cache = []


def _local_info(timestamp):
    """(offset in seconds east of UTC, zone abbreviation) of local time at `timestamp`."""
    if not _local_zone_cache:
        _local_zone_cache.append(_find_local_zone())
    zone = _local_zone_cache[0]
    if zone is None:
        return 0, "UTC"
    return zone.info_at(timestamp)


def _local_seconds(utc_seconds):
    """Local wall-clock seconds since the epoch for a UTC second count."""
    return utc_seconds + _local_info(utc_seconds)[0]


def _split_timestamp(timestamp):
    """(whole seconds, microseconds) of a timestamp, rounding half to even like CPython."""
    if isinstance(timestamp, float):
        if timestamp != timestamp or timestamp in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % ("NaN" if timestamp != timestamp else
                                                    "inf"))
        whole = int(timestamp // 1)
        microsecond = round((timestamp - whole) * 1000000)
        if microsecond >= 1000000:
            whole += 1
            microsecond -= 1000000
        return whole, microsecond
    if isinstance(timestamp, int):
        return timestamp, 0
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(timestamp).__name__)


def _local_fields(timestamp):
    """(year, month, day, hour, minute, second, microsecond, fold) of local time."""
    whole, microsecond = _split_timestamp(timestamp)
    local = _local_seconds(whole)
    fields = _utc_fields(local)[:6] + (microsecond,)
    fold = 0
    # A repeated wall-clock time is the second one (fold=1) when a day earlier the offset
    # was larger and the earlier instant with this wall time exists.
    probe = _local_seconds(whole - 86400)
    transition = local - probe - 86400
    if transition < 0 and _local_seconds(whole + transition) == local:
        fold = 1
    return fields + (fold,)


def _local_to_utc_seconds(wall, fold):
    """The UTC second count whose local wall time is `wall` (seconds since the epoch),
    picking the earlier (fold=0) or later (fold=1) instant of a repeated time; a skipped
    time is read with the offset before the gap (fold=0) or after it (fold=1)."""
    first_offset = _local_seconds(wall) - wall
    first = wall - first_offset
    first_wall = _local_seconds(first)
    if first_wall == wall:
        other = first + (86400 if fold else -86400)
        other_offset = _local_seconds(other) - other
        if other_offset == first_offset:
            return first
    else:
        other_offset = first_wall - first
    second = wall - other_offset
    if _local_seconds(second) == wall:
        return second
    if first_wall == wall:
        return first
    return min(first, second) if fold else max(first, second)


class _StructTimeFallback(tuple):
    """What time.struct_time holds and shows, for when the time module has none."""

    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
              "tm_yday", "tm_isdst")
    tm_zone = None
    tm_gmtoff = None

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._names, self))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct_time_field(index):
    return property(lambda self: self[index])


for _index, _name in enumerate(_StructTimeFallback._names):
    setattr(_StructTimeFallback, _name, _struct_time_field(_index))
_StructTimeFallback.__module__ = "time"
_StructTimeFallback.__name__ = "struct_time"
_StructTimeFallback.__qualname__ = "struct_time"


def _struct_time(year, month, day, hour, minute, second, isdst):
    ordinal = _ymd_to_ordinal(year, month, day)
    fields = (year, month, day, hour, minute, second, (ordinal + 6) % 7,
              ordinal - _ymd_to_ordinal(year, 1, 1) + 1, isdst)
    try:
        return _time.struct_time(fields)
    except NotImplementedError:
        return _StructTimeFallback(fields)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class _Clock:
    """The time-of-day fields shared by time and datetime."""

    __slots__ = ()

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold


def _checked_offset(value, method):
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(value).__name__))
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (value,))
    return value


def _repr_clock_fields(hour, minute, second, microsecond):
    text = "%d, %d" % (hour, minute)
    if microsecond:
        text += ", %d, %d" % (second, microsecond)
    elif second:
        text += ", %d" % second
    return text


class time(_Clock):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_time(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*fields)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(None), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        text = "%s(%s" % (_class_label(self), _repr_clock_fields(self._hour, self._minute, self._second,
                                                self._microsecond))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                              self._microsecond, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        offset = self.utcoffset()
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        if offset is not None:
            seconds -= offset.days * 86400 + offset.seconds
        return (seconds, self._microsecond)

    def _compare(self, other, op):
        if isinstance(other, time):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                raise TypeError("can't compare offset-naive and offset-aware times")
            return _compare_keys(self._key(), other._key(), op)
        if _is_foreign_builtin(other):
            raise _cannot_compare(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, time):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return True

    def __add__(self, other):
        if _is_foreign_builtin(other):
            raise _unsupported_operands("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _is_foreign_builtin(other):
            raise _unsupported_operands("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if _is_foreign_builtin(other):
            raise _unsupported_operands("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _is_foreign_builtin(other):
            raise _unsupported_operands("-", other, self)
        return NotImplemented


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date, _Clock):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            fields = _local_fields(timestamp)
            return cls(*fields[:7], fold=fields[7])
        return tz.fromutc(cls(*_utc_fields(timestamp), tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, timestamp):
        return cls(*_utc_fields(timestamp))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, day, clock, tzinfo=True):
        if not isinstance(day, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(day).__name__)
        if not isinstance(clock, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(clock).__name__)
        if tzinfo is True:
            tzinfo = clock.tzinfo
        return cls(day.year, day.month, day.day, clock.hour, clock.minute, clock.second,
                   clock.microsecond, tzinfo, fold=clock.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_datetime(text)
        if fields is None:
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(*fields)

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(self), "utcoffset")

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), "dst")

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def timestamp(self):
        offset = self.utcoffset()
        seconds = ((self.toordinal() - _ymd_to_ordinal(1970, 1, 1)) * 86400
                   + self._hour * 3600 + self._minute * 60 + self._second)
        if offset is not None:
            seconds -= offset.days * 86400 + offset.seconds
            seconds = seconds * 1000000 - offset.microseconds + self._microsecond
            return seconds / 1000000
        # A naive datetime is local time.
        seconds = _local_to_utc_seconds(seconds, self._fold)
        return (seconds * 1000000 + self._microsecond) / 1000000

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, isdst)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _struct_time(moment._year, moment._month, moment._day, moment._hour,
                            moment._minute, moment._second, 0)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        offset = self.utcoffset()
        if offset is None:
            # A naive datetime is local time.
            seconds = ((self.toordinal() - _ymd_to_ordinal(1970, 1, 1)) * 86400
                       + self._hour * 3600 + self._minute * 60 + self._second)
            utc_seconds = _local_to_utc_seconds(seconds, self._fold)
            # CPython applies the zone's offset at that instant to the wall time (which, in a
            # skipped hour, is not the offset that produced the instant).
            offset = timedelta(seconds=_local_info(utc_seconds)[0])
        if tz is None:
            # The local zone at that instant, as a fixed-offset timezone named like
            # the C library names it.
            utc = self - offset
            seconds = ((utc.toordinal() - _ymd_to_ordinal(1970, 1, 1)) * 86400
                       + utc._hour * 3600 + utc._minute * 60 + utc._second)
            local_offset, name = _local_info(seconds)
            tz = timezone(timedelta(seconds=local_offset), name)
        if self._tzinfo is tz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def __repr__(self):
        text = "%s(%d, %d, %d, %s" % (
            _class_label(self), self._year, self._month,
            self._day, _repr_clock_fields(self._hour, self._minute, self._second,
                                          self._microsecond))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return _wrap_strftime("%c", self._year, self._month, self._day, self._hour,
                              self._minute, self._second, 0, None, None)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self._year, self._month, self._day, self._hour,
                              self._minute, self._second, self._microsecond,
                              self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _microseconds_since_epoch(self, with_offset):
        total = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                  + self._second) * 1000000 + self._microsecond)
        if with_offset:
            offset = self.utcoffset()
            if offset is not None:
                total -= offset._to_microseconds()
        return total

    @classmethod
    def _from_microseconds(cls, total, tz):
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(days)
        seconds, microsecond = divmod(rest, 1000000)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return cls(year, month, day, hour, minute, second, microsecond, tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._microseconds_since_epoch(False) + other._to_microseconds()
            return type(self)._from_microseconds(total, self._tzinfo)
        if _is_foreign_builtin(other):
            raise _unsupported_operands("+", self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            total = self._microseconds_since_epoch(False) - other._to_microseconds()
            return type(self)._from_microseconds(total, self._tzinfo)
        if isinstance(other, datetime):
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            same_zone = self._tzinfo is other._tzinfo
            return timedelta._from_microseconds(
                self._microseconds_since_epoch(not same_zone)
                - other._microseconds_since_epoch(not same_zone))
        if _is_foreign_builtin(other) or isinstance(other, date):
            raise _unsupported_operands("-", self, other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            same_zone = self._tzinfo is other._tzinfo
            return _compare_keys(self._microseconds_since_epoch(not same_zone),
                                 other._microseconds_since_epoch(not same_zone), op)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        if _is_foreign_builtin(other):
            raise _cannot_compare(op, self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self.utcoffset() is None) != (other.utcoffset() is None):
                return False
            same_zone = self._tzinfo is other._tzinfo
            return (self._microseconds_since_epoch(not same_zone)
                    == other._microseconds_since_epoch(not same_zone))
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._microseconds_since_epoch(True))
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A tzinfo with a fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        prefix = _class_label(self)
        if self is timezone.utc:
            return prefix + ".utc"
        if self._name is None:
            return "%s(%r)" % (prefix, self._offset)
        return "%s(%r, %r)" % (prefix, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("tzname() argument must be a datetime instance or None")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _digits(text, start, count):
    """The integer made of text[start:start+count] when all are ASCII digits, else None."""
    piece = text[start:start + count]
    if len(piece) != count:
        return None
    for ch in piece:
        if not "0" <= ch <= "9":
            return None
    return int(piece)


def _parse_iso_date(text):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www-D or YYYYWwwD; None if malformed."""
    year = _digits(text, 0, 4)
    if year is None:
        return None
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        month = _digits(text, 5, 2)
        day = _digits(text, 8, 2)
        if month is None or day is None:
            return None
        return year, month, day
    if len(text) == 8 and text[4] != "W":
        month = _digits(text, 4, 2)
        day = _digits(text, 6, 2)
        if month is None or day is None:
            return None
        return year, month, day
    rest = text[4:]
    if rest[:2] == "-W" and len(rest) in (4, 6) and (len(rest) == 4 or rest[4] == "-"):
        week = _digits(rest, 2, 2)
        day = _digits(rest, 5, 1) if len(rest) == 6 else 1
    elif rest[:1] == "W" and len(rest) in (3, 4):
        week = _digits(rest, 1, 2)
        day = _digits(rest, 3, 1) if len(rest) == 4 else 1
    else:
        return None
    if week is None or day is None:
        return None
    return _from_iso_calendar(year, week, day)


def _parse_iso_clock(text):
    """(hour, minute, second, microsecond) of HH[:MM[:SS[.fff[fff]]]] or its compact form."""
    fraction = 0
    for mark in ".,":
        if mark in text:
            text, digits = text.split(mark, 1)
            if not 1 <= len(digits) or _digits(digits, 0, len(digits)) is None:
                return None
            digits = digits[:6]
            fraction = int(digits.ljust(6, "0"))
            break
    if ":" in text:
        parts = text.split(":")
    else:
        if len(text) % 2:
            return None
        parts = [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3:
        return None
    values = []
    for part in parts:
        if len(part) != 2:
            return None
        value = _digits(part, 0, 2)
        if value is None:
            return None
        values.append(value)
    if fraction and len(values) < 3:
        return None
    while len(values) < 3:
        values.append(0)
    return values[0], values[1], values[2], fraction


def _parse_iso_offset(text):
    """The tzinfo for `Z` or `[+-]HH[:MM[:SS[.ffffff]]]`; None if malformed."""
    if text == "Z":
        return timezone.utc
    if text[:1] not in ("+", "-"):
        return None
    clock = _parse_iso_clock(text[1:])
    if clock is None:
        return None
    hours, minutes, seconds, microseconds = clock
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                       microseconds=microseconds)
    if text[0] == "-":
        offset = -offset
    if not offset:
        return timezone.utc
    return timezone(offset)


def _split_offset(text):
    for index in range(len(text)):
        if text[index] in "+-Z":
            return text[:index], text[index:]
    return text, None


def _parse_iso_time(text):
    clock_text, offset_text = _split_offset(text)
    clock = _parse_iso_clock(clock_text)
    if clock is None:
        return None
    tz = None
    if offset_text is not None:
        tz = _parse_iso_offset(offset_text)
        if tz is None:
            return None
    return clock + (tz,)


def _parse_iso_datetime(text):
    if len(text) < 7:
        return None
    # The date part ends where a separator would follow 10 (extended) or 8 (basic) chars.
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        date_end = 10
    elif text[4:5] == "-" and text[5:6] == "W":
        date_end = 10 if text[8:9] == "-" else 8
    elif text[4:5] == "W":
        date_end = 8 if len(text) >= 8 and "0" <= text[7] <= "9" else 7
    else:
        date_end = 8
    date_fields = _parse_iso_date(text[:date_end])
    if date_fields is None:
        return None
    if len(text) == date_end:
        return date_fields
    if len(text) == date_end + 1:
        return None
    time_fields = _parse_iso_time(text[date_end + 1:])
    if time_fields is None:
        return None
    return date_fields + time_fields


_STRPTIME_NUMBERS = {
    # directive: (shortest, longest digit count, smallest, largest value)
    "Y": (4, 4, 0, 9999),
    "m": (1, 2, 1, 12),
    "d": (1, 2, 1, 31),
    "H": (1, 2, 0, 23),
    "I": (1, 2, 1, 12),
    "M": (1, 2, 0, 59),
    "S": (1, 2, 0, 61),
    "f": (1, 6, 0, 999999),
    "j": (1, 3, 1, 366),
    "y": (2, 2, 0, 99),
    "U": (1, 2, 0, 53),
    "W": (1, 2, 0, 53),
    "w": (1, 1, 0, 6),
    "u": (1, 1, 1, 7),
    "G": (4, 4, 0, 9999),
    "V": (1, 2, 1, 53),
}

# What the C locale's %c, %x and %X stand for when parsing.
_STRPTIME_COMPOSITES = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _strptime_candidates(code, text, pos):
    """The (value, end) pairs a directive can match at text[pos:], most greedy first."""
    if code in _STRPTIME_NUMBERS:
        shortest, longest, smallest, largest = _STRPTIME_NUMBERS[code]
        run = 0
        while run < longest and pos + run < len(text) and "0" <= text[pos + run] <= "9":
            run += 1
        found = []
        for length in range(run, shortest - 1, -1):
            piece = text[pos:pos + length]
            # %f digits are a fraction of a second: "5" is 500000 microseconds.
            value = int(piece.ljust(6, "0")) if code == "f" else int(piece)
            if smallest <= value <= largest:
                found.append((value, pos + length, length))
        if code == "d" and not found and text[pos:pos + 1] == " " and \
                "1" <= text[pos + 1:pos + 2] <= "9":
            # A space-padded day (" 5"), as in %c.
            found.append((int(text[pos + 1]), pos + 2, 2))
        return [(value, end) for value, end, _ in found]
    if code in "aAbBp":
        if code in "aA":
            names = [name.lower() if code == "A" else name[:3].lower() for name in _DAY_NAMES]
        elif code in "bB":
            names = [name.lower() if code == "B" else name[:3].lower()
                     for name in _MONTH_NAMES]
        else:
            names = ["am", "pm"]
        found = []
        lowered = text[pos:].lower()
        for index, name in enumerate(names):
            if lowered.startswith(name):
                found.append((index, pos + len(name)))
        return found
    if code == "z":
        rest = text[pos:]
        if rest[:1] == "Z":
            return [(timedelta(0), pos + 1)]
        if rest[:1] not in ("+", "-"):
            return []
        hours = _digits(rest, 1, 2)
        if hours is None:
            return []
        end = 3
        if rest[end:end + 1] == ":":
            end += 1
        minutes = _digits(rest, end, 2)
        if minutes is None:
            return []
        end += 2
        offset = timedelta(hours=hours, minutes=minutes)
        if rest[0] == "-":
            offset = -offset
        return [(offset, pos + end)]
    if code == "Z":
        for name in ("UTC", "GMT"):
            if text[pos:pos + 3].upper() == name:
                return [(name, pos + 3)]
        return []
    return []


def _strptime_match(text, fmt, tpos, fpos, found):
    """Backtracking matcher of `fmt[fpos:]` against `text[tpos:]`; fills `found`."""
    if fpos == len(fmt):
        return tpos
    ch = fmt[fpos]
    if ch == "%" and fpos + 1 < len(fmt):
        code = fmt[fpos + 1]
        if code == "%":
            if text[tpos:tpos + 1] == "%":
                return _strptime_match(text, fmt, tpos + 1, fpos + 2, found)
            return None
        for value, end in _strptime_candidates(code, text, tpos):
            found[code] = value
            result = _strptime_match(text, fmt, end, fpos + 2, found)
            if result is not None:
                return result
            del found[code]
        return None
    if ch.isspace():
        end = tpos
        while end < len(text) and text[end].isspace():
            end += 1
        if end == tpos:
            return None
        next_fpos = fpos + 1
        while next_fpos < len(fmt) and fmt[next_fpos].isspace():
            next_fpos += 1
        return _strptime_match(text, fmt, end, next_fpos, found)
    if text[tpos:tpos + 1].lower() == ch.lower() and tpos < len(text):
        return _strptime_match(text, fmt, tpos + 1, fpos + 1, found)
    return None


def _julian_from_week(year, week, weekday, week_starts_monday):
    """Day of the year for a %U/%W week number and a weekday (Monday is 0)."""
    first_weekday = _ymd_to_ordinal(year, 1, 1) % 7 - 1
    first_weekday %= 7
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + 7 * (week - 1) + weekday


def _julian_from_iso_week(iso_year, iso_week, iso_weekday):
    """(year, day of the year) of an ISO year, week and weekday (Monday is 1)."""
    correction = _ymd_to_ordinal(iso_year, 1, 4) % 7 or 7
    correction += 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ymd_to_ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ymd_to_ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(text, fmt):
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    original_fmt = fmt
    pieces = []
    index = 0
    while index < len(fmt):
        if fmt[index] == "%" and index + 1 < len(fmt):
            code = fmt[index + 1]
            pieces.append(_STRPTIME_COMPOSITES.get(code, "%" + code))
            index += 2
        else:
            pieces.append(fmt[index])
            index += 1
    fmt = "".join(pieces)
    index = 0
    while index < len(fmt):
        if fmt[index] == "%":
            if index + 1 == len(fmt):
                raise ValueError("stray %% in format '%s'" % original_fmt)
            code = fmt[index + 1]
            if code != "%" and code not in _STRPTIME_NUMBERS and code not in "aAbBpzZ":
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (code, original_fmt))
            index += 2
        else:
            index += 1
    found = {}
    # Like an unanchored-at-the-end regex match: the longest prefix that matches wins.
    end = _strptime_match(text, fmt, 0, 0, found)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (text, original_fmt))
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = None
    if "Y" in found:
        year = found["Y"]
    elif "y" in found:
        year = found["y"] + (2000 if found["y"] <= 68 else 1900)
    if "m" in found:
        month = found["m"]
    elif "b" in found or "B" in found:
        month = found.get("b", found.get("B")) + 1
    else:
        month = 1
    day = found.get("d", 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p") == 1:
            hour += 12
    minute = found.get("M", 0)
    second = found.get("S", 0)
    microsecond = found.get("f", 0)
    # Monday is 0, as date.weekday() counts.
    weekday = None
    if "a" in found or "A" in found:
        weekday = found.get("a", found.get("A"))
    elif "w" in found:
        weekday = (found["w"] - 1) % 7
    elif "u" in found:
        weekday = found["u"] - 1
    julian = found.get("j")
    iso_year = found.get("G")
    iso_week = found.get("V")
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif "U" not in found and "W" not in found and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        # Feb 29 needs a leap year for the arithmetic; the result keeps 1900 (and fails).
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if "U" in found or "W" in found:
            julian = _julian_from_week(year, found.get("U", found.get("W")), weekday,
                                       "W" in found)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso_week(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        ordinal = _ymd_to_ordinal(year, 1, 1) + julian - 1
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        year, month, day = _ordinal_to_ymd(ordinal)
    if leap_year_fix:
        year = 1900
    tz = None
    if "z" in found:
        tz = timezone(found["z"])
    elif "Z" in found:
        tz = None
    return year, month, day, hour, minute, second, microsecond, tz
