# functools.total_ordering fills in the missing comparisons; cmp_to_key
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b))

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) >= Rev(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

def compare(x, y):
    return len(x) - len(y) or (x > y) - (x < y)
print(sorted(['ccc', 'a', 'bb', 'aa'], key=cmp_to_key(compare)))
K = cmp_to_key(compare)
print(K('a') < K('bb'), K('zz') == K('zz'), K('x').obj)
try:
    K('a') < 'b'
except TypeError as e:
    print(type(e).__name__, e)
