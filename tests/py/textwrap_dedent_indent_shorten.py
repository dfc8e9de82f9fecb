# textwrap.dedent, indent and shorten.
import textwrap

s = """\
    def f():
        return 1
      
    x = 2
"""
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t  a\n\t    b\n\t\n")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(repr(textwrap.dedent("   \n  x\n    y\n   ")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\nb\n\nc", "  ")))
print(repr(textwrap.indent("a\r\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\nc", "+ ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("one\n\ntwo\n", "# ", predicate=lambda l: True)))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("The quick brown fox", 15, placeholder="~"))
print(textwrap.shorten("   lots    of   space   ", 40))
try:
    textwrap.shorten("Hello world", 4)
except ValueError as e:
    print(type(e).__name__, e)
