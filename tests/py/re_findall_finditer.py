# findall: strings without groups, the group with one, tuples with several
# (unset groups give ''); finditer gives Match objects; empty matches.
import re

text = "Order 12 apples at 3.50, 7 pears at 1.25 and 100 plums."
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+) (\w+)", text))
print(re.findall(r"(\d+)(?:\.(\d+))?", text))
print(re.findall(r"\d+(?:\.\d+)?", text))
print(re.findall(r"at (\d+\.\d+)", text))
for m in re.finditer(r"(\d+) (?P<fruit>\w+)", text):
    print(m.span(), m.group("fruit"), m.start(1))
print(list(re.finditer(r"z", text)))

print(re.findall(r"", "abc"))
print(re.findall(r"a*", "baaac"))
print(re.findall(r"\b", "hi there"))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.findall(r"(a)|b", "ab"))
print(re.findall(r"(?i)the", "The theme of THE day"))

p = re.compile(r"\d")
print(p.findall("a1b2c3d4", 3), p.findall("a1b2c3d4", 2, 5))
print([m.group() for m in p.finditer("a1b2c3d4", 4)])
print(re.findall(r"\w+", "naïve café ünïcode"))
