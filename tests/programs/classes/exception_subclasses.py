# Exception subclasses with extra state, custom __str__, hierarchies and catching.
class AppError(Exception):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class NotFound(AppError):
    def __init__(self, key):
        self.key = key

    def __str__(self):
        return f"missing {self.key!r}"


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.args, e.field, isinstance(e, AppError), repr(e))
try:
    raise NotFound("k")
except AppError as e:
    print(str(e), e.args, repr(e), e.key)
print([c.__name__ for c in ValidationError.__mro__])
err = AppError("a", 1)
print(err, repr(err), err.args, str(AppError()), repr(AppError()))
err.note = "extra"
print(err.note, vars(err))


class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


print(WithDefault(), WithDefault("custom"), WithDefault().args)
try:
    try:
        raise NotFound("inner")
    except NotFound as e:
        raise AppError("outer") from e
except AppError as e:
    print(e, "caused by", e.__cause__)
