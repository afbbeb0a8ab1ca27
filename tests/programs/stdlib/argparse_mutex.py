"""argparse: Mutually exclusive groups, argument groups, range choices."""
from _argparse_parsers import run, mutex

for argv in [
    ['-a'],
    ['-a', '-b'],
    ['--level', '2'],
    ['--level', '5'],
    ['--help'],
]:
    run(mutex, argv)
