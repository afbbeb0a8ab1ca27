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
        # SystemExit's status (its `code`), read from args.
        print("EXIT", exit.args[0] if exit.args else None)
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



def parents(ap):
    base = ap.ArgumentParser(add_help=False)
    base.add_argument('--config', default='cfg.ini', help='config file')
    g = base.add_argument_group('shared')
    g.add_argument('--log', choices=['info', 'debug'])
    p = ap.ArgumentParser(prog='child', parents=[base], description='uses parents')
    p.add_argument('target')
    return p

def plus(ap):
    p = ap.ArgumentParser(prog='plus', prefix_chars='-+')
    p.add_argument('+v', '++verbose', action='store_true')
    p.add_argument('-q', action='store_false', dest='loud')
    return p

def suppress(ap):
    p = ap.ArgumentParser(prog='sup', argument_default=ap.SUPPRESS)
    p.add_argument('--a', type=int)
    p.add_argument('--b')
    p.add_argument('pos', nargs='?')
    return p

def boolopt(ap):
    p = ap.ArgumentParser(prog='bo')
    p.add_argument('--color', action=ap.BooleanOptionalAction, default=True, help='use color')
    p.add_argument('--fast', action=ap.BooleanOptionalAction)
    return p

def remainder(ap):
    p = ap.ArgumentParser(prog='run')
    p.add_argument('--env', action='append_const', const='E', dest='flags')
    p.add_argument('--dbg', action='append_const', const='D', dest='flags')
    p.add_argument('cmd')
    p.add_argument('args', nargs=ap.REMAINDER)
    return p

def helpfmt(ap):
    p = ap.ArgumentParser(prog='hf', usage='%(prog)s [options] files...', epilog='See also: man hf.')
    p.add_argument('--size', type=int, default=4, metavar='N', help='size in %(type)s units, default %(default)s')
    p.add_argument('--point', nargs=2, type=float, metavar=('X', 'Y'), help='a point')
    p.add_argument('--maybe', nargs='?', metavar='M')
    p.add_argument('--names', nargs='*', metavar='NAME')
    p.add_argument('--more', nargs='+')
    p.add_argument('files', nargs='*', metavar='FILE', help='inputs')
    p.add_argument('-x', required=True, help='required option')
    return p

def neg(ap):
    p = ap.ArgumentParser(prog='neg')
    p.add_argument('-1', dest='one', action='store_true')
    p.add_argument('value', nargs='?')
    return p

def nums(ap):
    p = ap.ArgumentParser(prog='nums')
    p.add_argument('values', type=int, nargs='+')
    p.add_argument('--scale', type=float, default=1.0)
    return p

def manysubs(ap):
    p = ap.ArgumentParser(prog='vcs', description='Version control.')
    sub = p.add_subparsers(title='commands', metavar='CMD', help='what to do')
    a = sub.add_parser('add', help='add files', description='Add files to the index.')
    a.add_argument('paths', nargs='+')
    a.set_defaults(handler='do_add')
    r = sub.add_parser('remove', aliases=['rm'], help='remove files')
    r.add_argument('--cached', action='store_true')
    r.set_defaults(handler='do_rm')
    return p
