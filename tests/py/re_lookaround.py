# Look-ahead and look-behind assertions, positive and negative; captures
# made inside a look-ahead are kept; look-behind needs a fixed width.
import re

print(re.findall(r"\w+(?=,)", "one, two, three"))
print(re.findall(r"\b\w+\b(?!,)", "one, two, three"))
print(re.findall(r"(?<=\$)\d+", "cost: $30, $45 and 60"))
print(re.findall(r"(?<!\$)\b\d+", "cost: $30, $45 and 60"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.match(r"(?=(\w+))\w", "hello").groups())
print(re.search(r"(?!(a))b", "ab").groups())
print(re.match(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "Passw0rdX"))
print(re.match(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "password1"))
print(re.search(r"(?<=ab|cd)x", "cdx"))
print(re.search(r"(?<=(a)b)c", "abc").groups())
print(re.search(r"(a)(?<=\1)b", "ab"))
print(re.search(r"(?<!^)x", "xx").span())
print(re.compile(r"(?<=a)b").search("ab", 1))
print(re.findall(r"q(?!u)", "Iraq quit qat"))
for pattern in [r"(?<=a*)b", r"(?<=a|bc)d", r"(?<!x{1,2})y", r"(?<=(?P<n>a))(?<=(?P=n))"]:
    try:
        re.compile(pattern)
        print("ok", pattern)
    except re.error as e:
        print(pattern, e)
