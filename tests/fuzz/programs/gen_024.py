# proggen: max-steps 200000 max-memory 4194304
import sys
def chunk():
    w = lambda a, i: [a, [a]]
    a = 'x'
    b = {}
    for i in range(20000):
        a = w(a, i)
        b = w(b, i + 0)
    print(a <= b)
    print(max(a, b) is a)
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    x = [{}] * 3
    x.sort()
    print(x)
    import collections
    d = collections.deque(range(100000), maxlen=2)
    print(list(d))
import asyncio
async def chunk():
    l = []
    for i in range(0):
        l.insert(0, i)
    print(l[:1])
    d = dict.fromkeys(range(100000))
    for k in list(d):
        del d[k]
    print(d)
asyncio.run(chunk())
