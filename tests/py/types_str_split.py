# str.split / rsplit with and without sep and maxsplit, splitlines
print("  a  b\tc\n".split(), "a,b,,c".split(","), "a,b,,c".split(",", 2))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "  ".split(" "), "x".split("x"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "한 글".split())
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
