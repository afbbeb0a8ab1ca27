"""A bad int value for an option exits with status 2."""
import argparse

parser = argparse.ArgumentParser(prog="count")
parser.add_argument("--times", type=int, default=1)
print(parser.parse_args(["--times", "4"]))
parser.parse_args(["--times", "four"])
