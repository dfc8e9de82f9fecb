# functools.reduce: with and without an initial value, and its messages
import operator
from functools import reduce

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(reduce(operator.add, [], 'empty'), reduce(operator.add, ['only']))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
for label, f in [('empty', lambda: reduce(operator.add, [])),
                 ('not iterable', lambda: reduce(operator.add, 5)),
                 ('bad function', lambda: reduce(None, [1, 2]))]:
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)
