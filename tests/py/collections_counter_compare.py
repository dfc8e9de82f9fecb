# Counter: rich comparisons with missing counts as zero, in-place operators,
# subtract from iterables/mappings, repr of unorderable counts, elements
from collections import Counter

a, b = Counter(x=1, y=2), Counter(x=1, y=2, z=0)
print(a == b, a != b, a <= b, a < b, a >= Counter(x=1), a > Counter(x=1), a < Counter(x=2, y=2))
print(a == {'x': 1, 'y': 2}, a.__lt__({'x': 5}), Counter() == Counter(q=0))
c = Counter('abracadabra')
c.subtract('aab'); c.subtract({'r': 5}, d=1); print(c)
c += Counter(); print(c)
d = Counter(a=3, b=-1)
d -= Counter(a=1, c=-2); print(d)
d |= Counter(a=1, e=4, f=-1); print(d)
d &= Counter(a=1, e=9); print(d)
print(Counter(a='x', b=1), Counter({'k': [1]}), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(sorted(Counter(a=2, b=0, c=-1).elements()), Counter(a=2).total(), Counter().most_common())
print(Counter('aaabbc').most_common(-1), Counter('aaabbc').most_common(2), Counter('abc').most_common(5))
e = Counter(x=1)
del e['missing']; del e['x']; print(e, repr(e), e.copy(), type(e.copy()).__name__)
e.update(Counter(k=2)); e.update(['k', 'j'], k=1); print(e)
try:
    Counter.fromkeys('abc')
except NotImplementedError as err:
    print('NotImplementedError', err)
print(Counter(a=1) + 1 if False else 'skip', Counter(a=2) - Counter(a=5), Counter(a=2) | Counter(a=-5))
