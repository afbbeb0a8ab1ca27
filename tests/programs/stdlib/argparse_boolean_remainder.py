"""argparse: BooleanOptionalAction, append_const and nargs=REMAINDER."""
from _argparse_parsers import run, boolopt, remainder

for argv in [
    [],
    ['--no-color', '--fast'],
    ['--help'],
]:
    run(boolopt, argv)
for argv in [
    ['--env', 'ls', '-l', '--dbg', 'x'],
    ['--env', '--dbg', 'make'],
    ['--help'],
]:
    run(remainder, argv)
