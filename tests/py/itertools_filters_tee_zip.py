# itertools.compress, dropwhile, takewhile, filterfalse, tee, zip_longest
from itertools import compress, dropwhile, takewhile, filterfalse, tee, zip_longest

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('ab', 3)
print(list(x), list(y), list(z), tee('ab', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])), list(zip_longest()))
try:
    tee('abc', -1)
except ValueError as e:
    print(type(e).__name__, e)
