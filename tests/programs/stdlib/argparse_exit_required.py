"""A missing positional: usage and the error go to stderr, exit status 2."""
import argparse

parser = argparse.ArgumentParser(prog="greet")
parser.add_argument("name")
parser.add_argument("--verbose", action="store_true")
print("parsing")
parser.parse_args([])
print("not reached")
