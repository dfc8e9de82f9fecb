# sub with a function: it gets each Match and returns the replacement;
# count limits it; returning None removes the match.
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "3 apples and 21 pears"))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.subn(r"\w+", lambda m: m.group()[::-1], "abc def", count=1))
print(re.sub(r"x", lambda m: None, "axbxc"))

calls = []
def record(m):
    calls.append((m.group(), m.span(), m.pos, m.endpos))
    return "#"
print(re.sub(r"[aeiou]", record, "education"))
print(calls)

prices = {"apple": 1.5, "pear": 2}
print(re.sub(r"\{(\w+)\}", lambda m: str(prices.get(m.group(1), "?")), "{apple} {pear} {kiwi}"))

def bad(m):
    return 42
try:
    re.sub(r"a", bad, "banana")
except TypeError as e:
    print("TypeError", e)
def boom(m):
    raise ValueError("boom at %d" % m.start())
try:
    re.sub(r"n", boom, "banana")
except ValueError as e:
    print("ValueError", e)
