"""argparse: nargs ?, *, +, N and metavar tuples."""
from _argparse_parsers import run, nargs

for argv in [
    ['a', 'b', 'c'],
    ['a'],
    ['a', 'b', '--pair', 'k', 'v', '--opt'],
    ['a', 'b', '--opt', 'z', '--many', '1', '2.5'],
    ['a', 'b', '--pair', 'k'],
    ['--help'],
    ['a', 'b', '--many', 'x'],
]:
    run(nargs, argv)
