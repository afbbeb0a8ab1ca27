"""--help prints the help to stdout and exits 0 through SystemExit."""
import argparse

parser = argparse.ArgumentParser(
    prog="backup",
    description="Copy the files you name to a safe place, keeping the last few versions.",
    epilog="Exit status is 0 when every file was copied.",
)
parser.add_argument("files", nargs="+", metavar="FILE", help="files to copy")
parser.add_argument("-d", "--dest", default="/tmp/backup", help="where to copy (default: %(default)s)")
parser.add_argument("-k", "--keep", type=int, default=3, help="versions to keep")
parser.add_argument("--dry-run", action="store_true", help="only show what would be copied")
parser.parse_args(["--help"])
print("not reached")
