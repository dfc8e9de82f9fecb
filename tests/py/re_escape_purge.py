# re.escape, re.purge, the compile cache, compiled patterns passed to the
# module functions, Pattern equality and copying (__copy__ returns itself).
import re

print(re.escape("1+1=2? (yes) [maybe] {x} a.b*c ^$ | \\ - # & ~"))
print(re.escape("hello_world 123"), re.escape(""), re.escape("tab\there\nnewline"))
special = "price: $5.00 (approx.)"
print(re.search(re.escape(special), "The " + special + " now"))
print(re.findall(re.escape("a.b"), "a.b axb a.b"))

p = re.compile(r"\d+")
print(re.findall(p, "1 22 333"), re.sub(p, "#", "a1b22"), re.split(p, "a1b2c"))
print(re.compile(p) is p, re.match(p, "42"))
print(re.compile(r"\d+") == p, re.compile(r"\d+", re.I) == p, hash(re.compile(r"\d+")) == hash(p))
print(p.__copy__() is p, p.__deepcopy__({}) is p)
m = p.match("42")
print(m.__copy__() is m)
print(p.pattern, p.groups, p.groupindex, re.compile(r"(?P<a>x)(y)(?P<b>z)").groupindex)
print(re.purge(), re.match(r"\d+", "7"))
print(type(p).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.Pattern, re.Match, re.RegexFlag.__name__)
