# deque: rotate both ways, extendleft, insert/remove/reverse, index bounds,
# count, copy, + and *, mutation during iteration, reduce, recursion in repr
from collections import deque

d = deque(range(6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(12); print(d)
d.extendleft('ab'); print(d, len(d))
d.insert(2, 'x'); d.insert(-1, 'y'); d.insert(100, 'z'); print(d)
d.remove('x'); d.reverse(); print(d)
print(d.index(3), d.index(3, 2), d.index('a', -3), d.count(3), 3 in d, 'q' in d)
try:
    d.index(3, 0, 3)
except ValueError as e:
    print('ValueError', e)
del d[0]; del d[-1]; d[1] = 'one'; print(d, d[0], d[-1])
print(list(reversed(d)), d.copy() == d, d.copy() is d, deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([7]), deque([1]) * 0)
b = deque([1, 2, 3], maxlen=3)
b.appendleft(0); print(b)
b.extend([4, 5]); print(b)
b *= 2; print(b, b.maxlen)
print(b + deque([9]), deque(b, 2), deque([1, 2, 3], 4) * 2)
e = deque([1, 2, 3])
e += [4]; print(e)
try:
    for x in e:
        e.append(x)
except RuntimeError as err:
    print('RuntimeError', err)
print(e.__reduce__()[:3], b.__reduce__()[:3])
r = deque([1])
r.append(r); print(r)
print(deque(), deque(maxlen=0), bool(deque()), bool(deque([0])))
z = deque(maxlen=0)
z.append(1); z.appendleft(2); print(z, len(z))
it = iter(deque('abc')); next(it); print(it.__length_hint__(), list(it))
for bad in (lambda: deque([1]).rotate(1.5), lambda: deque([1]) * 1.5, lambda: deque([1]) + [1],
            lambda: hash(deque()), lambda: deque(maxlen=1.0)):
    try:
        bad()
    except TypeError as err:
        print('TypeError', err)
