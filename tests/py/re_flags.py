# The flags: RegexFlag values and their repr, IGNORECASE, MULTILINE,
# DOTALL, ASCII, inline (?imsx) and scoped (?i:...); Pattern.flags and repr.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.NOFLAG)
print(re.I | re.M, re.M | re.I, re.IGNORECASE | re.DOTALL | re.VERBOSE)
print(int(re.I), re.I == 2, re.I + 1, re.I | 8, ~re.I & re.M, re.I & re.M)
print(repr(re.S | re.A), str(re.M), f"{re.I}", format(re.I, "d"), "%d" % re.M)
print(re.I.value, re.I.name, (re.I | re.M).name)

print(re.findall(r"cat", "Cat cAT cat", re.I))
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.IGNORECASE))
print(re.findall(r"[^a-c]+", "ABCabcXYZ", re.I))
print(re.match(r"(\w+) \1", "Hey hEY", re.I))
print(re.findall(r"^\w+$", "one\ntwo\nthree"), re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+$", "a\nb\n"), re.findall(r"\w+$", "a\nb\n", re.M))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A))
print(re.findall(r"(?i)straße", "STRAßE Straße"), re.findall(r"(?i)é", "É é e"))
print(re.findall(r"(?ai)é", "É é"), re.findall(r"(?i)[à-ÿ]+", "ÀÉÎõü"))
print(re.findall(r"(?ims)^a.b$", "A\nB\nx"))
print(re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"))
print(re.match(r"(?-i:a)b", "aB", re.I), re.match(r"(?s-i:a.)b", "a\nB", re.I))

for p in [re.compile("a+"), re.compile("a+", re.I), re.compile("(?i)a"), re.compile("a", re.M | re.S),
          re.compile("a", re.A), re.compile("a", re.U), re.compile("x" * 300), re.compile("a'b"),
          re.compile('a"\'b\n', re.X)]:
    print(p, p.flags)
print(re.compile("a").flags, re.compile("(?i)a").flags, re.compile("(?a)a").flags)
