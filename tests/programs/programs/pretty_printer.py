# A recursive pretty-printer for nested lists/dicts/tuples (JSON-like output).
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=0, step=2):
    pad = " " * (indent + step)
    end_pad = " " * indent
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
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
    return escape(repr(value))


def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return 1 + sum(count_nodes(v) for v in value)
    return 1


def depth(value):
    if isinstance(value, dict):
        return 1 + max([depth(v) for v in value.values()], default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max([depth(v) for v in value], default=0)
    return 0


doc = {
    "name": "tauraro",
    "version": (0, 1, 0),
    "stable": False,
    "ratio": 0.75,
    "tags": ["interpreter", "rust", "python"],
    "empty": {},
    "nothing": None,
    "nested": {"deep": [1, [2, [3, {"x": "quote\" and \\ and\nnewline"}]]], "count": 10 ** 20},
    7: "int key",
    "range": range(3),
}
text = dumps(doc)
print(text)
print(count_nodes(doc), depth(doc), len(text.splitlines()))
print(dumps([]), dumps({}), dumps("tab\there"), dumps([None, True, -0.0]))
