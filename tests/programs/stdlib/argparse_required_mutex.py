"""argparse: A required mutually exclusive group."""
from _argparse_parsers import run, required_mutex

for argv in [
    [],
    ['--on'],
    ['--help'],
]:
    run(required_mutex, argv)
