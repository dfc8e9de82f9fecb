# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
import asyncio
async def chunk():
    e = ValueError('leaf')
    for i in range(10000):
        e = BaseExceptionGroup('b', [e])
    print(e.split(lambda x: isinstance(x, KeyError))[1] is None)
asyncio.run(chunk())
import itertools
m = range(3)
for i in range(10000):
    m = filter(None, m) if i % 2 else iter(m)
print(next(m, None))
