"""Parsers shared by the argparse_* programs, and a runner that prints the outcome of one
command line (errors and help go to stdout here, so they are compared too)."""
import argparse
import sys


def run(build, argv):
    parser = build(argparse)
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        print(">>>", build.__name__, argv)
        print("OK", parser.parse_args(argv))
    except SystemExit as exit:
        print("EXIT", exit.code)
    finally:
        sys.stderr = saved


def basic(ap):
    p = ap.ArgumentParser(prog='prog', description='Process some files.', epilog='Have fun.')
    p.add_argument('name', help='the name')
    p.add_argument('--verbose', '-v', action='store_true', help='be chatty')
    p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
    p.add_argument('--color', choices=['red', 'green', 'blue'], default='red')
    p.add_argument('--tag', action='append', help='add a tag')
    p.add_argument('-q', action='count', default=0)
    p.add_argument('--mode', action='store_const', const='fast', dest='speed')
    p.add_argument('--no-cache', action='store_false', dest='cache')
    p.add_argument('--version', action='version', version='%(prog)s 1.0')
    return p

def nargs(ap):
    p = ap.ArgumentParser(prog='files')
    p.add_argument('src', nargs='+', help='sources')
    p.add_argument('dst', help='destination')
    p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--many', nargs='*', type=float)
    return p

def optpos(ap):
    p = ap.ArgumentParser(prog='op')
    p.add_argument('first')
    p.add_argument('maybe', nargs='?', default='dflt')
    p.add_argument('rest', nargs='*')
    p.add_argument('-x', type=int)
    return p

def subs(ap):
    p = ap.ArgumentParser(prog='git')
    p.add_argument('--debug', action='store_true')
    sp = p.add_subparsers(dest='command', help='sub-command help')
    c = sp.add_parser('commit', help='record changes')
    c.add_argument('-m', '--message', required=True)
    c.add_argument('--amend', action='store_true')
    s = sp.add_parser('status', help='show status')
    s.add_argument('paths', nargs='*')
    sp.add_parser('log')
    return p

def subs_titled(ap):
    p = ap.ArgumentParser(prog='tool', description='A tool with commands.')
    sp = p.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True)
    a = sp.add_parser('add', aliases=['a'], help='add numbers')
    a.add_argument('x', type=int)
    a.add_argument('y', type=int)
    a.set_defaults(func='adder')
    return p

def mutex(ap):
    p = ap.ArgumentParser(prog='mx')
    g = p.add_mutually_exclusive_group()
    g.add_argument('-a', action='store_true')
    g.add_argument('-b', action='store_true')
    p.add_argument('--level', type=int, choices=range(1, 4))
    grp = p.add_argument_group('output', 'Output control')
    grp.add_argument('--out', metavar='FILE', help='write here')
    return p

def required_mutex(ap):
    p = ap.ArgumentParser(prog='rm')
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--on', action='store_true')
    g.add_argument('--off', action='store_true')
    return p

def longhelp(ap):
    p = ap.ArgumentParser(prog='a-program-with-a-long-name', description='This description is quite long and needs wrapping because it goes well past the eighty column limit of the terminal, twice over in fact.')
    p.add_argument('--a-very-long-option-name', metavar='SOME_LONG_METAVAR', help='This help text is long enough that it must be wrapped across several lines of the help output.')
    p.add_argument('--short', help='short help')
    for i in range(6):
        p.add_argument('--option%d' % i, type=int, default=i, help='option number %d' % i)
    p.add_argument('input_file', help='the file to read')
    p.add_argument('output_file', nargs='?', help='the file to write')
    return p

def typed(ap):
    def positive(text):
        value = int(text)
        if value <= 0:
            raise ap.ArgumentTypeError('%r is not positive' % text)
        return value
    p = ap.ArgumentParser(prog='typed')
    p.add_argument('--n', type=positive)
    p.add_argument('--f', type=float)
    p.add_argument('--d', default='7', type=int)
    p.add_argument('--neg', type=int)
    p.add_argument('--ext', action='extend', nargs='+')
    return p

def nohelp(ap):
    p = ap.ArgumentParser(prog='nh', add_help=False, usage='%(prog)s [stuff]')
    p.add_argument('thing')
    return p

