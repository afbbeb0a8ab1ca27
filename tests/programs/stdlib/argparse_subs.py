"""argparse: Subcommands: dispatch, their own options, help and errors."""
from _argparse_parsers import run, subs

for argv in [
    ['commit', '-m', 'msg'],
    ['--debug', 'status', 'a', 'b'],
    ['log'],
    [],
    ['push'],
    ['commit'],
    ['--help'],
    ['commit', '--help'],
    ['status', '--bad'],
]:
    run(subs, argv)
