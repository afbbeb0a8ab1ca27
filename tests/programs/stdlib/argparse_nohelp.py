"""argparse: add_help=False and a custom usage."""
from _argparse_parsers import run, nohelp

for argv in [
    ['x'],
    [],
    ['-h'],
]:
    run(nohelp, argv)
