# VERBOSE patterns: whitespace and # comments are ignored outside classes,
# escaped or in a class they count; (?x) inline; scoped (?x:...) and (?-x:...).
import re

phone = re.compile(r"""
    ^\(?(\d{3})\)?    # area code, maybe in parentheses
    [\s.-]?           # separator
    (\d{3})           # exchange
    [\s.-]?
    (\d{4})$          # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234"]:
    m = phone.match(s)
    print(s, m and m.groups())

date = re.compile(r"""(?x)
    (?P<year>\d{4}) - (?P<month>\d\d) - (?P<day>\d\d)   # ISO date
""")
print(date.search("on 2024-03-17 we").groupdict())

print(re.findall(r"a b # not a comment in a class: [ #]", "ab a b"))
print(re.findall(r"(?x) a [ ] b", "a b ab"))
print(re.findall(r"(?x) a \  b \# c", "a b#c"))
print(re.findall(r"(?x) [#] x", "#x"))
print(re.match(r"(?x) a{2} ", "aa"))
print(re.match(r"a (?x: b c ) d", "a bc d"))
print(re.match(r"(?x) a (?-x: b c ) d", "a b cd"))
print(re.compile(r"a  b", re.X), re.compile(r"(?x)a b").flags & re.X)
try:
    re.compile("(?x)(a  # comment (\n b")
except re.error as e:
    print(e)
