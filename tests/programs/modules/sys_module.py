# sys: version, limits, streams, recursion limit, modules and path
import sys

print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(len(sys.version_info), tuple(sys.version_info)[:3] >= (3, 11, 0), sys.version_info < (4,))
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11"))
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.float_info)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
n = sys.stdout.write("written with sys.stdout.write\n")
print(n, sys.stdout.write(""))
sys.stdout.flush()
print(sys.stderr.write("to stderr\n"))
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
print("sys" in sys.modules, sys.modules["sys"] is sys, sys.modules["__main__"].__name__, __name__)
print(type(sys.path).__name__, type(sys.path[0]).__name__)
print("sys" in sys.builtin_module_names, "time" in sys.builtin_module_names)


def attempt(call):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: sys.setrecursionlimit(0))
attempt(lambda: sys.setrecursionlimit(1.5))
attempt(lambda: sys.intern(3))
attempt(lambda: sys.stdout.write(5))
attempt(lambda: sys.version_info[10])
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.args)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


sys.setrecursionlimit(3000)
print(deep(2500))
