"""argparse: Subcommands with a title, metavar, aliases, set_defaults and their own help."""
from _argparse_parsers import run, manysubs

for argv in [
    ['add', 'a', 'b'],
    ['rm', '--cached'],
    ['--help'],
    ['add', '--help'],
    ['remove', '--help'],
    [],
]:
    run(manysubs, argv)
