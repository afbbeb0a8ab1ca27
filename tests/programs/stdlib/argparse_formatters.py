"""Formatter classes: raw description, raw text, argument defaults; argument groups."""
import argparse

raw = argparse.ArgumentParser(
    prog="raw",
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description="""Lines here
    keep   their
  layout.""",
    epilog="  indented epilog\nsecond line",
)
raw.add_argument("--alpha", help="wrapped   help   text that is collapsed as usual")
print(raw.format_help())

text = argparse.ArgumentParser(prog="text", formatter_class=argparse.RawTextHelpFormatter)
text.add_argument("--beta", help="first line\n  second line kept")
print(text.format_help())

defaults = argparse.ArgumentParser(prog="defs", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument("--size", type=int, default=10, help="the size")
defaults.add_argument("--name", help="the name")
defaults.add_argument("--flag", action="store_true", help="a flag")
defaults.add_argument("items", nargs="*", default=["x"], help="the items")
print(defaults.format_help())

grouped = argparse.ArgumentParser(prog="grouped", description="Grouped options.")
net = grouped.add_argument_group("network", "How to connect.")
net.add_argument("--host", default="localhost", help="server name")
net.add_argument("--port", type=int, default=80, help="server port")
disk = grouped.add_argument_group("disk")
disk.add_argument("--path", help="where to store")
grouped.add_argument("target", help="what to fetch")
print(grouped.format_help())
print(grouped.parse_args(["t", "--port", "8080"]))

choices = argparse.ArgumentParser(prog="choices")
choices.add_argument("level", choices=["low", "mid", "high"], help="one of %(choices)s")
choices.add_argument("--n", type=int, choices=[1, 2, 3], metavar="N", help="a number from %(choices)s, in %(prog)s")
choices.add_argument("--hidden", help=argparse.SUPPRESS)
print(choices.format_help())
print(choices.parse_args(["mid", "--n", "2", "--hidden", "h"]))
