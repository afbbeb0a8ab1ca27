"""--version prints the formatted version string and exits 0."""
import argparse

parser = argparse.ArgumentParser(prog="calc")
parser.add_argument("-V", "--version", action="version", version="%(prog)s 2.4.1")
parser.add_argument("expr", nargs="?")
print(parser.parse_args(["1+1"]))
parser.parse_args(["-V"])
