"""argparse: Usage and help wrapping at 80 columns."""
from _argparse_parsers import run, longhelp

for argv in [
    ['--help'],
    [],
]:
    run(longhelp, argv)
