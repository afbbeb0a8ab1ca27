import string
f = string.Formatter()
print(list(f.parse('a{0}b{x.y[1]!r:>{w}}c{{d}}e{}')))
print(list(f.parse('')), list(f.parse('{}')), list(f.parse('x}}y')), list(f.parse('{:}')), list(f.parse('{!s}')), list(f.parse('abc')))
for s in ['{', '}', 'a{b', '{0!}', '{0!rr}', '{0[}', 'x}y', '{a:{b:{c}}}', '{0!r', '{!}', '{0[a}b]}', '{a{b}', '{0:}}', '{0:{{}}}', '{[}', '{0]}', '{a.b[c].d}', '{0!a:x}', '{0!', 'a{{', '}}']:
    try: print(repr(s), list(f.parse(s)))
    except ValueError as e: print(repr(s), 'VE', e)
for s, a, k in [('{}{1}', (1,2), {}), ('{0}{}', (1,2), {}), ('{a:{b:{c}}}', (), {'a':1,'b':'','c':''}), ('{x}', (), {}), ('{2}', (1,), {}), ('{0.zz}', (1,), {}), ('{0[1]}', ('ab',), {}), ('{0!x}', (1,), {}),
                ('{0.}', (1,), {}), ('{0[1}', ([1, 2],), {}), ('{0[0]x}', ([1],), {}), ('{0.real.imag}', (3,), {}), ('{d[k]} {d[0]}', (), {'d': {'k': 1, 0: 2}}), ('{:{}}|{:{}}', ('a', 3, 'b', '>4'), {}),
                ('{0:{1}.{2}f}', (3.14159, 8, 2), {}), ('{!r:>6}', ('x',), {})]:
    try: print(repr(f.format(s, *a, **k)))
    except Exception as e: print(type(e).__name__, e)
print(f.get_field('0.real', (3,), {}), f.get_value(0, (5,), {}), f.format_field(3.14159, '.2f'), f.convert_field('x', 'r'), f.convert_field(1, None))
class M(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str): return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
print(M().format('{a} {b} {0}', 1, a=2))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise ValueError('unused: %s' % sorted(extra))
try: Strict().format('{a}', a=1, b=2)
except ValueError as e: print(e)
print(f.vformat('{0}-{x}', (1,), {'x': 2}))
try: f.format()
except TypeError as e: print(e)
