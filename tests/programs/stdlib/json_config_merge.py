"""Load JSON configuration layers from files, merge them deeply and write the result."""
import json
import os
import tempfile

DEFAULTS = {"server": {"host": "localhost", "port": 8080, "tls": False},
            "logging": {"level": "info", "files": ["app.log"]}, "features": []}
USER = '{"server": {"port": 9090}, "logging": {"level": "debug"}, "features": ["beta"]}'
LOCAL = '{"server": {"tls": true, "cert": "/etc/cert.pem"}, "extra": 1.5e3}'

def merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merge(result[key], value)
        elif isinstance(value, list) and isinstance(result.get(key), list):
            result[key] = result[key] + value
        else:
            result[key] = value
    return result

with tempfile.TemporaryDirectory() as folder:
    paths = []
    for name, text in [("user.json", USER), ("local.json", LOCAL)]:
        path = os.path.join(folder, name)
        with open(path, "w") as f:
            f.write(text)
        paths.append(path)
    config = DEFAULTS
    for path in paths:
        with open(path) as f:
            config = merge(config, json.load(f))
    out = os.path.join(folder, "merged.json")
    with open(out, "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")
    with open(out) as f:
        print(f.read(), end="")
    with open(out) as f:
        again = json.load(f)
    print(again == config, again["server"]["port"], type(again["extra"]).__name__)
    bad = os.path.join(folder, "bad.json")
    with open(bad, "w") as f:
        f.write('{\n  "server": {\n    "port": 80,\n  }\n}')
    try:
        with open(bad) as f:
            json.load(f)
    except json.JSONDecodeError as e:
        print("bad config:", e.msg, "at line", e.lineno, "column", e.colno)
