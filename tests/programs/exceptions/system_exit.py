import sys

print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
print("exiting")
raise SystemExit(0)
