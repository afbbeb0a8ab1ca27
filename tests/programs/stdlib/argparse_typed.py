"""argparse: type= converters, ArgumentTypeError, string defaults converted, extend."""
from _argparse_parsers import run, typed

for argv in [
    ['--n', '3'],
    ['--n', '-3'],
    ['--n', 'x'],
    ['--f', '1e3', '--neg', '-4'],
    [],
    ['--ext', 'a', 'b', '--ext', 'c'],
]:
    run(typed, argv)
