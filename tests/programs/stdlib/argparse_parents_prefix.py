"""argparse: parents=, prefix_chars and argument_default=SUPPRESS."""
from _argparse_parsers import run, parents, plus, suppress

for argv in [
    ['t'],
    ['--help'],
    ['t', '--log', 'debug', '--config', 'x'],
]:
    run(parents, argv)
for argv in [
    ['+v', '-q'],
    ['++verbose'],
    ['--help'],
]:
    run(plus, argv)
for argv in [
    [],
    ['--a', '3', 'p'],
]:
    run(suppress, argv)
