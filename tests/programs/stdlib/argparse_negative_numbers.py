"""argparse: Negative numbers as values, and an option that looks like one."""
from _argparse_parsers import run, neg, nums

for argv in [
    ['-1'],
    ['-2'],
    ['5', '-1'],
]:
    run(neg, argv)
for argv in [
    ['1', '-2', '3'],
    ['--scale', '-0.5', '4'],
    ['x'],
]:
    run(nums, argv)
