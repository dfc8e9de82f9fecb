# match anchors at the start, fullmatch needs the whole string, search
# scans; pos and endpos of compiled patterns (^ still means the real start).
import re

for f in (re.match, re.search, re.fullmatch):
    print(f.__name__, f(r"\d+", "123abc"), f(r"\d+", "abc123"), f(r"\d+", "123"))

p = re.compile(r"\w+")
print(p.match("  hello", 2))
print(p.match("  hello", 2, 4))
print(p.search("hello world", 5))
print(p.fullmatch("hello world", 6))
print(p.fullmatch("hello world", 0, 5))
print(p.search("hello", -10, 100))
m = p.search("hello", 10, 2)
print(m)
m = p.search("abc def", 1, 6)
print(m, m.pos, m.endpos)

print(re.compile(r"^x").match("ax", 1), re.compile(r"x$").search("xa", 0, 1))
print(re.compile(r"\Ax").search("ax", 1))
print(re.compile(r"").match("abc", 3, 1))

# alternation: the first alternative that works, not the longest
print(re.match(r"a|ab", "ab"), re.fullmatch(r"a|ab", "ab"))
print(re.match(r"(?:ab|a)c", "ac"))
