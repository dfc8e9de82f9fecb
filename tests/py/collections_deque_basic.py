# deque: appends and pops at both ends, rotate, indexing, iteration, repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], d.index(2), d.count(3), 3 in d, 'z' in d)
d[0] = 'first'
del d[1]
print(d)
d.insert(1, 'ins')
d.remove('a')
print(d, list(reversed(d)))
d.reverse()
print(d)
c = d.copy()
c.clear()
print(c, d == deque(list(d)), d == list(d), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque('ab') * 2, 2 * deque([0]))
e = deque()
e += [1, 2]
e *= 2
print(e, e.maxlen)
print(type(d).__name__, deque, isinstance(d, deque))
q = deque()
for job in ['a', 'b', 'c']:
    q.append(job)
while q:
    print('processing', q.popleft())
