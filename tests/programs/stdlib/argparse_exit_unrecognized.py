"""Unknown arguments are an error from parse_args but returned by parse_known_args."""
import argparse

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--keep", action="store_true")
parser.add_argument("files", nargs="*")
namespace, extras = parser.parse_known_args(["a", "--keep", "--drop", "-z", "b"])
print(namespace, extras)
parser.parse_args(["a", "--drop", "x"])
