# A configuration loader exercising exception chaining, re-raising, and error reports.

class ConfigError(Exception):
    def __init__(self, key, message):
        super().__init__(f"{key}: {message}")
        self.key = key


class ValidationError(ConfigError):
    pass


def parse_value(raw):
    raw = raw.strip()
    if raw in ("true", "false"):
        return raw == "true"
    if raw.startswith('"') and raw.endswith('"'):
        return raw[1:-1]
    if raw.startswith("[") and raw.endswith("]"):
        return [parse_value(x) for x in raw[1:-1].split(",") if x.strip()]
    try:
        return int(raw)
    except ValueError:
        return float(raw)


def load(text):
    config = {}
    errors = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            key, raw = line.split("=", 1)
        except ValueError:
            errors.append(f"line {lineno}: missing '='")
            continue
        key = key.strip()
        try:
            config[key] = parse_value(raw)
        except ValueError as e:
            err = ConfigError(key, f"bad value {raw.strip()!r}")
            err.__cause__ = e
            errors.append(f"line {lineno}: {err} (cause: {e})")
    return config, errors


def validate(config, schema):
    for key, (kind, check) in schema.items():
        if key not in config:
            raise ValidationError(key, "missing")
        value = config[key]
        if not isinstance(value, kind):
            raise ValidationError(key, f"expected {kind.__name__}, got {type(value).__name__}")
        try:
            ok = check(value)
        except Exception as e:
            raise ValidationError(key, "check crashed") from e
        if not ok:
            raise ValidationError(key, f"check failed for {value!r}")


def describe(exc):
    parts = [f"{type(exc).__name__}({exc})"]
    if exc.__cause__ is not None:
        parts.append(f"caused by {describe(exc.__cause__)}")
    elif exc.__context__ is not None and not exc.__suppress_context__:
        parts.append(f"during {describe(exc.__context__)}")
    return " ".join(parts)


TEXT = """
name = "server"   # the name
port = 8080
debug = true
ratio = 0.75
hosts = ["a", "b", 3]
timeout = 3s
this line is broken
"""

SCHEMAS = [
    {"port": (int, lambda p: 0 < p < 65536), "name": (str, bool)},
    {"port": (int, lambda p: p < 1024)},
    {"hosts": (list, lambda h: all(isinstance(x, str) for x in h))},
    {"ratio": (float, lambda r: r / 0)},
    {"missing": (int, bool)},
    {"debug": (int, bool)},
    {"name": (int, bool)},
]


def main():
    config, errors = load(TEXT)
    print(config)
    print("\n".join(errors))
    for schema in SCHEMAS:
        try:
            validate(config, schema)
            print("valid", sorted(schema))
        except ConfigError as e:
            print(describe(e), "| key =", e.key)
    try:
        try:
            {}["x"]
        except KeyError:
            raise ValueError("while handling")
    except ValueError as e:
        print(describe(e), type(e.__context__).__name__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("quiet") from None
    except RuntimeError as e:
        print(describe(e), e.__suppress_context__, e.__context__ is not None)
    try:
        try:
            raise ConfigError("k", "first")
        except ConfigError as e:
            e.args = ("rewritten",)
            raise
    except ConfigError as e:
        print(e, e.args, e.key, repr(e))
    print(repr(ValidationError("a", "b")), str(ValueError()), repr(KeyError("q")), str(KeyError("q")))


main()
