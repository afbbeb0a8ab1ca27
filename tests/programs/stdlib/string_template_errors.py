from string import Template

for text, values in [("$who", {}), ("hi $", {}), ("a\nb $1", {"x": 1}), ("${x", {"x": 1}), ("${}", {}),
                     ("x $ y", {}), ("$a$b", {"a": 1}), ("line1\nline2\n  $!", {})]:
    try:
        print(Template(text).substitute(**values))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute(**values)), Template(text).is_valid(), Template(text).get_identifiers())
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
