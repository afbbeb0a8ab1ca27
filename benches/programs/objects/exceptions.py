# Exceptions raised and caught in a loop: built-in and user-defined exception classes,
# try/except/else/finally, re-raising, exception chaining and `with` cleanup.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value}")
        self.field = field
        self.value = value


class RangeError(ValidationError):
    pass


class Tracker:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, traceback):
        self.exited += 1
        return False


def validate(value):
    if value % 7 == 0:
        raise RangeError("value", value)
    if value % 5 == 0:
        raise ValidationError("parity", value)
    if value % 11 == 0:
        raise KeyError(value)
    return value


def safe_divide(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def main(n):
    counts = {"ok": 0, "range": 0, "validation": 0, "key": 0, "finally": 0, "else": 0}
    tracker = Tracker()
    message_length = 0
    for i in range(n):
        try:
            with tracker:
                validate(i)
        except RangeError as error:
            counts["range"] += 1
            message_length += len(str(error))
        except ValidationError as error:
            counts["validation"] += 1
            message_length += len(error.field)
        except KeyError:
            counts["key"] += 1
        else:
            counts["else"] += 1
        finally:
            counts["finally"] += 1
    divisions = 0
    for i in range(n):
        divisions += safe_divide(i, i % 4)
    chained = 0
    for i in range(n // 10):
        try:
            try:
                [][i]
            except IndexError as inner:
                raise ValueError("wrapped") from inner
        except ValueError as outer:
            if isinstance(outer.__cause__, IndexError):
                chained += 1
    print(counts)
    print(tracker.entered, tracker.exited, message_length, divisions, chained)


main(300000)
