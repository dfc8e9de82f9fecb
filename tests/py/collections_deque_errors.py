# deque's messages: empty pops, bad indexes, missing values, bad maxlen
from collections import deque

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: d[5])
attempt('index type', lambda: d['a'])
attempt('slice', lambda: d[0:2])
attempt('index missing', lambda: d.index(9))
attempt('remove missing', lambda: d.remove(9))
attempt('maxlen negative', lambda: deque([], maxlen=-1))
attempt('maxlen str', lambda: deque([], maxlen='3'))
attempt('not iterable', lambda: deque(5))
attempt('concat list', lambda: d + [4])
attempt('hash', lambda: hash(d))
attempt('rotate str', lambda: d.rotate('x'))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
me = deque([1])
me.append(me)
print(me)
