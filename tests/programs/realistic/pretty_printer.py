# A JSON-like serializer and pretty printer for nested dicts and lists.

def escape(text):
    out = []
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def scalar(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    raise TypeError(f"cannot serialize {type(value).__name__}")


def dumps(value, indent=None, level=0, sort_keys=False):
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        parts = [f"{escape(str(k))}: {dumps(value[k], indent, level + 1, sort_keys)}" for k in keys]
        return wrap("{", parts, "}", indent, level)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [dumps(v, indent, level + 1, sort_keys) for v in value]
        return wrap("[", parts, "]", indent, level)
    return scalar(value)


def wrap(open_, parts, close, indent, level):
    if indent is None:
        return open_ + ", ".join(parts) + close
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + end + close


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, value


def main():
    doc = {
        "name": "tauraro",
        "version": [0, 4, 1],
        "stable": False,
        "ratio": 0.125,
        "tags": ["lang", "rust", 'quote"d', "tab\there"],
        "owner": {"login": "dev", "id": 42, "emails": [], "meta": {}},
        "nested": [[1, [2, [3, None]]], {"deep": {"deeper": True}}],
        "big": 2 ** 70,
        "neg": -1.5e-7,
    }
    print(dumps(doc))
    print(dumps(doc, indent=2, sort_keys=True))
    print(dumps([1, (2, 3), "a\nb", "\x01"], indent=4))
    print("depth", depth(doc))
    for path, value in flatten(doc):
        print(f"{path:<28}{value!r}")
    try:
        dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    print(dumps({1: "int key", None: "none key"}))


main()
