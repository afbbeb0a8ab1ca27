"""argparse: Options of every common action, flags bundled and abbreviated, errors."""
from _argparse_parsers import run, basic

for argv in [
    ['alice'],
    ['alice', '-v', '-n', '5', '--color', 'blue', '--tag', 'a', '--tag=b', '-qqq', '--mode', '--no-cache'],
    ['-vn7', 'bob'],
    ['--verb', 'x'],
    ['--count', 'x', 'bob'],
    ['--color', 'pink', 'x'],
    [],
    ['a', 'b'],
    ['--help'],
    ['--version'],
    ['x', '--count'],
    ['x', '--verbose=1'],
    ['x', '--bogus'],
    ['--', '-weird'],
    ['-n5', 'x'],
    ['-n=5', 'x'],
]:
    run(basic, argv)
