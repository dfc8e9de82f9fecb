# textwrap.wrap/fill: word chunks, hyphens, em-dashes, long words.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you "
        "goof-ball, use the -b option! A well-known, state-of-the-art "
        "approach; e-mail me at x-y@z.com.  Supercalifragilisticexpialidocious "
        "words--like this--are long.")
for width in (10, 15, 20, 33, 50):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a\tb\tc\nd  e", 8))
print(textwrap.wrap("a\tb\tc\nd  e", 8, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd  e", 8, replace_whitespace=False))
print(textwrap.wrap("one two. three four! five", 12, fix_sentence_endings=True))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz " * 2, 10))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz " * 2, 10, break_long_words=False))
print(textwrap.wrap("pre-fabricated anti-dis-establish-ment-arian-ism x--y 123-456 a-b", 9))
print(textwrap.wrap("pre-fabricated anti-dis-establish-ment-arian-ism", 9, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("Hello world, this is a test of max lines.", 12, max_lines=2))
print(textwrap.wrap("Hello world, this is a test.", 12, max_lines=2, placeholder="..."))
w = textwrap.TextWrapper(width=20, initial_indent="> ")
print(w.wrap("Some text that will be wrapped by a reusable wrapper object."))
print(w.width, w.break_long_words, w.placeholder)
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("hello world", 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print(type(e).__name__, e)
