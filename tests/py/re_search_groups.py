# re.search and the Match object: groups by number and name, spans,
# lastindex/lastgroup, repr, indexing, and the errors for unknown groups.
import re

m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "contact: alice@example.com today")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("host"))
print(m.group(1, 2), m.group("user", 0))
print(m[0], m[1], m["host"])
print(m.groups())
print(m.groupdict())
print(m.start(), m.end(), m.span())
print(m.start(1), m.end("host"), m.span("user"))
print(m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string)
print(m.re)
print(m.regs)
print(type(m).__name__, type(m))

# optional groups that did not take part
m = re.search(r"(\d+)(?:\.(\d+))?(x)?", "v 42 rest")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup)

m = re.search(r"(?P<a>a)|(?P<b>b)", "b")
print(m.groupdict(), m.groupdict(0), m.lastindex, m.lastgroup)

# nested groups: lastindex is the group that closed last
m = re.match(r"((a)(b))", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(a)(b)", "ab")
print(m.lastindex)
print(re.match(r"a", "a").lastindex, re.match(r"a", "a").groups())

# a long match is cut in the repr
print(re.search(r"x+", "x" * 80))

# no match
print(re.search(r"\d", "abc"))

for bad in (3, -1, "nope", 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[5]
except IndexError as e:
    print("IndexError", e)
try:
    re.search(r"a", 123)
except TypeError as e:
    print("TypeError", e)
try:
    re.search(123, "a")
except TypeError as e:
    print("TypeError", e)
