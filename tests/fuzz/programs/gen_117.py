# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
import asyncio
async def chunk():
    x = 1
    f = lambda *a: 1
    y = (((((((((((((((((((((((((((((((((((((((((((((((((())))))))))))))))))))))))))))))))))))))))))))))))))
    print(type(y).__name__)
asyncio.run(chunk())
import contextlib
with contextlib.suppress(Exception):
    s = ('ab' * 1000).replace('a', 'abc')
    print(len(s.split('a')))
    print(len(s.expandtabs(1)))
import asyncio
async def chunk():
    l = list(range(0))
    l.sort(key=lambda v: -v)
    print(l[:2])
    print(sum(len(str(i)) for i in range(3)))
asyncio.run(chunk())
