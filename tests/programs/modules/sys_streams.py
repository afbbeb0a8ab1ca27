# print(file=...) and the sys streams
import sys

print("to stdout through file=", file=sys.stdout)
print("to stderr", 1, 2.5, sep="-", end="!\n", file=sys.stderr)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


sink = Collector()
print("x", "y", 3, file=sink)
print(file=sink)
print("a", "b", sep="", end="", file=sink)
print(sink.parts)
print("file=None prints to stdout", file=None)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
