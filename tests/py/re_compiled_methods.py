# The Pattern object's methods and attributes, used on a compiled pattern;
# the pattern text, flags, groups and groupindex; pattern reprs.
import re

word = re.compile(r"(?P<word>[A-Za-z]+)(?P<num>\d*)")
print(word, word.pattern, word.flags, word.groups, word.groupindex)
s = "abc12 de fg3 h"
print(word.match(s), word.search(s, 5), word.fullmatch("xy9"))
print(word.findall(s), [m.groupdict() for m in word.finditer(s, 3)])
print(word.sub(r"\g<num>\g<word>", s), word.subn(lambda m: m["word"].upper(), s, 2))
print(word.split(s), word.split(s, 1))
print(word.match(s).re is word, word.search(s).string is s)
print(re.compile(r"\d+", re.M | re.I), re.compile(r"(?x) a b"))
print(re.compile(""), re.compile("", re.S).findall("ab"))
try:
    word.match(s, "x")
except TypeError as e:
    print("TypeError", e)
try:
    word.findall(None)
except TypeError as e:
    print("TypeError", e)
