"""textwrap: wrap, fill with indents, shorten, dedent, indent, long words and hyphens."""
import textwrap

text = ("The quick brown fox jumps over the lazy dog; a well-known pangram that "
        "uses every letter of the alphabet at least once, useful for type-setting tests.")
for width in (20, 35, 60):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("well-known e-mail co-operative", 8))
print(textwrap.wrap("well-known e-mail co-operative", 8, break_on_hyphens=False))
print(textwrap.shorten("Hello   world, this is a fairly long sentence.", 25))
print(textwrap.shorten("short", 25), textwrap.wrap(text, 30, max_lines=2))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\tb\nc", 10))
block = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=15, subsequent_indent="...")
print(w.wrap(text[:60]))
try:
    textwrap.wrap("x", 0)
except ValueError as err:
    print("ValueError:", err)
