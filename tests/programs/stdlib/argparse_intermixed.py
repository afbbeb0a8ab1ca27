"""argparse.parse_intermixed_args: options between positionals, compared with parse_known_args; its TypeError for REMAINDER."""
import sys
import argparse as ap
sys.stderr = sys.stdout
def build():
    p = ap.ArgumentParser(prog="mix")
    p.add_argument("--foo")
    p.add_argument("cmd")
    p.add_argument("rest", nargs="*", type=int)
    p.add_argument("-v", action="count", default=0)
    return p
for argv in (["doit", "1", "--foo", "bar", "2", "3"], ["-v", "x", "5", "-v", "6"], ["--foo", "z"], ["a", "b"], ["a", "1", "--bad"]):
    try:
        print(build().parse_intermixed_args(argv))
    except SystemExit as e:
        print("exit", e.args)
    try:
        print(build().parse_known_args(argv))
    except SystemExit as e:
        print("exit", e.args)
q = ap.ArgumentParser(prog="q")
q.add_argument("x", nargs=ap.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
