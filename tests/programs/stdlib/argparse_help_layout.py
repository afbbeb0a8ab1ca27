"""argparse: Custom usage, metavars of every nargs form, %(type)s and %(default)s in help."""
from _argparse_parsers import run, helpfmt

for argv in [
    ['--help'],
    ['-x', '1', 'a', 'b', '--point', '1', '2', '--names'],
    ['--more'],
    ['a'],
]:
    run(helpfmt, argv)
