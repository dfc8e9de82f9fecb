# sub and subn with replacement templates: \1, \g<1>, \g<name>, \g<0>,
# escapes, count, unset groups; and the template errors.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1 b22"))
print(re.sub(r"\d+", r"[\g<0>]", "a1 b22"))
print(re.sub(r"-", r"\n", "a-b"))
print(re.sub(r"-", r"\t|\\|\&|\0|\012", "a-b"))
print(re.sub(r"a", "b", "aaaa", 2))
print(re.sub(r"a", "b", "aaaa", count=1))
print(re.subn(r"a", "b", "banana"))
print(re.subn(r"x", "y", "banana"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"(?m)^", "> ", "line one\nline two"))
p = re.compile(r"(\d)")
print(p.sub(r"\1\1", "a1b2"), p.subn("#", "a1b2", 1))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())

m = re.match(r"(?P<x>\d+)-(\d+)", "12-34")
print(m.expand(r"\2:\1 \g<x> \g<2>"))

for pat, repl in [(r"(a)", r"\2"), (r"(a)", r"\g<2>"), (r"(a)", r"\g<x>"), (r"(a)", r"\g<1"),
                  (r"(a)", r"\g"), (r"(a)", r"\g<>"), (r"(a)", r"\g<-1>"), (r"(a)", r"\q"),
                  (r"(a)", "x\\"), (r"(a)", r"\g<a b>"), (r"(a)", r"\400"), ("(a)", r"\9")]:
    try:
        print(re.sub(pat, repl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError", e)
