"""argparse: Optional and variadic positionals mixed with options."""
from _argparse_parsers import run, optpos

for argv in [
    ['one'],
    ['one', 'two'],
    ['one', 'two', 'three', 'four'],
    ['one', '-x', '3', 'two', 'three'],
    ['-x', '-3', 'one'],
    ['--help'],
]:
    run(optpos, argv)
