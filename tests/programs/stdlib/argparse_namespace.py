"""Namespace: repr, equality, containment, vars; parser and action reprs; defaults."""
import argparse

ns = argparse.Namespace(b=1, a="x")
print(ns, ns == argparse.Namespace(b=1, a="x"), ns != argparse.Namespace(a="x"), "a" in ns)
ns.c = [1, 2]
print(vars(ns), ns)
print(argparse.Namespace())
parser = argparse.ArgumentParser(prog="p", description="d")
print(repr(parser))
action = parser.add_argument("--foo", type=int, default=5, help="foo it")
print(repr(action))
parser.set_defaults(extra="yes", foo=9)
print(parser.get_default("foo"), parser.get_default("extra"), parser.get_default("none"))
print(parser.parse_args([]))
existing = argparse.Namespace(foo=1, kept=True)
print(parser.parse_args(["--foo", "2"], namespace=existing), existing.kept)
print(parser.format_usage(), end="")
parser.print_usage()
try:
    parser.add_argument("--foo")
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    parser.add_argument("pos", required=True)
except TypeError as err:
    print("TypeError:", err)
try:
    parser.add_argument("bad", action="store_const")
except TypeError as err:
    print("TypeError raised")
try:
    parser.add_argument("--x", action="launch")
except ValueError as err:
    print("ValueError:", err)
strict = argparse.ArgumentParser(prog="s", exit_on_error=False)
strict.add_argument("--n", type=int)
try:
    strict.parse_args(["--n", "q"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err, "|", err.argument_name, "|", err.message)
