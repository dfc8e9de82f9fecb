# operator's functions for the arithmetic, comparison, logical, sequence and in-place operators
import operator
from operator import *
from functools import reduce

print(add(1, 2), sub(5, 3), mul(2, 3), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(3), pos(-3), abs(-4), invert(5), inv(0), index(7))
print(eq(1, 1), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2))
print(not_(0), not_([1]), truth([]), truth('x'), is_(None, None), is_not(1, None))
print(and_(6, 3), or_(6, 3), xor(6, 3), lshift(1, 4), rshift(16, 2))
print(contains([1, 2], 2), getitem('abc', 1), concat([1], [2]), concat('a', 'b'))
l = [1, 2, 3]
setitem(l, 0, 9)
delitem(l, 1)
print(l, countOf([1, 2, 1], 1), indexOf('abc', 'c'))
acc = [1]
print(iadd(acc, [2]), acc, isub(5, 1), imul('ab', 2), ior({1}, {2}), iconcat([0], [1]))
print(length_hint([1, 2, 3]), length_hint(iter(range(4))), length_hint(5, 42))
print(operator.__add__(2, 3), operator.__not__(0), operator.__getitem__([4], 0))
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('index float', lambda: index(1.5))
attempt('concat ints', lambda: concat(1, 2))
attempt('indexOf missing', lambda: indexOf([1], 5))
attempt('add mixed', lambda: add(1, 'a'))
attempt('truediv zero', lambda: truediv(1, 0))
attempt('getitem range', lambda: getitem([], 3))
