"""argparse: Subcommands in a titled section, aliases, required."""
from _argparse_parsers import run, subs_titled

for argv in [
    ['add', '1', '2'],
    ['a', '3', '4'],
    [],
    ['--help'],
    ['add', '1', 'x'],
]:
    run(subs_titled, argv)
